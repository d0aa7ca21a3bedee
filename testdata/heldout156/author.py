#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifty-sixth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 北镇市 (辽宁, 锦州), 榕江县 (贵州,
黔东南) and 特克斯县 (新疆, 伊犁).

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
# the truth files read for names, tasks and courses to avoid; heldout153 to heldout156 are written at the same
# time by other hands and are not read
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 153)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 北镇 (辽西 Han families and the Manchu 关 那 佟 富 of the 闾山 villages),
# 榕江 (the Dong and Miao families of the 都柳江 valley: 杨 吴 石 龙 潘 欧 陆 蒙 …), 特克斯 (the Han families of the
# county town; Kazakh students are drawn apart, with a middle dot)
SURNAMES = {
    "bz": list("王王王李李李张张张刘刘赵赵杨孙孙高于董齐郑白鲍" "关关那佟富付吴"),
    "rj": list("杨杨杨杨吴吴吴吴石石石龙龙潘潘欧陆蒙李王张罗韦梁"),
    "tk": list("王王王张张李李刘刘马马杨赵陈周韩苏"),
}
# given names: a new list, everyday names of students born around 2008
GIVEN2 = ("鸿飞 怀瑾 景澄 星河 予安 知夏 南乔 初晴 晏清 修远 青禾 以宁 嘉木 暮雪 听澜 云舒 时雨 清越 书宁 慕白 "
          "亦凡 望舒 其琛 朗月 承宇 奕霖 泊远 廷轩 昱衡 骁然 皓岩 峻熙 湛然 屹川 铭川 景逸 思齐 致远 君浩 泽远 "
          "沐阳 乐瑶 梦溪 芊羽 晓晴 语诺 家铭 晨曦 嘉欣 一帆 文静 雅静 宇彤 雪莹 金鑫 子恒 天宇 海峰 春阳 秋实 "
          "冬梅 晓丽 丽娜 佳欣 欣雨 思琪 明月 晓东 永强 卫东 树林 国强 立伟 振华 彦霖 彦彤 兴旺 志成 学文 玉洁 "
          "红艳 艳玲 美玲 春燕 小燕 海燕 晓燕 慧敏 慧娟 丽萍 丽琼 思雨 梦婷 俊宇 凯瑞 浩博 "
          "瑞祥 成龙 运涛 家旺 宏伟 玉龙 文龙 小龙 云龙 正华 正龙 春华 金龙 雨航 宇浩 梓航 子昂 可盈 静雯 采薇").split()
GIVEN1 = list("峰岚勇婧瑶杰婷敏")
# Kazakh given names and father's names (特克斯): written given·father's name
KZ_GIVEN = ("叶尔兰 阿斯哈尔 别克扎提 努尔江 达吾列提 哈那提 木拉提 叶尔波拉提 加尔肯 阿依达娜 阿依波塔 加娜尔 古丽加娜提 "
            "阿克托勒克 玛地娜 阿丽米拉 萨乌列 沙吾列 阿尔达克 叶尔夏提 库瓦尼什 巴音达拉 热娜 迪娜拉 努尔加依娜").split()
KZ_FATHER = ("赛力克 哈力别克 吾拉孜别克 托列吾汗 巴合提 马合沙提 阿依托拉 塔斯肯 加依达尔 叶尔肯别克 江阿拜 努尔太 "
             "阿曼太 居马别克 哈孜木 胡安德克").split()


def earlier_strings():
    names, texts = set(), []
    missing = []

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
            missing.append(d)
            continue
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
        r = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(r):
            readmes.append(cut_readme(r))
    if len(missing) > 3:
        raise SystemExit("missing truth files: %s" % " ".join(missing))
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


def draw_name(rng, region, sur, kz):
    if kz:
        return rng.choice(KZ_GIVEN) + "·" + rng.choice(KZ_FATHER)
    return sur + (rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2))


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        kz = region == "tk" and rng.random() < 0.42   # about two in five of a 特克斯 class are Kazakh
        for _ in range(400):
            name = draw_name(rng, region, sur, kz)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "trotter": dict(major="烹饪(中式烹调)", code="0501", course="辽西风味酱卤菜制作", task="北镇猪蹄酱卤制作与真空包装杀菌出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="北镇猪蹄是辽西有名的酱卤熟食，春节前订单集中。城里一家老字号熟食作坊接到两千份真空包装礼盒的订单，请烹饪班学员跟着作坊的卤水师傅完成猪蹄的燎毛刮洗、焯水、老汤酱卤和改刀，按作坊的规程真空包装并高温杀菌，填写杀菌记录，抽样做出品检验后装箱。",
   qs=[("问题1 猪蹄下老汤前为什么要先焯水？", ["焯水能去掉血沫和腥味，卤出来的汤色清亮，老汤也不容易坏。", "去血沫去腥味，汤色清亮。", "老汤不容易坏。"]),
       ("问题2 酱卤时怎样判断猪蹄已经卤好？", ["用竹签能轻松扎透，皮色红亮，骨头和肉之间稍微能拧动，就可以关火浸泡。", "竹签能扎透，皮色红亮。", "关火后再浸泡入味。"])],
   hw=[("1. 真空包装后为什么还要杀菌？", ["抽真空只能减少氧气，袋里的细菌还活着，要用高温杀菌才能延长保质期。", "细菌还活着，要高温杀死。", "延长保质期。"]),
       ("2. 杀菌记录要记哪些数据？", ["批次、装袋时间、杀菌温度、保温时间、压力和记录人，出了问题可以追溯。", "温度、时间和压力。", "出问题能追溯。"])],
   outputs=[("猪蹄酱卤出品检验单", "色泽酱红，咸淡适中，抽检十袋无胀袋。"), ("真空包装杀菌记录汇总", "121℃保温二十分钟，共八批。")]),
 "grape": dict(major="电子商务", code="0603", course="生鲜农产品社群营销", task="北镇葡萄社群团购接龙运营与自提点分拣售后",
   hours=16, station="电商运营一体化学习工作站",
   situation="秋天北镇的巨峰葡萄大量上市，一家葡萄专业合作社想把果子直接卖给锦州和北镇城里的居民。合作社请电商班学员在十几个小区的社群里发起团购接龙，写接龙文案和海报，统计订单，按自提点分拣装箱，联系团长通知取货，并处理坏果和少称的售后。",
   qs=[("问题1 接龙文案开头要写清哪些信息？", ["品种、产地、单价、规格、截单时间和自提时间，让居民一眼就能决定要不要接。", "品种、价格和截单时间。", "自提时间写清楚。"]),
       ("问题2 为什么要按自提点分拣？", ["团长在各自的小区发货，按自提点把订单装在一起，送货一趟就能送完，不会送错。", "一趟送完，不会送错。", "团长按小区发货。"])],
   hw=[("1. 顾客说葡萄有坏粒怎么处理？", ["先道歉，请顾客拍照，核实后按坏果重量退款或下次补发，记录自提点和批次。", "拍照核实后退款或补发。", "记录自提点和批次。"]),
       ("2. 团长的佣金怎样计算？", ["按团长所在自提点的实收金额提成百分之八，退款的订单不计佣金。", "实收金额的百分之八。", "退款不计。"])],
   outputs=[("自提点分拣单", "十二个自提点，共四百一十七单。"), ("团购复盘报告", "复购率百分之二十一。")]),
 "aircon": dict(major="汽车维修", code="0403", course="营运客车空调系统检修", task="农村客运班车空调不制冷故障诊断与排除",
   hours=16, station="汽车空调检修一体化学习工作站",
   situation="盛夏，北镇开往乡镇的一辆客运班车空调不制冷，车厢里很闷，乘客投诉。客运站请学校汽修车间帮忙检修。车间主任请汽修班学员接车问诊，用歧管压力表检测高低压，查找泄漏点，更换损坏的膨胀阀，抽真空后按标准加注制冷剂，最后测量出风口温度并填写维修工单。",
   qs=[("问题1 用歧管压力表检测前要做哪些准备？", ["确认高低压快速接头没有接反，关闭表阀，发动机怠速运转，空调开到最大，稳定五分钟再读数。", "接头不能接反，先关表阀。", "稳定五分钟再读数。"]),
       ("问题2 低压偏低、高压也偏低说明什么？", ["多半是制冷剂不足，系统有泄漏，要先查漏再加注。", "制冷剂不足，有泄漏。", "先查漏再加注。"])],
   hw=[("1. 为什么加注前要抽真空？", ["把系统里的空气和水分抽走，否则水分会在膨胀阀结冰，空气会让高压偏高。", "抽走空气和水分。", "水分会结冰堵塞。"]),
       ("2. 怎样用肥皂水查漏？", ["把肥皂水涂在接头和焊缝上，有气泡冒出的地方就是漏点。", "涂在接头上看气泡。", "冒泡处就是漏点。"])],
   outputs=[("维修工单", "更换膨胀阀，加注R134a一千二百克。"), ("出风口温度测量记录", "中间出风口七摄氏度。")]),
 "minsu": dict(major="饭店(酒店)服务", code="0504", course="乡村民宿客房服务", task="村超赛事周末侗寨民宿入住接待与客房整理",
   hours=16, station="客房服务一体化学习工作站",
   situation="榕江“村超”比赛的周末，外地球迷涌进县城，城郊侗寨的民宿天天满房。民宿老板请酒店班学员到店实训，负责前台入住登记和讲解入住须知，按标准整理退房后的客房、更换布草，做好查房和遗留物品登记，并在赛后晚上为客人准备侗家油茶。",
   qs=[("问题1 办理入住登记时要核对什么？", ["核对身份证和预订信息是否一致，每位入住客人都要登记，讲清退房时间和早餐时间。", "核对身份证和预订信息。", "讲清退房和早餐时间。"]),
       ("问题2 整理走客房的顺序是什么？", ["开窗通风，撤走用过的布草和垃圾，铺床，清洁卫生间，除尘，补充用品，最后检查。", "先撤布草再铺床。", "最后自查。"])],
   hw=[("1. 布草为什么要点数交接？", ["撤下和领用的床单、被套、毛巾都要点清数量，少了能及时查找，也方便和洗涤厂对账。", "少了能及时查找。", "方便和洗涤厂对账。"]),
       ("2. 客人遗留物品怎样处理？", ["在房间里发现的物品要登记房号、时间和物品，交给前台保管，尽快联系客人。", "登记后交前台保管。", "联系客人。"])],
   outputs=[("布草收发登记", "当日撤换床单四十六套。"), ("走客房查房记录", "遗留物品两件，已联系客人。")]),
 "bathcare": dict(major="健康与社会照护", code="0529", course="居家养老照护服务", task="侗寨留守老人居家助浴与防跌倒照护",
   hours=16, station="居家照护一体化学习工作站",
   situation="侗寨里年轻人大多外出务工，留下不少独居和留守老人。县里的居家养老服务站每周安排上门服务，服务站站长请照护班学员跟着护理员上门，为行动不便的老人评估身体状况，协助洗澡，检查屋里和浴室的防滑、照明，提出防跌倒的改造建议，并在服务平台上完成工单。",
   qs=[("问题1 助浴前要评估老人哪些情况？", ["测量血压和体温，询问有没有头晕，刚吃完饭或空腹时不能洗，水温控制在四十度左右。", "先测血压和体温。", "水温四十度左右。"]),
       ("问题2 浴室防跌倒要检查哪些地方？", ["地面防滑垫、扶手是否牢固、照明够不够、门槛高不高，洗澡时要有人陪护。", "防滑垫和扶手。", "照明和门槛。"])],
   hw=[("1. 老人洗澡时突然头晕怎么办？", ["马上停止洗浴，扶老人坐下或躺下，擦干保暖，测量血压，必要时联系家属和村医。", "停止洗浴，扶老人坐下。", "测血压，联系村医。"]),
       ("2. 为什么要在服务平台上签到签退？", ["平台记录服务的时间和定位，家属和服务站能看到服务是否到位，也是结算的依据。", "记录时间和定位。", "结算的依据。"])],
   outputs=[("居家服务工单（平台打印）", "服务时长六十分钟。"), ("居家防跌倒环境评估表", "建议加装卫生间扶手。")]),
 "wlan": dict(major="计算机网络应用", code="0301", course="无线局域网组建与维护", task="喀拉峻景区游客服务中心无线网络覆盖优化与AP部署",
   hours=16, station="网络搭建一体化学习工作站",
   situation="夏季喀拉峻草原景区游客多，游客服务中心大厅和换乘站的无线网络信号弱，扫码购票经常卡顿。景区信息科请网络班学员测量现有信号强度，重新规划AP点位和信道，安装调试吸顶式AP，配置认证页面，并用测速软件验收，交付点位图和验收单。",
   qs=[("问题1 相邻AP为什么要用不同的信道？", ["同一频段相邻AP用相同信道会互相干扰，2.4G一般只用1、6、11三个不重叠信道。", "相同信道会互相干扰。", "用1、6、11信道。"]),
       ("问题2 AP装在哪里信号最好？", ["装在大厅中部的吊顶上，避开金属柱和玻璃幕墙，离人群近一些。", "吊顶中部，避开金属。", "离人群近。"])],
   hw=[("1. 验收时要测哪些指标？", ["信号强度、下载速率、漫游切换是否中断、认证页面能不能打开。", "信号强度和速率。", "漫游是否中断。"]),
       ("2. PoE供电有什么好处？", ["一根网线同时传数据和供电，AP装在吊顶上不用另外拉电源线。", "一根网线供电又传数据。", "不用拉电源线。"])],
   outputs=[("AP点位安装验收单", "安装吸顶AP十二台。"), ("无线网络测速报告", "大厅平均下载速率八十二兆。")]),
 "charger": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车充电系统检修", task="景区电动观光车慢充无法充电故障诊断与排除",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="八卦城景区的电动观光车晚上在车队场站慢充，有两辆车插上充电枪后仪表不显示充电，第二天不能出车。车队队长请新能源班学员检查充电桩输出、充电枪和车辆充电口，测量CC和CP信号，读取车载充电机的故障码，找出故障并排除，最后出具诊断仪打印的检测报告。",
   qs=[("问题1 慢充不充电先检查哪些地方？", ["先看充电桩有没有输出，再查充电枪和充电口的针脚有没有烧蚀，然后测CC、CP信号。", "先看桩有没有输出。", "查针脚，测CC、CP。"]),
       ("问题2 测量前要做哪些安全防护？", ["穿绝缘鞋、戴绝缘手套，断开维修开关，等待五分钟，验电确认无电后才能操作。", "戴绝缘手套，断维修开关。", "验电后再操作。"])],
   hw=[("1. CP信号的作用是什么？", ["充电桩和车辆用CP信号互相确认连接状态和允许的充电电流。", "确认连接和充电电流。", "桩和车互相确认。"]),
       ("2. 充电口针脚烧蚀是什么原因？", ["插头接触不良，充电时电流大，接触电阻发热，时间长了就烧蚀。", "接触不良发热。", "时间长了烧蚀。"])],
   outputs=[("诊断仪检测打印条", "故障码P1A35已清除。"), ("慢充系统维修记录", "更换车辆充电口总成。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="北镇市闾山技工学校", pack="dir", region="bz", course="trotter", cls="烹饪2401班", size=38, seed=11,
         sidp="24210501", students=["鲍思齐", "关暮雪", "齐君浩"], items={12: ["鲍思齐", "关暮雪", "郑晓晴"]},
         extra_class=["郑晓晴", "佟屹川"], bad={"佟屹川": "sum"}, others_named=["邢长贵", "鞠玉芳"],
         teachers=["那永刚", "付丽娟"], form_count="38人", form_style="check",
         f8="sterilize", f10="foot_max", f11="release_typed", f12="cube_photo",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "佟屹川")],
         comment="item 12 (phone photos, a Rubik's cube on the sheet) holds the homework of 鲍思齐, 关暮雪 and classmate "
                 "郑晓晴 (with an item-10 record) instead of 齐君浩's (items 8 and 11 hold the three): students.mismatch. "
                 "Item 10 (scanned 250 dpi gray, a lighter on the glass) gives the maxima ONLY in a `满分` row at the FOOT of "
                 "the table (after the last student); 佟屹川's 总分 is 7 above the sum of his parts: records.invalid_score. "
                 "Item 8 (colour scan 200): a 杀菌记录 worksheet, the student as `记录人`, the trotter master 邢长贵 as "
                 "卤水师傅 (not a student). Item 11 (typed): 出品检验单 with the workshop's QC 鞠玉芳. Form: a 培养层次 "
                 "checkbox row then `班级人数 | 38人`. No roster"),
    dict(school="北镇市闾山技工学校", pack="dir", region="bz", course="grape", cls="电商2401班", size=36, seed=12,
         sidp="24210603", students=["白星河", "富予安", "孙语诺"],
         others_named=["褚秀云", "鲁宝华", "常德胜", "葛淑贞", "冷凤霞", "谷振国"],
         teachers=["郑宪武", "高秋菊"], form_count="36人", form_style="four_cell",
         f8="order_head", f10="grade_conv", f11="pickup_typed", f12="cube_photo",
         findings=[],
         comment="clean. Item 10 (TYPED) gives every part as a LETTER (A/B/C/D) and a 总评 computed from a conversion "
                 "table and weights printed above the table (A＝95 B＝85 C＝75 D＝60; 20/30/30/20 %), one decimal: no "
                 "part is a number and the 总评 is not a sum, as explained. Customers (褚秀云, 鲁宝华, 常德胜) named in the "
                 "接龙 order table of every worksheet (item 8, scanned 250 gray), 团长 (葛淑贞, 冷凤霞, 谷振国) on the "
                 "自提点分拣单 (item 11, typed). Item 12: phone photos with a Rubik's cube. Form four-cell row "
                 "`授课班级 | 电商2401班 | 班级人数 | 36人`. No roster"),
    dict(school="北镇市闾山技工学校", pack="dir", region="bz", course="aircon", cls="汽修2302班", size=40, seed=13,
         sidp="23210403", students=["王泊川", "那骁然", "李昱衡"], items={8: ["王泊川", "那骁然", "李昱衡", "赵廷轩"]},
         extra_class=["赵廷轩", "董芊羽"], absent_from_10=["董芊羽"], roster="mentors", headteacher="富凤琴",
         mentors=["姜玉兰", "邵文斌", "鲁长海", "庞秀玲", "温立新"],
         others_named=["孟宪利", "温桂荣"],
         teachers=["白振东", "齐淑琴", "冯德厚"], form_count="40人", form_style="vertical",
         f8="gauge", f10="pairs", f11="workorder_typed", f12="hand_color",
         findings=[("students.count", 8, False), ("records.missing_student", 10, False, "董芊羽"), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 dpi 1-bit, a lighter on the glass) holds the 歧管压力表 worksheets of FOUR students: "
                 "the three and classmate 赵廷轩 (with an item-10 record): students.count on 8; students.mismatch optional. "
                 "The roster (a 全员导师制结对名单: the class grouped under five mentors, 40) and the form (`40人`, its labels "
                 "written one character a line) hold 董芊羽; item 10 (TYPED, every part as a 分值 | 得分 pair, the maxima "
                 "repeated on every row) has 39 rows and none for her: records.missing_student and records.count_mismatch. "
                 "Item 11 (typed): 维修工单 naming the bus driver 孟宪利 and the station master 温桂荣 (not students)"),
    dict(school="榕江县古州技工学校", pack="gbkzip", region="rj", course="minsu", cls="酒店24-1班", size=38, seed=21,
         sidp="52240504", students=["杨沐秋", "吴云舒", "石南乔"], outsiders={"石南乔": "酒店24-2班"}, out_sidp="52240505",
         extra_class=["龙景澄"], bad={"龙景澄": "over"},
         others_named=["陆春花", "黄志锋", "区婉仪", "麦永康", "杨秀珍"],
         teachers=["石秀芬", "欧文杰"], form_count="38人（男16＋女22）", form_style="plus",
         f8="room_log", f10="dingtalk", f11="linen_typed", f12="hand_gray",
         findings=[("students.not_in_class", 8, True, "石南乔"), ("records.invalid_score", 10, False, "龙景澄")],
         comment="石南乔 of the parallel class 酒店24-2班 (her class and 学号 5224050517 on her worksheet, linen records and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form) has no record of her: "
                 "students.not_in_class. Item 10 (colour scan 200, landscape) is a DingTalk 智能填表 export (提交人 the "
                 "teacher, 提交时间 on every row, maxima in the heads as `（满分40）`); 龙景澄 has 46 under `客房整理（满分40）` "
                 "(总分 the sum): records.invalid_score. Item 8 (scanned 250 gray): 做房记录, `服务员` the student, the "
                 "minsu owner 陆春花 as 领班检查. Item 11 (typed): 布草收发登记 (领用人 the student, the linen keeper 杨秀珍) "
                 "and 查房记录 with football-fan guests 黄志锋, 区婉仪, 麦永康 (not students). No roster"),
    dict(school="榕江县古州技工学校", pack="gbkzip", region="rj", course="bathcare", cls="照护24-1班", size=42, seed=22,
         sidp="52240529", students=["潘怀瑾", "吴书宁", "欧晨曦"], items={12: ["潘怀瑾", "吴书宁"]},
         extra_class=["龙青禾"], absent_from_10=["龙青禾"],
         others_named=["杨培秀", "潘仕金", "吴昌锦", "欧德明"],
         teachers=["龙再英", "潘光明"], form_count="42人", form_style="plain",
         f8="care_color", f10="plain_care", f11="platform_typed", f12="cube_photo",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a Rubik's cube on the sheet) holds the homework of only TWO students, 潘怀瑾 and "
                 "吴书宁 (欧晨曦's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (TYPED) lists 41; the form says `学生人数 | 42人`: records.count_mismatch (no roster, so the "
                 "missing member 龙青禾 is only in this truth file). Elders 杨培秀, 潘仕金, 吴昌锦 and the village doctor "
                 "欧德明 named on items 8 and 11 (not students). Item 11 (typed): the home-care platform's printed work "
                 "orders (服务人员 the student, 服务对象, 签到定位, 服务时长)"),
    dict(school="特克斯县八卦城技工学校", pack="zip", region="tk", course="wlan", cls="网络2401班", size=38, seed=31,
         sidp="24650301", students=["别克扎提·努尔太", "马湛然", "王其琛"], gap=17,
         roster="clubs", headteacher="关淑兰", advisors=["叶尔波拉提·江阿拜", "蔺学军"],
         others_named=["阿曼古丽·居马别克"],
         teachers=["古丽娜尔·托列吾汗", "周疆生"], form_count="38人", form_style="kz",
         f8="ap_install", f10="gap_note", f11="acceptance_typed", f12="hand_mono",
         findings=[],
         comment="clean. The Kazakh student 别克扎提·努尔太 (middle dot) is one of the three; the Kazakh teacher "
                 "古丽娜尔·托列吾汗 marks his pages. Item 10 (TYPED): 学号 in order with 2465030117 missing, explained in "
                 "a note as 空号 (the student never enrolled), 38 rows = form = roster. The roster is a 第二课堂兴趣小组选报名单 "
                 "(every student with the club he chose and the club's advisor: the riding coach 叶尔波拉提·江阿拜 and "
                 "the calligraphy teacher 蔺学军 are no students), 38. The scenic area's IT head 阿曼古丽·居马别克 signs "
                 "the acceptance sheets (item 11). Item 12: hand-written pages, 1-bit 200 dpi"),
    dict(school="特克斯县八卦城技工学校", pack="zip", region="tk", course="charger", cls="新能源2302班", size=40, seed=32,
         sidp="23650435", students=["张景逸", "刘采薇", "杨朗月"], items={12: ["张景逸", "刘采薇", "陈嘉木"]},
         outsiders={"陈嘉木": "新能源2301班"}, out_sidp="23650434",
         extra_class=["苏海峰"], bad={"苏海峰": "theory"}, others_named=["闫振江"],
         teachers=["韩镇疆", "佟永泰", "马继魁"], form_count="40人（中高职贯通培养）", form_style="note",
         f8="head_color", f10="difficulty", f11="strip_typed", f12="hand_lighter",
         findings=[("students.mismatch", 12, True), ("students.not_in_class", 12, True, "陈嘉木"),
                   ("records.invalid_score", 10, False, "苏海峰")],
         comment="item 12 (hand-written pages scanned 200 dpi gray, a lighter on the glass) holds the homework of 张景逸, "
                 "刘采薇 and 陈嘉木 of the parallel class 新能源2301班 (his class and 学号 2365043422 on the page) instead "
                 "of 杨朗月's: students.mismatch and students.not_in_class. Item 10 (scanned 300 dpi 1-bit) has a 难度系数 "
                 "column: 实操折算分 = 原始分 × 系数 (capped at 60), 总分 = 理论 + 折算分 + 安全规范 (explained in a note); "
                 "苏海峰 has 35 under `理论(30)` (总分 the sum): records.invalid_score. Item 11 (typed): the diagnostic tool's "
                 "THERMAL PRINT STRIP pasted on each page, `操作人` by hand beside it, the fleet leader 闫振江 as 车队确认. "
                 "Form `40人（中高职贯通培养）`. No roster"),
]

PROVINCE = {1: "辽宁省锦州市北镇市", 2: "贵州省黔东南苗族侗族自治州榕江县", 3: "新疆伊犁哈萨克自治州特克斯县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 北镇: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    if g == 2:   # 榕江: "8-工作页.pdf"
        return "%d-%s.pdf" % (n, NAMES[n])
    return "%02d_%s.pdf" % (n, NAMES[n])   # 特克斯: "08_工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂项目申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("%s附件2申报书.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.8cm 1.6cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


LANDSCAPE = "size:29.7cm 21cm;margin:1.0cm 1.2cm"
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
            al = "" if "align=" in extra else ' align="%s"' % align
            cells.append(td(("<b>%s</b>" % x) if i in bold else x, al + extra, pad))
        out.append("<tr>%s</tr>" % "".join(cells))
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(out))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def vert(label):
    return "<br/>".join(label)


def form_count_text(s):
    st = s["form_style"]
    if st == "four_cell":
        return "授课班级 | %s | 班级人数 | %s" % (s["cls"], s["form_count"])
    if st == "vertical":
        return "班\\n级\\n人\\n数 (one character a line) | %s" % s["form_count"]
    if st == "plain":
        return "学生人数 | %s" % s["form_count"]
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    st = s["form_style"]
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if st == "check":   # a checkbox row for the training level above the class size
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("培养层次", "☐中级工　　☑高级工　　☐预备技师（技师）"), ("授课班级", s["cls"]), ("班级人数", s["form_count"]),
                ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif st == "four_cell":
        info = tbl([["专业名称", (c["major"], ' align="left" colspan="3"')], ["专业编码", c["code"], "学时", "%d" % c["hours"]],
                    ["课程名称", (c["course"], ' align="left" colspan="3"')], ["学习任务", (c["task"], ' align="left" colspan="3"')],
                    ["授课班级", s["cls"], "班级人数", s["form_count"]]], width="92%", pad=P)
    elif st == "vertical":   # narrow label cells, the label one character a line
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[(vert(a), ' width="7%"'), (b, ' align="left"')] for a, b in rows], width="80%", pad="3px 6px")
    elif st == "plus":   # the boys and girls as a sum in the bracket
        boys = sum(1 for n in s["klass"] if sex_of(n) == "男")
        s["form_count"] = "%d人（男%d＋女%d）" % (s["size"], boys, s["size"] - boys)
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif st == "plain":
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif st == "kz":
        minority = sum(1 for n in s["klass"] if "·" in n)
        s["form_count"] = "%d人（其中哈萨克族学生%d人）" % (s["size"], minority)
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # note: a bracket with no number in it
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>学生以小组为单位获取信息、制定计划、做出决策，在教师和企业人员指导下实施计划，教师在实施中进行过程控制，最后组织成果展示和多元评价反馈。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}本地合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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
        return s["out_sidp"] + ("17" if grp(s) == 2 else "22")
    k = s["klass"].index(n) + 1
    if s.get("gap") and k >= s["gap"]:
        k += 1
    return s["sidp"] + "%02d" % k


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "sterilize":   # a sterilisation record heads the page; the student only as 记录人
            head = ('<p style="text-align:right">记录人：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)) +
                    '<p><b>真空包装杀菌记录</b>　　卤水师傅：%s　　日期：%s</p>' % (hand(on[0], True, BLACK), hand(day(s, i), True)))
            rec = [["批次", "装袋时间", "杀菌温度/℃", "保温时间/min", "压力/MPa", "胀袋抽检"]]
            for b in range(3):
                rec.append([hand("%d" % (b + 1), True), hand("%d:%02d" % (9 + b, (15 + 20 * b + i * 7) % 60), True), hand("121", True),
                            hand("20", True), hand("0.%d" % (11 + (b + i) % 3), True), hand("无", True)])
            body = (title + head + tbl(rec, width="100%", pad="3px 4px") + sit + answers(c, rng, i) + comment)
        elif f == "order_head":   # a bordered head row with 学员, then the 接龙 orders with customers
            head = tbl([["学员", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            orders = [["接龙序号", "收货人", "规格", "数量", "自提点"]]
            for k in range(3):
                orders.append([str(3 + k * 5 + i), on[k], "巨峰5斤装", "%d箱" % (1 + (k + i) % 3), ["锦绣小区", "南关社区", "北镇庙东"][k]])
            body = (title + head + sit + "<p><b>我统计的接龙订单（节选）</b></p>" + tbl(orders, width="90%") +
                    answers(c, rng, i) + comment)
        elif f == "gauge":   # manifold gauge readings; the vehicle head with 检测人
            head = tbl([["车牌号", hand("辽G·%d%d%d%d%d" % (3, 5 + i % 3, 1 + i, 7, 2 + i), True), "车型", "中型客车"],
                        ["检测人", hand(n, True), "学号", hand(sid, True)], ["班级", hand(cl, True), "工位", hand("%d号工位" % (2 + i), True)]],
                       width="86%", pad="4px 6px")
            g = [["工况", "低压侧/MPa", "高压侧/MPa", "出风口温度/℃", "判断"],
                 ["静态（发动机熄火）", hand("0.5%d" % (4 + i % 3), True), hand("0.5%d" % (5 + i % 3), True), "—", hand("平衡", True)],
                 ["怠速，空调最大", hand("0.0%d" % (8 + i % 2), True), hand("0.9%d" % (1 + i), True), hand("2%d" % (3 + i), True), hand("均偏低", True)],
                 ["1500 r/min", hand("0.0%d" % (6 + i % 3), True), hand("1.0%d" % (2 + i), True), hand("2%d" % (1 + i), True), hand("缺制冷剂", True)]]
            body = (title + head + "<p><b>歧管压力表检测记录</b>（环境温度 %s ℃）</p>" % hand("3%d" % (1 + i), True) +
                    tbl(g, width="100%", pad="3px 4px") + sit + answers(c, rng, i) + comment)
        elif f == "room_log":   # 做房记录 with 服务员; the owner as 领班检查
            head = '<p>服务员：%s　　学号：%s　　班级：%s　　日期：%s</p>' % (hand(n), hand(sid, True), hand(cl, True), hand(day(s, i), True))
            rooms = [["房号", "房态", "进房时间", "出房时间", "布草更换", "领班检查"]]
            for k in range(3):
                rooms.append([hand("%d0%d" % (1 + k // 2, 1 + (k + i) % 4), True), hand(["走客房", "住客房", "走客房"][k], True),
                              hand("%d:%02d" % (10 + k, 5 + 11 * i % 50), True), hand("%d:%02d" % (10 + k, 40 + i), True),
                              hand("√", True), hand(on[0], True, BLACK)])
            body = title + head + "<p><b>做房记录</b></p>" + tbl(rooms, width="100%") + sit + answers(c, rng, i) + comment
        elif f == "care_color":   # 照护员 and the elder in a head box
            head = tbl([["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["服务对象", hand(["杨培秀奶奶（79岁）", "潘仕金爷爷（86岁）", "吴昌锦爷爷（81岁）"][i % 3], True), "陪同",
                         hand("村医 " + on[3], True, BLACK), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "ap_install":   # AP installation record with 实施人 at the foot
            ap = [["点位", "安装位置", "信道", "发射功率", "RSSI/dBm"]]
            for k in range(3):
                ap.append([hand("AP-%02d" % (1 + k + 3 * i), True), hand(["大厅吊顶中部", "换乘站候车区", "售票窗口上方"][k], True),
                           hand(["1", "6", "11"][k], True), hand("%d dBm" % (17 + k), True), hand("-%d" % (52 + 3 * k + i), True)])
            body = (title + sit + "<p><b>AP点位安装记录</b></p>" + tbl(ap, width="96%") + answers(c, rng, i) + comment +
                    '<p style="text-align:right">实施人：%s　　学号：%s　　%s</p>' % (hand(n), hand(sid, True), hand(cl, True)))
        elif f == "head_color":   # a plain bordered head row
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "车号", hand("观光%02d号" % (3 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"sterilize": "x-scanpdf:200:color", "order_head": "x-scanpdf:250", "gauge": "x-scanpdf:200:mono:lighter",
            "room_log": "x-scanpdf:250", "care_color": "x-scanpdf:200:color", "ap_install": "x-scanpdf:200",
            "head_color": "x-scanpdf:200:color"}[f]
    font = {"order_head": "Noto Sans CJK SC", "head_color": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
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
    if f == "foot_max":   # maxima only in a 满分 row after the last student
        parts = [("原料初加工", 10), ("卤汤调制", 20), ("酱卤火候", 30), ("真空包装", 20), ("出品检验", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        out.append(trow(["", "", "<b>满　分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad))
        body = (head10(s, c, "学习任务考核成绩记录") + table(out) + "<p>注：各考核项目的满分见表格末行。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:lighter"
    if f == "grade_conv":   # letters per part, the 总评 from a conversion table and weights
        conv = {"A": 95, "B": 85, "C": 75, "D": 60}
        parts = [("选品定价", 20), ("接龙文案", 30), ("团购运营", 30), ("分拣售后", 20)]
        legend = ("<p>等级换算：A＝95　B＝85　C＝75　D＝60。总评＝选品定价×20%＋接龙文案×30%＋团购运营×30%＋分拣售后×20%"
                  "（各项按换算分计算，保留一位小数）。</p>")
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（%d%%）" % p for p in parts] + ["总评"]], pad)]
        for k, n in enumerate(rec):
            g = [rng.choice("AABBBBCCD") for _ in parts]
            tot = sum(conv[x] * w for x, (_, w) in zip(g, parts)) / 100.0
            out.append(trow([str(k + 1), sid_of(s, n), n] + g + ["%.1f" % tot], pad))
        body = head10(s, c, "学习任务考核记录表（等级制）") + legend + table(out, "90%") + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "pairs":   # every part a 分值 | 得分 pair, the 分值 on every row
        parts = [("接车问诊", 10), ("压力检测", 25), ("故障排除", 30), ("抽真空加注", 25), ("6S管理", 10)]
        h1 = "<tr>%s%s%s</tr>" % ("".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["序号", "学号", "姓名"]),
                                  "".join(td("<b>%s</b>" % p, ' align="center" colspan="2"', pad) for p, _ in parts),
                                  td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s</b>" % x for x in ["分值", "得分"] * len(parts)], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = []
            for (_, m), x in zip(parts, v):
                cells += [str(m), str(x)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LANDSCAPE), "pdf"
    if f == "dingtalk":   # a DingTalk 智能填表 export: 提交人 and 提交时间 on every row
        parts = [("入住接待", 20), ("客房整理", 40), ("查房退房", 30), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "提交人", "提交时间", "学生姓名", "学号"] +
                     ["%s（满分%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 46
            when = "2025-03-%02d %02d:%02d" % (17 + k // 14, 15 + (k % 14) // 5, (7 * k + 3) % 60)
            out.append(trow([str(k + 1), t[0], when, n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = ('<p style="color:#1677ff;font-size:12pt"><b>智能填表</b>　|　%s学习任务考核记录</p>'
                '<p>表单名称：%s　　填写范围：%s　　填写人：%s</p>' % (s["cls"], c["task"], s["cls"], t[0]) + table(out) +
                "<p>导出时间：2025-03-20 09:14　　共%d条数据　　%s</p>" % (len(rec), s["school"]) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page=LANDSCAPE), "x-scanpdf:200:color"
    if f == "plain_care":   # a plain register with 性别, the maxima under a merged head
        parts = [("身体评估", 20), ("助浴操作", 40), ("环境评估", 25), ("沟通与记录", 15)]
        h1 = "<tr>%s%s%s</tr>" % ("".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["序号", "学号", "姓名", "性别"]),
                                  td("<b>考核项目及分值</b>", ' align="center" colspan="%d"' % len(parts), pad),
                                  "".join(td("<b>%s</b>" % x, ' align="center" rowspan="2"', pad) for x in ["总分", "等级"]))
        out = [h1, trow(["<b>%s<br/>%d</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex_of(n)] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>考核人数：%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "gap_note":   # 学号 in order with one number missing, explained
        parts = [("信号勘测", 20), ("点位规划", 20), ("AP安装调试", 40), ("测速验收", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        order = sorted(rec, key=lambda n: sid_of(s, n))
        for k, n in enumerate(order):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        gap = s["sidp"] + "%02d" % s["gap"]
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：学号%s为空号（该生报到前放弃入学，未编入本班），本班实有学生%d人。</p>" % (gap, len(rec)) + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "difficulty":   # 抽到故障, 难度系数, 原始分, 折算分 (capped), the total adds the 折算分
        faults = [("A 充电枪CC断路", 1.0), ("B 充电口针脚烧蚀", 1.1), ("C 车载充电机CP异常", 1.2)]
        hd = ["序号", "学号", "姓名", "理论(30)", "抽到故障", "难度<br/>系数", "实操原始分<br/>(60)", "实操折算分<br/>(≤60)", "安全规范<br/>(10)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            th = int(round(30 * rng.uniform(0.6, 0.95)))
            if bad.get(n) == "theory":
                th = 35
            fl, co = faults[rng.randrange(3)]
            raw = int(round(60 * rng.uniform(0.62, 0.9)))
            conv = min(60.0, round(raw * co, 1))
            safe = rng.randint(6, 10)
            tot = th + conv + safe
            out.append(trow([str(k + 1), sid_of(s, n), n, str(th), fl, "%.1f" % co, str(raw),
                             ("%.1f" % conv).rstrip("0").rstrip("."), str(safe), ("%.1f" % tot).rstrip("0").rstrip(".")], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：实操考核由学生抽签确定故障，实操折算分＝实操原始分×难度系数，超过60分按60分计；"
                "总分＝理论＋实操折算分＋安全规范。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True, page="margin:1.0cm 0.9cm"), "x-scanpdf:300:mono"
    raise SystemExit(f)


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    on = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "release_typed":   # 出品检验单: 检验人 the student, the workshop QC named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["产品", "北镇猪蹄（真空装）", "批次", "2025-01-%02d-%d" % (8 + i, j + 1)],
                                  ["检验人", "%s（%s）" % (n, cl), "学号", sid],
                                  ["感官", "色泽酱红、皮面完整", "抽检", "10袋"],
                                  ["结论", desc, "作坊质检", on[1]]], width="92%"))
            elif f == "pickup_typed":   # 自提点分拣单: 分拣员 the student, 团长 named
                rows = [["自提点", "团长", "订单数", "箱数", "核对"]]
                for k in range(3):
                    rows.append([["锦绣小区", "南关社区", "北镇庙东", "广宁路"][(k + i) % 4], on[3 + k], str(31 + 7 * k + 3 * i), str(44 + 9 * k + i), "√"])
                parts.append('<h3>%s</h3><p>分拣员：%s　　班级：%s　　学号：%s　　日期：%s</p>' % (title, n, cl, sid, day(s, 30 + i)) +
                             tbl(rows, width="86%") + "<p>%s</p><p>审核：%s</p>" % (desc, t[j % 2]))
            elif f == "workorder_typed":   # 维修工单: driver and station master named
                parts.append('<h3>%s</h3>' % title + tbl([["送修单位", "北镇客运站", "车牌号", "辽G·3%d172" % (5 + i)],
                                                          ["驾驶员", on[0], "站方联系人", on[1]],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "linen_typed":   # 布草收发登记 (领用人, the linen keeper) / 查房记录 with guests
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["品名", "撤下", "领用", "差异"], ["床单", str(12 + i), str(12 + i), "0"], ["被套", str(10 + i), str(10 + i), "0"],
                                      ["浴巾", str(14 + i), str(14 + i), "0"]], width="80%") +
                                 "<p>领用人：%s（%s，学号%s）　　布草间：%s　　%s</p><p>备注：%s</p>" % (n, cl, sid, on[4], day(s, 30 + i), desc))
                else:
                    g = on[1 + i % 3]
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["房号", "20%d" % (1 + i), "退房客人", g], ["查房人", "%s（%s）" % (n, cl), "查房时间", "12:%02d" % (5 + 7 * i)],
                                      ["遗留物品", ["充电宝一个", "球衣一件", "无"][i % 3], "处理", "交前台保管，已电话联系客人"]], width="90%") +
                                 "<p>%s</p>" % desc)
            elif f == "platform_typed":   # the care platform's printed work order
                elder = ["杨培秀（女，79岁）", "潘仕金（男，86岁）", "吴昌锦（男，81岁）"][(i + j) % 3]
                parts.append('<h3 style="text-align:center">%s</h3><p style="text-align:right">工单号：JY2025%04d</p>' % (title, 311 + 7 * i + j) +
                             tbl([["服务人员", n, "所属", "%s　学号%s" % (cl, sid)], ["服务对象", elder, "服务项目", ["助浴", "环境评估"][j]],
                                  ["签到定位", "榕江县栽麻镇宰荡村%d组" % (2 + i), "签到时间", "%s 09:%02d" % (day(s, 30 + i), 10 + 5 * j)],
                                  ["签退时间", "%s 10:%02d" % (day(s, 30 + i), 12 + 5 * j), "服务时长", "62分钟"],
                                  ["服务内容", desc, "陪同村医", on[3]]], width="94%") +
                             "<p>家属确认：已电话回访　　督导：%s</p>" % t[j % 2])
            elif f == "acceptance_typed":   # 验收单: 实施人 the student, the scenic area's IT head
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["项目", "游客服务中心无线网络", "区域", ["大厅", "换乘站", "售票区"][i % 3]],
                                  ["实施人", "%s（%s）" % (n, cl), "学号", sid], ["结论", desc, "验收人", on[0]]], width="92%"))
            elif f == "strip_typed":   # a thermal print strip pasted on the page, the operator written beside it
                if j == 0:
                    strip = ("<br/>".join(["  观光车动力诊断仪", "================", "VIN: LNBSC1%04dT%06d" % (3 + i, 100233 + 17 * i),
                                           "车号: 观光%02d号" % (3 + i), "时间: 2025-04-%02d 21:%02d" % (8 + i, 14 + 9 * i),
                                           "----------------", "故障码: P1A35", "OBC CP占空比异常", "CC电阻: %d Ω" % (680 + 3 * i),
                                           "CP幅值: 6.%d V" % (1 + i), "----------------", "清码后复检: 正常", "充电电流: 1%d.%d A" % (4 + i % 2, i)]))
                    parts.append('<h3>%s</h3><table><tr><td width="230" style="border:1pt dashed #777;padding:6px 10px;background:#f3f1ec;'
                                 'font-family:\'DejaVu Sans Mono\',\'Noto Sans CJK SC\';font-size:8.5pt">%s</td><td width="30"></td>'
                                 '<td style="padding:6px 18px;vertical-align:top">操作人：%s<br/>班级：%s<br/>学号：%s<br/><br/>车队确认：%s</td></tr></table>'
                                 % (title, strip, hand(n), hand(cl, True), hand(sid, True), hand(on[0], True, BLACK)))
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["车号", "观光%02d号" % (3 + i), "维修人", "%s（%s）" % (n, cl)],
                                                              ["处理", desc, "复核", t[j % 3]]], width="92%"))
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
        if f == "cube_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_color":
            head = ["课后练习（汽车空调）", "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "hand_gray":
            head = ["课后作业", "> 服务员（学生）：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_mono":
            head = ["无线网络课后作业", "> 姓名 %s　学号 %s" % (n, sid), "> 班级 %s" % cl]
        elif f == "hand_lighter":
            head = ["课后作业（充电系统）", "> 学生：%s　%s　学号%s" % (n, cl, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end + ["", "", "", "", ""]
    meth = {"cube_photo": "x-photo:200:%d:cube" % (1 + s["seed"] % 2), "hand_color": "x-scan:200:3:color",
            "hand_gray": "x-scan:250:4", "hand_mono": "x-scan:200:4:mono", "hand_lighter": "x-scan:200:4:lighter"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("鸿飞 景澄 星河 修远 嘉木 听澜 慕白 亦凡 其琛 朗月 承宇 奕霖 泊远 廷轩 昱衡 骁然 皓岩 峻熙 湛然 屹川 铭川 景逸 思齐 致远 "
           "君浩 泽远 沐阳 家铭 一帆 子恒 天宇 海峰 春阳 秋实 晓东 永强 卫东 树林 国强 立伟 振华 彦霖 兴旺 志成 学文 俊宇 凯瑞 "
           "浩博 瑞祥 成龙 运涛 家旺 宏伟 玉龙 文龙 小龙 云龙 正华 正龙 春华 金龙 雨航 宇浩 梓航 子昂 峰 勇 杰 "
           "叶尔兰 阿斯哈尔 别克扎提 努尔江 达吾列提 哈那提 木拉提 叶尔波拉提 加尔肯 叶尔夏提 库瓦尼什 巴音达拉".split())


def sex_of(n):
    g = n.split("·")[0] if "·" in n else n[1:]
    return "男" if g in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "mentors":   # 全员导师制: the class grouped under five mentors (teachers not in the team)
        m = s["mentors"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["结对导师", "序号", "学号", "姓名", "性别", "结对重点"])]
        focus = ["学业辅导", "心理关爱", "技能提升", "生活指导", "职业规划"]
        per = (len(k) + len(m) - 1) // len(m)
        j = 0
        for gi, mentor in enumerate(m):
            members = k[gi * per:(gi + 1) * per]
            for q, n in enumerate(members):
                j += 1
                first = td("%s<br/>（%s）" % (mentor, ["数学教研室", "德育处", "汽修实训中心", "学生科", "招生就业处"][gi]),
                           ' align="center" rowspan="%d"' % len(members), "1px 4px") if q == 0 else ""
                rows.append("<tr>%s%s</tr>" % (first, "".join(td(x, ' align="center"', "1px 4px") for x in
                                                              [str(j), sid_of(s, n), n, sex_of(n), focus[(gi + q) % 5]])))
        body = ('<h2 style="text-align:center">%s全员导师制结对名单</h2><p style="text-align:center">%s　2024—2025学年第二学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="88%") + "<p>班主任：%s　　　全班%d人，结对导师%d人。</p>" % (s["headteacher"], len(k), len(m)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s全员导师制结对名单.pdf\tpdf\troster\t0" % s["cls"])
        return list(m)
    if r == "clubs":   # 第二课堂兴趣小组选报名单: the club and its advisor on every row
        adv = s["advisors"]
        clubs = [("马术社", adv[0]), ("书法社", adv[1]), ("网络攻防社", s["teachers"][1]), ("篮球社", s["teachers"][1])]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "选报社团", "指导教师", "本人签名"])]
        order = sorted(k, key=lambda n: sid_of(s, n))
        rr = random.Random(s["seed"] * 77)
        for j, n in enumerate(order):
            cname, a = clubs[rr.randrange(len(clubs))]
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), cname, a, hand(n, True)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s第二课堂兴趣小组选报名单</h2><p style="text-align:center">%s　2025年3月</p>' % (s["cls"], s["school"]) +
                table(rows, width="94%") + "<p>班主任：%s　　　共%d人，已全部选报。</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s第二课堂兴趣小组选报名单.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return list(adv)
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
    truth = {"comment": "Hundred-and-fifty-sixth held-out people corpus (testdata/heldout156), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", []) + s.get("mentors", []) + s.get("advisors", [])]
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
    everyone = all_teachers + all_others
    assert len(set(everyone)) == len(everyone), "a named person stands twice"
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    for a in all_planted:
        for b in everyone:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:]:
            if near(a, b):
                raise SystemExit("planted %s is near planted %s" % (a, b))
    for i, a in enumerate(everyone):
        for b in everyone[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 156)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + everyone + out
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
    print("wrote %d submissions, %d findings, %d optional" % (len(truth["submissions"]), len(truth["findings"]), len(truth["optional"])))


if __name__ == "__main__":
    main()
