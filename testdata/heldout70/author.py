#!/usr/bin/env python3
"""Write the sources of the seventieth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 荣成
(Shandong, 威海), 阆中 (Sichuan, 南充) and 扎兰屯 (Inner Mongolia, 呼伦贝尔).

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT
"""
import glob
import json
import os
import random
import re
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
TD = os.path.join(HERE, "..")
# the truth files read for names, tasks and courses to avoid: every earlier corpus
# (heldout69, written at the same time by another hand, is not read)
EARLIER = sorted(d for d in os.listdir(TD) if re.fullmatch(r"heldout\d*", d) and d not in ("heldout69", "heldout70")) + ["othertools"]

# surnames by region, weighted by repetition:
# 荣成 (胶东: 张 王 刘 孙 于 李 and the coast's 梁 郭 汤 毕 曲 邹 林 宋 姜 鞠 连 慕 袁 谷)
# 阆中 (川北: 王 张 李 陈 杨 刘 何 and 蒲 苟 敬 向 母 冉 杜 侯 任 罗 赵 冯 袁)
# 扎兰屯 (汉 王 李 张 刘 赵 孙 杨 于 高 徐; Daur 敖 郭 孟 鄂; and Mongolian names without a surname, below)
SURNAMES = {
    "rc": list("张张张王王王刘刘孙孙于于李李梁郭汤毕曲邹林宋姜鞠连慕袁谷"),
    "lz": list("王王王张张李李陈陈杨杨刘何何蒲蒲苟敬向母冉杜侯任罗赵冯袁"),
    "zl": list("王王王李李张张刘刘赵孙杨于高徐敖郭孟鄂"),
}
MONGOL = ("巴雅尔 斯琴图雅 阿拉坦 额尔敦 宝力德 朝鲁 吉日嘎拉 萨仁高娃 塔娜 孟和巴特 特木尔 哈斯 娜仁花 "
          "其木格 苏和 达来 乌云毕力格 格日勒图 敖其尔 满都拉 呼和 阿如娜 包金花 乌兰托娅 额日和木 "
          "图门 那木汗 赛罕 查干 温都苏").split()
# given names: a new list, of the classics (论语, 诗经, 大学) that parents of the 2000s chose
GIVEN2 = ("思远 致远 文博 书瑶 怀瑾 明哲 景行 知行 若谷 守正 嘉言 敬亭 静姝 婉清 佩瑜 承志 立诚 崇文 弘毅 "
          "允中 慕贤 笃行 明德 思齐 温良 恭宁 敏行 讷言 博约 乐群 信然 诚之 毓秀 蕴辉 韫玉 知微 慎思 审问 "
          "明辨 静娴 淑仪 雅言 念初 若愚 子衿 青衿 采薇 鹿鸣 尚文 修齐 致和 中和 怀德 敦礼 知新 好学 "
          "成蹊 君实 从周 立言 乐山 乐水 仁杰 思敏 清和 雅南 书韵").split()
GIVEN1 = list("谦恒朴勤敏睿")


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
        p = os.path.join(TD, d, "truth.json")
        if not os.path.isfile(p):
            continue
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    readmes = []
    for d in EARLIER:
        p = os.path.join(TD, d, "README.md")
        if os.path.isfile(p):
            cut = subprocess.run(["awk", r"/^#.*([Mm]easure|After|Result|first sweep)/{exit} {print}", p],
                                 stdout=subprocess.PIPE).stdout.decode("utf-8", "replace")
            readmes.append(cut)
    return names, "\n".join(texts), "\n".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_READMES = earlier_strings()
USED_BARE = {n.replace("·", "").replace("•", "") for n in USED_BEFORE}
TAKEN = set()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or name in USED_BARE


def draw_one(rng, region):
    if region == "zl" and rng.random() < 0.18:
        return rng.choice(MONGOL)
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = None
        name = draw_one(rng, region)
        for _ in range(40):   # the surname stays, the given name is redrawn when refused
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                break
            if name in MONGOL:
                name = rng.choice(MONGOL)
            else:
                sur = name[0]
                name = sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
        else:
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "seafood": dict(major="烹饪(中式烹调)", code="0501", course="胶东海鲜菜肴制作", task="胶东鲅鱼水饺与葱烧刺参宴席菜制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="石岛一家海景酒店承接一场四十人的渔家婚宴，主家点名要胶东鲅鱼水饺和葱烧刺参两道菜。厨师长请烹饪班学员按宴席菜单领料，完成鲅鱼去骨制馅、和面包饺，刺参涨发和葱油烧制，按出品标准装盘，并在教学餐厅请顾客品尝、填写点评卡。",
   qs=[("问题1 鲅鱼馅为什么要分次打入花椒水？", ["分次加水让鱼肉充分吸水上劲，馅料鲜嫩不散，还能去腥。", "让馅上劲，鲜嫩。", "去腥，吸水上劲。"]),
       ("问题2 刺参涨发时为什么不能沾油？", ["沾了油刺参会化皮溶烂，涨发用的盆和水都要干净无油。", "沾油会化皮。", "盆要无油。"])],
   hw=[("1. 葱烧刺参的葱油怎样熬制？", ["大葱切段，小火慢炸到金黄，葱香出来后捞出，油留着烧参。", "小火炸葱到金黄。", "葱香出来捞出。"]),
       ("2. 水饺煮制时为什么要点三次凉水？", ["点凉水让水温降下来，饺子皮和馅同时熟透，皮不破。", "皮馅同熟，不破皮。", "降低水温。"])],
   outputs=[("鲅鱼水饺", "皮薄馅大，鲜香多汁"), ("葱烧刺参", "葱香浓郁，色泽红亮"), ("渔家宴冷拼", "刀工整齐，造型美观")]),
 "kelp": dict(major="机电一体化技术", code="0127", course="食品加工生产线电气控制装调", task="海带烘干线链板输送与热风温控联动装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="荣成一家海产品加工厂的海带烘干线要在晾晒季前检修，烘干线靠链板输送海带，热风机按温度分段加热，由PLC控制输送速度和温控的联动。设备科请机电班学员按图纸连接变频器和温控仪线路，编写PLC程序，完成空载和带料联动调试并填写调试记录。",
   qs=[("问题1 为什么链板输送电机要用变频器调速？", ["海带含水多少不同，烘干时间要变，变频器可以平稳地调输送速度。", "按含水量调速度。", "调速平稳。"]),
       ("问题2 温控仪的上下限报警有什么用？", ["温度过高海带会烤焦，过低烘不干，报警后PLC自动降速或停热风。", "防止烤焦或烘不干。", "报警后降速。"])],
   hw=[("1. 变频器的加速时间设得太短会怎样？", ["启动电流过大，变频器会报过流故障跳闸。", "过流跳闸。", "启动电流大。"]),
       ("2. 联动调试前要确认哪些安全措施？", ["急停按钮有效、链板防护罩装好、热风机风道通畅、挂好调试警示牌。", "急停有效，防护罩装好。", "挂警示牌。"])],
   outputs=[("变频器参数设置记录", "上限频率45赫兹"), ("PLC输入输出分配表", "温控报警接X5"), ("联动调试记录", "三段温度稳定")]),
 "turndown": dict(major="饭店(酒店)服务", code="0504", course="民宿客房服务与管理", task="古城院落民宿客房开夜床服务与遗留物品处理",
   hours=14, station="客房服务一体化学习工作站",
   situation="阆中古城一家四合院民宿旺季客满，老板请酒店班学员协助客房部做晚间服务：按房态表领用房卡，为住客开夜床、补充客用品，退房查房时发现并登记宾客遗留物品，联系宾客确认后按程序寄还或保管。",
   qs=[("问题1 开夜床时要做哪些工作？", ["拉上窗帘，折开床罩和被角，摆好拖鞋和早餐卡，补充饮用水，打开床头灯。", "折被角，摆拖鞋。", "拉窗帘开床头灯。"]),
       ("问题2 发现宾客遗留物品怎样处理？", ["不能私自处理，当场登记物品和房号，交领班保管，并尽快联系宾客。", "登记后交领班。", "联系宾客。"])],
   hw=[("1. 房卡领用为什么要登记？", ["房卡能开客房门，登记领用人和时间，丢失或出问题能追查责任。", "能追查责任。", "防止丢失。"]),
       ("2. 贵重遗留物品怎样保管？", ["贵重物品由两人清点，封袋签名后存放保险柜，寄还时要有宾客确认。", "两人清点封袋。", "存保险柜。"])],
   outputs=[("开夜床服务记录", "十二间客房"), ("客用品补充清单", "补充矿泉水二十四瓶"), ("遗留物品登记单", "寄还两件")]),
 "vinegar": dict(major="中药", code="1301", course="醋炙类饮片炮制技术", task="醋炙延胡索饮片炮制与质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="阆中一家中药饮片厂接到医院订单，要一批醋炙延胡索。车间主任请中药班学员按炮制规范净选药材、闷润切片，用本地保宁醋拌匀闷透后文火炒干，检查饮片的性状、水分和片型，填写炮制记录和质量检查记录。",
   qs=[("问题1 延胡索为什么要用醋炙？", ["醋炙后生物碱更易溶出，能增强止痛作用。", "增强止痛。", "有效成分易溶出。"]),
       ("问题2 拌醋后为什么要闷润？", ["闷润让醋液被药材充分吸收，炒制时受热均匀，颜色一致。", "让醋吸透。", "受热均匀。"])],
   hw=[("1. 醋炙延胡索的成品有什么性状？", ["表面黄褐色，质地坚硬，略有醋香气。", "黄褐色，有醋香。", "质硬。"]),
       ("2. 文火炒制时怎样判断火候？", ["炒到药材表面干燥、颜色加深、略有焦斑，闻到醋香就出锅。", "表面干燥，有醋香。", "颜色加深出锅。"])],
   outputs=[("净选与切制记录", "片厚二至三毫米"), ("醋炙炮制记录", "每百公斤用醋二十公斤"), ("饮片质量检查记录", "水分百分之十一")]),
 "aircon": dict(major="汽车维修", code="0403", course="汽车空调系统检修", task="旅游大巴空调系统制冷不足故障诊断与排除",
   hours=16, station="汽车维修一体化学习工作站",
   situation="暑期阆中古城游客多，一家旅游客运公司的大巴反映空调出风不凉，乘客投诉。维修站主管请汽修班学员接车问诊，用歧管压力表检测高低压，检查冷凝器、膨胀阀和制冷剂量，找出故障后维修、抽真空、加注制冷剂，填写诊断报告并交车。",
   qs=[("问题1 高低压都偏低说明什么？", ["制冷剂不足，系统可能有泄漏，要先检漏再加注。", "制冷剂不足。", "可能泄漏。"]),
       ("问题2 加注制冷剂前为什么要抽真空？", ["抽走系统里的空气和水分，防止冰堵和压力异常。", "防止冰堵。", "除去空气水分。"])],
   hw=[("1. 冷凝器脏堵会出现什么现象？", ["散热不良，高压偏高，出风口温度偏高。", "高压偏高。", "制冷差。"]),
       ("2. 怎样用荧光剂检漏？", ["加入荧光剂运行空调，用紫外灯照管路接头，发亮处就是漏点。", "紫外灯照漏点。", "发亮处漏。"])],
   outputs=[("接车问诊单", "出风口温度十八度"), ("压力检测记录", "低压零点一兆帕"), ("故障诊断报告", "冷凝器脏堵并缺氟")]),
 "cane": dict(major="健康与社会照护", code="0529", course="老年人居家安全照护", task="林区独居老人冬季居家助行器具适配与行走照护",
   hours=14, station="居家照护一体化学习工作站",
   situation="扎兰屯的冬天路面结冰，林区家属区一位独居老人去年摔倒过，行走不稳。社区服务站请照护班学员上门评估老人的行走能力和居家环境，为老人选择并调好手杖或助行器，指导老人和来访家属正确使用，并陪同练习室内外行走。",
   qs=[("问题1 手杖的高度怎样调？", ["老人穿鞋站直，手臂自然下垂，手杖把手和手腕横纹一样高。", "和手腕横纹一样高。", "站直测量。"]),
       ("问题2 用手杖上下台阶要注意什么？", ["上台阶健侧先上，下台阶手杖和患侧先下，照护员站在患侧保护。", "上健下患。", "站患侧保护。"])],
   hw=[("1. 冬季外出防滑要准备什么？", ["防滑鞋、手杖防滑冰爪，避开结冰路面，尽量有人陪同。", "防滑鞋和冰爪。", "有人陪同。"]),
       ("2. 怎样检查助行器是否安全？", ["看脚垫有没有磨损，调节钮是否锁紧，四个脚是否着地平稳。", "脚垫和调节钮。", "四脚平稳。"])],
   outputs=[("行走能力评估记录", "计时起立行走十六秒"), ("助行器具适配记录", "手杖高度七十八厘米"), ("家属指导记录", "家属已会调手杖")]),
 "cctv": dict(major="计算机网络应用", code="0301", course="安防监控网络部署", task="林场管护站视频监控网络组网与远程访问配置",
   hours=18, station="网络工程一体化学习工作站",
   situation="扎兰屯的一个林场要在三个管护站装视频监控，防火季要在场部远程查看画面。信息科请网络班学员规划IP地址和VLAN，配置交换机和路由器，把摄像机接入录像机，设置远程访问和访问控制，完成测试并写组网文档。",
   qs=[("问题1 为什么要把摄像机单独划一个VLAN？", ["视频流量大，单独划分可以隔离广播，也方便做访问控制。", "隔离广播。", "方便控制。"]),
       ("问题2 远程访问为什么不直接映射录像机端口？", ["直接暴露在公网容易被攻击，用VPN接入更安全。", "用VPN更安全。", "容易被攻击。"])],
   hw=[("1. 一个二十四位掩码的网段能接多少台设备？", ["二百五十四台，去掉网络地址和广播地址。", "二百五十四台。", "去掉两个地址。"]),
       ("2. 怎样测试摄像机到录像机的连通？", ["在录像机上用ping测摄像机地址，再看通道画面是否流畅。", "用ping测试。", "看画面。"])],
   outputs=[("IP地址规划表", "三个管护站各一个网段"), ("交换机配置记录", "VLAN二十接摄像机"), ("远程访问测试记录", "延迟八十毫秒")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="荣成市石岛湾技工学校", pack="dir", region="rc", course="seafood", cls="烹饪2401班", size=38, seed=11,
         sidp="24630501", students=["汤思远", "毕静姝", "连嘉言"], outsiders={"连嘉言": "烹饪2402班"}, out_sidp="24630502",
         extra_class=["于明德"], bad={"于明德": "sum"}, others_named=["慕长海", "林秀英", "郭建国", "宋桂香"],
         teachers=["汤玉峰", "梁玉芹"], form_count="38人",
         f8="chef_blank", f10="hand_grid", f11="tasting_cards", f12="name_line_photo",
         findings=[("students.not_in_class", 8, True, "连嘉言"), ("records.invalid_score", 10, False, "于明德")],
         comment="连嘉言 of the parallel class 烹饪2402班 (his class and 学号 2463050217 on his scanned worksheet, his typed tasting "
                 "cards and photographed homework) is the third student of 8/11/12; item 10 (38 rows = form `38人`) has no record "
                 "of him: students.not_in_class. Item 10 (scanned 200 dpi gray): printed names, SCORES WRITTEN BY HAND; 于明德's "
                 "总分 is 6 above the sum of his parts: records.invalid_score. Item 8 (250 gray, a SCORCH mark at the foot): "
                 "`姓名：＿ 班级：＿ 学号：＿` by hand, the hotel's head chef 慕长海 as 企业导师. Item 11: typed tasting cards, three "
                 "customers named (林秀英, 郭建国, 宋桂香; not students). No roster"),
    dict(school="荣成市石岛湾技工学校", pack="dir", region="rc", course="kelp", cls="机电2402班", size=40, seed=12,
         sidp="24630127", students=["孙知行", "邹婉清", "宋弘毅"], others_named=["鞠永胜", "谷春生"],
         teachers=["邹振华", "姜立华"], form_count="40人", roster="access_list", headteacher="刘红梅",
         f8="preview_slip", f10="bonus", f11="commission_master", f12="hand_page",
         findings=[],
         comment="clean. The roster is a 实训室门禁授权名单 (40, the lab keeper 谷春生 named) = form `40人` = 40 rows. Item 10 (TYPED) "
                 "has an 附加分 column explained on the page (skills-contest bonus; 总分 = parts + 附加分, four rows). Item 8 (200 "
                 "gray, sheets CUT CROOKED): a 课前预习单 with a cut-off 回执 at the foot: the student's name only there, signed "
                 "by hand. Item 11: typed commissioning records with the plant's master 鞠永胜 as 企业师傅 (not a student)"),
    dict(school="阆中市锦屏技工学校", pack="gbkzip", region="lz", course="turndown", cls="酒店2401班", size=36, seed=21,
         sidp="2451050401", students=["蒲书瑶", "敬文博", "苟采薇"], items={12: ["蒲书瑶", "敬文博"]},
         extra_class=["杜景行"], bad={"杜景行": "over"}, others_named=["何玉珍", "陈家栋", "周晓梅", "林建功"],
         teachers=["杨文清", "罗春燕"], form_count="36名学生",
         f8="roomcard", f10="footnote_max", f11="lost_found", f12="photo_plain",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "杜景行")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos) holds the homework of only 蒲书瑶 and 敬文博 (苟采薇's is missing; 8 and 11 hold the three): "
                 "students.count on 12; students.mismatch optional. Item 10 (TYPED): no maxima in the head, they stand in a "
                 "FOOTNOTE under the table (`注：各项满分依次为…`); 杜景行 has 28 under 开夜床 (max 25), 总分 the sum: "
                 "records.invalid_score. Item 8 (colour scan): a 房卡领用登记 box at the top, the student as 领用人, the 客房领班 "
                 "何玉珍 as 发放人. Item 11: typed 遗留物品登记单, guests named (陈家栋, 周晓梅, 林建功). No roster"),
    dict(school="阆中市锦屏技工学校", pack="gbkzip", region="lz", course="vinegar", cls="中药2401班", size=41, seed=22,
         sidp="2451130101", students=["母若愚", "冉子衿", "袁佩瑜"], extra_class=["向慎思"], absent_from_10=["向慎思"],
         others_named=["赵国华"], teachers=["苟德明", "何淑芬"], form_count="41", roster="attendance_rate", headteacher="敬秋菊",
         f8="header_table", f10="mono_grade", f11="processing", f12="herb_cards",
         findings=[("records.missing_student", 10, False, "向慎思"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单（出勤统计）, `序号 学号 姓名 应出勤 实出勤 出勤率`, 41) and the form (`学生人数 | 41`) hold "
                 "向慎思; item 10 (1-BIT scan, 300 dpi) has 40 rows and none for him: records.missing_student and "
                 "records.count_mismatch. Item 8 (200 gray, sheets cut crooked): head row `班级 姓名 学号 日期`. Item 11: typed "
                 "炮制记录, the plant's QA 赵国华 named. Item 12: 药材识别卡 homework, colour scan"),
    dict(school="阆中市锦屏技工学校", pack="gbkzip", region="lz", course="aircon", cls="汽修2402班", size=42, seed=23,
         sidp="2451040302", students=["罗致远", "侯崇文", "任怀瑾"], items={11: ["罗致远", "侯崇文", "陈信然"]},
         extra_class=["陈信然", "向立诚", "冯允中"], absent_from_10=["冯允中"], bad={"向立诚": "sum"}, others_named=["蒲德全"],
         teachers=["蒲光荣", "李红军"], form_count="42名学生",
         f8="plain_line", f10="criteria", f11="diag_report", f12="scorch_photo",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "向立诚")],
         comment="item 11 (TYPED diagnosis reports, `维修技师` the student, the bus driver 蒲德全 named) holds the work of 罗致远, 侯崇文 "
                 "and classmate 陈信然 (with an item-10 record) instead of 任怀瑾's (8 and 12 hold the three): students.mismatch. "
                 "Item 10 (TYPED, landscape) is a 评分细则 register: four parts split into nine criteria, a third head row "
                 "`细则分值` with the maxima; it lists 41, the form says `42名学生` (冯允中 has no record; no roster): "
                 "records.count_mismatch. 向立诚's 总分 is 5 above the sum of his nine criteria: records.invalid_score. "
                 "Item 12: phone photos, a scorch mark on the first and third"),
    dict(school="扎兰屯市雅鲁河技工学校", pack="zip", region="zl", course="cane", cls="照护2401班", size=37, seed=31,
         sidp="24150529", students=["巴音孟和", "孟笃行", "高念初"], extra_class=["鄂知新", "王雅南"],
         others_named=["吴桂珍", "吴永福"], teachers=["赵春兰", "敖淑华"], form_count="照护2401班全体学生共37人",
         roster="photo_list", headteacher="于春艳",
         f8="client_line", f10="weighted_fix", f11="cane_fit", f12="photo_plain2",
         findings=[],
         comment="clean. The roster is a 学生证件照采集名单 (37) = form `授课对象 | 照护2401班全体学生共37人` = 37 rows. One of the three "
                 "is 巴音孟和, a Mongolian name without a surname (four characters). Item 10 (scanned 250 gray): 总评 = 过程×40% + "
                 "结果×60% (explained on the page; no sum); two 总评 were crossed out by hand and rewritten in red beside them "
                 "(鄂知新, 王雅南), the rewritten value is the right one, initialled; legal. The elder 吴桂珍 and her son 吴永福 are "
                 "named on items 8 and 11 (not students)"),
    dict(school="扎兰屯市雅鲁河技工学校", pack="zip", region="zl", course="cctv", cls="网络2401班", size=39, seed=32,
         sidp="24150301", students=["敖敏行", "徐仁杰", "特木尔"], items={8: ["敖敏行", "徐仁杰", "特木尔", "杨清和"]},
         extra_class=["杨清和", "李成蹊"], bad={"李成蹊": "over"}, others_named=["鄂长青"],
         teachers=["高振林", "包文华"], form_count="39",
         f8="corner_box", f10="rank_sorted", f11="ip_plan", f12="cli_shots",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "李成蹊")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-bit scan, 200 dpi) holds FOUR worksheets: the three and classmate 杨清和 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. Item 10 (scanned 200 gray, cut crooked) is sorted by 总分 with a "
                 "名次 column (学号 not in order); 李成蹊 has 29 under `路由配置（25分）`, 总分 the sum: records.invalid_score. "
                 "One of the three is 特木尔, a Mongolian name of three characters without a surname. Item 11: typed IP地址规划表 "
                 "naming the station head 鄂长青. No roster"),
]

PROVINCE = {1: "山东省威海市荣成市", 2: "四川省南充市阆中市", 3: "内蒙古自治区呼伦贝尔市扎兰屯市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 荣成: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 阆中: "8．工作页.pdf" (a full-width dot)
        return "%d．%s.pdf" % (n, NAMES[n])
    return "%d、%s（%s）.pdf" % (n, NAMES[n], s["cls"])   # 扎兰屯: "8、工作页（照护2401班）.pdf"


def form_name(s, c):
    return {1: ("石岛湾技校-%s-申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("工学一体化优质课堂申报书（%s）.pdf" % c["task"][:8], "pdf"),
            3: ("附件2：申报书.docx", "docx")}[grp(s)]


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
    if g == 1:   # 荣成: four columns, two label/value pairs a row
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("学　　时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 阆中: 学生人数 as "36名学生" or a bare number
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 扎兰屯: the size inside a sentence in 授课对象
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", s["form_count"]), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
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
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


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
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "chef_blank":   # name/class/number on blanks; the hotel's head chef as 企业导师
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = (title + head + '<p>企业导师：%s（石岛海景酒店厨师长）　　任课教师：%s</p>' % (s["others_named"][0], t[0])
                    + sit + answers(c, rng, i) + comment)
        elif f == "preview_slip":   # a 课前预习单 and a cut-off 回执 at the foot: the name only there
            prev = tbl([[("<b>课前预习单</b>", ' colspan="2"')], ["预习内容", "变频器面板操作、温控仪接线图、PLC顺序控制指令"],
                        ["预习方式", "观看微课两段（共18分钟），阅读设备说明书第3、5章"]], width="100%", pad="3px 4px")
            slip = ('<p style="text-align:center;color:#555">- - - - - - - - - - - - ✂ - - - - - - - 沿此线剪下交回 - - - - - - - ✂ - - - - - - - - - - - -</p>'
                    '<p><b>回　执</b>　　本人已完成本任务课前预习，并按要求完成工作页。</p>'
                    '<p>学生签名：%s　　班级：%s　　学号：%s　　%s</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True), hand(day(s, i)[5:], True)))
            body = title + prev + sit + answers(c, rng, i) + comment + slip
        elif f == "roomcard":   # a 房卡领用登记 box at the top: the student as 领用人, the floor supervisor as 发放人
            box = tbl([[("<b>房卡领用登记</b>", ' colspan="6"')],
                       ["房　号", hand("%d0%d—%d0%d" % (2 + i, 1, 2 + i, 6), True), "数　量", hand("6张", True), "领用时间", hand("18:%02d" % (30 + 5 * i), True)],
                       ["领用人", hand(n, True), "发放人", hand(s["others_named"][0], True, BLACK), "归还时间", hand("21:%02d" % (10 + 7 * i), True)]],
                      width="100%", pad="3px 4px")
            body = box + title + '<p>班级：%s　　学号：%s　　指导教师：%s</p>' % (cl, hand(sid, True), t[0]) + sit + answers(c, rng, i) + comment
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 日期
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid[-2:], True), "日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "client_line":   # name line and the elder served
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>服务对象：%s（79岁，独居，去年冬天摔倒过）　　家属：%s（儿子）</p>' % tuple(s["others_named"][:2])
                    + sit + answers(c, rng, i) + comment)
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="44%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　指导教师：%s　　%s</p>' % (cl, t[0], day(s, i)) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": []}, ensure_ascii=False, indent=1))
    meth = {"chef_blank": "x-scanpdf:250:scorch", "preview_slip": "x-scanpdf:200:trim", "roomcard": "x-scanpdf:200:color",
            "header_table": "x-scanpdf:200:trim", "plain_line": "x-scanpdf:250", "client_line": "x-scanpdf:200",
            "corner_box": "x-scanpdf:200:mono"}[f]
    font = {"preview_slip": "Noto Sans CJK SC", "roomcard": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


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
    return "优秀" if x >= 90 else "良好" if x >= 80 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "hand_grid":   # a printed grid, the scores written in by hand
        parts = [("刀工", 20), ("火候", 30), ("调味", 25), ("装盘", 15), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [hand(x, size="11pt") for x in v] + [hand(tot, size="11pt")], "0px 3px"))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200"
    if f == "bonus":   # an 附加分 column explained on the page
        parts = [("线路连接", 30), ("PLC编程", 30), ("联动调试", 30), ("安全文明", 10)]
        bonus = {3: (5, "市技能大赛一等奖"), 14: (3, "市技能大赛二等奖"), 22: (3, "市技能大赛二等奖"), 33: (2, "校技能节一等奖")}
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["附加分", "总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b, note = bonus.get(k, (0, ""))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b), note], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：附加分为本学期参加技能竞赛获奖的加分（市赛一等奖5分、二等奖3分，校技能节一等奖2分）；总分＝四项成绩之和＋附加分，总分最高不超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "footnote_max":   # no maxima in the head; they stand in a footnote under the table
        parts = [("仪容仪表", 10), ("铺床整理", 30), ("开夜床", 25), ("物品补充", 15), ("服务沟通", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 28
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>注：各项满分依次为仪容仪表10分、铺床整理30分、开夜床25分、物品补充15分、服务沟通20分，合计100分。</p>" + sign)
        return "10.html", html(body, "9.5pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "mono_grade":   # maxima in the head, an 等级 column; printed, 1-bit scan
        parts = [("净选", 15), ("切制", 20), ("醋炙", 35), ("质量检查", 20), ("清场", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:300:mono"
    if f == "criteria":   # 评分细则: four parts over nine criteria, a third head row with the criteria's maxima; landscape
        groups = [("接车问诊（15分）", [("问诊记录", 8), ("环车检查", 7)]),
                  ("故障检测（40分）", [("仪器使用", 15), ("数据分析", 15), ("故障定位", 10)]),
                  ("维修作业（30分）", [("拆装规范", 15), ("修复质量", 15)]),
                  ("安全与5S（15分）", [("工具归位", 8), ("安全防护", 7)])]
        crit = [x for _, g in groups for x in g]
        h1 = "<tr>%s%s%s</tr>" % ("".join(td("<b>%s</b>" % x, ' align="center" rowspan="3"', pad) for x in ["序号", "学号", "姓名"]),
                                  "".join(td("<b>%s</b>" % gname, ' align="center" colspan="%d"' % len(g), pad) for gname, g in groups),
                                  td("<b>总分</b>", ' align="center" rowspan="3"', pad))
        h2 = trow(["<b>%s</b>" % x for x, _ in crit], pad)
        h3 = trow(["细则分值 %d" % m for _, m in crit], pad)
        out = [h1, h2, h3]
        for k, n in enumerate(rec):
            v = part_scores(rng, crit, 0.6, 1.0)
            tot = sum(v) + (5 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核评分记录（评分细则）") + table(out) +
                "<p>说明：各细则按评分标准逐项扣分，总分为九项细则得分之和。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.2cm"), "pdf"
    if f == "weighted_fix":   # weighted 总评, two 总评 crossed out and rewritten by hand
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "过程考核<br/>(百分制)", "结果考核<br/>(百分制)", "总评<br/>(过程×40%＋结果×60%)", "备注"]], pad)]
        fixed = s.get("extra_class", [])
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 96), rng.randint(62, 97)
            tot = round(0.4 * a + 0.6 * b, 1)
            if n in fixed:
                wrong = round(tot - rng.choice([4.2, 6.0, -3.6]), 1)
                cell = ('<span style="text-decoration:line-through">%.1f</span>　%s' % (wrong, hand("%.1f" % tot, ink="#c0251a", size="12pt")))
                note = hand("改 %s" % t[0][0], ink="#c0251a", size="11pt")
            else:
                cell, note = "%.1f" % tot, ""
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), cell, note], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>注：总评＝过程考核×40%＋结果考核×60%，保留一位小数；登记有误处已由考核教师划改并签名。</p>" + sign)
        return "10.html", html(body, "9.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250"
    if f == "rank_sorted":   # sorted by 总分, a 名次 column; 学号 not in order
        parts = [("拓扑设计", 15), ("VLAN划分", 20), ("路由配置", 25), ("远程访问", 20), ("测试文档", 20)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 29
            rows.append((sum(v), n, v))
        rows.sort(key=lambda r: (-r[0], sid_of(s, r[1])))
        out = [trow(["<b>%s</b>" % x for x in ["名次", "学号", "姓名"] + ["%s（%d分）" % p for p in parts] + ["总分"]], pad)]
        rank = 0
        for k, (tot, n, v) in enumerate(rows):
            if k == 0 or tot != rows[k - 1][0]:
                rank = k + 1
            out.append(trow([str(rank), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩（按总分排序）") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:trim"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    on = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "tasting_cards":   # a tasting card per dish: 出品人 and a customer
                parts.append('<h3 style="text-align:center">教学餐厅顾客点评卡</h3>' +
                             tbl([["菜　品", title, "出品人", "%s（%s）" % (n, cl)], ["品尝日期", day(s, 30 + i), "桌　号", "%d号桌" % (3 + j)],
                                  ["顾　客", on[1 + j], "评　分", "%d分" % (86 + (i * 3 + j * 5) % 12)],
                                  ["顾客意见", (desc + "，分量合适。", ' colspan="3" align="left"')]], width="88%") +
                             "<p>厨师长：%s　　　　任课教师：%s</p>" % (on[0], t[j % 2]))
            elif f == "commission_master":   # a commissioning record: 调试人 and the plant's master
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　企业师傅：%s（海产加工厂设备科）</p>' % (title, n, cl, on[0]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["链板速度", "1.2 m/min", "%.2f m/min" % (1.18 + 0.01 * i), "合格"],
                                  ["一段温度", "65 ℃", "%d ℃" % (64 + j), "合格"], ["二段温度", "55 ℃", "%d ℃" % (55 + i % 2), "合格"]], width="80%") +
                             "<p>%s。　记录：%s</p>" % (desc, t[j % 2]))
            elif f == "lost_found":   # a lost-property register: the guest named, the student found it
                parts.append('<h3 style="text-align:center">宾客遗留物品登记单</h3>' +
                             tbl([["登记编号", "YL-2024-%03d" % (41 + 3 * i + j), "房　号", "%d0%d" % (2 + j, 2 + i)],
                                  ["宾客姓名", on[1 + j], "离店时间", "%s 11:%02d" % (day(s, 30 + i)[5:], 20 + 9 * j)],
                                  ["物品名称", ["充电宝一个", "儿童水杯一个", "老花镜一副"][j], "存放位置", "客房部保管柜"],
                                  ["拾获人", "%s（%s）" % (n, cl), "经手领班", on[0]],
                                  ["处理结果", ("电话联系宾客，已按宾客要求快递寄还。" if j != 1 else "宾客来电确认，次日到店自取。", ' colspan="3" align="left"')]],
                                 width="90%") + "<p>%s　　指导教师：%s</p>" % (title + "：" + desc, t[j % 2]))
            elif f == "processing":   # a processing record: 操作人, 复核人, QA
                parts.append('<h3>%s</h3>' % title + tbl([["操作人", n, "班级", cl], ["复核人", t[j % 2], "质量员", on[0]],
                                                          ["工序", "参数", "实测", "结论"], ["闷润", "2小时", "%d小时" % (2 + (i + j) % 2), "合格"],
                                                          ["炒制", "文火", "%d分钟" % (12 + i + j), "合格"]], width="90%") + "<p>备注：%s</p>" % desc)
            elif f == "diag_report":   # a diagnosis report: 维修技师 and the bus driver
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车　型", "旅游大巴（45座）", "车牌号", "川R·3%04d" % (512 + 7 * j)], ["送修人", "%s（驾驶员）" % on[0], "维修技师", "%s（%s）" % (n, cl)],
                                  ["检测项目", "标准值", "实测", "结论"], ["低压", "0.15–0.25 MPa", "0.1%d MPa" % (j), "偏低"],
                                  ["高压", "1.3–1.6 MPa", "1.%d MPa" % (7 + j % 2), "偏高"]], width="92%") + "<p>结论：%s。　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "cane_fit":   # a walking-aid fitting record: the elder, her son, 适配人
                parts.append('<h3>%s</h3>' % title + tbl([["服务对象", on[0], "年龄", "79岁"], ["家属", "%s（儿子）" % on[1], "日期", day(s, 30 + i)],
                                                          ["适配人", n, "班级", cl], ["项目", "测量", "调整", "结论"],
                                                          ["手杖高度", "腕横纹高%d厘米" % (77 + j), "调至第%d孔" % (5 + j), "合适"]], width="90%") + "<p>小结：%s</p>" % desc)
            elif f == "ip_plan":   # an IP address plan: 规划人, the station head named
                parts.append('<h3>%s　　规划人：%s（%s）</h3>' % (title, n, cl) +
                             tbl([["站点", "VLAN", "网段", "网关", "用途"], ["场部", "10", "10.%d.10.0/24" % (20 + i), "10.%d.10.254" % (20 + i), "办公、录像机"],
                                  ["一号管护站", "20", "10.%d.20.0/24" % (20 + i), "10.%d.20.254" % (20 + i), "摄像机"],
                                  ["二号管护站", "30", "10.%d.30.0/24" % (20 + i), "10.%d.30.254" % (20 + i), "摄像机"]], width="94%") +
                             "<p>%s。管护站联系人：%s（站长）　　审核：%s</p>" % (desc, on[0], t[j % 2]))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "cli_shots":   # printed screenshots of the device's command line, answers by hand
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            shot = ('<table width="92%%" style="border-collapse:collapse"><tr><td style="background:#1e1e1e;color:#e8e8e8;font-family:\'DejaVu Sans Mono\';font-size:8.5pt;padding:6px">'
                    '&lt;SW-ZD%d&gt;display vlan brief<br/>VLAN ID  Name        Status<br/>10       office      active<br/>20       camera      active<br/>30       camera2     active<br/>'
                    '&lt;SW-ZD%d&gt;ping 10.2%d.20.1%d<br/>Reply from 10.2%d.20.1%d: bytes=56 time=2 ms<br/>Reply from 10.2%d.20.1%d: bytes=56 time=1 ms</td></tr></table>'
                    % (i + 1, i + 1, i, i, i, i, i, i))
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
            pages.append('<h3 style="text-align:center">课后作业：交换机VLAN配置与连通测试</h3><p>班级：%s　　姓名：%s　　学号：%s</p>'
                         % (hand(cl, True), hand(n), hand(sid[-2:], True)) + "<p>一、配置截图（打印粘贴）</p>" + shot + "<p>二、回答问题</p>" + qa +
                         '<p>批阅：%s　%s</p>' % (t[0], hand(day(s, 20 + i)[5:], True, ink="#c0251a")))
        return "12.html", html(PB.join(pages), font="Noto Sans CJK SC"), "x-scanpdf:200"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_page":
            head = ["课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_plain":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, n, sid)]
        elif f == "photo_plain2":
            head = ["%s　课后练习" % c["course"], "姓名 %s　班级 %s" % (n, cl)]
        elif f == "scorch_photo":
            head = ["课后作业（汽车空调）", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f == "herb_cards":   # herb identification cards
            head = ["药材识别卡（课后作业）", "> 姓名：%s　　班级：%s" % (n, cl), "",
                    "【卡片一】药材名称：延胡索　　来源：罂粟科植物延胡索的干燥块茎",
                    "> 性状：不规则扁球形，表面黄色或黄褐色，断面有蜡样光泽。",
                    "【卡片二】药材名称：醋延胡索　　炮制：醋炙",
                    "> 性状：表面黄褐色，质坚硬，略有醋香气。"]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:1", "hand_page": "x-scan:200:3:color", "photo_plain": "x-photo:200:2",
            "photo_plain2": "x-photo:200:4", "scorch_photo": "x-photo:200:1:scorch", "herb_cards": "x-scan:250:4:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    rr = random.Random(s["seed"] * 99)
    if r == "access_list":   # a lab access-card authorisation list
        rows = [["序号", "学号", "姓名", "门禁卡号", "授权区域", "授权时段"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "%08X" % rr.randint(0x10000000, 0xFFFFFFFF), "机电实训楼二层", "周一至周五 8:00–18:00"])
        body = ('<h2 style="text-align:center">%s实训室门禁授权名单</h2><p style="text-align:center">%s　%s</p>' % (s["cls"], s["school"], "2024—2025学年第一学期") +
                tbl(rows, width="96%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　实训室管理员：%s　　合计：%d人</p>" % (s["headteacher"], s["others_named"][1], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（实训室门禁授权）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "attendance_rate":   # an attendance statistics list
        rows = [["序号", "学号", "姓名", "应出勤（课时）", "实出勤（课时）", "出勤率"]]
        for j, n in enumerate(k):
            a = 96 - rr.choice([0, 0, 0, 0, 2, 2, 4, 6])
            rows.append([str(j + 1), sid_of(s, n), n, "96", str(a), "%.1f%%" % (100.0 * a / 96)])
        body = ('<h2 style="text-align:center">%s学生名单（出勤统计）</h2><p style="text-align:center">%s　统计时段：2024年9月2日—12月27日</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="92%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　共%d人　　　教务科制表</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（出勤统计）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "photo_list":   # an ID-photo collection list
        rows = [["序号", "学号", "姓名", "性别", "民族", "照片编号", "已拍摄"]]
        for j, n in enumerate(k):
            mz = "蒙古族" if n in MONGOL else "达斡尔族" if n[0] in "敖鄂" else "汉族"
            rows.append([str(j + 1), sid_of(s, n), n, rr.choice(["男", "女"]), mz, "ZP%s%02d" % (s["sidp"][-4:], j + 1), "√"])
        body = ('<h2 style="text-align:center">%s学生证件照采集名单</h2><p style="text-align:center">%s　（学籍电子注册用）</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="92%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　　合计：%d人　　　采集日期：2024年10月15日</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生证件照采集名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Seventieth held-out people corpus (testdata/heldout70), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others if used(n)]
    if bad:
        raise SystemExit("stand in an earlier corpus: rename %s" % " ".join(bad))
    for s in SUBS:
        c = C[s["course"]]
        for w in (c["task"], c["course"], s["school"], s["school"][3:7]):
            if w in EARLIER_TEXT or w in EARLIER_READMES:
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
        rng = random.Random(s["seed"] * 7919 + 70)
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
                                  (12, item12(s, c, items[12], d))):
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
        fct = {1: "班级人数 | %s", 2: "学生人数 | %s", 3: "授课对象 | %s"}[grp(s)] % s["form_count"]
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
            "notes": {}, "corrections": {n: "总评 crossed out and rewritten by hand; the rewritten value is right"
                                         for n in (s.get("extra_class", []) if s["f10"] == "weighted_fix" else [])},
            "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
