#!/usr/bin/env python3
"""Write the sources of the sixty-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 怀化
(Hunan), 盘州 (Guizhou, 六盘水) and 那曲 (Tibet).

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
# the truth files read for names, tasks and courses to avoid (heldout64 is written at the same time: not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 63)] + ["othertools"]

SURNAMES = {   # weighted by repetition: common surnames often, rare ones once
    "hh": list("杨杨杨杨张张张李李李刘刘刘陈陈陈王王王向向吴吴唐唐谭谭龙粟舒滕蒲肖邓周石姚易"),   # 怀化 (Dong, Miao and Han families)
    "pz": list("王王王王张张张李李李刘刘陈陈杨杨赵赵黄黄周吴徐孙胡朱高蒋邹敖申龙卯禄"),   # 盘州 (敖 申 卯; 禄 of the Yi)
    "nq": list("王李张陈刘杨"),                                                     # 那曲: the Han minority of the class
}
GIVEN = ("子轩 思琪 浩宇 欣怡 俊豪 雨涵 明哲 诗雨 家乐 梓萌 宇航 佳慧 文韬 晓雯 振宇 雅婷 鑫磊 梦琪 "
         "立新 婉清 嘉豪 紫萱 天翔 露瑶 承志 欣妍 永康 静怡 博涛 芷若 成龙 海燕 凯文 秋菊 俊逸 巧玲 "
         "瑞阳 小凤 昊天 丽娟 正阳 慧敏 国栋 雪梅 星宇 美琳 建成 一帆 金鹏 采薇 宏伟 若彤 锦程 沛玲 "
         "湘龙 沅芷 楚杰 澧兰 黔宁 筱雨 钰涵 炜烨 琳琅 晟睿 亦菲 骏驰 霁雯 朝阳 芊芊 宸宇 梓琳 翊航 "
         "思源 安琪 泓博 晴雯 铭泽 诗涵 峻熙 可馨 烨华 玥彤 楷文 沁怡 鸿飞 蓓蕾 弘毅 素琴 家旺 春燕").split()
GIVEN1 = list("磊娟鹏艳杰婷")
# Tibetan names: two two-character elements, no surname; the second element often tells a girl from a boy
TIB1 = ("扎西 次仁 格桑 达瓦 尼玛 拉巴 普布 边巴 索朗 洛桑 丹增 旦增 益西 白玛 德吉 仁青 嘎玛 米玛 巴桑 "
        "次旦 罗布 群培 顿珠 强巴 平措 桑珠 贡觉 阿旺").split()
TIB_M = "多吉 旺堆 平措 顿珠 罗布 次仁 扎西 朗杰 群培 坚参 贡布 尼玛 达瓦 加措 欧珠".split()
TIB_F = "卓玛 央金 曲珍 拉姆 措姆 卓嘎 玉珍 央宗 白珍 仓决 旺姆 次珍 德吉".split()


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
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE


def draw_one(rng, region):
    """A name: the surname (or the Tibetan first element) is drawn once, then
    given names are drawn for it until one is free, so that refusing names of
    earlier corpora does not tilt the class towards rare surnames."""
    if region == "nq" and rng.random() < 0.85:
        first = rng.choice(TIB1)
        return first, lambda: rng.choice(TIB_M if rng.random() < 0.5 else TIB_F)
    if region == "hh" and rng.random() < 0.03:
        return "欧阳", lambda: rng.choice(GIVEN)
    return rng.choice(SURNAMES[region]), lambda: rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN)


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur, given = draw_one(rng, region)
        if sur == "欧阳" and any(x.startswith("欧阳") for x in names):
            continue   # one compound surname a class at most
        for _ in range(300):
            name = sur + given()
            if len(name) == 4 and name[:2] == name[2:]:
                continue
            if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
                continue
            names.append(name)
            break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "brake": dict(major="汽车维修", code="0403", course="汽车底盘机械系统检修", task="山区农村客运中巴车鼓式制动器拖滞检修",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="怀化沅陵一条山区客运线路上的中巴车，驾驶员反映下长坡后右后轮发烫、车辆起步发沉。车队把车送到学校合作的维修厂，服务顾问请汽修班学员接车问诊，拆检右后鼓式制动器，查明制动蹄回位不良和制动鼓失圆的原因，更换回位弹簧并镗削制动鼓，装复后做路试和制动台检测。",
   qs=[("一、下长坡后车轮发烫，可能是哪些原因造成的？", ["制动蹄回位弹簧失效、制动分泵活塞卡滞、驻车拉索不回位，都会让蹄片一直贴着制动鼓。", "回位弹簧坏了，分泵卡住。", "蹄片一直磨着鼓。"]),
       ("二、怎样判断制动鼓是否需要镗削？", ["用内径量表在几个方向测量制动鼓内径，失圆超过零点一五毫米或有明显沟槽就要镗削。", "量内径，失圆大就镗。", "有沟槽要镗削。"])],
   hw=[("1．鼓式制动器的领蹄和从蹄有什么区别？", ["领蹄张开方向和制动鼓旋转方向相同，制动力大，磨损也快；从蹄相反。", "领蹄制动力大。", "领蹄磨得快。"]),
       ("2．镗削后的制动鼓内径有什么限制？", ["不能超过制动鼓上铸出的最大内径，超过了要换新的。", "不超过最大内径。", "超了就换。"])],
   outputs=[("维修作业单", "右后制动鼓镗削后内径二百二十点六毫米。"), ("制动性能检测单", "右后轮阻滞力已合格。"), ("竣工检验记录", "路试下坡后轮毂温度正常。")]),
 "herb": dict(major="中药", code="1301", course="中药饮片炮制", task="洪江黄精九蒸九晒炮制与饮片质量检查",
   hours=18, station="中药炮制一体化学习工作站",
   situation="怀化洪江一家中药饮片厂收购了一批当地种植的多花黄精，按传统工艺要九蒸九晒。质量部请中药班学员核对药材的来源和性状，按炮制规范完成净制、切片前的蒸制和晾晒，记录每一次蒸晒的时间和颜色变化，最后按药典检查饮片的性状、水分和浸出物，填写炮制批记录。",
   qs=[("一、黄精为什么要反复蒸晒？", ["生黄精有麻舌的刺激性，反复蒸晒后刺激性消失，颜色变黑，味道变甜，补益作用增强。", "去掉麻味，变甜。", "蒸晒后颜色变黑。"]),
       ("二、每次蒸制要观察记录什么？", ["蒸制的时间、火力、药材的颜色和质地，晾晒的天气和时长。", "时间、火力、颜色。", "记录晾晒天气。"])],
   hw=[("1．怎样从外观判断黄精饮片炮制到位？", ["表面棕黑色，有光泽，中间也是黑色，质地柔软，味甜不麻舌。", "内外都黑，不麻舌。", "棕黑发亮，味甜。"]),
       ("2．饮片水分为什么不能太高？", ["水分高容易发霉变质、生虫，药典规定黄精饮片水分不超过十八。", "容易发霉。", "不超过百分之十八。"])],
   outputs=[("黄精炮制批记录", "第九次蒸制后断面全黑。"), ("饮片性状检查记录", "味甜，无麻舌感。"), ("水分测定记录", "水分百分之十三点二。")]),
 "ham": dict(major="烹饪(中式烹调)", code="0501", course="地方特色菜肴制作", task="盘县火腿切配与火腿洋芋焖饭套餐制作",
   hours=16, station="中餐烹调一体化学习工作站",
   situation="盘州一家老字号餐馆要在游客季推出火腿风味套餐，主菜是火腿洋芋焖饭，配火腿炒蒜苗和一道凉拌折耳根。厨师长请烹饪班学员按出品单完成火腿的清洗、煮制和切配，控制焖饭的水量和火候，按标准份量装盘出品，并核算每份套餐的成本。",
   qs=[("一、火腿下锅前为什么要先用温水泡洗？", ["火腿表面有油垢和盐霜，泡洗能去掉哈喇味，也能减轻咸味。", "去油垢和咸味。", "洗掉盐霜。"]),
       ("二、焖饭时洋芋和火腿什么时候下锅？", ["火腿丁先煸出油，再下洋芋块炒香，最后和淘好的米一起加水焖。", "先煸火腿，再炒洋芋。", "和米一起焖。"])],
   hw=[("1．火腿切配时瘦肉和肥膘怎样分开用？", ["瘦肉切片炒菜或切丁焖饭，肥膘熬油炒菜，骨头留着熬汤。", "瘦肉切丁，肥膘熬油。", "骨头熬汤。"]),
       ("2．一份套餐的成本怎样核算？", ["把主料、配料和调料的用量乘以单价相加，再加上燃料费用。", "用量乘单价相加。", "加燃料费。"])],
   outputs=[("套餐成本核算卡", "每份成本十四元六角。"), ("标准份量表", "焖饭一份四百克。"), ("出品记录", "午市出品六十二份。")]),
 "belt": dict(major="机电一体化技术", code="0127", course="机电设备电气控制系统安装与调试", task="煤矿带式输送机跑偏保护装置安装与PLC控制调试",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="盘州一座煤矿的井下带式输送机经常跑偏，撒煤堵住了转载点。机电科请机电班学员在实训线上模拟这条输送机，安装两侧的跑偏开关和拉绳开关，改写PLC程序，实现轻度跑偏报警、重度跑偏延时停机和沿线急停，调试后写出调试报告。",
   qs=[("一、跑偏开关为什么要分轻度和重度两级？", ["轻度跑偏只报警，让司机调整托辊；重度跑偏延时停机，防止撒煤和撕带。", "轻度报警，重度停机。", "防止撕带。"]),
       ("二、拉绳开关应该怎样布置？", ["沿输送机两侧每隔五十米左右装一个，拉绳贯通全长，任何位置一拉就能停机。", "两侧每五十米一个。", "一拉就停。"])],
   hw=[("1．重度跑偏为什么要延时两秒再停机？", ["避免皮带瞬间摆动造成误停，持续跑偏两秒才判定为真跑偏。", "防止误停。", "持续两秒才停。"]),
       ("2．急停回路为什么要用常闭触点？", ["线路断开时也能让输送机停下，保证断线时是安全的状态。", "断线也能停机。", "保证安全。"])],
   outputs=[("跑偏开关安装记录", "两侧各装四台。"), ("PLC程序调试报告", "轻度跑偏报警，重度两秒后停机。"), ("联动试验记录", "拉绳急停响应正常。")]),
 "lan": dict(major="计算机网络应用", code="0301", course="中小型网络构建与维护", task="乡镇卫生院门诊楼综合布线与交换机配置",
   hours=16, station="网络综合布线一体化学习工作站",
   situation="盘州一家乡镇卫生院新建了两层门诊楼，要接入县医共体的信息系统。信息科请网络班学员按图纸完成门诊楼的信息点布线，端接配线架和信息模块，用测试仪做链路测试，再配置接入交换机，把挂号、药房和公共区域划到不同的网段，最后写出测试报告。",
   qs=[("一、为什么要把挂号、药房和公共区域分开网段？", ["业务系统和病人使用的公共网络分开，防止病毒扩散，也方便管理和限速。", "安全，好管理。", "防止病毒扩散。"]),
       ("二、链路测试不通过常见哪些原因？", ["线序打错、模块没有压到位、线缆超长或者被钉子打穿。", "线序错，没压好。", "线太长。"])],
   hw=[("1．T568B的线序是怎样的？", ["白橙、橙、白绿、蓝、白蓝、绿、白棕、棕。", "白橙橙白绿蓝白蓝绿白棕棕。", "橙、绿、蓝、棕四对。"]),
       ("2．交换机上怎样划分网段？", ["建立几个VLAN，把端口分配到不同VLAN，再在三层设备上配置网关。", "建VLAN分端口。", "三层设网关。"])],
   outputs=[("信息点链路测试报告", "四十八个信息点全部通过。"), ("交换机配置清单", "划分VLAN十、二十、三十。"), ("竣工验收记录", "挂号系统访问正常。")]),
 "anim": dict(major="计算机动画制作", code="0306", course="三维角色动画制作", task="恰青赛马节宣传短片赛马与骑手三维动画制作",
   hours=18, station="三维动画制作一体化学习工作站",
   situation="那曲每年夏天举办恰青赛马节，市文旅部门想在网上发布一段二十秒的宣传短片，主角是一匹奔跑的赛马和马背上的少年骑手。动画工作室请动画班学员根据脚本完成赛马和骑手的三维建模、绑定，制作奔跑循环动画，加上草原场景和灯光，渲染输出成片。",
   qs=[("一、马奔跑一个循环分哪几个阶段？", ["腾空、前蹄着地、四蹄支撑、后蹄蹬地再腾空，循环十六帧左右。", "腾空、着地、蹬地。", "大约十六帧一个循环。"]),
       ("二、骑手为什么要单独绑定再约束到马背上？", ["骑手和马的动作不同，单独绑定便于调整姿势，约束后能跟随马身一起运动。", "动作分开调，跟着马动。", "方便调整姿势。"])],
   hw=[("1．草原场景为什么常用环境光加一盏主光？", ["高原阳光强、影子清楚，主光模拟太阳，环境光模拟天空的散射光。", "主光是太阳。", "环境光是天空光。"]),
       ("2．渲染前要检查哪些设置？", ["分辨率、帧速率、输出格式、渲染帧范围和文件存放路径。", "分辨率和帧速率。", "输出格式和路径。"])],
   outputs=[("赛马模型制作记录", "面数一万二千。"), ("奔跑循环动画说明", "十六帧循环，速度曲线已调平滑。"), ("成片渲染记录", "一千九百二十乘一千零八十，二十五帧每秒。")]),
 "yak": dict(major="电子商务", code="0603", course="网店运营推广", task="藏北牦牛肉干网店上新与库存盘点",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="那曲一家牧民合作社在网上开了店，秋季新一批风干牦牛肉干要上新。运营负责人请电商班学员拍摄和整理商品图片，撰写详情页文案，设置规格和价格，上新前对仓库里的存货逐批盘点，核对系统库存，发现差异后查明原因并调整。",
   qs=[("一、详情页为什么要写清产地和风干方法？", ["顾客看重藏北高原牧场和自然风干，写清楚能增加信任，也和普通肉干区分开。", "增加信任。", "和普通肉干区分。"]),
       ("二、盘点时发现实物比系统少怎么办？", ["先复盘一次，再查出入库单和退货记录，找到原因后按规定填差异单调整。", "复盘，查出入库单。", "填差异单。"])],
   hw=[("1．商品规格怎样设置更方便顾客选？", ["按重量分二百五十克、五百克和礼盒装，每种规格单独定价和备货。", "按重量分规格。", "礼盒单独设。"]),
       ("2．为什么上新前要先盘点？", ["库存不准会超卖或者缺货，盘点后系统库存和实物一致，才能开售。", "防止超卖。", "系统和实物一致。"])],
   outputs=[("商品详情页文案", "高原自然风干九十天。"), ("仓库盘点表", "实盘四百零六袋。"), ("库存差异调整单", "差异两袋，已查明为样品。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="怀化市五溪技工学校", pack="dir", region="hh", course="brake", cls="汽修2303班", size=40, seed=11,
         sidp="2343040303", students=["舒梓萌", "向承志", "滕巧玲"], others_named=["蒲德华"],
         teachers=["唐建平", "易春兰"], form_count="40人",
         f8="head_row", f10="pass_grid", f11="work_order", f12="photo_overexp", findings=[],
         comment="clean. Item 10 (TYPED) is a 闯关 register: five 关 columns of ✓/✗, 过关数, and 成绩 = 20 × 过关数 (legal: the "
                 "score is not a sum of the marks); 40 rows = form `40人`. Item 8 (scanned 200 gray): a bordered head row "
                 "`班级 | 姓名 | 学号`; every worksheet names the bus driver 蒲德华 (报修人, not a student). Item 11: typed 维修作业单 "
                 "with 维修技师 <student> and 质检员 <teacher>. Item 12: phone photos, over-exposed near a window. No roster"),
    dict(school="怀化市五溪技工学校", pack="dir", region="hh", course="herb", cls="中药2401班", size=41, seed=12,
         sidp="2443130101", students=["粟雅婷", "杨沛霖", "龙慧敏"], extra_class=["蒲小凤"], absent_from_10=["蒲小凤"],
         teachers=["谭秀英", "向文斌"], form_count="41人", roster="photo_caption", headteacher="姚淑芬",
         f8="blank_line", f10="plain_grade", f11="batch_record", f12="hand_scan",
         findings=[("records.missing_student", 10, False, "蒲小凤"), ("records.count_mismatch", 10, False)],
         comment="the roster (a CLASS-PHOTO CAPTION list: 前排左起／中排左起／后排左起, names separated by 、, 41) and the form "
                 "(`41人`) hold 蒲小凤; item 10 (TYPED) has 40 rows and none for her: records.missing_student and "
                 "records.count_mismatch. Item 8 (colour scan 200): `姓名：＿ 学号：＿` blanks by hand. Item 11: typed "
                 "炮制批记录 with 炮制人 <student> and 复核人 <teacher>"),
    dict(school="盘州市红果技工学校", pack="gbkzip", region="pz", course="ham", cls="烹饪2402班", size=42, seed=21,
         sidp="2452050102", students=["敖晗熙", "卯文韬", "黄渝森"], outsiders={"黄渝森": "烹饪2401班"}, out_sidp="2452050101",
         teachers=["申光明", "周黔芳", "朱德贵"], form_count="42人",
         f8="kitchen_ticket", f10="plain_grade_scan", f11="diner_card", f12="photo",
         findings=[("students.not_in_class", 8, True, "黄渝森")],
         comment="黄渝森 of the parallel class 烹饪2401班 (his class and 学号 on his worksheet, outputs and homework) is the third "
                 "student of 8/11/12; item 10 (scanned 200 gray, 42 rows = form `42人`) has no record of him: "
                 "students.not_in_class. Item 8 (scanned 250 gray): a KITCHEN TICKET (出品单) pinned on the worksheet, the student "
                 "as 出品人 by hand. Item 11 (typed): a 顾客评价卡 per dish, the student as 制作人, the diners only as `X女士`/`X先生`. No roster"),
    dict(school="盘州市红果技工学校", pack="gbkzip", region="pz", course="belt", cls="机电2302班", size=38, seed=22,
         sidp="2352012702", students=["禄金鹏", "邹星宇", "孙露瑶"], items={11: ["禄金鹏", "邹星宇"]},
         extra_class=["高正阳"], bad={"高正阳": "over"}, teachers=["蒋明华", "胡志刚"], form_count="38人",
         f8="corner_box", f10="parts_scan", f11="report_scan", f12="photo_overexp2",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "高正阳")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (colour scan 200) holds the 调试报告 of only TWO students, 禄金鹏 and 邹星宇 (孙露瑶's is missing; 8 and "
                 "12 hold the three): students.count on 11; students.mismatch optional. Item 10 (scanned 250 gray) `程序编写(30)` "
                 "column: 高正阳 has 36 (总分 the sum): records.invalid_score. Item 12: phone photos, over-exposed. No roster"),
    dict(school="盘州市红果技工学校", pack="gbkzip", region="pz", course="lan", cls="网络2401班", size=45, seed=23,
         sidp="2452030101", students=["徐若岚", "李瑞阳", "王滢溪"], teachers=["赵永红", "吴兆坤"], form_count="45人",
         drop_last=True,
         f8="booklet_cover", f10="fax_register", f11="test_report", f12="hand_scan2",
         findings=[("records.count_mismatch", 10, False)],
         comment="item 10 was FAXED from the school's office (1-bit, standard-mode fax: every scan line doubled, a fax header "
                 "line on each page) and lists 44 students; the form says `45人`: records.count_mismatch (no roster; the 45th "
                 "student of the class stands nowhere). Item 8 (scanned 200 gray): a booklet cover per student (班级 姓名 学号 by hand)"),
    dict(school="那曲市羌塘技工学校", pack="zip", region="nq", course="anim", cls="动画2401班", size=36, seed=31,
         sidp="2454030601", students=["格桑卓玛", "李岷川", "次仁旺堆"], items={12: ["格桑卓玛", "李岷川", "达瓦仓决"]},
         extra_class=["达瓦仓决", "拉巴索朗"], absent_from_10=["拉巴索朗"],
         teachers=["尼玛次旦", "陈国强"], form_count="36人", roster="tibet_list", headteacher="德庆白珍",
         f8="head_row2", f10="nation_scan", f11="model_sheet", f12="photo2",
         findings=[("students.mismatch", 12, True), ("records.missing_student", 10, False, "拉巴索朗"),
                   ("records.count_mismatch", 10, False)],
         comment="item 12 (phone photos) holds the homework of 格桑卓玛, 李岷川 and classmate 达瓦仓决 (with an item-10 record) "
                 "instead of 次仁旺堆's (8 and 11 hold the three): students.mismatch. The roster (typed, 序号 学号 姓名 性别 民族 "
                 "籍贯县, 36) and the form (`36人`) hold 拉巴索朗; item 10 (scanned 200 gray, with 性别 and 民族) has 35 rows and "
                 "none for him: records.missing_student and records.count_mismatch. Tibetan names have no surname (four "
                 "characters, two elements, many sharing one element)"),
    dict(school="那曲市羌塘技工学校", pack="zip", region="nq", course="yak", cls="电商2402班", size=34, seed=32,
         sidp="2454060302", students=["仁青措姆", "旦增坚赞", "王筱蕾"], items={8: ["仁青措姆", "旦增坚赞", "王筱蕾", "巴桑卓嘎"]},
         extra_class=["巴桑卓嘎", "普布桑珠"], bad={"普布桑珠": "sum"}, teachers=["洛桑坚参", "杨拓疆"], form_count="34人",
         f8="name_line", f10="sum_typed", f11="stocktake", f12="hand_color",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "普布桑珠")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 gray) holds FOUR students' worksheets: the three and classmate 巴桑卓嘎 (with an item-10 "
                 "record): students.count on 8; students.mismatch optional. Item 10 (TYPED): 普布桑珠's 总分 is 9 above the sum "
                 "of his parts: records.invalid_score. Item 11 (typed): a 仓库盘点表 with 盘点人 <student> and 复核人 <teacher>. No roster"),
]

PROVINCE = {1: "湖南省怀化市", 2: "贵州省六盘水市盘州市", 3: "西藏自治区那曲市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 怀化: "成果8-工作页.pdf"
        return "成果%d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 盘州: "(08)工作页_烹饪2402班.pdf" -> leading number inside brackets is not a rule; use "08_工作页_<class>.pdf"
        return "%02d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "%d、%s.pdf" % (n, NAMES[n])   # 那曲: "8、工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("附件2：申报书.pdf", "pdf"),
            3: ("%s申报书.docx" % s["cls"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", margin="1.8cm 1.6cm"):
    return ('<html><head><meta charset="utf-8"><style>@page{margin:%s} p{margin-top:0;margin-bottom:4pt} '
            'body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n</body></html>\n' % (margin, font, size, body))


PB = '<p style="page-break-before:always"></p>'
BLUE = "#23336e"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8221b;font-size:13pt"'


def hand(x, size="14pt", ink=BLUE):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (ink, size, x)


def td(x, extra="", pad="2px 4px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


def tbl(rows, width="100%", pad="2px 4px", bold=(0,)):
    out = []
    for i, r in enumerate(rows):
        cells = []
        for x in r:
            extra = ' align="center"'
            if isinstance(x, tuple):
                x, extra = x[0], extra + x[1]
            cells.append(td(("<b>%s</b>" % x) if i in bold else x, extra, pad))
        out.append("<tr>%s</tr>" % "".join(cells))
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(out))


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "是否获得一体化教师培训证书"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "是" if i < 2 else "否"] for i, n in enumerate(t)]
    rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
            ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("课堂负责人", t[0])]
    info = tbl([[("<b>%s</b>" % a, ' width="24%"'), (b, ' style="text-align:left"')] for a, b in rows], width="92%", bold=())
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>填报日期：2025年3月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤展开。学生先阅读任务单、查阅资料，再分组讨论并拟订计划，教师点评后确定方案，学生按方案实施，教师巡回指导并做好安全与质量把关，最后展示成果并开展自评、互评和教师点评。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}合作单位的真实需求，学生在完成真实工作的过程中提升了专业能力和职业素养。</p>
<h3>六、诚信承诺</h3><p>我校承诺所报材料真实、原创。</p>""".format(
        school=s["school"], d=3 + s["seed"] % 20, info=info, tm=tbl(trs, width="86%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font="Noto Sans CJK SC" if g != 2 else "Noto Serif CJK SC")


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n1．课程性质\n本课程是{major}专业的一体化课程，依据国家工学一体化课程标准，结合{prov}行业企业的岗位要求转化。\n2．学习任务\n本学期实施学习任务“{task}”，共{hours}学时。\n3．评价方式\n过程评价与结果评价相结合。",
    2: "{school}\n“{task}”学习任务分析\n1．任务描述\n{situation}\n2．工作过程\n明确任务、收集资料、制定方案、实施操作、检验交付、总结反思。",
    3: "{school}\n“{task}”教学活动策划表\n学习活动1　明确任务与收集资料\n学习活动2　制定并审定工作方案\n学习活动3　实施作业与过程检查\n学习活动4　成果交付与评价总结",
    4: "{school}\n《{course}》教学进度计划\n总学时：{hours}\n第1—4学时　明确任务、收集资料\n第5—8学时　制定方案\n第9—14学时　实施作业\n其余学时　检验交付、评价总结",
    5: "{school}\n“{task}”教学活动方案\n第1学时　情境导入，发放任务单\n第2学时　引导问题学习\n后续学时　分组实施、巡回指导、展示评价",
    6: "{school}\n学习任务资源及清单\n工作页、行业标准、操作视频、{station}的设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息查阅区、计划决策区、实操区和成果展示区。",
    9: "{school}\n“{task}”考核方案\n考核由过程考核和结果考核组成，成绩由任课教师登记在学习任务考核记录中。",
}


def mark(rng):
    return rng.choice(["✓", "✓ 好", "✓ 正确", "✓ 9", "✓ 完整", "✓ 8", "✓ 要点全", "✓ 10", "✓ 阅"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3 if i < 3 else (i + 2 * qi + 1) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k]), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "23"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8 + 63)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　批改教师：%s</p>' % (RED, ["认真完成", "思路清楚", "较好", "继续努力"][i % 4], t[0])
        if f in ("head_row", "head_row2"):
            head = tbl([["班级", hand(cl, "12pt"), "姓名", hand(n, "13pt"), "学号", hand(sid, "12pt")]], pad="5px 4px", bold=())
            extra = ""
            if f == "head_row":
                extra = "<p>报修人：%s（客运线路驾驶员）　　车牌：湘N·3%d7%d8</p>" % (s["others_named"][0], i, i + 2)
            body = title + head + extra + sit + answers(c, rng, i) + comment
        elif f == "blank_line":
            body = title + '<p>姓名：＿%s＿　　学号：＿%s＿　　日期：%s</p>' % (hand(n), hand(sid, "12pt"), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "kitchen_ticket":   # a kitchen ticket pinned on the worksheet, the student as 出品人
            ticket = ('<table width="100%%"><tr><td width="52%%">%s</td><td></td></tr></table>' %
                      tbl([[("<b>出　品　单</b>　No.%04d" % (2381 + i), ' colspan="4"')],
                           ["桌号", "A%d" % (3 + i), "时间", hand("11:%02d" % (20 + 6 * i), "12pt")],
                           ["菜名", ("火腿洋芋焖饭套餐", ' colspan="3"')], ["份数", "2", "出品人", hand(n, "13pt")]],
                          pad="3px 4px", bold=()))
            body = ticket + title + '<p>班级：%s　　学号：%s</p>' % (hand(cl, "12pt"), hand(sid, "12pt")) + sit + answers(c, rng, i) + comment
        elif f == "corner_box":
            box = ('<table width="100%%"><tr><td></td><td width="40%%">%s</td></tr></table>'
                   % tbl([["姓名", hand(n, "13pt")], ["学号", hand(sid, "12pt")]], bold=()))
            body = box + title + '<p>班级：%s　　指导教师：%s</p>' % (cl, t[0]) + sit + answers(c, rng, i) + comment
        elif f == "booklet_cover":
            cover = ('<p style="text-align:center;font-size:14pt">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:28pt"><b>学生工作页</b></p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<table width="76%%" align="center">%s</table>' % (s["school"], "".join(
                         '<tr><td width="30%%" style="font-size:14pt;padding:9px">%s</td><td style="border-bottom:1pt solid #000;padding:9px">%s</td></tr>' % (a, b)
                         for a, b in [("课　程", c["course"]), ("班　级", hand(cl)), ("姓　名", hand(n)), ("学　号", hand(sid)), ("指导教师", "、".join(t))])))
            body = cover + PB + title + sit + answers(c, rng, i) + comment
        elif f == "name_line":
            body = title + '<p>班级：%s　　姓名：%s　　学号：%s</p>' % (cl, hand(n), hand(sid[-2:], "12pt")) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"head_row": "x-scanpdf:200", "blank_line": "x-scanpdf:200:color", "kitchen_ticket": "x-scanpdf:250",
            "corner_box": "x-scanpdf:250", "booklet_cover": "x-scanpdf:200", "head_row2": "x-scanpdf:200:color",
            "name_line": "x-scanpdf:200"}[f]
    return "08.html", html(PB.join(pages), font="Noto Serif CJK SC" if s["seed"] % 2 else "Noto Sans CJK SC"), meth


# ------------------------------------------------------------------ item 10

def grade(x):
    return "优" if x >= 90 else "良" if x >= 75 else "中" if x >= 60 else "差"


def head10(s, c, title):
    return ('<p style="text-align:center;font-size:13pt"><b>%s</b></p><p>%s　　班级：%s　　学习任务：%s</p><p>课程：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["task"], c["course"], day(s, 14)))


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10 + 63)
    bad = s.get("bad", {})
    pad = "1px 3px"
    sign = "<p>考核教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])

    def parts_table(parts, extra_cols=(), extra=lambda n: []):
        rows = [["序号", "学号", "姓名"] + list(extra_cols) + ["%s(%d)" % p for p in parts] + ["总分"]]
        for k, n in enumerate(rec):
            v = [int(round(m * rng.uniform(0.6, 0.97))) for _, m in parts]
            if bad.get(n) == "over":
                v[1] = parts[1][1] + 6
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            rows.append([str(k + 1), sid_of(s, n), n] + extra(n) + [str(x) for x in v] + [str(tot)])
        return rows

    if f == "pass_grid":   # five 关 of pass/fail marks; 成绩 = 20 x passes
        rows = [["序号", "学号", "姓名", "第一关<br/>问诊", "第二关<br/>拆检", "第三关<br/>测量", "第四关<br/>装复", "第五关<br/>路试", "过关数", "成绩"]]
        for k, n in enumerate(rec):
            m = ["✓"] * 5
            for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
                m[rng.randrange(5)] = "✗"
            p = m.count("✓")
            rows.append([str(k + 1), sid_of(s, n), n] + m + [str(p), str(20 * p)])
        body = (head10(s, c, "学习任务闯关考核记录") + "<p>说明：每关由教师现场判定，过一关记20分，未过关的可在下次课补闯一次。</p>" +
                tbl(rows, pad=pad) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", margin="1.2cm 1.4cm"), "pdf"
    if f in ("plain_grade", "plain_grade_scan"):
        parts = [("资料查阅", 15), ("方案制定", 25), ("实操过程", 40), ("成果质量", 20)] if f == "plain_grade" else \
                [("刀工切配", 30), ("火候调味", 30), ("装盘出品", 20), ("卫生规范", 20)]
        rows = parts_table(parts)
        rows[0].append("等级")
        for r in rows[1:]:
            r.append(grade(int(r[-1])))
        body = head10(s, c, "学习任务考核成绩登记表") + tbl(rows, pad=pad) + sign
        if f == "plain_grade":
            return "10.html", html(body, "9pt", margin="1.2cm 1.5cm"), "pdf"
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", margin="1.2cm 1.5cm"), "x-scanpdf:200"
    if f == "parts_scan":
        rows = parts_table([("安装接线", 30), ("程序编写", 30), ("联调试车", 25), ("安全文明", 15)])
        body = head10(s, c, "学习任务考核记录表") + tbl(rows, pad=pad) + sign
        return "10.html", html(body, "9pt", margin="1.2cm 1.5cm"), "x-scanpdf:250"
    if f == "fax_register":   # one score and a grade; faxed in standard mode
        rows = [["序号", "姓名", "学号", "考核成绩", "等级", "备注"]]
        for k, n in enumerate(rec):
            x = rng.randint(62, 96)
            rows.append([str(k + 1), n, sid_of(s, n), str(x), grade(x), "组长" if k in (3, 14, 27, 38) else ""])
        body = head10(s, c, "学习任务考核记录") + tbl(rows, pad="0px 3px") + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", margin="1.0cm 1.5cm"), "x-scanpdf:200:mono:faxstd"
    if f == "nation_scan":
        rows = parts_table([("建模", 30), ("绑定", 20), ("动画", 30), ("渲染", 20)], ("性别", "民族"),
                           lambda n: [s["sex"][n], "藏族" if len(n) == 4 else "汉族"])
        body = head10(s, c, "学习任务考核成绩表") + tbl(rows, pad=pad) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", margin="1.2cm 1.5cm"), "x-scanpdf:200"
    if f == "sum_typed":
        rows = parts_table([("图片整理", 20), ("文案撰写", 30), ("规格设置", 20), ("库存盘点", 30)])
        body = head10(s, c, "学习任务考核登记表") + tbl(rows, pad=pad) + sign
        return "10.html", html(body, "9pt", margin="1.2cm 1.5cm"), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>'
             % (c["task"], s["school"], s["cls"])]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "work_order":
                x = tbl([["维修技师", n, "班级", cl], ["送修车辆", "湘N·3%d7%d8 中巴车" % (i, i + 2), "报修人", s["others_named"][0]],
                         ["项目", "标准", "实测", "结论"], ["右后制动鼓内径", "≤221 mm", "220.%d mm" % (4 + j), "合格"],
                         ["制动蹄片厚度", "≥3 mm", "%d.%d mm" % (5 + j, i), "合格"], ["质检员", t[1], "日期", day(s, 30 + i)]], bold=(2,))
            elif f == "batch_record":
                x = tbl([["品名", "黄精（酒黄精）", "批号", "HJ2410%02d" % (3 * i + j + 1)], ["炮制人", n, "复核人", t[j % 2]],
                         ["蒸制次数", "蒸制时间", "晾晒时间", "色泽"], ["第%d次" % (3 * j + 1), "6小时", "1天", "棕褐"], ["第%d次" % (3 * j + 3), "6小时", "1天", "棕黑"]],
                        bold=(2,))
            elif f == "diner_card":   # a customer feedback card per dish
                x = tbl([[("顾 客 评 价 卡", ' colspan="4"')], ["菜品", c["outputs"][j][0].replace("卡", "").replace("表", ""), "制作人", "%s（%s）" % (n, cl)],
                         ["色泽", "☑满意 □一般", "口味", "☑满意 □一般"], ["份量", "☑满意 □一般", "顾客", ["张女士", "刘先生", "赵女士"][j]]], bold=(0,))
            elif f == "report_scan":
                x = tbl([["调试人", n, "班级", cl], ["设备", "DTL80带式输送机（实训线）", "指导教师", t[j % 2]],
                         ["试验项目", "设定", "结果", "结论"], ["轻度跑偏", "报警", "报警", "正常"], ["重度跑偏", "延时2 s停机", "%.1f s停机" % (2.0 + 0.1 * j), "正常"]],
                        bold=(2,))
            elif f == "test_report":
                x = tbl([["测试人", n, "班级", cl], ["测试仪", "线缆认证测试仪", "日期", day(s, 30 + i)],
                         ["信息点", "长度(m)", "接线图", "结论"], ["1F-%02d" % (3 + j), "%d" % (31 + 4 * j + i), "通过", "合格"],
                         ["2F-%02d" % (7 + j), "%d" % (46 + 3 * j), "通过", "合格"]], bold=(2,))
            elif f == "model_sheet":
                x = tbl([["制作人", n, "班级", cl], ["软件", "Maya", "指导教师", t[j % 2]], ["项目", "要求", "完成情况", "自评"],
                         ["模型", "四边面为主", "完成", "✓"], ["动画", "循环无跳帧", "完成", "✓"]], bold=(2,))
            elif f == "stocktake":
                x = tbl([["盘点人", n, "复核人", t[j % 2]], ["仓库", "合作社一号库", "盘点日期", day(s, 30 + i)],
                         ["商品", "系统库存", "实盘数量", "差异"], ["风干牦牛肉干250g", "%d" % (208 - j), "%d" % (206 - j), "-2"],
                         ["风干牦牛肉干礼盒", "%d" % (64 + i), "%d" % (64 + i), "0"]], bold=(2,))
            else:
                raise SystemExit(f)
            parts.append('<h3>%s</h3>%s<p>说明：%s</p>' % (title, x, desc))
    meth = {"work_order": "pdf", "batch_record": "pdf", "diner_card": "pdf", "report_scan": "x-scanpdf:200:color",
            "test_report": "pdf", "model_sheet": "pdf", "stocktake": "pdf"}[f]
    return "11.html", html("".join(parts), font="Noto Sans CJK SC"), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12 + 63)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        head = {"photo_overexp": ["课后作业　%s" % c["course"], "> 班级：%s　姓名：%s" % (cl, n)],
                "hand_scan": ["课后练习", "> 姓名 %s　学号 %s" % (n, sid[-2:])],
                "photo": ["%s课后作业" % c["task"][:6], "> %s　%s　%s" % (cl, n, sid[-2:])],
                "photo_overexp2": ["课后作业", "> 姓名：%s　班级：%s" % (n, cl)],
                "hand_scan2": ["课后作业（%s）" % c["course"], "姓名：%s　学号：%s" % (n, sid)],
                "photo2": ["课后作业", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])],
                "hand_color": ["%s　课后作业" % c["course"], "姓名：%s　班级：%s" % (n, cl)]}[f]
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi) % 3], "! " + mark(rng), ""]
        lines += head + [""] + qa + ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
    meth = {"photo_overexp": "x-photo:200:1:overexp", "hand_scan": "x-scan:200:3", "photo": "x-photo:200:0",
            "photo_overexp2": "x-photo:200:2:overexp", "hand_scan2": "x-scan:250:4", "photo2": "x-photo:200:1",
            "hand_color": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "photo_caption":   # a class photo with its caption: rows from the left
        rows = [k[:13], k[13:27], k[27:]]
        body = ('<h2 style="text-align:center">%s%s学生名单</h2>' % (s["school"], s["cls"]) +
                '<table width="100%%" style="border:1pt solid #888;background:#d9d9d9"><tr><td height="260" align="center">'
                '<span style="color:#666">（班级合影　2024年9月　于学校图书馆前）</span></td></tr></table><p>&nbsp;</p>' +
                "".join("<p><b>%s排左起：</b>%s</p>" % (w, "、".join(row)) for w, row in zip(["前", "中", "后"], rows)) +
                "<p>&nbsp;</p><p>班主任：%s　　　全班共%d人（男%d人，女%d人）</p>" % (s["headteacher"], len(k), 17, len(k) - 17))
        write(os.path.join(d, "roster.html"), html(body, "11pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "tibet_list":
        rows = [["序号", "学号", "姓名", "性别", "民族", "籍贯"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, s["sex"][n], "藏族" if len(n) == 4 else "汉族",
                         random.Random(n).choice(["色尼区", "比如县", "嘉黎县", "聂荣县", "安多县", "索县", "班戈县"]) if len(n) == 4 else "四川省"])
        body = ('<h2 style="text-align:center">%s%s花名册</h2>' % (s["school"], s["cls"]) + tbl(rows, width="90%", pad="1px 4px") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", margin="1.0cm 1.5cm"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    raise SystemExit(r)


def sexes(s, rng):
    fem = set(TIB_F)
    out = {}
    for n in s["klass"]:
        if len(n) == 4 and n[2:] in fem:
            out[n] = "女"
        elif len(n) == 4:
            out[n] = "男"
        else:
            out[n] = rng.choice(["男", "女"])
    return out


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Sixty-third held-out people corpus (testdata/heldout63), the format of testdata/heldout28/truth.json. "
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
    for i, a in enumerate(all_planted):
        for b in all_planted[i + 1:] + all_teachers + all_others:
            if near(a, b):
                raise SystemExit("planted %s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 6311 + 63)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("drop_last"):   # the one student the faxed register lacks: not a planted one
            s["dropped"] = next(n for n in reversed(s["klass"]) if n not in fixed)
        s["sex"] = sexes(s, rng)
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", []) and n != s.get("dropped")]
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
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": "班级人数 | %s" % s["form_count"],
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {"not_in_item10_unplanted": s["dropped"]} if s.get("dropped") else {},
            "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
