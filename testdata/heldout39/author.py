#!/usr/bin/env python3
"""Write the sources of the thirty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 铜仁
(Guizhou), 信阳 (Henan) and 哈密 (Xinjiang).

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
# the truth files read for names, tasks and courses to avoid
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 39)] + ["othertools"]

# surnames by region, roughly as often as they stand in real classes there (a name repeats
# in the list to weigh it): 铜仁 (Tujia, Miao and Dong families: 杨 田 吴 龙 冉 向 滕 舒 …;
# one compound 欧阳), 信阳 (陈 王 李 张 刘 余 胡 周 熊 易 …; rare 詹 晏 操), 哈密 (Han 王 张 李
# 赵 马 …, and whole Uyghur or Kazakh names below, given name · father's name)
SURNAMES = {
    "tr": list("杨杨杨田田吴吴龙龙张张冉向滕舒石姚彭谢李王黄刘罗肖") + ["欧阳"],
    "xy": list("陈陈陈王王王李李张张刘刘余余胡周熊易罗黄徐杨吴朱何汪") + ["詹", "晏", "操"],
    "hm": list("王王张张李李赵马马杨刘陈周何郭孙韩高"),
}
MIN_GIVEN = ("阿卜杜拉 迪丽拜尔 玛丽亚木 艾合买提 帕尔哈提 热依汗 阿尔曼 努尔古丽 吐逊江 古再丽努尔 买吾兰 "
             "阿迪力 夏木西努尔 祖丽胡马尔 依力哈木 米热阿依 叶尔江 阿依达娜 哈那提 加娜尔").split()
MIN_FATHER = ("艾买提 阿不力孜 吐尔逊 卡斯木 玉山 亚森 毛拉 达吾提 阿吉 伊沙木 热西提 艾力 塔西 努尔别克 "
              "哈力木 加尔肯").split()
# given names: a new list, names of the kind given in towns around 2007 (two characters and a few one)
GIVEN2 = ("俊豪 家乐 思雨 梦婷 雪梅 春燕 海涛 红霞 志远 文杰 宏伟 秀娟 丽娟 金龙 永康 世杰 德华 兴旺 "
          "玉凤 芳芳 婷婷 佳佳 亚楠 晓燕 小龙 成林 国栋 彩霞 艳红 胜利 明亮 少华 新宇 振宇 凯文 绍华 "
          "贵林 发旺 正兴 光辉 进军 利民 美玲 慧敏 巧云 翠兰 琴琴 月娥 双喜 长青 茂林 家旺 开元 承志 "
          "建波 海燕 小芳 丽萍 雪莲 春兰 秋菊 冬梅 晓军 红梅 玉琴 金花 银花 桂香 兰英 志勇 志华 志明 建华 建林 "
          "国平 国庆 海龙 海波 永红 永胜 永福 文斌 文武 文龙 武军 卫国 卫华 和平 安平 中华 玉洁 秀兰 小丽 丽丽 "
          "莉莉 倩倩 欢欢 乐乐 飞飞 鹏飞 鹏程 云飞 天宇 天明 浩宇 浩东 东升 东旭 旭东 晨阳 朝阳 春阳 爱民 爱华 "
          "德明 德兵 兴华 兴隆 昌盛 富贵 宝玉 金宝 银凤 凤英 凤霞 翠花 彩云 彩凤 红艳 艳梅 艳丽 静静 娇娇 雯雯").split()
GIVEN1 = list("勇军霞敏杰涛娟鹏斌亮静丹")


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
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
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
    if region == "hm" and rng.random() < 0.3:
        return rng.choice(MIN_GIVEN) + "·" + rng.choice(MIN_FATHER)
    g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    given_seen = {n.split("·")[0] for n in names if "·" in n}
    while len(names) < n:
        name = draw_one(rng, region)
        if "·" in name and name.split("·")[0] in given_seen:
            continue   # no two minority students of one class share a given name
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
        if "·" in name:
            given_seen.add(name.split("·")[0])
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "duzhong": dict(major="中药", code="1301", course="中药饮片炮制技术", task="杜仲盐炙炮制与饮片质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="铜仁一家中药饮片厂收购了一批梵净山周边林场的杜仲皮，订单要求加工成盐杜仲饮片。车间主任请中药班学员核对药材、刮去粗皮、切成方块或丝，用盐水拌润后炒至断丝、表面焦黑，再按饮片标准检查片型、断丝和水分，填写炮制记录。",
   qs=[("问题1 杜仲为什么要用盐水炙？", ["盐炙后杜仲引药下行入肾，补肝肾的作用增强，胶丝容易炒断，有效成分更容易煎出。", "引药入肾，作用增强。", "胶丝炒断，容易煎出。"]),
       ("问题2 怎样判断盐杜仲炒好了？", ["表面焦黑色，折断时胶丝减少、一拉就断，有焦香气，不能炒成炭。", "表面焦黑，丝易断。", "有焦香气，不能成炭。"])],
   hw=[("1. 每一百公斤杜仲用多少食盐？", ["用食盐二公斤，先加适量开水溶化，再拌润杜仲。", "两公斤食盐。", "盐先溶成盐水。"]),
       ("2. 饮片水分为什么要控制？", ["水分太高容易发霉生虫，标准规定盐杜仲水分不得超过百分之十三。", "太湿会发霉。", "不超过百分之十三。"])],
   outputs=[("盐杜仲炮制记录", "每批五十公斤，用盐一公斤。"), ("盐杜仲饮片质量检查记录", "断丝率合格，水分百分之十一。")]),
 "guoba": dict(major="烹饪(中式烹调)", code="0501", course="黔东特色小吃制作", task="铜仁锅巴粉制作与出品",
   hours=14, station="中式烹调一体化学习工作站",
   situation="铜仁老城区一家米粉店准备开分店，店里招牌的锅巴粉要由新厨师按统一标准出品。店长请烹饪班学员学习大米浆磨制、蒸皮起锅巴的方法，熬制骨头汤和调配红油、酸菜等佐料，在规定时间内做出十份口味一致的锅巴粉。",
   qs=[("问题1 锅巴粉的粉皮为什么要蒸到起锅巴？", ["米浆在锅底受热时间长，结成一层焦黄的锅巴，吃起来又香又有嚼劲，这是铜仁锅巴粉的特点。", "起锅巴才香。", "有嚼劲，是它的特点。"]),
       ("问题2 熬骨头汤要注意哪些方面？", ["骨头先焯水去血沫，冷水下锅大火烧开后转小火，中途不加冷水，汤才清而不浑。", "先焯水，小火慢熬。", "中途不加冷水。"])],
   hw=[("1. 米浆的稀稠怎样调整？", ["米和水大约一比一点五，蒸出的粉皮太硬就加水，太软就少加水。", "一比一点五。", "硬了加水。"]),
       ("2. 出品前要检查哪些项目？", ["碗边干净，汤量合适，锅巴完整，佐料按顺序摆放，温度在七十度以上。", "碗边干净，汤量合适。", "温度够高。"])],
   outputs=[("锅巴粉制作记录", "米浆一比一点五，蒸制三分钟。"), ("锅巴粉出品质量自查表", "十份口味一致。")]),
 "maojian": dict(major="电子商务", code="0603", course="农产品直播营销", task="信阳毛尖春茶直播带货脚本策划与订单发货",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="清明前后信阳毛尖春茶上市，浉河港一家茶叶合作社计划开三场直播卖明前茶。运营经理请电商班学员分组撰写直播脚本，设计福袋和限时优惠，直播中做场控和客服，下播后汇总订单，完成打包发货和售后登记。",
   qs=[("问题1 直播脚本里要写清哪些环节？", ["开场暖场、产品讲解、冲泡演示、福袋抽奖、限时优惠和下播预告，每个环节写明时长和负责人。", "开场、讲解、冲泡、福袋。", "每段写时长和负责人。"]),
       ("问题2 讲解明前茶要突出什么？", ["采摘时间早、芽头细嫩、产地在信阳高山茶园，再用冲泡演示展示汤色和叶底。", "采得早，芽头嫩。", "冲泡演示汤色。"])],
   hw=[("1. 茶叶发货怎样防潮防压？", ["茶叶装在铝箔袋里封口，外面套纸盒，箱内用气泡膜填满空隙。", "铝箔袋封口。", "气泡膜填满。"]),
       ("2. 顾客说茶叶有陈味怎样处理？", ["先问清购买日期和保存方法，请顾客拍照，核实后退换并记录批次。", "问清情况后退换。", "记录批次。"])],
   outputs=[("第一场直播脚本", "全场九十分钟，福袋三轮。"), ("直播订单汇总与发货单", "共二百六十三单，当日发出。")]),
 "idle": dict(major="汽车维修", code="0403", course="汽车发动机电控系统检修", task="轿车发动机怠速抖动故障诊断与点火线圈更换",
   hours=18, station="汽车维修一体化学习工作站",
   situation="信阳一家汽车维修厂接修一辆行驶十二万公里的家用轿车，车主反映冷车启动后怠速抖动，发动机故障灯点亮。前台服务顾问开出维修委托书后，车间主管请汽修班学员连接诊断仪读取故障码和数据流，做单缸断火和线圈对调试验，确定故障的点火线圈并更换，试车交车。",
   qs=[("问题1 读到P0302故障码说明什么？", ["发动机第二缸失火，可能是点火线圈、火花塞、喷油器或该缸压缩压力有问题。", "二缸失火。", "线圈、火花塞或喷油器。"]),
       ("问题2 为什么要把二缸和三缸的点火线圈对调？", ["对调后如果失火跟着线圈转到三缸，就说明是线圈坏了；如果还是二缸失火，就查火花塞和喷油器。", "看失火是否跟着线圈走。", "跟着走就是线圈坏。"])],
   hw=[("1. 更换点火线圈要注意什么？", ["关闭点火开关，拔插头时按下锁扣，装配前检查密封圈，螺栓按规定力矩拧紧。", "先关点火开关。", "按规定力矩拧紧。"]),
       ("2. 修好后怎样确认故障排除？", ["清除故障码，怠速运转十分钟，路试后再读数据流，各缸失火计数为零。", "清码后路试。", "失火计数为零。"])],
   outputs=[("维修工单", "更换二缸点火线圈一只。"), ("故障诊断报告", "二缸点火线圈次级断路。")]),
 "jigong": dict(major="计算机动画制作", code="0306", course="景区导览动画前期设计", task="鸡公山景区导览二维动画分镜与角色设计",
   hours=16, station="数字媒体一体化学习工作站",
   situation="信阳鸡公山景区要在游客中心的屏幕上播放一段两分钟的导览动画，介绍报晓峰、云中公园和近代建筑群。景区宣传部请动画班学员按文案设计导览员卡通角色，绘制分镜头脚本，完成角色三视图和主要场景的线稿，交景区审核。",
   qs=[("问题1 分镜头脚本要包含哪些内容？", ["镜号、景别、画面内容、台词或旁白、音效和时长，每个镜头画一张草图。", "镜号、景别、画面、时长。", "每个镜头一张草图。"]),
       ("问题2 设计导览员角色要考虑什么？", ["符合景区特点，造型简洁好记，颜色和景区标志协调，方便做成表情和动作。", "符合景区特点。", "造型简洁好记。"])],
   hw=[("1. 近景和特写有什么区别？", ["近景拍人物胸部以上，特写只拍脸或一个局部，用来突出表情和细节。", "近景到胸部。", "特写突出细节。"]),
       ("2. 角色三视图为什么要对齐？", ["正面、侧面、背面的头顶、眼睛、肩和脚要在同一水平线上，动画师才能画准比例。", "保证比例一致。", "各部位水平对齐。"])],
   outputs=[("导览动画分镜头脚本", "共二十四个镜头，总长两分钟。"), ("导览员角色设计说明", "角色名“小鸡公”，主色为绿色。")]),
 "diabetic": dict(major="健康与社会照护", code="0529", course="社区老年人健康照护", task="社区老人糖尿病足日常护理与健康指导",
   hours=14, station="社区照护一体化学习工作站",
   situation="哈密一个社区卫生服务站管理着三十多位患糖尿病的老人，其中几位脚部已经出现麻木和小伤口。站长请照护班学员上门为老人检查双脚，做足部清洁和护理，指导老人选鞋、剪指甲和监测血糖，并填写护理记录。",
   qs=[("问题1 为什么糖尿病老人洗脚水温不能超过三十七度？", ["糖尿病老人脚的感觉迟钝，水太烫也感觉不到，容易烫伤起泡，伤口很难愈合。", "感觉迟钝，容易烫伤。", "伤口难愈合。"]),
       ("问题2 检查足部要看哪些地方？", ["脚趾缝、脚底、脚跟和趾甲，看有没有破皮、水泡、鸡眼、颜色发紫或发黑。", "趾缝、脚底、脚跟。", "看有没有破皮和水泡。"])],
   hw=[("1. 糖尿病老人怎样剪趾甲？", ["洗脚后趾甲变软时剪，平着剪，不要剪得太短，也不要剪两边的角。", "平着剪，不太短。", "不剪两边的角。"]),
       ("2. 为什么要穿宽头软底的鞋？", ["鞋子不挤脚、不磨脚，脚就不容易受伤，买鞋最好下午去试。", "不挤脚不磨脚。", "下午试鞋。"])],
   outputs=[("足部护理记录单", "左足第二趾间皮肤发红。"), ("健康指导记录", "老人已学会测量水温。")]),
 "coldstore": dict(major="机电一体化技术", code="0127", course="制冷设备电气控制装调", task="哈密瓜冷库制冷机组PLC温控系统装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="哈密瓜采收季节前，一家果蔬合作社的冷库要更换制冷机组的控制系统。设备厂请机电班学员按图纸安装温度传感器和接触器，编写PLC程序，实现压缩机、冷风机和化霜加热器按库温自动启停，完成调试后把库温稳定在二到四度。",
   qs=[("问题1 冷库为什么要定时化霜？", ["冷风机的蒸发器结霜后换热变差，库温降不下来，压缩机一直运转费电，所以要定时化霜。", "结霜后制冷变差。", "费电，库温降不下来。"]),
       ("问题2 压缩机停机后为什么要延时三分钟才能再启动？", ["停机后系统高低压要平衡，立刻启动压缩机负荷太大，容易烧坏电机。", "等高低压平衡。", "防止烧电机。"])],
   hw=[("1. 温度传感器装在什么位置？", ["装在库内中部回风口附近，离门和蒸发器都要远一些，测得的才是平均库温。", "回风口附近。", "远离门和蒸发器。"]),
       ("2. 库温设定上下限有什么作用？", ["库温到上限启动压缩机，到下限停机，留出回差，压缩机不会频繁启停。", "留出回差。", "避免频繁启停。"])],
   outputs=[("PLC输入输出分配表与程序清单", "化霜每六小时一次。"), ("冷库温控联动调试记录", "库温稳定在三度。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="铜仁市锦江技工学校", pack="gbkzip", region="tr", course="duzhong", cls="中药2401班", size=40, seed=11,
         sidp="24131301", students=["田春燕", "欧阳家乐", "冉海涛"], others_named=["舒德胜"],
         teachers=["滕玉兰", "杨昌富"], form_count="40人", roster="xlsx", headteacher="吴秀英",
         f8="head_group", f10="max_second_row", f11="herb_typed", f12="spiral_photo", findings=[],
         comment="clean. The roster is a 花名册 xlsx (merged title row, `序号 学号 姓名 性别 民族 宿舍`, 40, merged foot row "
                 "`班主任：吴秀英　共40人`) = item 10 (TYPED, 40 rows, the maxima in a second head row `（20）（30）…`) = form `40人`. "
                 "One of the three has a compound surname (欧阳家乐). Item 8 (scanned 200 dpi gray, a drop of water dried on every "
                 "sheet): a bordered head `班级 | 姓名 | 学号 | 组别`, the supplier's driver 舒德胜 named as 送货人 on a 药材验收单 "
                 "(not a student). Item 12: phone photos of pages torn out of a spiral notebook"),
    dict(school="铜仁市锦江技工学校", pack="gbkzip", region="tr", course="guoba", cls="烹饪2402班", size=38, seed=12,
         sidp="24130501", students=["龙彩霞", "向成林", "姚美玲"], items={11: ["龙彩霞", "姚美玲"]},
         extra_class=["滕国栋"], bad={"滕国栋": "over"},
         teachers=["彭志刚", "谢红英"], form_count="38人",
         f8="blank_line", f10="scan_plain", f11="dish_typed", f12="name_line_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "滕国栋")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED) holds the works of only TWO students, 龙彩霞 and 姚美玲 (向成林's are missing; 8 and 12 hold "
                 "the three): students.count on 11; students.mismatch optional. Item 10 (scanned 250 dpi gray, `考核成绩登记表`, "
                 "the maxima in the head `刀工(20分)`): 滕国栋 has 24 under 刀工(20分) (总分 the sum of his parts): "
                 "records.invalid_score. No roster"),
    dict(school="信阳市浉河技工学校", pack="dir", region="xy", course="maojian", cls="电商2403班", size=41, seed=21,
         sidp="2441060303", students=["余慧敏", "熊文杰", "陈婷婷"], extra_class=["詹明亮"], absent_from_10=["詹明亮"],
         others_named=["汪德全"], teachers=["胡玉梅", "周建军"], form_count="41人", roster="scan_list", headteacher="易秀琴",
         f8="group_line", f10="peer_eval", f11="script_typed", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "詹明亮"), ("records.count_mismatch", 10, False)],
         comment="the roster (`电商2403班学生名单.pdf`, a grayscale photocopy of a typed 学生名单, 41, `序号 学号 姓名 性别 "
                 "联系电话`) and the form (`41人`) hold 詹明亮 (a rare surname); item 10 (scanned 200 dpi gray, a 学生评价表 with "
                 "自评/互评/师评 columns) has 40 rows and none for him: records.missing_student and records.count_mismatch. "
                 "Item 8: `班级 姓名 学号` and a `小组成员：` line naming the same three (legal); the co-operative's head 汪德全 "
                 "named on every worksheet (not a student)"),
    dict(school="信阳市浉河技工学校", pack="dir", region="xy", course="idle", cls="汽修2303班", size=42, seed=22,
         sidp="2341040303", students=["罗世杰", "何永康", "黄振宇"], outsiders={"黄振宇": "汽修2302班"}, out_sidp="2341040302",
         extra_class=["李金龙"], bad={"李金龙": "sum"}, others_named=["晏丽华"],
         teachers=["王国强", "徐春生", "操利民"], form_count="42",
         f8="score_box", f10="theory_practice", f11="workorder_typed", f12="drop_scan",
         findings=[("students.not_in_class", 8, True, "黄振宇"), ("records.invalid_score", 10, False, "李金龙")],
         comment="黄振宇 of the parallel class 汽修2302班 (his class and 学号 on his worksheet, typed work orders and homework) is the "
                 "third student of 8/11/12; item 10 (TYPED, 42 rows = form `42`) has no record of him: students.not_in_class. "
                 "李金龙's 总分 is 8 above 理论 + 实操: records.invalid_score (typed). The front-desk service adviser 晏丽华 is "
                 "named as 服务顾问 on every work order (not a student). No roster"),
    dict(school="信阳市浉河技工学校", pack="dir", region="xy", course="jigong", cls="动画2401班", size=36, seed=23,
         sidp="2441030601", students=["刘思远", "朱翠兰", "张承志"], items={12: ["刘思远", "朱翠兰", "易小龙"]},
         extra_class=["易小龙"], teachers=["李春华", "陈玉洁"], form_count="36人",
         f8="typed_sheet", f10="group_column", f11="storyboard_typed", f12="two_a_page",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos of half-page 课后练习 slips printed TWO TO A PAGE, cut line between them) holds the homework "
                 "of 刘思远, 朱翠兰 and classmate 易小龙 (with an item-10 record) instead of 张承志's (items 8 and 11 hold the "
                 "three): students.mismatch. Item 8 is typed on the computer (text layer) with a `小组成员：` line naming "
                 "the three. Item 10 (TYPED) has a 组别 column. No roster"),
    dict(school="哈密市瓜乡技工学校", pack="zip", region="hm", course="diabetic", cls="照护2401班", size=42, seed=31,
         sidp="24220529", students=["米热阿依·艾力", "赵芳芳", "郭茂林"],
         extra_class=["迪丽拜尔·吐尔逊", "孙巧云"], absent_from_10=["孙巧云"], bad={"迪丽拜尔·吐尔逊": "over"},
         others_named=["韩桂兰"], teachers=["马桂珍", "阿依努尔·买买提"], form_count="42人",
         f8="photo_sheet", f10="name_first", f11="footcare_typed", f12="spiral_scan",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "迪丽拜尔·吐尔逊")],
         comment="item 10 (TYPED; 姓名 before 学号, the maxima in a second head row) lists 41; the form says "
                 "`42人`: records.count_mismatch (no roster). 迪丽拜尔·吐尔逊 (Uyghur name with the middle dot) has 36 under "
                 "`足部护理（30）` (总分 the sum): records.invalid_score. Item 8: phone photos of the worksheets, the elderly client "
                 "韩桂兰 named as 服务对象 on every sheet (not a student)"),
    dict(school="哈密市瓜乡技工学校", pack="zip", region="hm", course="coldstore", cls="机电2402班", size=39, seed=32,
         sidp="24220127", students=["王兴旺", "叶尔江·努尔别克", "杨少华"],
         items={8: ["王兴旺", "叶尔江·努尔别克", "杨少华", "马双喜"]}, extra_class=["马双喜"],
         teachers=["张德海", "周丽萍"], form_count="39人", roster="csv", headteacher="刘卫东",
         f8="four_sheets", f10="color_merged", f11="coldstore_scan", f12="hand_page",
         findings=[("students.count", 8, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200 dpi) holds the worksheets of FOUR students: the three and classmate 马双喜 (with an "
                 "item-10 record): students.count on 8; students.mismatch optional. Roster `机电2402班花名册.xlsx` (written from a "
                 "CSV, `学号,姓名,性别,民族`, 39) = item 10 (colour scan, 39 rows) = form `39人`. A Kazakh name with the middle dot "
                 "(叶尔江·努尔别克) among the three"),
]

PROVINCE = {1: "贵州省铜仁市", 2: "河南省信阳市", 3: "新疆维吾尔自治区哈密市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CNUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 铜仁: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 信阳: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    return "%02d%s（%s）.pdf" % (n, NAMES[n], s["cls"])   # 哈密: "08工作页（照护2401班）.pdf"


def form_name(s, c):
    return {1: ("申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("附件2：工学一体化优质课堂项目申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("%s申报书.docx" % s["cls"], "docx")}[grp(s)]


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


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "分工"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人" if i == 0 else "授课教师"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 铜仁: two columns 项目 | 内容
        rows = [("项　目", "内　容"), ("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P, bold=(0,))
    elif g == 2:   # 信阳: four columns, two pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 哈密: 班级人数 in its own row, the unit in the value
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生接受任务后分组查阅资料、拟订计划，教师审核后小组确定方案并实施，教师巡回指导、把控质量和安全，最后展示成果，开展自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生完成真实的产品和服务，职业能力和职业素养明显提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期安排“{task}”，{hours}学时。\n三、评价\n过程评价与结果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作过程\n接受任务、制定计划、实施作业、检查验收、评价总结。",
    3: "{school}\n{task}教学活动策划\n学习活动一　明确任务，获取信息\n学习活动二　制定计划，做出决策\n学习活动三　实施计划，过程控制\n学习活动四　检查评价，总结提升",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第1周　明确任务，获取信息\n第2周　制定计划并审核\n第3周　实施计划\n第4周　检查验收与评价",
    5: "{school}\n{task}教学活动方案\n第1学时　情境导入，下达任务\n第2至4学时　引导问题学习\n其余学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、行业标准、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分信息区、计划区、实施区和展示评价区。",
    9: "{school}\n{task}考核方案\n考核由过程考核和结果考核组成，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 对", "√ 8分", "√ 完整", "√ 9分", "√ 清楚", "√ 10分", "√ 可"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 7 + k * 5) % 26)


def answers(c, rng, i, ink=BLUE, typed=False):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        ans = a[k] if typed else hand(a[k], ink=ink)
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, ans, RED, mark(rng))
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
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅教师：%s　　%s</p>' % (RED, ["认真", "答得完整", "较好", "有进步"][i % 4], t[0], day(s, i + 2)[5:])
        if f == "head_group":   # bordered head 班级 | 姓名 | 学号 | 组别, a 药材验收单 naming the supplier's driver
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%d组" % (i + 2), True)]],
                       width="100%", pad="4px 4px")
            check = tbl([[("<b>药材验收单</b>", ' colspan="6"')], ["品名", "杜仲（生）", "数量", "50 kg", "产地", "铜仁江口"],
                         ["送货人", hand(s["others_named"][0], True, BLACK), "验收人", hand(n, True), "日期", hand(day(s, i)[5:], True)]],
                        width="100%", pad="3px 4px")
            body = title + head + "<p>&nbsp;</p>" + check + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿ on blanks
            head = '<p>姓名：<u>　%s　</u>　班级：<u>　%s　</u>　学号：<u>　%s　</u></p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = '<p style="text-align:center">%s</p>' % s["school"] + title + head + sit + answers(c, rng, i) + comment
        elif f == "group_line":   # 班级 姓名 学号 and a 小组成员 line naming the same three; the co-op's head named
            head = ('<p>班级：%s　　姓名：%s　　学号：%s</p><p>小组成员：%s</p>'
                    % (hand(cl, True), hand(n), hand(sid, True), hand("、".join(names), True)))
            body = (title + head + '<p>合作企业：浉河港茶叶专业合作社　　企业指导人：%s（合作社负责人）</p>' % s["others_named"][0]
                    + sit + answers(c, rng, i) + comment)
        elif f == "score_box":   # a head row 姓名 | 学号 | 班级 | 日期 | 成绩, the score by the teacher in red
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "日期", hand(day(s, i)[5:], True),
                         "成绩", '<span %s>%d</span>' % (RED, 78 + 4 * i)]], width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "typed_sheet":   # typed on the computer; a 小组成员 line naming the three
            head = tbl([["班级", cl, "姓名", n, "学号", sid], ["小组成员", ("、".join(names), ' colspan="5" align="left"')]],
                       width="100%", pad="3px 4px")
            body = title + head + sit + answers(c, rng, i, typed=True) + '<p>完成日期：%s</p>' % day(s, i)
        elif f == "photo_sheet":   # 学生姓名 / 学号 / 服务对象 lines, photographed with a phone
            head = ('<p>学生姓名：%s　　学号：%s　　班级：%s</p><p>服务对象：%s（社区糖尿病老人，76岁）　　服务地点：丽园社区</p>'
                    % (hand(n), hand(sid, True), hand(cl, True), s["others_named"][0]))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "four_sheets":   # a bordered two-row head: 姓名 学号 / 班级 日期
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i)[5:], True)]],
                       width="70%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_group": "x-scanpdf:200:drop", "blank_line": "x-scanpdf:200", "group_line": "x-scanpdf:200:color",
            "score_box": "x-scanpdf:250:drop", "typed_sheet": "pdf", "photo_sheet": "x-scanpdf:200:photo",
            "four_sheets": "x-scanpdf:200:color"}[f]
    font = {"group_line": "Noto Sans CJK SC", "typed_sheet": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    if meth == "pdf":
        os.remove(os.path.join(d, "08.html.ovl.json"))
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>学校：%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>任课教师（签字）：%s　　　　教研组长：%s　　　　日期：%s</p>" % ("、".join(t[:2]), t[-1], day(s, 12))
    if f == "max_second_row":   # the maxima in a second head row
        parts = [("净选", 20), ("切制", 20), ("盐炙", 30), ("质量检查", 20), ("安全卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "", ""] + ["（%d）" % m for _, m in parts] + ["（100）"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, s["sex"][n]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩记载表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "scan_plain":   # 考核成绩登记表, the maxima in the head, 备注
        parts = [("刀工", 20), ("米浆蒸制", 25), ("汤料调配", 25), ("出品", 20), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d分)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 24
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), "组长" if k in (3, 16, 29) else ""], pad))
        body = head10(s, c, "考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "peer_eval":   # a 学生评价表: 自评 / 互评 / 师评
        parts = [("自评", 20), ("小组互评", 30), ("教师评价", 50)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d%%)" % p for p in parts] + ["总评", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = (head10(s, c, "学生评价表") + table(out) + "<p>说明：总评＝自评＋小组互评＋教师评价，括号内为该项满分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200"
    if f == "theory_practice":   # 理论 / 实操 / 总分 / 等级
        parts = [("理论考核", 30), ("实操考核", 70)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "group_column":   # a 组别 column
        parts = [("分镜脚本", 40), ("角色设计", 40), ("汇报展示", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "组别", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), "第%d组" % (k // 6 + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "name_first":   # 姓名 before 学号, the maxima in a second head row
        parts = [("足部检查", 20), ("足部护理", 30), ("健康指导", 30), ("职业素养", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "满分"] + ["（%d）" % m for _, m in parts] + ["（100）"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 36
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "color_merged":   # a merged two-row head 任务考核 over its parts, 等级
        parts = [("元件安装", 20), ("线路连接", 20), ("PLC编程", 30), ("联动调试", 20), ("6S", 10)]
        h1 = "<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>任务考核（100分）</b>", ' align="center" colspan="5"', pad),
                                      td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s<br/>%d</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:color"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "herb_typed":   # a processing record: 炮制人, 复核人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["炮制人", n, "班级", cl], ["复核人", t[j % 2], "日期", day(s, 30 + i)], ["项目", "标准", "结果", "结论"],
                                  ["片型", "块或丝，大小均匀", "符合", "合格"], ["断丝", "胶丝易断", "符合", "合格"]], width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "dish_typed":   # a dish record: 制作人
                parts.append('<h3>%s</h3><p>制作人：%s　　班级：%s　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["项目", "要求", "实际"], ["米浆比例", "1:1.5", "1:1.5"], ["蒸制时间", "3分钟", "%d分钟" % (3 + j)],
                                  ["出品温度", "≥70℃", "%d℃" % (74 + i)]], width="80%") + "<p>小结：%s</p><p>教师评价：%s</p>" % (desc, ["口味稳定", "锅巴完整"][j]))
            elif f == "script_typed":   # a live-stream script / order sheet: 编写人
                parts.append('<h3>%s</h3><p>编写人：%s（%s）　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["时段", "环节", "内容", "负责"], ["0-10分钟", "开场", "介绍茶园和明前茶", "主播"], ["10-30分钟", "冲泡演示", "玻璃杯下投法", "助播"],
                                  ["30-40分钟", "福袋", "关注直播间抽奖", "场控"]], width="92%") + "<p>%s</p>" % desc)
            elif f == "workorder_typed":   # a work order: 服务顾问 (outsider) and 维修技师 (student)
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "豫S·%d8K%d" % (3 + i, 6 + j), "行驶里程", "121%03d km" % (300 + 17 * i)],
                                  ["服务顾问", s["others_named"][0], "维修技师", "%s（%s）" % (n, cl)],
                                  ["故障现象", ("冷车怠速抖动，故障灯亮", ' colspan="3"')], ["处理结果", (desc, ' colspan="3"')]], width="92%") +
                             "<p>质检员：%s　　%s</p>" % (t[j % 2], day(s, 30 + i)))
            elif f == "storyboard_typed":   # a storyboard: 作者
                parts.append('<h3>%s</h3><p>作者：%s　　班级：%s　　指导教师：%s</p>' % (title, n, cl, t[0]) +
                             tbl([["镜号", "景别", "画面内容", "时长"], ["1", "远景", "云海中的报晓峰", "4秒"], ["2", "中景", "导览员挥手问好", "3秒"],
                                  ["3", "近景", "云中公园的石阶", "%d秒" % (3 + i)]], width="92%") + "<p>%s</p>" % desc)
            elif f == "footcare_typed":   # a care record: 护理员 and the client
                parts.append('<h3>%s</h3>' % title + tbl([["护理员", n, "班级", cl], ["服务对象", s["others_named"][0], "日期", day(s, 30 + i)],
                                                          ["部位", "检查情况", "处理", ""], ["左足", "第二趾间发红", "清洁、保持干燥", ""],
                                                          ["右足", "足跟干裂", "涂润肤霜", ""]], width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "coldstore_scan":   # a commissioning record: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["库温上限", "4 ℃", "%.1f ℃" % (4.1 - 0.1 * i), "合格"],
                                  ["压缩机延时", "180 s", "180 s", "合格"], ["化霜周期", "6 h", "6 h", "合格"]], width="80%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200" if f == "coldstore_scan" else "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s" % day(s, 20 + i)[5:]]
        if f == "two_a_page":   # half-page slips, two to a page, a cut line between them
            if i:
                lines.append("----" if i % 2 == 0 else "")
                if i % 2 == 1:
                    lines += ["- - - - - - - - - - -（沿此线裁开）- - - - - - - - - - -", ""]
            lines += ["%s　课后练习" % c["course"], "班级：%s　　姓名：%s　　学号：%s" % (cl, n, sid[-2:])] + [""] + qa[:-1] + end
            continue
        if i:
            lines.append("----")
        if f == "spiral_photo":
            head = ["课后作业　%s" % c["task"], "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "exercise_book":
            head = ["", "　　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　课后作业" % c["task"][:6]]
        elif f == "drop_scan":
            head = ["课后作业（发动机电控）", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "spiral_scan":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_page":
            head = ["课后作业", "%s　%s号　%s" % (cl, sid[-2:], n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"spiral_photo": "x-photo:200:1:spiral", "name_line_photo": "x-photo:200:2", "exercise_book": "x-photo:200:1",
            "drop_scan": "x-scan:200:1:drop", "two_a_page": "x-photo:200:0", "spiral_scan": "x-scan:200:3:spiral",
            "hand_page": "x-scan:200:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def nation(s, n):
    if "·" in n:
        return "哈萨克族" if n.split("·")[0] in ("叶尔江", "阿依达娜", "哈那提", "加娜尔") else "维吾尔族"
    if grp(s) == 1:
        return {"田": "土家族", "冉": "土家族", "向": "土家族", "彭": "土家族", "龙": "苗族", "吴": "苗族", "石": "苗族",
                "滕": "侗族", "杨": "侗族"}.get(n[0], "汉族")
    return "回族" if n[0] == "马" and grp(s) == 3 else "汉族"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "xlsx":   # a 花名册 xlsx, merged title and foot rows
        rows = [["%s%s学生花名册" % (s["school"], s["cls"]), "", "", "", "", ""], ["序号", "学号", "姓名", "性别", "民族", "宿舍"]]
        for j, n in enumerate(k):
            rows.append([j + 1, sid_of(s, n), n, s["sex"][n], nation(s, n), "%d栋%d" % (2 if s["sex"][n] == "男" else 5, 301 + j // 6)])
        rows.append(["班主任：%s　　共%d人" % (s["headteacher"], len(k)), "", "", "", "", ""])
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "花名册", "rows": rows,
                                                           "merges": ["A1:F1", "A%d:F%d" % (len(rows), len(rows))]}, ensure_ascii=False))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return
    if r == "scan_list":   # a typed 学生名单, photocopied and scanned gray
        rows = [["序号", "学号", "姓名", "性别", "联系电话"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, s["sex"][n], "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999))])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="86%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tx-scanpdf:200\troster\t0" % s["cls"])
        return
    if r == "csv":   # a plain CSV turned into an xlsx by the builder
        lines = ["序号,学号,姓名,性别,民族"] + ["%d,%s,%s,%s,%s" % (j + 1, sid_of(s, n), n, s["sex"][n], nation(s, n)) for j, n in enumerate(k)]
        write(os.path.join(d, "roster.csv"), "\n".join(lines) + "\n")
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


FEMALE = set("梅燕婷雨霞娟凤芳楠玲敏云兰琴娥红") | {"迪丽拜尔", "玛丽亚木", "热依汗", "努尔古丽", "古再丽努尔", "夏木西努尔", "祖丽胡马尔",
                                             "米热阿依", "阿依达娜", "加娜尔"}


def sex(n):
    if "·" in n:
        return "女" if n.split("·")[0] in FEMALE else "男"
    return "女" if n[-1] in FEMALE else "男"


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Thirty-ninth held-out people corpus (testdata/heldout39), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    for n in all_teachers + all_planted + all_others:
        if used(n):
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"]):
            if w in EARLIER_TEXT:
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
        rng = random.Random(s["seed"] * 7919 + 39)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        s["sex"] = {n: sex(n) for n in s["klass"]}
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
        fct = {1: "班级人数 | %s", 2: "学生人数 | %s", 3: "班级人数 | %s"}[grp(s)] % s["form_count"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
