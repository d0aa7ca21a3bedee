#!/usr/bin/env python3
"""Write the sources of the 111th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 浏阳
(Hunan, 长沙), 麻城 (Hubei, 黄冈) and 井冈山 (Jiangxi, 吉安).

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
# the truth files read for names, tasks and courses to avoid (heldout112 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 111)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 浏阳 (湘东: 刘 罗 黎 彭 汤 寻 李 陈 张 周 …), 麻城 (鄂东: 王 李 张 刘 陈
# 胡 程 方 鲍 阮 余 夏 汪 涂 …), 井冈山 (赣西: 刘 李 王 张 陈 罗 曾 肖 彭 袁 钟 谢 邹 龙 温 …)
SURNAMES = {
    "ly": list("刘刘刘刘刘罗罗罗李李李陈陈张张周黎黎彭彭汤汤寻易谭邓曾黄宋柳鲁"),
    "mc": list("王王王李李李张张张刘刘陈陈胡胡程程方方鲍阮余夏汪涂万戴徐吴"),
    "jg": list("刘刘刘刘李李李王王张张陈陈罗罗曾曾肖肖彭袁钟谢邹龙温黄胡"),
}
# given names: everyday names of students born around 2008
GIVEN2 = ("子睿 雨桐 梓轩 语汐 沐阳 思辰 浩然 欣怡 宇辰 若溪 铭轩 可欣 一帆 俊杰 诗涵 嘉豪 雨菲 子涵 宇泽 梓琪 "
          "晨曦 依依 奕航 心悦 博宇 雅欣 浩轩 佳怡 俊宇 思涵 天宇 梦婷 子墨 语涵 昊天 欣然 锦鹏 书涵 家骏 婧琪 "
          "楚瑶 卓然 紫涵 宏宇 嘉琪 瑞阳 晓雨 雨晨 芷若 浩宇 欣蕾 晟轩 家宝 思琪 润东 怡萱 天琦 佳欣 承志 "
          "文轩 雨婷 凯瑞 颖慧 子豪 梦瑶 志强 雅琪 鑫源 晓雯 航宇 雅静 欣妍 宇航 艺菲 洁琳 新阳 炜辰 泓博 金宇 "
          "尚文 朝阳 彦霖 瀚宇 楚涵 婉婷 沛文 骏豪 柏宇 翰宇 凌云 景瑞 煜祺 钰彤 歆怡 珂瑶 涵韵 若琳 "
          "梦琪 诗韵 晓婷 乐瑶 悦然 依晨 雨欣 佳蕙 思雨 美玲 欣瑶 雪莹 佳宁 静雯 海涛 世豪 博洋 鹏程 文韬 "
          "泽宇 宇杰 翔宇 兆麟 国豪 永杰 少华 梓豪 铭浩 晨浩 明杰 启航 嘉乐 思源 锦辉 正豪 志鹏 林杰 舒雅 "
          "雨涵 冠霖 星辰 昕悦 语桐 妙涵 宛婷 晓琳 紫嫣 家俊 小龙 金龙 伟豪 杰豪").split()
GIVEN1 = list("琪杰洋涛静敏军磊")


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
 "fireworks": dict(major="机电一体化技术", code="0127", course="自动线气动与PLC控制系统装调", task="烟花礼盒自动封装线气动送料单元安装与调试",
   hours=18, station="机电一体化自动线一体化学习工作站",
   situation="浏阳一家烟花包装企业新上了一条礼盒自动封装线，送料单元的气缸动作不同步，礼盒经常卡在推料口。设备科请机电班学员读懂气动回路图和电气图，重新安装送料单元的气缸、电磁阀和传感器，完成气路连接和PLC接线，调试推料、顶升和夹紧的动作顺序，并填写调试记录交设备科验收。",
   qs=[("问题1 推料气缸为什么要装单向节流阀？", ["调节排气的速度就能调节气缸伸出的快慢，推料平稳，礼盒不会被推翻。", "调节气缸的速度。", "推料平稳不推翻。"]),
       ("问题2 磁性开关装在什么位置？", ["装在气缸的伸出端和缩回端，用来检测活塞是否到位，给PLC发到位信号。", "气缸两端，检测到位。", "给PLC发信号。"])],
   hw=[("1. 调试前要做哪些安全检查？", ["检查气源压力在零点四到零点六兆帕，急停按钮有效，工作台上没有工具和杂物。", "气压正常，急停有效。", "台面没有杂物。"]),
       ("2. 送料卡料可能有哪些原因？", ["推料气缸速度太快、料仓导轨变形、传感器位置偏了，或者顺序程序里延时太短。", "气缸太快或导轨变形。", "延时太短。"])],
   outputs=[("送料单元气动回路安装记录", "气路共十二根，无漏气。"), ("送料单元调试记录表", "连续运行三十分钟无卡料。")]),
 "bathing": dict(major="健康与社会照护", code="0529", course="居家失能老人生活照护实务", task="失能老人居家助浴与皮肤压力性损伤预防照护",
   hours=16, station="居家照护一体化学习工作站",
   situation="浏阳城区一家社区居家养老服务中心承接了二十多位失能老人的上门助浴服务。中心护理部请照护班学员评估老人的身体状况和皮肤情况，准备助浴用物，按流程完成床上擦浴或坐式淋浴，检查骨突处皮肤，给家属讲解翻身和减压的方法，并填写照护记录。",
   qs=[("问题1 助浴前为什么要先测血压和询问进食时间？", ["血压过高或刚吃完饭洗澡容易头晕甚至晕倒，饭后一小时内不安排助浴。", "防止头晕晕倒。", "饭后一小时内不洗。"]),
       ("问题2 哪些部位容易发生压力性损伤？", ["骶尾部、足跟、髋部、肩胛和枕后这些骨头突出又长期受压的地方。", "骶尾部和足跟。", "骨突受压的地方。"])],
   hw=[("1. 水温怎样确认？", ["先用水温计测在四十度左右，再用照护员的手腕内侧试一下，最后请老人自己感受。", "水温计测四十度左右。", "手腕内侧试温。"]),
       ("2. 怎样教家属给老人翻身？", ["至少两小时翻一次，用翻身单一起托起，不拖不拉，翻身后在背后垫软枕。", "两小时翻一次。", "不拖不拉，垫软枕。"])],
   outputs=[("居家助浴照护记录", "助浴用时二十五分钟，老人无不适。"), ("皮肤评估与翻身指导单", "骶尾部皮肤完好。"), ("家属照护指导记录", "家属能独立完成翻身。")]),
 "insulation": dict(major="新能源汽车检测与维修", code="0435", course="电动商用车高压电池系统检修", task="快递电动物流车雨后绝缘报警诊断与电池包密封修复",
   hours=18, station="新能源汽车电池检修一体化学习工作站",
   situation="麻城一家快递公司的纯电动物流车雨天行驶后仪表报绝缘故障，车辆限功率行驶。维修站技术主管请新能源班学员做好高压安全防护，断开维修开关并验电，用绝缘测试仪分段测量高压部件的绝缘电阻，找出电池包进水的位置，更换密封件后做气密性测试，最后清除故障码并路试。",
   qs=[("问题1 断开维修开关后为什么还要等五分钟再验电？", ["电机控制器里的电容还存着电，等放电完成、验电确认无电压后才能操作。", "电容还有电。", "验电确认无电。"]),
       ("问题2 绝缘电阻怎样分段测量？", ["先测电池包总正、总负对车身，再断开各个高压插头，分别测电机、空调压缩机和充电机。", "先测电池包，再分别测各部件。", "断开插头分段测。"])],
   hw=[("1. 高压作业要穿戴哪些防护用品？", ["绝缘手套、绝缘鞋、护目镜和阻燃工作服，手套用前要做充气检查。", "绝缘手套和绝缘鞋。", "手套先做充气检查。"]),
       ("2. 气密性测试怎样判断合格？", ["充气到规定压力后保压十分钟，压降不超过规定值就合格。", "保压十分钟看压降。", "压降不超标。"])],
   outputs=[("绝缘电阻测量记录", "电池包对车身绝缘电阻恢复到五百兆欧以上。"), ("电池包密封件更换记录", "气密性测试合格。")]),
 "redtour": dict(major="饭店(酒店)服务", code="0504", course="酒店前厅团队接待服务", task="红色研学团队入住接待与离店结账服务",
   hours=14, station="酒店前厅服务一体化学习工作站",
   situation="五月，一所中学的四十多名师生到麻城开展红色研学，入住当地一家酒店三晚。酒店前厅经理请酒店班学员核对团队订单和分房名单，准备房卡和欢迎资料，在大堂完成团队快速入住，处理加床和调房的请求，离店时为领队办理挂账结账并征求意见。",
   qs=[("问题1 团队入住前要准备哪些资料？", ["团队订单、分房名单、房卡、早餐券和研学活动日程，按房号装进信封。", "分房名单和房卡。", "按房号装信封。"]),
       ("问题2 学生要求调房时怎样处理？", ["先问清原因，和带队老师确认，再在系统里改分房名单，收回旧房卡。", "先和带队老师确认。", "收回旧房卡。"])],
   hw=[("1. 团队挂账结账要核对什么？", ["核对房晚数、加床和餐费，请领队在账单上签字，发票抬头和合同一致。", "核对房晚和餐费。", "领队签字。"]),
       ("2. 怎样征求团队意见？", ["离店时请领队填写意见卡，也可以口头询问，记下问题转给相关部门。", "请领队填写意见卡。", "转给相关部门。"])],
   outputs=[("团队分房名单核对表", "共二十二间，加床三张。"), ("团队离店结账单", "挂账金额核对无误。"), ("宾客意见汇总", "满意度百分之九十六。")]),
 "homestay": dict(major="计算机网络应用", code="0301", course="乡村民宿无线网络建设与运维", task="茨坪民宿集群无线网络覆盖与认证上网部署",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="井冈山茨坪镇上六家民宿组成了一个民宿集群，旺季客人多时无线网络经常掉线，公安部门还要求客人实名认证上网。民宿协会请网络班学员勘察现场信号，规划无线接入点的位置和信道，配置无线控制器和认证服务器，部署后做漫游和压力测试，并编写维护手册。",
   qs=[("问题1 相邻的无线接入点为什么要用不同信道？", ["相邻接入点用同一信道会互相干扰，二点四G一般用一、六、十一信道错开。", "同一信道会干扰。", "一、六、十一错开。"]),
       ("问题2 认证上网需要记录哪些信息？", ["客人的手机号或证件信息、上网时间和设备地址，按规定保存日志。", "手机号和上网时间。", "保存日志。"])],
   hw=[("1. 怎样测试漫游是否正常？", ["拿手机边走边持续ping网关，从一个接入点走到另一个，看丢包和切换时间。", "边走边ping看丢包。", "看切换时间。"]),
       ("2. 维护手册要写哪些内容？", ["设备清单和位置图、管理地址和账号、常见故障处理方法、联系人电话。", "设备清单和位置图。", "常见故障处理。"])],
   outputs=[("无线勘测与点位规划图", "共部署十八个接入点。"), ("无线控制器配置记录", "漫游切换小于一百毫秒。"), ("网络维护手册", "共十二页。")]),
 "pomelo": dict(major="电子商务", code="0603", course="山区特色农产品网店运营", task="井冈蜜柚网店上新与冬季促销活动策划",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="十一月井冈蜜柚成熟，井冈山一家果业合作社想在网店上架三种规格的蜜柚，并在冬至前做一次促销。合作社请电商班学员拍摄和处理商品图片，撰写详情页文案，设置规格和运费模板，策划满减促销活动，活动结束后做数据复盘。",
   qs=[("问题1 蜜柚的详情页要突出什么？", ["产地在山区、果肉粒粒分明、汁多不苦，写清规格重量和发货时间。", "产地和口感。", "写清规格和发货时间。"]),
       ("问题2 运费模板怎样设置？", ["按重量计费，偏远地区单独设置，易碎的礼盒加泡沫网套。", "按重量计费。", "偏远地区单独设。"])],
   hw=[("1. 满减活动的门槛怎样定？", ["看客单价，门槛比平均客单价高一点，引导顾客多买一个。", "比客单价高一点。", "引导多买。"]),
       ("2. 复盘要看哪些数据？", ["访客数、转化率、客单价、退款率和差评原因。", "访客数和转化率。", "退款率和差评。"])],
   outputs=[("蜜柚商品详情页", "三种规格，首图五张。"), ("冬至满减活动方案", "满八十九元减十元。")]),
 "bamboo": dict(major="数控加工(数控车工)", code="0106", course="套类零件与梯形螺纹数控车削", task="竹木加工机械进给丝杠螺母座数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="井冈山一家竹制品厂的竹片刨削机进给丝杠螺母座磨损，原厂停产买不到配件。工厂请学校数控车间按旧件测绘图纸加工四件螺母座。车间主任请数控班学员编写工艺和程序，完成外圆、内孔和梯形内螺纹的车削，并做首件检验。",
   qs=[("问题1 车梯形内螺纹为什么要分层切削？", ["梯形螺纹牙深，一次切削刀具受力太大会扎刀，分层左右借刀切削更安全。", "一次切会扎刀。", "左右借刀分层切。"]),
       ("问题2 怎样测量梯形螺纹的中径？", ["用三针测量法，把三根量针放进牙槽，用千分尺量出M值再换算中径。", "三针测量法。", "量M值换算。"])],
   hw=[("1. 车内孔前为什么要先钻孔？", ["毛坯是实心的，先钻孔给镗刀留出进刀的空间，再车到尺寸。", "给镗刀留空间。", "先钻后车。"]),
       ("2. 首件检验不合格怎么办？", ["停机分析原因，修改刀补或程序后重新加工首件，合格后才批量生产。", "停机分析原因。", "修改后重做首件。"])],
   outputs=[("螺母座首件检验记录", "Tr24×5内螺纹合格。"), ("螺母座加工程序单", "O3105，共五十六段。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="浏阳市浏阳河技工学校", pack="dir", region="ly", course="fireworks", cls="机电2401班", size=40, seed=11,
         sidp="24430127", students=["黎梓轩", "汤雨菲", "罗奕帆"], outsiders={"罗奕帆": "机电2402班"}, out_sidp="24430128",
         extra_class=["彭晟轩"], bad={"彭晟轩": "over_note"}, others_named=["寻建国"],
         teachers=["刘湘平", "易凤娇"], form_count="40人",
         f8="pledge_sign", f10="footnote_max", f11="commission_typed", f12="notebook_photo",
         findings=[("students.not_in_class", 8, True, "罗奕帆"), ("records.invalid_score", 10, False, "彭晟轩")],
         comment="罗奕帆 of the parallel class 机电2402班 (his class and 学号 244301280x on his worksheet, on his typed commissioning "
                 "records and on his homework) is the third student of 8/11/12; item 10 (40 rows = form `40人`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 300 dpi gray, eraser crumbs) is a register whose heads carry NO maxima: "
                 "the maxima are written only in the note under the table (气路连接30、电气接线30、调试运行30、安全文明10); it has "
                 "a 等级 column beside the total and a 备注 column. 彭晟轩 has 14 under 安全文明 (max 10, total the sum): "
                 "records.invalid_score. Item 8 (scanned 250 dpi gray, eraser crumbs): 班级/学号/工位 on a head line, the name only "
                 "in a pledge line at the BOTTOM `以上内容由本人独立完成。学生签名：<name>`; the factory's equipment head 寻建国 signs "
                 "as 企业验收 (not a student). No roster"),
    dict(school="浏阳市浏阳河技工学校", pack="dir", region="ly", course="bathing", cls="照护2401班", size=36, seed=12,
         sidp="24430529", students=["周芷汀", "陈沐瑶", "黎可欣"], others_named=["汤桂芝", "柳德顺", "彭秋菊", "鲁小平"],
         teachers=["谭玉兰", "邓湘华"], form_count="36人", roster="dorm_list", headteacher="曾艳秋",
         f8="group_roles", f10="weighted", f11="care_typed", f12="hand_scan",
         findings=[],
         comment="clean. The roster is a 寝室名单 (the class grouped by dormitory rooms, a 寝室长 marked in each, the 生活老师 "
                 "鲁小平 named at the head; the 班主任 曾艳秋 at the foot); 36 = form `36人` = item 10. Item 10 (TYPED) is a WEIGHTED "
                 "register: 自评, 互评, 师评 each out of 100 and 总评 = 自评×10%+互评×20%+师评×70% (one decimal), as the head and the "
                 "note say; no score breaks a rule. Item 8 (colour scan 200): each worksheet has a 小组分工 box naming FOUR group "
                 "members (组长/记录员/操作员/观察员, classmates) and the worksheet's owner as `填写人` (the three students only). "
                 "Item 11 (typed 照护记录): `照护员：<student>`, the elders 汤桂芝 and 柳德顺 as 服务对象, the relative 彭秋菊 as 家属签字 "
                 "(none a student)"),
    dict(school="麻城市龟峰山技工学校", pack="gbkzip", region="mc", course="insulation", cls="新能源2401班", size=38, seed=21,
         sidp="2442043501", students=["鲍梓航", "阮若芊", "程皓翔"], extra_class=["夏雨晨", "汪博宇"], absent_from_10=["夏雨晨"],
         bad={"汪博宇": "sum"}, others_named=["涂永红"],
         teachers=["胡松柏", "方春燕"], form_count="38名", roster="seat_chart", headteacher="余红霞",
         f8="cover_page", f10="sessions", f11="measure_typed", f12="banknote_photo",
         findings=[("records.missing_student", 10, False, "夏雨晨"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "汪博宇")],
         comment="the roster is a SEAT CHART (座位表: 讲台 at the top, seven rows of desks in pairs, one name per desk) of 38 with "
                 "夏雨晨; the form says `38名`; item 10 (scanned 250 dpi gray) has 37 rows and none for her: records.missing_student "
                 "and records.count_mismatch. Item 10 is a register by SESSIONS: a two-row head `过程考核（每次满分10分）` over "
                 "第1次…第6次, then `终结考核（40分）` and 总分; 汪博宇's 总分 is 10 above the sum of his parts: records.invalid_score. "
                 "Item 8 (1-bit 300 dpi, eraser crumbs): each student's worksheet has a COVER page (the name, class and 学号 in a box "
                 "there only) followed by an answer page without a name. Item 11 (typed): 测量人 the student, the fleet's dispatcher "
                 "涂永红 as 送修人 (not a student)"),
    dict(school="麻城市龟峰山技工学校", pack="gbkzip", region="mc", course="redtour", cls="酒店2401班", size=34, seed=22,
         sidp="2442050401", students=["万梓琪", "戴俊宇", "胡雅欣"], items={12: ["万梓琪", "胡雅欣"]},
         others_named=["吴志坤", "张碧珊"], teachers=["陈晓岚", "王楚良"], form_count="34名",
         f8="combined_cell", f10="ranked_bonus", f11="folio_typed", f12="banknote_photo",
         findings=[("students.count", 12, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a folded banknote lying on each sheet) holds the homework of only TWO students, 万梓琪 "
                 "and 胡雅欣 (戴俊宇's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(TYPED) is a RANKED register (sorted by 总分, 名次 first, then 姓名 before 学号, 等级 beside the total) with a "
                 "bonus column `附加分` explained under the table (红色景区志愿讲解 +1..+5; 总分 = the parts + 附加分, at most 100): "
                 "legal. Item 8 (photographed 200, a banknote): one head cell `学号／姓名` holding `<学号>／<name>` by hand. Item 11 "
                 "(typed): the study group's leader 吴志坤 and the hotel's front-office manager 张碧珊 named (not students)"),
    dict(school="井冈山市茨坪技工学校", pack="zip", region="jg", course="homestay", cls="网络2401班", size=40, seed=31,
         sidp="24360301", students=["曾宇泽", "肖婧琪", "钟睿骁"], items={8: ["曾宇泽", "肖婧琪", "袁卓然"]},
         extra_class=["袁卓然", "邹鑫源"], bad={"邹鑫源": "over"}, fixes=3, others_named=["温德华"],
         teachers=["谢振华", "龙春梅"], form_count="40人",
         f8="vertical_label", f10="hand_fixed", f11="config_typed", f12="plain_photo",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "邹鑫源")],
         comment="item 8 (scanned 300 dpi gray) holds the worksheets of 曾宇泽, 肖婧琪 and classmate 袁卓然 (with an item-10 "
                 "record) instead of 钟睿骁's (11 and 12 hold the three): students.mismatch. Its name field is a narrow bordered box on "
                 "the LEFT with the label written vertically (姓 over 名, 班 over 级, 学 over 号), the values by hand beside. Item 10 "
                 "(TYPED with red HAND corrections: three rows have a part and the total struck through and the corrected marks "
                 "written beside with the teacher's initials, the corrected total the sum of the corrected parts: legal); 邹鑫源 has "
                 "34 under `设备配置(30)` (typed, total the sum): records.invalid_score. The homestay owner 温德华 named on item 11"),
    dict(school="井冈山市茨坪技工学校", pack="zip", region="jg", course="pomelo", cls="电商2401班", size=38, seed=32,
         sidp="24360603", students=["罗歆悦", "黄博洋", "李沁瑶"], teachers=["刘岚芝", "邱文韬", "彭少华"], form_count="38",
         others_named=["袁茂林"], roster="contacts", headteacher="肖淑珍", parallel=36,
         f8="score_box", f10="two_classes", f11="listing_typed", f12="exercise_book",
         findings=[],
         comment="clean. The roster is a 学生通讯录 (序号 学号 姓名 家长姓名 关系 联系电话): every student's parent is named (38 "
                 "parents, none a student); 38 = form `38`. Item 10 (TYPED) is the course's register for TWO classes taught together: "
                 "the table of 电商2401班 (38, this class) then, under its own title, the table of the parallel 电商2402班 (36 others); "
                 "no score breaks a rule. Item 8 (colour scan 200): a scoring box at the top right `得分 | 学生 | 教师` with the "
                 "student's name inside; the cooperative's head 袁茂林 named as 企业导师. Three teachers"),
    dict(school="井冈山市茨坪技工学校", pack="zip", region="jg", course="bamboo", cls="数控2301班", size=42, seed=33,
         sidp="23360106", students=["王钰滢", "谢明杰", "刘奕铖"], outsiders={"刘奕铖": "数控2302班"}, out_sidp="23360107",
         extra_class=["陈柏臻"], bad={"陈柏臻": "sum"}, absent_quiet=1, others_named=["肖国豪"],
         teachers=["钟建平", "温小龙"], form_count="42人",
         f8="receipt_line", f10="group_tables", f11="inspection_typed", f12="notebook_photo",
         findings=[("students.not_in_class", 12, True, "刘奕铖"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "陈柏臻")],
         comment="刘奕铖 of the parallel class 数控2302班 (class and 学号 233601070x on his worksheet, inspection records and "
                 "homework photo) is the third student of 8/11/12 and has no item-10 record: students.not_in_class. The form says "
                 "`42人`; item 10 (TYPED) has 41 rows (one classmate left out; no roster, so no name can be given): "
                 "records.count_mismatch. Item 10 is split into one table per 小组 (`第一组 组长 <name>`, each with its own head "
                 "row and a 小组平均 line); 陈柏臻's 总分 is 7 below the sum of his parts: records.invalid_score. Item 8 (scanned 200 "
                 "gray, eraser crumbs): a task slip with `领取人` and `交回人` (the student, by hand) and `发放人` (a teacher); the "
                 "factory's foreman 肖国豪 named as 企业验收"),
]

PROVINCE = {1: "浏阳市", 2: "麻城市", 3: "井冈山市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 浏阳: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 麻城: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    return "%s（成果%d）.pdf" % (NAMES[n], n)   # 井冈山: "工作页（成果8）.pdf"


def form_name(s, c):
    return {1: ("附件2 申报书（%s）.docx" % s["cls"], "docx"),
            2: ("%s申报书.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("申报书-%s.docx" % c["task"][:8], "docx")}[grp(s)]


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
        return "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "学生人数（人） | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数（人）", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年3月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“获取信息—制定计划—做出决策—实施计划—过程控制—评价反馈”六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=2 + s["seed"] % 23, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、评价方式\n过程评价与成果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n接受任务—制订计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划表\n学习活动1　获取信息\n学习活动2　制定计划与决策\n学习活动3　实施计划\n学习活动4　过程控制与评价反馈",
    4: "{school}\n{course}　教学进度表（{hours}学时）\n第1周　明确任务，获取信息\n第2周　制订与审核计划\n第3周　实施任务\n第4周　检查、展示与评价",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题学习\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源清单\n工作页、行业标准、教学视频、{station}设备与材料清单。",
    7: "{school}\n{station}说明\n工作站分为信息区、计划区、实操区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核包括过程考核和成果考核，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 8", "√ 9", "√ 清楚", "√ 较好"])


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
        return s["out_sidp"] + "%02d" % (5 + len(n) * 3)
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
        if f == "pledge_sign":   # class / 学号 / 工位 on top, the name only in a pledge line at the bottom
            head = '<p>班级：%s　　学号：%s　　工位：%s　　日期：%s</p>' % (hand(cl, True), hand(sid, True), hand("%d号线" % (2 + i), True), hand(day(s, i), True))
            body = (title + head + sit + answers(c, rng, i) + comment +
                    '<p>企业验收：%s（设备科）</p>' % hand(s["others_named"][0], True, BLACK) +
                    '<p style="text-align:right">以上内容由本人独立完成。　学生签名：%s</p>' % hand(n))
            pages.append(body)
        elif f == "group_roles":   # a 小组分工 box of four classmates, the owner as 填写人
            mates = s["mates"][i]
            box = tbl([["小组分工", "组长", hand(mates[0], True), "记录员", hand(mates[1], True), "操作员", hand(mates[2], True), "观察员", hand(mates[3], True)]],
                      width="100%", pad="4px 3px")
            body = (title + '<p>填写人：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) + box + sit +
                    answers(c, rng, i) + comment)
            pages.append(body)
        elif f == "cover_page":   # a cover page with the name in a box, then an answer page without a name
            cover = ('<p>&nbsp;</p><p>&nbsp;</p><h1 style="text-align:center">学 习 工 作 页</h1><p>&nbsp;</p><h3 style="text-align:center">%s</h3>'
                     '<p style="text-align:center">课程：%s</p><p>&nbsp;</p><p>&nbsp;</p>' % (c["task"], c["course"]) +
                     '<table style="border-collapse:collapse;margin-left:auto;margin-right:auto" width="60%%">%s</table>' % "".join(
                         '<tr>%s%s</tr>' % (td(a, ' align="center" width="30%"', "8px 6px", "1.5pt solid #000"), td(b, ' align="left"', "8px 6px", "1.5pt solid #000"))
                         for a, b in [("学生姓名", hand(n)), ("班　　级", hand(cl, True)), ("学　　号", hand(sid, True)), ("指导教师", t[i % 2])]) +
                     '<p>&nbsp;</p><p style="text-align:center">%s</p>' % s["school"])
            pages.append(cover)
            pages.append("<p><b>学习活动一　获取信息</b></p>" + sit + answers(c, rng, i) + comment)
        elif f == "combined_cell":   # one head cell 学号／姓名
            head = tbl([["学号／姓名", hand("%s／%s" % (sid, n), True), "日期", hand(day(s, i), True)]], width="80%", pad="5px 4px")
            pages.append(title + head + sit + answers(c, rng, i) + comment)
        elif f == "vertical_label":   # a narrow box on the left, labels written vertically
            lab = lambda a, b: "%s<br/>%s" % (a, b)
            box = ('<table style="border-collapse:collapse" width="100%%"><tr>%s<td rowspan="3" style="padding:2px 8px">%s%s</td></tr>%s%s</table>'
                   % (td(lab("姓", "名"), ' align="center" width="7%"', "2px 2px") + td(hand(n), ' align="center" width="16%"', "2px 2px"),
                      title, sit[:0],
                      "<tr>%s</tr>" % (td(lab("班", "级"), ' align="center"', "2px 2px") + td(hand(cl, True), ' align="center"', "2px 2px")),
                      "<tr>%s</tr>" % (td(lab("学", "号"), ' align="center"', "2px 2px") + td(hand(sid[-4:], True), ' align="center"', "2px 2px"))))
            pages.append(box + sit + answers(c, rng, i) + comment)
        elif f == "score_box":   # a scoring box at the top right with the student's name in it
            box = ('<table style="border-collapse:collapse;margin-left:auto" width="42%%"><tr>%s</tr><tr>%s</tr></table>'
                   % ("".join(td("<b>%s</b>" % x, ' align="center"', "2px 4px") for x in ["得分", "学生", "教师"]),
                      td('<span %s>%d</span>' % (RED, 82 + 4 * i), ' align="center"', "2px 4px") + td(hand(n, True), ' align="center"', "2px 4px") +
                      td(hand(t[i % 3], True, BLACK), ' align="center"', "2px 4px")))
            pages.append(box + title + '<p>班级：%s　学号：%s　企业导师：%s（合作社）</p>' % (hand(cl, True), hand(sid, True), s["others_named"][0]) +
                         sit + answers(c, rng, i) + comment)
        elif f == "receipt_line":   # a task slip with 领取人 / 交回人 / 发放人
            slip = tbl([["任务单编号", "SK-%03d" % (11 + i), "发放人", t[i % 2], "领取人", hand(n, True)],
                        ["班级", hand(cl, True), "学号", hand(sid, True), "领取日期", hand(day(s, i)[5:], True)]], width="100%", pad="4px 3px")
            pages.append(title + slip + sit + answers(c, rng, i) + comment +
                         '<p>企业验收：%s（车间主任）</p><p style="text-align:right">交回人：%s　　交回日期：%s</p>'
                         % (hand(s["others_named"][0], True, BLACK), hand(n), hand(day(s, i + 3)[5:], True)))
        else:
            raise SystemExit(f)
    meth = {"pledge_sign": "x-scanpdf:250:eraser", "group_roles": "x-scanpdf:200:color", "cover_page": "x-scanpdf:300:mono:eraser",
            "combined_cell": "x-scanpdf:200:photo:banknote", "vertical_label": "x-scanpdf:300", "score_box": "x-scanpdf:200:color",
            "receipt_line": "x-scanpdf:200:eraser"}[f]
    font = {"group_roles": "Noto Sans CJK SC", "receipt_line": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title, cls=None):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], cls or s["cls"], c["course"], c["task"], day(s, 11)))


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
    s["scores"] = {}
    if f == "footnote_max":   # no maxima in the head: they are in the note; 等级 and 备注 columns
        parts = [("气路连接", 30), ("电气接线", 30), ("调试运行", 30), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            if bad.get(n) == "over_note":
                v[3] = 14
            s["scores"][n] = v + [sum(v)]
            rem = rng.choice(["", "", "", "", "", "补考", "缺气管1根", "", "迟到"]) if bad.get(n) is None else ""
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v)), rem], pad))
        body = (head10(s, c, "学习任务考核成绩记载表") + table(out) +
                "<p>注：各项满分：气路连接30分，电气接线30分，调试运行30分，安全文明10分；总分100分。等级：90分以上优秀，80-89良好，70-79中等，60-69及格。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:300:eraser"
    if f == "weighted":   # 自评/互评/师评 each out of 100, 总评 weighted
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评<br/>(权重10%)", "互评<br/>(权重20%)", "师评<br/>(权重70%)", "总评"]], pad)]
        for k, n in enumerate(rec):
            a, b, m = rng.randint(78, 98), rng.randint(72, 96), rng.randint(62, 95)
            tot = round(a * 0.1 + b * 0.2 + m * 0.7, 1)
            s["scores"][n] = [a, b, m, tot]
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(m), "%.1f" % tot], pad))
        body = (head10(s, c, "学习任务考核记录（多元评价）") + "<p>总评＝自评×10%＋互评×20%＋师评×70%（各项均按百分制评分，总评保留一位小数）</p>" +
                table(out, "86%") + "<p>说明：自评、互评依据评价量表，师评含过程表现与操作考核。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sessions":   # 过程考核 per session (10 each) + 终结考核(40)
        pad = "1px 3px"
        h1 = "<tr>%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>学号</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（每次满分10分）</b>", ' align="center" colspan="6"', pad),
                                       td("<b>终结考核<br/>（40分）</b>", ' align="center" rowspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>第%d次</b>" % j for j in range(1, 7)], pad)]
        for k, n in enumerate(rec):
            v = [rng.randint(6, 10) for _ in range(6)] + [rng.randint(24, 38)]
            tot = sum(v) + (10 if bad.get(n) == "sum" else 0)
            s["scores"][n] = v + [tot]
            out.append(trow([str(k + 1), n, sid_of(s, n)[-4:]] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核登记表") + table(out) + "<p>学号栏只填后四位。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "ranked_bonus":   # sorted by total, 名次 first, 姓名 before 学号, bonus column explained
        parts = [("礼仪规范", 15), ("团队入住", 35), ("调房处理", 20), ("结账服务", 30)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts, 0.62, 0.93)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5])
            tot = min(100, sum(v) + b)
            rows.append((tot, n, v, b))
        rows.sort(key=lambda x: -x[0])
        out = [trow(["<b>%s</b>" % x for x in ["名次", "姓名", "学号"] + ["%s／%d" % p for p in parts] + ["附加分", "总分", "等级"]], pad)]
        for k, (tot, n, v, b) in enumerate(rows):
            s["scores"][n] = v + [b, tot]
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [("+%d" % b) if b else "", str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩排名表") + table(out) +
                "<p>注：附加分为参加麻城红色景区志愿讲解服务的加分（每次+1，最多+5）；总分＝四项得分之和＋附加分，最高100分。按总分排列名次。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_fixed":   # typed, with red hand corrections on three rows; one planted over-max
        parts = [("现场勘测", 20), ("点位规划", 20), ("设备配置", 30), ("测试验收", 20), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        cand = [k for k, n in enumerate(rec) if n not in bad and n not in s["students"] and n not in s.get("extra_class", [])]
        fixes = set(rng.sample(cand, s.get("fixes", 0)))
        redh = lambda x: '<span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:11pt">%s</span>' % x
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 34
            cells = [str(x) for x in v] + [str(sum(v))]
            if k in fixes:
                j = rng.choice([0, 1, 3])
                w = list(v)
                w[j] = min(parts[j][1], v[j] + rng.randint(2, 4))
                cells[j] = "<s>%d</s> %s" % (v[j], redh(w[j]))
                cells[5] = "<s>%d</s> %s" % (sum(v), redh("%d %s" % (sum(w), "谢")))
                v = w
            s["scores"][n] = v + [sum(v)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells, pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>注：更正处由评分教师签名确认。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "two_classes":   # the course register of two classes taught together
        parts = [("商品拍摄", 20), ("详情文案", 30), ("活动策划", 30), ("数据复盘", 20)]
        bodies = []
        for cls, members, sidp in ((s["cls"], rec, None), (s["parallel_cls"], s["parallel"], s["parallel_sidp"])):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
            for k, n in enumerate(members):
                v = part_scores(rng, parts)
                if sidp is None:
                    s["scores"][n] = v + [sum(v)]
                out.append(trow([str(k + 1), sid_of(s, n) if sidp is None else sidp + "%02d" % (k + 1), n] + [str(x) for x in v] + [str(sum(v))], pad))
            bodies.append("<p><b>%s（%d人）</b></p>" % (cls, len(members)) + table(out))
        body = (head10(s, c, "学习任务考核记录表（%s、%s合班授课）" % (s["cls"], s["parallel_cls"]), "%s、%s" % (s["cls"], s["parallel_cls"])) +
                bodies[0] + sign + PB + bodies[1] + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_tables":   # one table per 小组, each with its own head and an average line
        parts = [("工艺编制", 20), ("程序编制", 20), ("车削加工", 45), ("检测", 15)]
        chunks = [rec[i:i + 7] for i in range(0, len(rec), 7)]
        body = head10(s, c, "学习任务考核记录（分组）")
        k = 0
        for gi, ch in enumerate(chunks):
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
            tots = []
            for n in ch:
                k += 1
                v = part_scores(rng, parts)
                tot = sum(v) - (7 if bad.get(n) == "sum" else 0)
                s["scores"][n] = v + [tot]
                tots.append(tot)
                out.append(trow([str(k), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
            out.append(trow(["", "", "小组平均", "", "", "", "", "%.1f" % (sum(tots) / len(tots))], pad))
            body += "<p><b>第%s组　　组长：%s</b></p>" % ("一二三四五六七"[gi], ch[0]) + table(out)
        body += "<p>全班合计%d人参加考核。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    o = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "commission_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["调试人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["气源压力", "0.5 MPa", "节拍", "%.1f s/盒" % (4.2 + 0.1 * i)], ["结论", desc, "验收", o[0]]], width="90%"))
            elif f == "care_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务对象", o[j % 2], "年龄", "%d岁" % (78 + i + j)], ["照护员", "%s（%s）" % (n, cl), "服务日期", day(s, 30 + i)],
                                  ["照护内容", desc, "家属签字", o[2]], ["带教老师", t[j % 2], "备注", "血压%d/%d mmHg" % (128 + i, 78 + j)]], width="92%"))
            elif f == "measure_typed":
                parts.append('<h3>%s</h3><p>送修人：%s（物流公司调度）　　车牌：鄂J·D%04d</p>' % (title, o[0], 3170 + 7 * i) +
                             tbl([["测量人", n, "班级", cl], ["测量点", "总正对车身", "绝缘电阻", "%d MΩ" % (520 + 13 * i)],
                                  ["测量点", "总负对车身", "绝缘电阻", "%d MΩ" % (540 + 11 * i)], ["结论", desc, "复核", t[j % 2]]], width="92%"))
            elif f == "folio_typed":
                parts.append('<h3>%s</h3><p>接待员：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["团队名称", "中学红色研学团", "领队", o[0]], ["房间数", "22间", "入住日期", "5月%d日" % (12 + i)],
                                  ["审核", "前厅经理 %s" % o[1], "说明", desc]], width="92%"))
            elif f == "config_typed":
                parts.append('<h3>%s</h3><p>配置人：%s（%s，学号%s）　　民宿业主：%s</p>' % (title, n, cl, sid, o[0]) +
                             tbl([["接入点", "信道", "功率"], ["AP-%02d" % (1 + i), str([1, 6, 11][j % 3]), "20 dBm"], ["AP-%02d" % (7 + i), str([6, 11, 1][j % 3]), "17 dBm"]], width="70%") +
                             "<p>%s</p>" % desc)
            elif f == "listing_typed":
                parts.append('<h3>%s</h3><p>运营：%s　　%s　　指导：%s</p>' % (title, n, cl, t[j % 3]) +
                             tbl([["规格", "价格", "运费"], ["两个装 约4斤", "39.9元", "包邮"], ["四个装 约8斤", "69.9元", "包邮"], ["礼盒 六个装", "99元", "包邮"]], width="70%") +
                             "<p>%s　合作社负责人：%s</p>" % (desc, o[0]))
            elif f == "inspection_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "进给丝杠螺母座", "图号", "LM-24-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 2]],
                                  ["内螺纹", "Tr24×5-7H", "通止规", "合格"], ["外圆", "φ48h7", "%.3f" % (47.988 - 0.002 * i), "合格"]], width="92%") +
                             "<p>备注：%s　　企业验收：%s</p>" % (desc, o[0]))
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
        if f == "notebook_photo":
            head = ["%s　课后作业" % c["course"], "> %s　%s　学号%s" % (cl, n, sid)]
        elif f == "hand_scan":
            head = ["课后作业（照护）", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "banknote_photo":
            head = ["课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> 姓名 %s　%s　%s" % (n, cl, sid[-2:])]
        elif f == "exercise_book":
            head = ["", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"notebook_photo": "x-photo:200:2", "hand_scan": "x-scan:200:4", "banknote_photo": "x-photo:200:1:banknote",
            "plain_photo": "x-photo:200:3", "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

BOYS = set("子睿 梓轩 沐阳 思辰 浩然 宇辰 铭轩 一帆 俊杰 嘉豪 宇泽 奕航 博宇 浩轩 俊宇 天宇 昊天 锦鹏 家骏 卓然 宏宇 瑞阳 浩宇 晟轩 家宝 "
           "润东 天琦 承志 文轩 凯瑞 子豪 志强 鑫源 航宇 宇航 新阳 炜辰 泓博 金宇 尚文 朝阳 彦霖 瀚宇 骏豪 柏宇 翰宇 凌云 景瑞 煜祺 "
           "海涛 世豪 博洋 鹏程 文韬 宇杰 翔宇 兆麟 国豪 永杰 少华 梓豪 铭浩 晨浩 明杰 启航 嘉乐 思源 锦辉 正豪 志鹏 林杰 冠霖 星辰 "
           "家俊 小龙 金龙 伟豪 杰豪 杰 洋 涛 军 磊".split())


def sex_of(n):
    return "男" if n[1:] in BOYS or n[2:] in BOYS else "女"


PARENT_GIVEN = "建军 秀兰 国华 桂英 海平 丽华 志明 小红 卫东 凤英 红梅 新民 淑芬 永福 玉梅 德明 春花 金生 翠兰 光荣 美华 建平 素珍 长青 满英 双喜".split()


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "dorm_list":   # the class by dormitory rooms, a 寝室长 in each
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "床位", "备注"])]
        girls = [n for n in k if sex_of(n) == "女"]
        boys = [n for n in k if sex_of(n) == "男"]
        j = 0
        for label, grp_, bld in (("女生", girls, "3栋"), ("男生", boys, "5栋")):
            for ri in range(0, len(grp_), 6):
                room = grp_[ri:ri + 6]
                rows.append('<tr><td colspan="6" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">%s%d寝室（%s）</td></tr>'
                            % (bld, 301 + ri // 6 + (0 if label == "女生" else 100), label))
                for bi, n in enumerate(room):
                    j += 1
                    rows.append(trow([str(j), sid_of(s, n), n, sex_of(n), "%d号床" % (bi + 1), "寝室长" if bi == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生寝室名单</h2><p>生活老师：%s　　　2024年9月</p>' % (s["school"], s["cls"], s["others_named"][3]) +
                table(rows, width="84%") + "<p>班主任：%s　　　全班共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "seat_chart":   # 座位表: desks in pairs, the 讲台 on top
        cols = 6
        cells = list(k) + [""] * (-len(k) % cols)
        out = ['<tr><td colspan="7" style="border:1.5pt solid #000;padding:6px" align="center"><b>讲　　台</b></td></tr>']
        for ri in range(0, len(cells), cols):
            row = cells[ri:ri + cols]
            tds = []
            for ci, n in enumerate(row):
                tds.append(td(n or "（空）", ' align="center" width="15%"', "10px 2px"))
                if ci == 2:
                    tds.append('<td width="8%" style="border:none"></td>')
            out.append("<tr>%s</tr>" % "".join(tds))
        body = ('<h2 style="text-align:center">%s座位表</h2><p style="text-align:center">%s　　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(out) + '<p>班主任：%s　　　　共%d人（男%d人，女%d人）</p>' % (s["headteacher"], len(k), sum(sex_of(n) == "男" for n in k), sum(sex_of(n) == "女" for n in k)))
        write(os.path.join(d, "roster.html"), html(body, "11pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s座位表（学生名单）.pdf\tx-scanpdf:200:color\troster\t0" % s["cls"])
        return []
    if r == "contacts":   # 学生通讯录 with the parents' names
        rng = random.Random(s["seed"] * 77)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "家长姓名", "关系", "联系电话"])]
        parents = []
        for j, n in enumerate(k):
            for _ in range(500):
                if rng.random() < 0.6:
                    p, rel = n[0] + rng.choice(PARENT_GIVEN), "父亲"
                else:
                    p, rel = rng.choice(SURNAMES["jg"]) + rng.choice(PARENT_GIVEN), "母亲"
                if p not in parents and not used(p) and not any(near(p, x) for x in k + s["teachers"] + s["others_named"] + ALL_PLANTED + parents):
                    break
            parents.append(p)
            rows.append(trow([str(j + 1), sid_of(s, n), n, p, rel, "1%d%d****%04d" % (3 + j % 7, (j * 3) % 10, (j * 7919) % 10000)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生通讯录</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>班主任：%s　　共%d人　　（仅供班级工作使用）</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（通讯录）.pdf\tpdf\troster\t0" % s["cls"])
        return parents
    raise SystemExit(r)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


ALL_PLANTED = []


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "111th held-out people corpus (testdata/heldout111), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    ALL_PLANTED.extend(all_planted)
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
    for city in ("浏阳", "麻城", "井冈山"):
        if city in EARLIER_TEXT or city in EARLIER_READMES:
            raise SystemExit("%s was used by an earlier corpus" % city)
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
        rng = random.Random(s["seed"] * 7919 + 111)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("parallel"):
            s["parallel_cls"] = s["cls"].replace("2401", "2402")
            s["parallel_sidp"] = s["sidp"][:-2] + "%02d" % (int(s["sidp"][-2:]) + 1)
            s["parallel"] = draw_class(rng, s["parallel"], [], avoid + s["klass"], s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        quiet = []
        if s.get("absent_quiet"):
            quiet = [n for n in rec if n not in fixed][7:8]
            rec = [n for n in rec if n not in quiet]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        if s["f8"] == "group_roles":
            pool = [n for n in s["klass"] if n not in s["students"]]
            s["mates"] = []
            for i, n in enumerate(items[8]):
                m = pool[3 * i:3 * i + 3]
                m.insert(i % 4, n)
                s["mates"].append(m)
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
            "item10_records": rec, "item10_left_out_unnamed": quiet, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + extra_named,
            "parallel_class_in_item10": {s["parallel_cls"]: s["parallel"]} if s.get("parallel_cls") else {},
            "group_mates_on_item8": s.get("mates", []),
            "planted_scores": {n: s["scores"][n] for n in s.get("bad", {})},
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
