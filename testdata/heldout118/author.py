#!/usr/bin/env python3
"""Write the sources of the 118th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 廉江 (Guangdong,
湛江), 瑞安 (Zhejiang, 温州) and 定州 (Hebei).

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
# the truth files read for names, tasks and courses to avoid (heldout117 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 117)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 廉江 (雷州半岛: 陈 李 黄 林 梁 吴 钟 庞 揭 莫 冯 全 …),
# 瑞安 (温州: 陈 林 王 黄 李 张 郑 周 潘 蔡 胡 金 叶 …), 定州 (冀中: 王 李 张 刘 赵 杨 郝 谷 孟 齐 …)
SURNAMES = {
    "lj": list("陈陈陈陈李李李黄黄黄林林梁梁吴吴钟钟庞揭莫冯全杨何罗周谢"),
    "ra": list("陈陈陈陈林林林王王王黄黄李李张张郑郑周潘蔡胡金叶池薛"),
    "dz": list("王王王王李李李李张张张刘刘刘赵赵杨杨郝谷孟齐高马陈邢"),
}
# given names: a new list, everyday names of students born around 2008-2009
GIVEN2 = ("嘉禾 子谦 思齐 雨晨 若宁 梓潼 浩然 俊辉 欣怡 佳蕊 明朗 嘉慧 语晗 沐阳 皓月 诗涵 馨予 宇恒 泽远 梦然 "
          "晨曦 安然 博雅 睿哲 可欣 嘉琪 铭远 昊天 雅静 心悦 奕铭 锦华 书涵 一凡 天宇 梓晴 俊杰 思怡 子默 靖怡 "
          "紫涵 宏宇 家铭 佳欣 瑞琪 子睿 晓雨 振华 雨航 芷若 浩铭 欣彤 晟杰 家辉 思琳 润东 怡宁 天乐 佳钰 承宇 "
          "文轩 雨珊 凯瑞 佳敏 子龙 梦婷 志鹏 雅雯 鑫宇 晓敏 子豪 雅菲 欣宜 宇辰 艺文 冰冰 新阳 炳坤 泓博 金宝 "
          "尚文 庆华 朝阳 治国 彦霖 瀚宇 楚瑶 婉婷 沛霖 骏杰 柏宇 翰文 凌云 景辉 煜辉 钰彤 歆怡 珂瑶 涵博 若琳 "
          "梦菲 诗婷 晓蕾 乐瑶 悦然 依依 雨菲 佳琦 思语 美玲 欣然 雪莹 佳怡 静雯 海峰 世豪 建华 博宇 鹏程 文涛 "
          "泽鑫 宇翔 翔宇 兆华 国豪 永杰 少华 梓轩 铭杰 晨宇 明宇 立新 启航 嘉伟 思成 锦鹏 正宇 志强 林涛 舒婷 "
          "雨涵 冠霖 星辰 昕彤 语彤 妙涵 宛瑜 晓晴 紫怡").split()
GIVEN1 = list("杰敏强婷伟娟鹏静")


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


def Q(a, b, c):
    return [a, b, c]


C = {
 "banquet": dict(major="饭店(酒店)服务", code="0504", course="中餐宴会服务与管理", task="红橙文化节商务宴会中餐摆台与席间服务",
   hours=16, station="酒店宴会服务一体化学习工作站",
   situation="每年冬天廉江红橙上市，市里举办红橙文化节，一家酒店要承接一场二十桌的商务宴会。宴会部经理请酒店服务班学员核对宴会通知单，设计以红橙为主题的台面，完成中餐摆台，分工担任值台、传菜和酒水服务，宴会结束后做好收台和客人意见回访。",
   qs=[("问题1 中餐宴会摆台的顺序是什么？", Q("铺台布、定骨碟、摆汤碗和调羹、放筷架和筷子、摆酒具、放餐巾花，最后摆主题花和席卡。", "先铺台布定骨碟，再摆餐具酒具。", "最后放餐巾花和席卡。")),
       ("问题2 值台员上菜时要注意什么？", Q("从副主人右侧上菜，报菜名，把新上的菜转到主宾面前，撤空盘要先征得客人同意。", "从副主人右侧上，报菜名。", "新菜转到主宾面前。"))],
   hw=[("1. 斟酒时为什么只斟八分满？", Q("白酒斟八分满，客人端杯不容易洒，也显得对客人尊重。", "不容易洒出来。", "八分满是礼节。")),
       ("2. 客人对菜品不满意时怎么处理？", Q("先道歉，听清客人的意见，及时报告领班，按酒店规定给客人换菜或打折。", "先道歉再报告领班。", "按规定换菜。"))],
   outputs=[("宴会台面设计说明", "主题“红橙映九洲”，主花用红橙和绿叶。"), ("席间服务记录", "共上菜十二道，无投诉。")]),
 "sorter": dict(major="机电一体化技术", code="0127", course="自动化分拣生产线调试", task="红橙分级包装线输送与分拣单元PLC控制调试",
   hours=18, station="机电一体化设备调试一体化学习工作站",
   situation="廉江一家果业合作社新上了一条红橙分级包装线，输送带把果子送到称重工位，再按大小分到三条滑道，但分拣气缸经常动作不到位。设备供应商的工程师请机电班学员读懂电气图，检查传感器和气路，修改PLC程序中的分拣时序，调试触摸屏画面，并写出调试报告。",
   qs=[("问题1 分拣气缸动作不到位可能有哪些原因？", Q("气压不够、节流阀开得太小、磁性开关位置不对，或者程序里推出的时间太短。", "气压不够或节流阀太小。", "推出时间太短。")),
       ("问题2 为什么要用编码器计算果子的位置？", Q("输送带速度会变，用编码器脉冲计数才能算准果子到滑道口的时刻。", "带速会变，要按脉冲计数。", "算准到达时刻。"))],
   hw=[("1. 光电传感器怎样调灵敏度？", Q("放上一个最小的果子，慢慢转灵敏度旋钮，指示灯刚好亮就再多转一点。", "放最小的果子调。", "指示灯刚亮再多转一点。")),
       ("2. 调试前要做哪些安全检查？", Q("确认急停按钮有效，气源压力正常，防护罩装好，通知周围人员。", "急停有效，气压正常。", "防护罩装好。"))],
   outputs=[("分拣单元PLC程序清单", "分拣延时按编码器脉冲计算。"), ("触摸屏画面设计", "共五个画面。"), ("调试报告", "分拣准确率百分之九十九。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车动力电池检修", task="纯电动物流车动力电池绝缘故障检测与高压系统下电作业",
   hours=16, station="新能源汽车高压系统检修一体化学习工作站",
   situation="瑞安一家汽车配件厂的纯电动物流车仪表报“绝缘故障”，车辆限功率行驶。维修站技术主管请新能源汽修班学员按规程做好高压防护和下电作业，用绝缘电阻测试仪分段检测动力电池、电机控制器和空调压缩机的绝缘电阻，找出故障部位，更换后恢复上电并填写作业记录。",
   qs=[("问题1 高压下电作业的步骤是什么？", Q("关闭点火开关，断开低压蓄电池负极，等待五分钟以上，拔下维修开关并上锁挂牌，再验电。", "断低压负极，拔维修开关。", "上锁挂牌后验电。")),
       ("问题2 为什么要分段测量绝缘电阻？", Q("高压系统部件多，分段断开再测，才能判断是哪一个部件的绝缘下降。", "找出是哪个部件。", "断开一段测一段。"))],
   hw=[("1. 绝缘手套使用前怎样检查？", Q("看有没有破损和老化，把手套卷起来充气，看有没有漏气。", "充气看漏不漏。", "看破损和老化。")),
       ("2. 监护人的职责是什么？", Q("全程看着作业人员，发现违规操作立即制止，出现触电时负责断电和救援。", "发现违规马上制止。", "触电时断电救援。"))],
   outputs=[("高压下电作业记录", "验电结果为零伏。"), ("绝缘电阻检测报告", "压缩机绝缘电阻零点三兆欧，不合格。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="中小企业网络组建与维护", task="汽摩配企业车间与办公区VLAN划分及无线覆盖",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="瑞安一家汽摩配件企业的车间和办公室共用一个网络，车间设备一多就卡，访客也能连上财务电脑。企业信息主管请网络班学员勘察现场，按部门划分VLAN，配置交换机和三层路由，给车间做无线覆盖，设置访客网络隔离，完成测试后交付拓扑图和配置文档。",
   qs=[("问题1 为什么要按部门划分VLAN？", Q("把广播限制在本部门里，减少网络拥堵，也能让访客和财务隔开，提高安全。", "减少广播，隔离访客。", "提高安全。")),
       ("问题2 车间无线AP装在哪里比较好？", Q("装在通道上方较高的位置，避开大型金属设备的遮挡，相邻AP用不同信道。", "通道上方，避开金属设备。", "相邻AP信道错开。"))],
   hw=[("1. Trunk口和Access口有什么区别？", Q("Access口只属于一个VLAN，接电脑；Trunk口可以通过多个VLAN，接交换机之间。", "Trunk能过多个VLAN。", "Access接电脑。")),
       ("2. 访客网络怎样隔离？", Q("访客单独一个VLAN，用访问控制列表禁止它访问内网网段，只放行上网。", "单独VLAN加ACL。", "只能上网。"))],
   outputs=[("企业网络拓扑图", "核心交换机一台，接入交换机四台。"), ("交换机配置文档", "共划分五个VLAN。")]),
 "valve": dict(major="数控加工(数控车工)", code="0106", course="轴套类零件数控车削", task="汽车空调压缩机阀套零件数控车削批量加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="瑞安一家汽车空调配件厂接到一批压缩机阀套订单，厂里的数控车床排不开，委托学校车间加工一百件。车间主任请数控班学员读图，编制加工工艺和程序，设计专用软爪，完成首件试切和批量加工，并按抽检规则做好检验记录。",
   qs=[("问题1 阀套内孔的精度怎样保证？", Q("内孔先钻后镗，精镗留零点二毫米余量，用内径表在机床上测量后再修正刀补。", "先钻后镗，测量后修刀补。", "精镗留余量。")),
       ("问题2 为什么要做专用软爪？", Q("阀套壁薄，用硬爪会夹变形，软爪车成工件的外形，夹持面大、受力均匀。", "防止夹变形。", "受力均匀。"))],
   hw=[("1. 批量加工时为什么要抽检？", Q("刀具会慢慢磨损，尺寸会逐渐变化，按规定抽检才能及时调整刀补。", "刀具磨损尺寸会变。", "及时调刀补。")),
       ("2. 怎样减少换刀时间？", Q("把刀具按工序顺序装在刀塔上，对好刀后记下刀补，磨损时只换刀片。", "按工序装刀。", "只换刀片。"))],
   outputs=[("阀套首件检验记录", "内孔φ12H7合格。"), ("阀套加工程序单", "O2318，共五十六段。")]),
 "elder": dict(major="健康与社会照护", code="0529", course="失能老年人日间照料", task="社区日间照料中心失能老人协助进食与压疮预防照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="定州一个社区日间照料中心接收了几位半失能的老人，护理组长发现有的老人吃饭容易呛咳，长期卧床的老人骶尾部皮肤发红。中心请照护班学员评估老人的吞咽和皮肤情况，制订协助进食和翻身计划，按规范协助进食、定时翻身、做皮肤护理，并填写照护记录。",
   qs=[("问题1 协助老人进食时采取什么体位？", Q("能坐起的老人坐直，身体稍前倾；卧床的老人把床头摇高三十度以上，头偏向一侧。", "坐直稍前倾。", "床头摇高三十度。")),
       ("问题2 怎样判断老人有压疮风险？", Q("用评估量表看感觉、潮湿、活动、营养几项，骨突处皮肤发红按压不褪色要特别注意。", "用量表评估。", "发红按压不褪色。"))],
   hw=[("1. 翻身的时间怎样安排？", Q("一般每两小时翻身一次，皮肤已经发红的要缩短间隔，并做好记录。", "两小时一次。", "发红要缩短间隔。")),
       ("2. 老人呛咳时怎么办？", Q("马上停止喂食，让老人身体前倾，轻拍背部，严重时立即报告并呼救。", "停喂，前倾拍背。", "严重时呼救。"))],
   outputs=[("协助进食照护记录", "进食二十分钟，无呛咳。"), ("翻身与皮肤护理记录", "骶尾部发红面积缩小。")]),
 "sports": dict(major="电子商务", code="0603", course="跨境电商店铺运营", task="体育器材企业跨境电商店铺商品上架与询盘回复",
   hours=16, station="跨境电商运营一体化学习工作站",
   situation="定州一家体育器材企业生产篮球架和乒乓球台，想在跨境电商平台上开店卖给国外的学校和俱乐部。企业外贸主管请电商班学员整理产品参数，拍摄和处理产品图片，撰写中英文标题和详情页，完成商品上架，并按模板回复国外客户的询盘。",
   qs=[("问题1 商品标题要包含哪些关键词？", Q("产品名称、主要材质、尺寸规格、适用场景，把买家最常搜的词放在前面。", "名称、材质、规格。", "常搜的词放前面。")),
       ("问题2 产品主图有什么要求？", Q("白底，产品占画面八成以上，不加水印和文字，另外配场景图和细节图。", "白底，不加水印。", "配场景图和细节图。"))],
   hw=[("1. 回复询盘要在多长时间内？", Q("最好在二十四小时内回复，先感谢客户，再回答价格、起订量和交货期。", "二十四小时内。", "先感谢再答价格。")),
       ("2. 大件商品的运费怎样设置？", Q("按体积重量和目的国分区设置运费模板，篮球架这类大件用海运报价。", "按体积重量算。", "大件用海运。"))],
   outputs=[("乒乓球台商品详情页", "中英文标题各一条。"), ("询盘回复记录", "共回复询盘十一条。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="廉江市九洲江技工学校", pack="dir", region="lj", course="banquet", cls="酒店2401班", size=36, seed=11,
         sidp="24080504", students=["梁思齐", "钟晓蕾", "庞嘉琪"], others_named=["揭国栋", "何淑潆"],
         teachers=["陈凤娇", "黄启漳"], form_count="36人", roster="seat_chart", headteacher="林少芬",
         f8="order_box", f10="weighted", f11="banquet_typed", f12="hand_page",
         findings=[],
         comment="clean. The roster is a SEAT CHART (学生名单（座位表）): six rows of desks drawn as boxes, 讲台 at the top, each box "
                 "a name over its 学号, 36 = form `酒店2401班（36人）` = item 10. Item 10 (TYPED, landscape) has a WEIGHTED 总评 "
                 "(过程评价 and 成果评价 each out of 100, 总评 = 过程×40%＋成果×60%, rounded, as the note under the head says) and a "
                 "等级 column: no total is the sum of its parts, and none is wrong. Item 11 (typed): the host of the banquet 揭国栋 "
                 "(宴会主人, a customer) and the banquet manager 何淑潆 (宴会部经理) on every service record; the student as 值台员. "
                 "Item 8 (scanned 200 gray, a paper clip at the top-left corner): a 宴会任务单 with the student in a small box at the "
                 "top right (`值台学生` over the name)"),
    dict(school="廉江市九洲江技工学校", pack="dir", region="lj", course="sorter", cls="机电2402班", size=40, seed=12,
         sidp="24080127", students=["冯子谦", "莫雨晨", "全浩然"], outsiders={"全浩然": "机电2401班"}, out_sidp="24080126",
         extra_class=["吴梓潼"], bad={"吴梓潼": "over"}, others_named=["罗建新"],
         teachers=["李汉湄", "钟美娟"], form_count="40名",
         f8="footer_sig", f10="legend", f11="debug_typed", f12="pushpin_photo",
         findings=[("students.not_in_class", 8, True, "全浩然"), ("records.invalid_score", 10, False, "吴梓潼")],
         comment="全浩然 of the parallel class 机电2401班 (his class and 学号 2408012623 on his worksheet, typed debug records and "
                 "homework) is the third student of 8/11/12; item 10 (40 rows = form `机电2402班（40名）`) has no record of him: "
                 "students.not_in_class. Item 10 (TYPED) is a LEGEND register: the columns are headed ① ② ③ ④ only, and the legend "
                 "above the table gives each one's content and maximum (①接线与气路 20分 ②传感器调整 15分 ③PLC程序 40分 ④触摸屏与报告 25分); "
                 "吴梓潼 has 47 under ③ (max 40; 总分 is the sum): records.invalid_score. Item 8 (scanned 250 gray, paper clip): the "
                 "student only in the FOOTER line `第_组　姓名_　学号_　班级_` at the foot of the page, the supplier's engineer "
                 "罗建新 named in the head as 企业工程师. Item 12: phone photos of sheets pinned to a cork board. No roster"),
    dict(school="瑞安市飞云江技工学校", pack="gbkzip", region="ra", course="battery", cls="新能源2401班", size=41, seed=21,
         sidp="2403043501", students=["潘思怡", "蔡宇恒", "池俊辉"], extra_class=["叶靖怡"], absent_from_10=["叶靖怡"],
         teachers=["郑建平", "金晓红"], form_count="41名", roster="dorm", headteacher="薛海燕",
         f8="signoff", f10="three_party", f11="hv_typed", f12="color_scan_hand",
         findings=[("records.missing_student", 10, False, "叶靖怡"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生名单 laid out BY DORMITORY ROOM: a block per room, 4-6 names a block, then 走读生; 41) and the "
                 "form (`41名`) hold 叶靖怡; item 10 (scanned 1-bit 300 dpi) has 40 rows and none for her: records.missing_student and "
                 "records.count_mismatch. Item 10 is a THREE-PARTY register: 自评(10) 互评(20) 师评(70) 总分 备注 (备注 says 请假补考 "
                 "for two students). Item 8 (scanned 200 gray): a high-voltage 作业记录 whose student stands only in the SIGN-OFF "
                 "table at the bottom (`作业人` by hand, `监护人` a teacher)"),
    dict(school="瑞安市飞云江技工学校", pack="gbkzip", region="ra", course="vlan", cls="网络2401班", size=38, seed=22,
         sidp="2403030101", students=["周芷沅", "胡泓霁", "林昕彤"], items={12: ["周芷沅", "胡泓霁"]},
         extra_class=["金浩铭"], bad={"金浩铭": "sum"}, others_named=["陈湧福"],
         teachers=["王蕴澄", "潘志勇"], form_count="38名",
         f8="grid4", f10="footer_max", f11="net_typed", f12="pushpin_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "金浩铭")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, sheets pinned on a cork board) holds the homework of only TWO students, 周芷沅 and 胡泓霁 "
                 "(林昕彤's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (scanned 250 gray, "
                 "paper clip) gives the maxima in a `满分` row at the FOOT of the table (not under the head) and an 等级 column beside 总分; "
                 "金浩铭's 总分 is 10 above the sum of his parts (等级 matches the wrong total): records.invalid_score. Item 11 (typed): the "
                 "firm's IT head 陈湧福 named as 验收人. 38 rows = form `38名`. No roster"),
    dict(school="瑞安市飞云江技工学校", pack="gbkzip", region="ra", course="valve", cls="数控2402班", size=40, seed=23,
         sidp="2403010602", students=["黄岑晔", "叶宇辰", "郑佳钰"], others_named=["蔡德明", "胡穗娥"],
         teachers=["林国平", "陈漪珺", "周建伟"], form_count="40名",
         f8="master_sig", f10="bonus_fix", f11="inspect_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (scanned 200 colour) has a 附加分(≤5) column explained under the table (`总分＝四项得分＋附加分，最高105分`) "
                 "and THREE hand corrections in red: a printed part score struck through with the new mark written beside it, the "
                 "总分 struck through and rewritten too (the corrected total is the sum of the corrected parts plus 附加分), initialled; "
                 "40 rows = form `40名`. Item 8: the student only as `学生签名` at the foot, the factory's master 蔡德明 signing as "
                 "`企业师傅`; item 11: the factory's inspector 胡穗娥 as `厂方抽检`. Three teachers"),
    dict(school="定州市定武技工学校", pack="zip", region="dz", course="elder", cls="照护2401班", size=36, seed=31,
         sidp="2413052901", students=["郝佳蕊", "谷明朗", "孟雅静"], items={8: ["郝佳蕊", "谷明朗", "齐文轩"]},
         extra_class=["齐文轩", "邢骁珩"], bad={"邢骁珩": "over"}, others_named=["刘桂芝", "张德顺"],
         teachers=["赵丽华", "马恪勤"], form_count="36",
         f8="care_record", f10="cell_max", f11="care_typed", f12="name_line_photo",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "邢骁珩")],
         comment="item 8 (scanned 200 gray, paper clip) holds the worksheets of 郝佳蕊, 谷明朗 and classmate 齐文轩 (with an item-10 "
                 "record) instead of 孟雅静's (items 11 and 12 hold the three): students.mismatch. Item 8 is a 照护记录 page: the old "
                 "people cared for (照护对象 刘桂芝, 张德顺, patients) named in the head, the student as `照护员`. Item 10 (scanned colour "
                 "300) writes each maximum INSIDE its head cell as `满分20` on a second line, with a 评语 column; 邢骁珩 has 46 under "
                 "`协助进食 满分40` (总分 the sum): records.invalid_score. 36 rows = form `36`. No roster"),
    dict(school="定州市定武技工学校", pack="zip", region="dz", course="sports", cls="电商2402班", size=45, seed=32,
         sidp="2413060302", students=["杨若宁", "高思琳", "张沐骐"], items={11: ["杨若宁", "高思琳", "张沐骐", "马翊朗"]},
         extra_class=["马翊朗", "李雅菲"], absent_from_10=["李雅菲"], others_named=["谷振江"],
         teachers=["孟燊岳", "齐秀云"], form_count="45",
         f8="blank_line", f10="plain_group", f11="listing_typed", f12="hand_page",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: a 商品详情页 and a 询盘回复记录 each student, `上架人：<name>`) holds the works of FOUR students: the "
                 "three and classmate 马翊朗 (with an item-10 record): students.count on 11; students.mismatch optional. Item 10 (TYPED, "
                 "a plain table with a 组别 column) lists 44; the form says `人数（人） | 45`: records.count_mismatch (no roster). "
                 "The enterprise's trade manager 谷振江 named on item 11 as 审核"),
]


PROVINCE = {1: "广东省湛江市廉江市", 2: "浙江省温州市瑞安市", 3: "河北省定州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 廉江: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 2:   # 瑞安: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    return "%d-%s.pdf" % (n, NAMES[n])   # 定州: "8-工作页.pdf"


def form_name(s, c):
    return {1: ("附件2 申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("优质课堂申报书-%s.docx" % c["course"], "docx")}[grp(s)]


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
    return "人数（人） | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 廉江: class and size in one cell, size in brackets
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 瑞安: 班级人数
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 定州: 人数（人）
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("人数（人）", s["form_count"]), ("学时", "%d" % c["hours"])]
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

WEEK = "一二三四五六日"


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "order_box":   # a banquet order sheet, the student in a small box at the top right
            box = ('<table style="border-collapse:collapse;float:right" width="30%%">%s%s</table>'
                   % ("<tr>%s</tr>" % td("值台学生", ' align="center"', "2px 4px"), "<tr>%s</tr>" % td(hand(n), ' align="center"', "6px 4px")))
            order = tbl([["宴会名称", "红橙文化节商务宴会", "桌数", "20桌"], ["日期", hand(day(s, i)[5:], True), "台号", hand("%d号台" % (3 + i * 5), True)],
                         ["班级", hand(cl, True), "学号", hand(sid, True)]], width="66%", pad="3px 4px")
            body = box + '<h3>宴会任务单（学习工作页）</h3>' + order + '<p style="clear:both"></p>' + sit + answers(c, rng, i) + comment
        elif f == "footer_sig":   # the student only in a footer line at the foot of the page
            body = (title + "<p>企业工程师：%s（设备供应商）　　实训设备：红橙分级包装线</p>" % s["others_named"][0] + sit + answers(c, rng, i) +
                    '<p><b>调试记录：</b>%s</p>' % hand(["二号滑道气缸节流阀开大半圈。", "磁性开关下移五毫米。", "分拣延时改为一百二十个脉冲。"][i % 3], True) + comment +
                    '<p style="margin-top:18pt;border-top:0.75pt solid #000">第%s组　　姓名＿%s＿　　学号＿%s＿　　班级＿%s＿</p>'
                    % (hand(str(1 + i), True), hand(n), hand(sid, True), hand(cl, True)))
        elif f == "signoff":   # a HV work record, the student only in the sign-off table at the bottom
            body = ('<h3 style="text-align:center">高压系统下电作业记录（学习工作页）</h3>' +
                    tbl([["车辆", "纯电动物流车", "VIN后六位", hand("%06d" % (381420 + 17 * i), True)], ["工位", hand("%d号工位" % (2 + i), True), "日期", hand(day(s, i), True)]], width="100%", pad="3px 4px") +
                    sit + answers(c, rng, i) +
                    tbl([["作业人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)], ["监护人", hand(t[i % 2], True, BLACK), "验电结果", hand("0 V", True), "评价", '<span %s>合格</span>' % RED]],
                        width="100%", pad="4px 4px"))
        elif f == "grid4":   # a head row 姓名 | 学号 | 班级 | 机位
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "机位", hand("B-%02d" % (4 + 3 * i), True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "master_sig":   # the student only as 学生签名 at the foot, the factory's master signing
            body = (title + sit + answers(c, rng, i) +
                    '<p><b>首件自检：</b>内孔 %s　外径 %s</p>' % (hand("12.01%d" % (i + 1), True), hand("φ22.9%d" % (6 + i), True)) + comment +
                    '<p style="text-align:right">企业师傅：%s　　学生签名：%s　　%s</p>' % (hand(s["others_named"][0], True, BLACK), hand(n), hand(day(s, i)[5:], True)))
        elif f == "care_record":   # 照护记录: the old people cared for in the head, the student as 照护员
            who = s["others_named"][i % 2]
            body = ('<h3 style="text-align:center">日间照料中心照护记录（学习工作页）</h3>' +
                    tbl([["照护对象", hand(who, True, BLACK), "年龄", hand(str(78 + 3 * i), True), "床位", hand("%d床" % (2 + i), True)],
                         ["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px") +
                    sit + answers(c, rng, i) + '<p><b>皮肤观察：</b>%s</p>' % hand(["骶尾部发红约两厘米，按压褪色。", "无异常。", "左足跟发红，已加软垫。"][i % 3], True) + comment)
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"order_box": "x-scanpdf:200:clip", "footer_sig": "x-scanpdf:250:clip", "signoff": "x-scanpdf:200",
            "grid4": "x-scanpdf:200:color", "master_sig": "x-scanpdf:200", "care_record": "x-scanpdf:200:clip",
            "blank_line": "x-scanpdf:250"}[f]
    font = {"grid4": "Noto Sans CJK SC", "signoff": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    if f == "weighted":   # 过程 and 成果 out of 100 each, 总评 weighted 40/60, 等级; landscape
        hd = ["序号", "学号", "姓名", "仪容仪表<br/>(10)", "摆台<br/>(30)", "席间服务<br/>(40)", "收台回访<br/>(20)", "成果评价<br/>(100)", "过程评价<br/>(100)", "总评", "等级"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, [("a", 10), ("b", 30), ("c", 40), ("d", 20)])
            cheng = sum(v)
            guo = rng.randint(66, 97)
            tot = int(guo * 0.4 + cheng * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(cheng), str(guo), str(tot), grade(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") +
                "<p>说明：成果评价为四个分项之和（满分100）；过程评价取各学习活动过程评价的平均分（满分100）；总评＝过程评价×40%＋成果评价×60%，四舍五入取整。</p>" +
                table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.2cm"), "pdf"
    if f == "legend":   # columns headed ① ② ③ ④, the contents and maxima in a legend above the table
        parts = [("接线与气路", 20), ("传感器调整", 15), ("PLC程序", 40), ("触摸屏与报告", 25)]
        legend = "　".join("%s%s %d分" % ("①②③④"[j], p, m) for j, (p, m) in enumerate(parts))
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "①", "②", "③", "④", "合计", "签名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 47
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ""], pad))
        body = head10(s, c, "学习任务考核记录") + "<p><b>考核项目：</b>%s（合计100分）</p>" % legend + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "three_party":   # 自评 互评 师评 with a 备注 column
        hd = ["序号", "学号", "姓名", "自评(10)", "互评(20)", "师评(70)", "总分", "备注"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        makeup = set(rng.sample(range(len(rec)), 2))
        for k, n in enumerate(rec):
            v = part_scores(rng, [("a", 10), ("b", 20), ("c", 70)], 0.65, 0.95)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), "请假补考" if k in makeup else ""], pad))
        body = head10(s, c, "学习任务考核记录表（三方评价）") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "footer_max":   # maxima in a 满分 row at the foot, 等级 beside 总分
        parts = [("现场勘察", 10), ("VLAN规划", 20), ("交换机配置", 30), ("无线覆盖", 25), ("文档交付", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (10 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        out.append(trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:clip"
    if f == "bonus_fix":   # a 附加分 column and red-pen corrections
        parts = [("工艺", 15), ("编程", 25), ("加工", 45), ("检验", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["附加分<br/>(≤5)", "总分"]], pad)]
        fix = set(rng.sample(range(len(rec)), 3))
        bon = set(rng.sample(range(len(rec)), 5))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            b = rng.randint(2, 5) if k in bon else 0
            cells = [str(x) for x in v]
            if k in fix:
                old = v[2] - rng.randint(4, 7)
                cells[2] = '<s>%d</s> %s' % (old, hand(str(v[2]), True, "#b8231a", "11pt"))
                tot = sum(v) + b
                totc = '<s>%d</s> %s' % (tot - (v[2] - old), hand(str(tot), True, "#b8231a", "11pt"))
            else:
                totc = str(sum(v) + b)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(b) if b else "", totc], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：附加分用于奖励提出工艺改进建议并被厂方采纳的学生，最高5分；总分＝四项得分＋附加分，最高105分。红笔改动处为复核更正，已签名。</p>" +
                sign + '<p style="text-align:right">更正人：%s</p>' % hand(t[2], True, "#b8231a"))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color"
    if f == "cell_max":   # each maximum inside its head cell as 满分NN on a second line, a 评语 column
        parts = [("吞咽评估", 15), ("协助进食", 40), ("翻身护理", 30), ("照护记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>满分%d" % p for p in parts] + ["总分", "评语"]], pad)]
        says = ["耐心细致", "动作规范", "沟通较好", "需加强记录", "", "", "操作熟练", ""]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 46
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), says[k % 8]], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:color"
    if f == "plain_group":   # a plain table with a 组别 column
        parts = [("参数整理", 15), ("图片处理", 20), ("标题详情", 35), ("询盘回复", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (1 + k % 6)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "banquet_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["宴会主人", o[0], "宴会部经理", o[1]], ["值台员", "%s（%s）" % (n, cl), "台号", "%d号台" % (3 + 5 * i)],
                                  ["日期", day(s, 30 + i), "指导教师", t[j % 2]], ["内容", (desc, ' colspan="3"')]], width="90%"))
            elif f == "debug_typed":
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["项目", "结果"], ["分拣延时", "%d脉冲" % (110 + 5 * i)], ["说明", desc]], width="80%") + "<p>审核：%s　　%s</p>" % (t[j % 2], day(s, 30 + i)))
            elif f == "hv_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["作业人", n, "班级", cl], ["监护人", t[j % 2], "日期", day(s, 30 + i)], ["检测部位", "动力电池／电机控制器／压缩机", "结论", desc]], width="92%"))
            elif f == "net_typed":
                parts.append('<h3>%s</h3><p>设计：%s（%s，学号%s）</p>' % (title, n, cl, sid) +
                             tbl([["VLAN", "名称", "网段"], ["10", "办公", "192.168.10.0/24"], ["20", "车间", "192.168.20.0/24"], ["99", "访客", "192.168.99.0/24"]], width="70%") +
                             "<p>%s</p><p>验收人：%s（企业信息主管）　　指导教师：%s</p>" % (desc, o[0], t[j % 2]))
            elif f == "inspect_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "压缩机阀套", "图号", "FT-12-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["厂方抽检", o[1], "日期", day(s, 30 + i)], ["内孔", "φ12H7", "12.0%d" % (1 + i), "合格"]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "care_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", o[(i + j) % 2], "照护员", n], ["班级", cl, "学号", sid], ["记录", (desc, ' colspan="3"')]], width="90%") +
                             "<p>护理组长审核：%s</p>" % t[j % 2])
            elif f == "listing_typed":
                parts.append('<h3>%s</h3><p>上架人：%s　　%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["英文标题", "Outdoor Table Tennis Table, Foldable, 25mm Top"], ["中文标题", "户外乒乓球台 可折叠 25毫米台面"], ["说明", desc]], width="92%", align="left") +
                             "<p>审核：%s（外贸主管）　指导教师：%s</p>" % (o[0], t[j % 2]))
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
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "pushpin_photo":
            head = ["课后作业　%s" % c["course"], "> %s　%s号　%s" % (cl, sid[-2:], n)]
        elif f == "color_scan_hand":
            head = ["课后练习（高压安全）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2:pushpin", "hand_page": "x-scan:200:4", "pushpin_photo": "x-photo:200:1:pushpin",
            "color_scan_hand": "x-scan:200:3:color", "exercise_book": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "seat_chart":   # a seat chart: desks as boxes, a name over its 学号, six columns, the 讲台 at the top
        cols = 6
        rows = []
        for a in range(0, len(k), cols):
            cells = []
            for j, n in enumerate(k[a:a + cols]):
                cells.append(td('%s<br/><span style="font-size:7.5pt">%s</span>' % (n, sid_of(s, n)), ' align="center" width="15%"', "6px 2px"))
                if j == 2:
                    cells.append('<td width="6%"></td>')
            rows.append("<tr>%s</tr>" % "".join(cells))
        body = ('<h2 style="text-align:center">%s学生名单（座位表）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                '<p style="text-align:center;border:0.75pt solid #000;width:30%;margin-left:35%">讲　台</p>' +
                '<table style="border-collapse:separate;border-spacing:4px" width="100%%">%s</table>' % "".join(rows) +
                '<p>班主任：%s　　　全班共%d人　　　前门←　　　　　　→后门</p>' % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "dorm":   # by dormitory room, then 走读生
        rooms, j = [], 0
        sizes = [6, 6, 5, 6, 4, 6, 5]
        for ri, m in enumerate(sizes):
            rooms.append(("男生宿舍%d栋%d室" % (3, 201 + ri) if ri < 4 else "女生宿舍%d栋%d室" % (5, 305 + ri), k[j:j + m]))
            j += m
        rooms.append(("走读生", k[j:]))
        blocks = []
        no = 0
        for room, members in rooms:
            cells = []
            for n in members:
                no += 1
                cells.append("%d. %s（%s）" % (no, n, sid_of(s, n)[-2:]))
            blocks.append("<tr>%s%s</tr>" % (td("<b>%s</b>" % room, ' width="24%"', "3px 6px"), td("　".join(cells), "", "3px 6px")))
        body = ('<h2 style="text-align:center">%s　%s学生名单（按宿舍）</h2>' % (s["school"], s["cls"]) +
                '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(blocks) +
                "<p>注：括号内为学号末两位，学号前缀%s。</p><p>班主任：%s　　　共%d人（住校%d人，走读%d人）　　　2024年9月</p>"
                % (s["sidp"], s["headteacher"], len(k), j, len(k) - j))
        write(os.path.join(d, "roster.html"), html(body, "10pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "118th held-out people corpus (testdata/heldout118), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 118)
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
