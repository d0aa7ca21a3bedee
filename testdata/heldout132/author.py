#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirty-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 揭西县
(Guangdong, 揭阳), 庆元县 (Zhejiang, 丽水) and 长汀县 (Fujian, 龙岩).
heldout131, written at the same time, is not read.

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
# the truth files read for names, tasks and courses to avoid (heldout131 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 131)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 揭西 (Hakka and Chaoshan families: 刘 黄 张 李 陈 彭 蔡 谢 钟 曾
# 罗 温 卓 ...), 庆元 (浙西南 mountain families: 吴 叶 周 陈 胡 季 姚 毛 范 练 ...), 长汀 (闽西 Hakka: 刘 黄 李 张
# 钟 曾 邱 赖 廖 罗 涂 戴 ...)
SURNAMES = {
    "jx": list("刘刘刘黄黄黄张张李李陈陈彭彭蔡谢钟曾罗温杨林魏卓邱"),
    "qy": list("吴吴吴叶叶叶周周陈陈胡胡季姚毛范刘练王李张杨徐"),
    "ct": list("刘刘刘黄黄李李张张钟钟曾曾邱赖廖罗涂戴范王陈吴"),
}
# given names: a new list of everyday names of students born around 2007-2008
GIVEN2 = ("梓轩 浩然 雨涵 子涵 欣怡 诗涵 宇轩 俊杰 嘉豪 思彤 梓晴 晨曦 佳豪 文轩 一帆 宇辰 雨彤 芷若 语涵 婧琪 "
          "可欣 梓睿 泽宇 皓宇 俊宇 子昂 浩轩 天宇 梓航 宇恒 嘉俊 晓东 文涛 锦涛 雅琪 婉婷 紫涵 欣妍 雨晴 诗婷 "
          "梦婷 晓琳 佳欣 慧敏 秀婷 炜杰 伟鸿 志鹏 俊鹏 锦鸿 嘉伟 泽鑫 家骏 卓凡 达豪 沛霖 柏林 国豪 晓锋 浩斌 "
          "永健 炳坤 振鹏 梓杰 映彤 雪莹 淑婷 咏琪 凯琳 若琳 乐瑶 子悦 安然 铭轩 昱辰 宸宇 睿哲 言希 彦霖 奕霖 "
          "楷瑞 锐锋 鸿涛 宏亮 建辉 金龙 钰婷 晓丹 佳玲 琳琳 雅雯 舒婷 巧玲 美玲 秋萍 紫薇 梓琳 怡婷 思颖 嘉欣 "
          "晓静 丹妮 泓锦 俊彦 翊鸣 逸飞 凌峰 宇飞 毅然 博宇 承宇 俊霖 思聪 家辉 家铭 建锋 鑫涛 培鑫 宗霖 灿辉 "
          "镇宇 海滨 伟豪 耀文 景豪 楚瑜 泳琪 芊芊 蔓菁 子晴 晴川 一凡 少华 楠楠 可晴 诗颖 妍希 锐杰 泽霖 炜彤").split()
GIVEN1 = list("彬琪敏斌杰涛丹颖")


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
            continue   # written at the same time, not yet there
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
 "leicha": dict(major="电子商务", code="0603", course="地方特产网店内容运营", task="河婆擂茶冲泡礼盒公众号推文策划与直播复购回访",
   hours=16, station="电商内容运营一体化学习工作站",
   situation="揭西河婆镇一家擂茶作坊做了两款冲泡礼盒，想在清明前后借助微信公众号和直播卖给在外打工的揭西乡亲。作坊负责人请电商班学员梳理卖点，撰写两篇公众号推文，策划一场六十分钟的直播，直播后对下单顾客做复购回访，并整理一份回访记录。",
   qs=[("问题1 擂茶礼盒的推文为什么要从“家乡味道”写起？", ["买家多是在外打工的揭西人，先写小时候喝擂茶的记忆，才容易引起共鸣，再讲冲泡方便。", "买家多是在外的乡亲，先讲记忆再讲方便。", "容易引起共鸣。"]),
       ("问题2 直播里怎样演示冲泡？", ["准备热水和大碗，先倒擂茶粉，再冲开水搅匀，加炒米和花生，镜头对准碗口。", "热水冲开搅匀，加炒米花生。", "镜头对准碗口。"])],
   hw=[("1. 复购回访先问什么？", ["先问收到的礼盒有没有破损、味道合不合口，再介绍新口味，不要一开口就推销。", "先问有无破损、口味如何。", "不要一开口就推销。"]),
       ("2. 推文标题怎样写才有人点？", ["标题里写清地名和场景，比如“在外的河婆人，这碗擂茶给你留着”，字数不超过二十。", "写清地名和场景。", "不超过二十字。"])],
   outputs=[("公众号推文（第一篇）", "阅读量一千八百，转发二百一十次。"), ("直播复购回访记录", "回访四十二位顾客，复购十一单。")]),
 "meatball": dict(major="烹饪(中式烹调)", code="0501", course="客家风味菜制作", task="客家围屋喜宴牛肉丸手打与酿豆腐出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="揭西一户人家在老围屋里办喜宴，请镇上的酒家承办二十围酒席，菜单上有手打牛肉丸汤和客家酿豆腐两道必上的菜。酒家的掌勺师傅请烹饪班学员跟灶，按标准完成选料、手打起胶、酿制和出品，控制上菜节奏，做好出品记录和成本核算。",
   qs=[("问题1 牛肉丸为什么要用铁棒手打？", ["铁棒反复捶打把肉纤维打散、打出胶质，肉浆才会起胶，煮出来的丸子弹牙。", "打出胶质，丸子弹牙。", "把肉纤维打散。"]),
       ("问题2 酿豆腐的肉馅为什么要加咸鱼末？", ["咸鱼末提鲜增香，是客家酿豆腐的老做法，用量要少，不能盖过豆腐的豆香。", "提鲜增香，用量要少。", "老做法，不能盖过豆香。"])],
   hw=[("1. 肉浆起胶后怎样挤丸子？", ["左手抓肉浆从虎口挤出，右手用汤匙刮下，放进七八十度的温水里定型。", "虎口挤出，汤匙刮下。", "放温水里定型。"]),
       ("2. 二十围酒席怎样安排上菜？", ["按席位分四批出品，每批五围，前一批上完再出下一批，汤菜最后保温出。", "分四批出品。", "汤菜最后保温出。"])],
   outputs=[("喜宴牛肉丸汤出品记录", "二十围，每围一大碗，丸子四十颗。"), ("酿豆腐出品记录", "每围十二块，煎至两面金黄。")]),
 "dryer": dict(major="机电一体化技术", code="0127", course="小型自动化设备装调", task="香菇烘干机热风循环温控系统PLC装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="庆元一家香菇合作社的热风循环烘干机用了八年，温控器经常失灵，一炉香菇烤焦了半车。合作社请学校机电专业帮忙改造：机电班学员按图纸安装PLC控制柜，接好温度传感器、风机和电加热器，编写分段升温程序，调试后交给合作社试烘一炉，并做好装调记录。",
   qs=[("问题1 为什么要分段升温，不能一下子升到六十度？", ["鲜菇含水多，一开始温度太高表面会结壳，里面的水出不来，要从三十五度慢慢升。", "表面会结壳，水出不来。", "从三十五度慢慢升。"]),
       ("问题2 风机和电加热器为什么要联锁？", ["风机不转时加热器通电会局部过热起火，所以程序里加热器必须在风机运行后才能启动。", "防止局部过热起火。", "风机先启动。"])],
   hw=[("1. 温度传感器装在什么位置？", ["装在烘干室中部回风口附近，离加热器远一点，测到的才是香菇周围的温度。", "中部回风口附近。", "离加热器远一点。"]),
       ("2. 试烘时要记录哪些数据？", ["每半小时记一次温度、湿度和风机电流，出炉后称干菇重量，算出折干率。", "温度、湿度、风机电流。", "算出折干率。"])],
   outputs=[("控制柜铭牌与装调记录", "分五段升温，最高六十度。"), ("试烘数据记录表", "折干率百分之十一。")]),
 "homecare": dict(major="健康与社会照护", code="0529", course="居家照护服务", task="山区独居老人居家跌倒风险评估与防护指导",
   hours=16, station="照护服务一体化学习工作站",
   situation="庆元山区不少老人独自住在老屋里，子女在外打工。镇卫生院和社区请照护班学员在老师带领下上门，为独居老人做居家跌倒风险评估，画出住房平面草图，找出门槛、楼梯、灶间和厕所的隐患，提出改造建议，教老人起身和行走的防跌方法，并填写上门服务记录。",
   qs=[("问题1 评估时为什么要画住房平面草图？", ["把卧室、灶间、厕所和门槛的位置画出来，夜里起身的路线一看就清楚，隐患标在图上。", "路线一看就清楚。", "隐患标在图上。"]),
       ("问题2 老人起床时怎样防止跌倒？", ["醒来后先躺半分钟，再坐半分钟，两脚着地站半分钟，再慢慢走。", "三个半分钟。", "先坐后站，慢慢走。"])],
   hw=[("1. 老屋的哪些地方最容易跌倒？", ["木门槛、没有扶手的楼梯、潮湿的灶间地面和蹲厕。", "门槛和楼梯。", "灶间和厕所。"]),
       ("2. 给子女的改造建议怎样写？", ["先写最危险的一两处，说明改造办法和大概花费，比如厕所装扶手、门槛贴反光条。", "先写最危险的地方。", "写清办法和花费。"])],
   outputs=[("上门服务记录", "评估得分十四分，属高风险。"), ("居家改造建议书", "建议装扶手三处、夜灯两盏。")]),
 "bnb": dict(major="饭店(酒店)服务", code="0504", course="民宿前厅与客房服务", task="廊桥古村民宿旺季入住接待与退房查房",
   hours=16, station="酒店服务一体化学习工作站",
   situation="暑假里到庆元看廊桥的游客多，一家古村民宿十二间客房天天订满，老板忙不过来。民宿请酒店班学员轮班做前台和客房：接听预订、核对身份证入住登记、介绍廊桥游览线路，退房时查房、核对消费、处理遗留物品，并填写入住接待记录。",
   qs=[("问题1 入住登记为什么每位客人都要核对身份证？", ["按规定每位入住客人都要实名登记，同行的家属也要登记，不能只登一个人。", "规定要实名登记。", "同行家属也要登记。"]),
       ("问题2 查房时发现客人遗留物品怎么办？", ["拍照登记，交前台保管，马上电话联系客人，约好邮寄或来取。", "拍照登记交前台。", "电话联系客人。"])],
   hw=[("1. 怎样向客人介绍廊桥游览线路？", ["按距离由近到远，先看村口的廊桥，再坐车去远一点的，说清开放时间和路况。", "由近到远。", "说清开放时间。"]),
       ("2. 退房时客人说没用迷你吧怎么处理？", ["先礼貌说明查房结果，请客人一起核对，确实没用就撤销，不和客人争执。", "一起核对。", "不和客人争执。"])],
   outputs=[("入住接待记录", "当日入住十一间，接待客人二十六位。"), ("退房查房记录", "遗留物品一件，已邮寄。")]),
 "insulation": dict(major="新能源汽车检测与维修", code="0435", course="动力电池系统检修", task="纯电动城配物流车动力电池包绝缘故障诊断与排除",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="长汀县城一家城配物流公司的纯电动厢式车仪表报绝缘故障，车不能上高压。公司车队长把车送到学校合作的维修站。站长请新能源班学员按高压作业规范断电、验电，用绝缘测试仪逐段测量动力电池包和高压线束的绝缘电阻，找出进水的接插件，处理后复测上电，并填写诊断报告。",
   qs=[("问题1 测绝缘电阻前为什么要先断电验电？", ["拔下维修开关、等五分钟让电容放电，再用万用表验明无电，才能接绝缘测试仪。", "让电容放电，验明无电。", "等五分钟。"]),
       ("问题2 为什么要逐段测量？", ["把电池包、高压线束、电机控制器分开测，哪一段电阻低就是哪一段有问题。", "分开测，找出低的一段。", "缩小范围。"])],
   hw=[("1. 绝缘电阻多大算合格？", ["按每伏电压不低于五百欧，三百五十伏的系统要大于一百七十五千欧。", "每伏不低于五百欧。", "大于一百七十五千欧。"]),
       ("2. 接插件进水怎样处理？", ["断开吹干，检查密封圈，有老化的更换，复测合格后涂防水胶。", "吹干，换密封圈。", "复测合格。"])],
   outputs=[("绝缘故障诊断报告", "高压线束后接插件进水，绝缘电阻八十千欧。"), ("维修后复测记录", "复测大于五十兆欧，合格。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="园区网络搭建与运维", task="稀土产业园厂区视频监控网络VLAN划分与交换机配置",
   hours=16, station="网络搭建一体化学习工作站",
   situation="长汀稀土产业园一家企业新装了四十路监控摄像头，和办公电脑接在同一个网里，一到晚上录像就卡。企业信息部请网络班学员勘察厂区，把监控、办公和访客划进不同的VLAN，配置接入和汇聚交换机，测试录像流畅后交付，并编排施工进度。",
   qs=[("问题1 为什么要把监控单独划一个VLAN？", ["摄像头全天传视频，流量大，单独一个VLAN不会和办公电脑抢带宽，也更安全。", "流量大，不抢带宽。", "更安全。"]),
       ("问题2 接摄像头的端口为什么设成access口？", ["摄像头只属于监控VLAN，access口只放行一个VLAN，配置简单，不会串到别的网。", "只属于一个VLAN。", "不会串网。"])],
   hw=[("1. 汇聚交换机和接入交换机之间用什么口？", ["用trunk口，允许监控、办公、访客三个VLAN通过。", "trunk口。", "三个VLAN通过。"]),
       ("2. 怎样验证VLAN划分正确？", ["不同VLAN的电脑互相ping不通，同一VLAN的能通，再看录像机能不能拉到所有画面。", "跨VLAN不通。", "录像机拉到全部画面。"])],
   outputs=[("施工进度计划（甘特图）", "共五个工作日。"), ("交换机配置与测试记录", "四十路画面全部在线。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]
XJ = "迪丽娜尔·吐尔洪"

SUBS = [
    dict(school="揭西县河婆技工学校", pack="gbkzip", region="jx", course="leicha", cls="电商2302班", size=41, seed=11,
         sidp="2311060302", students=["彭梓晴", "卓家骏", "温雅雯"], items={11: ["彭梓晴", "温雅雯"]},
         extra_class=["谢沛霖"], bad={"谢沛霖": "over"}, others_named=["黄亚娣"],
         teachers=["刘炳东", "蔡秀玲"], form_count="1个班/41人",
         f8="contract", f10="histogram", f11="wechat_post", f12="hand_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "谢沛霖")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 公众号推文 drafts and 回访记录, `作者：<name>` / `回访人：<name>`) holds the works of only TWO students, "
                 "彭梓晴 and 温雅雯 (卓家骏's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "Item 10 (1-bit 300 dpi scan) is a register followed by a 成绩分布 histogram; 谢沛霖 has 36 under `脚本撰写(30)` "
                 "(总分 the sum): records.invalid_score. Item 8 (colour scan 200, a safety pin on the glass): every worksheet opens "
                 "with a 学习契约 box the student signs. The tea workshop's owner 黄亚娣 is named on item 8 and 11. Form `学生规模 | 1个班/41人`. No roster"),
    dict(school="揭西县河婆技工学校", pack="gbkzip", region="jx", course="meatball", cls="烹饪2301班", size=38, seed=12,
         sidp="2311050101", students=["钟宇恒", "蔡映彤", "魏炳坤"], others_named=["曾庆祥", "罗秀梅", "黄伯坤"],
         teachers=["彭国良", "谢丽娟", "钟建文"], form_count="38人（男22 女16）",
         f8="master_ticket", f10="deduct", f11="banquet_typed", f12="hand_scan",
         findings=[],
         comment="clean. Item 10 (scanned 200 gray) is a DEDUCTION register: four 扣分 columns, 扣分合计 and 得分 = 100 − 扣分合计 "
                 "(explained under the table; the 得分 is not the sum of the columns). 38 rows = form `38人（男22 女16）`. The master "
                 "chef 曾庆祥 (掌勺师傅) signs every 出品单 on item 8 (1-bit 200); the host 罗秀梅 (主家) and a guest 黄伯坤 are named on "
                 "the banquet records of item 11. Three teachers. No roster"),
    dict(school="庆元县百山祖技工学校", pack="dir", region="qy", course="dryer", cls="机电2301班", size=43, seed=21,
         sidp="23331127", students=["叶宸宇", "季思颖", "毛俊霖"], items={12: ["叶宸宇", "季思颖", "练逸飞"]},
         extra_class=["练逸飞", "范鑫涛"], absent_from_10=["范鑫涛"], others_named=["吴根土"],
         teachers=["吴志坚", "叶美华"], form_count="机电2301班（全班43人）",
         f8="commission", f10="name_right", f11="nameplate", f12="powerbank_photo",
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False)],
         comment="item 12 (phone photos, a power bank lying on the sheet) holds the homework of 叶宸宇, 季思颖 and classmate 练逸飞 "
                 "(with an item-10 record) instead of 毛俊霖's (items 8 and 11 hold the three): students.mismatch. Item 10 (1-bit "
                 "300 dpi scan) has the NAME IN THE LAST COLUMN (序号 学号 parts 总分 姓名) and 42 rows; the form says "
                 "`授课对象 | 机电2301班（全班43人）`: records.count_mismatch (范鑫涛 has no record; no roster). Item 11: "
                 "a control-cabinet NAMEPLATE (铭牌) with `装调人`, the cooperative's head 吴根土 as 验收人. Item 8 (scanned 200 gray, safety pin)"),
    dict(school="庆元县百山祖技工学校", pack="dir", region="qy", course="homecare", cls="照护2302班", size=36, seed=22,
         sidp="23335292", students=["姚芊芊", "吴蔓菁", XJ], others_named=["吴金莲", "周德水", "叶春生"],
         teachers=["胡淑蓉", "次仁卓玛"], headteacher="陈淑贞", roster="plain_export",
         form_count="照护2302班（全班36人）",
         f8="home_assess", f10="weighted", f11="visit_typed", f12="hand_scan_gray",
         findings=[],
         comment="clean. A Xinjiang student with a middle-dot name (迪丽娜尔·吐尔洪) and a Tibetan teacher (次仁卓玛). Elders "
                 "吴金莲 and 周德水 (服务对象) and the township doctor 叶春生 named on items 8 and 11. Item 8: a 居家环境评估表 with a "
                 "FLOOR-PLAN sketch (平面草图), printed and photographed (power bank). Item 10 (typed): 自评×20% 组评×30% 师评×50% "
                 "= 综合 (weighted, explained; not the sum). 36 rows = roster (plain 教务系统 export) = form"),
    dict(school="庆元县百山祖技工学校", pack="dir", region="qy", course="bnb", cls="酒店2302班", size=40, seed=23,
         sidp="23335042", students=["周晴川", "胡翊鸣", "陈思聪"], outsiders={"陈思聪": "酒店2301班"}, out_sidp="23335041",
         extra_class=["季晓丹"], absent_from_10=["季晓丹"], others_named=["吴树旺", "金丽芳", "毛建国"],
         teachers=["周建忠", "姚丽芬"], headteacher="叶红梅", roster="medical",
         form_count="酒店2302班（全班40人）",
         f8="checkbox_class", f10="process_dates", f11="checkin_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "陈思聪"), ("records.missing_student", 10, False, "季晓丹"),
                   ("records.count_mismatch", 10, False)],
         comment="陈思聪 of the parallel class 酒店2301班 (ticked `☑酒店2301班` on the checkbox class line of his photographed "
                 "worksheet, 学号 2333504123 on his typed records and homework) is the third student of 8/11/12: students.not_in_class. "
                 "The roster (a 城乡居民医保参保学生名单, 40, the school's 医保经办人 毛建国 at the foot) and the form (`全班40人`) hold "
                 "季晓丹; item 10 (TYPED, 过程性评价 on four dates + 终结性) has 39 rows and none for her: records.missing_student "
                 "and records.count_mismatch. The 民宿 owner 吴树旺 and a guest 金丽芳 named on items 8 and 11"),
    dict(school="长汀县汀州技工学校", pack="zip", region="ct", course="insulation", cls="新能源2301班", size=42, seed=31,
         sidp="2335043501", students=["赖宇飞", "涂凯琳", "邱承宇"], items={8: ["赖宇飞", "涂凯琳", "邱承宇", "廖家铭"]},
         extra_class=["廖家铭", "戴俊彦"], bad={"戴俊彦": "sum"}, others_named=["黄寿昌"],
         teachers=["李卫平", "邱秀英"], form_count="1个班/42人",
         f8="hv_steps", f10="theory_practice", f11="report_typed", f12="hand_mono",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "戴俊彦")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 gray, a safety pin) holds FOUR students' 高压断电作业 worksheets: the three and classmate "
                 "廖家铭 (with an item-10 record): students.count on 8; students.mismatch optional. Item 8 layout: a step list with "
                 "☑ boxes and `执行人` signatures, the student's name in the head. Item 10 (TYPED, 理论 / 实操 grouped heads): 戴俊彦's "
                 "总分 is 7 above the sum: records.invalid_score. The fleet driver 黄寿昌 named as 报修人 on item 11. Form `1个班/42人` = 42 rows"),
    dict(school="长汀县汀州技工学校", pack="zip", region="ct", course="vlan", cls="网络2302班", size=39, seed=32,
         sidp="2335030102", students=["钟晓锋", "曾紫薇", "罗梓杰"], items={8: ["钟晓锋", "曾紫薇", "范嘉欣"]},
         extra_class=["范嘉欣", "廖思琪"], bad={"廖思琪": "over"}, others_named=["涂建平"],
         teachers=["赖文斌", "黄美琴"], form_count="1个班/39人",
         f8="box_head", f10="photo_plain", f11="gantt", f12="hand_mono250",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "廖思琪")],
         comment="item 8 (colour scan 200, a safety pin) holds the worksheets of 钟晓锋, 曾紫薇 and classmate 范嘉欣 (with an "
                 "item-10 record) instead of 罗梓杰's (items 11 and 12 hold the three): students.mismatch. Item 10 is a PHONE PHOTO of "
                 "the printed register (a power bank on the sheet): 廖思琪 has 46 under `交换机配置(40)`: records.invalid_score. "
                 "Item 11 (typed): a 施工进度 GANTT chart with `编制人`, the park's IT man 涂建平 as 甲方代表. Form `1个班/39人` = 39 rows"),
]

PROVINCE = {1: "广东省揭阳市揭西县", 2: "浙江省丽水市庆元县", 3: "福建省龙岩市长汀县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 揭西 (GBK zip): "08 工作页.pdf"
        return "%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 庆元: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    return "附件3-%d-%s.pdf" % (n, NAMES[n])   # 长汀: "附件3-8-工作页.pdf" (the item's name in the file name)


def form_name(s, c):
    return {1: ("申报书（%s）.pdf" % c["course"], "pdf"),
            2: ("附件2：申报书-%s.docx" % s["cls"], "docx"),
            3: ("%s申报书.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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



def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))



# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 2:
        return "授课对象 | %s" % s["form_count"]
    if s["seed"] == 12:
        return "班级人数 | %s" % s["form_count"]
    return "学生规模 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    a, b = form_count_text(s).split(" | ")
    if g == 2:   # 庆元: class and size in one 授课对象 cell
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                (a, b), ("学时", "%d" % c["hours"])]
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), (a, b), ("学时", "%d" % c["hours"]), ("授课地点", c["station"])]
    info = tbl([[x, (y, ' align="left"')] for x, y in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Serif CJK SC"}[g])


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
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 9", "√ 10", "√ 清楚", "√ 较好"])


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

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "contract":   # a learning contract box the student signs, then the questions
            box = tbl([[('<b>学习契约</b><br/>本人%s（班级%s，学号%s）承诺：按时完成本学习任务的各项学习活动，遵守实训室规定，'
                         '认真撰写推文、参与直播与回访，如实记录，不抄袭他人成果。<br/>'
                         '学生签名：%s　　　指导教师：%s　　　%s' % (hand(n), hand(cl, True), hand(sid, True), hand(n, True), t[0], hand(day(s, i), True)),
                         ' align="left"')]], width="100%", pad="6px 8px")
            body = (title + box + "<p>合作单位：河婆擂茶作坊（负责人：%s）</p>" % s["others_named"][0] + sit +
                    answers(c, rng, i) + comment)
        elif f == "master_ticket":   # a kitchen 出品单: 台号, 出品人 (the student), 掌勺师傅
            head = tbl([["出品单号", "XY-%03d" % (12 + i), "台号", "%d-%d围" % (1 + 5 * i, 5 + 5 * i)],
                        ["出品人", hand(n, True), "学号", hand(sid, True)], ["班级", hand(cl, True), "掌勺师傅", hand(s["others_named"][0], True, BLACK)]],
                       width="90%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "commission":   # a 调试工单 head: 工单号, 工位, 调试人
            head = tbl([["调试工单号", "TS-2023-%02d" % (7 + i), "工位", hand("%d号柜" % (2 + i), True)],
                        ["调试人", hand(n, True), "班级／学号", hand("%s／%s" % (cl, sid), True)]], width="92%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "home_assess":   # a home assessment with a floor-plan sketch
            plan = tbl([["卧室<br/>（床边无夜灯）", "堂屋", "灶间<br/>（地面潮湿）"], ["", "木门槛 ▲", ""], ["楼梯（无扶手）▲", "天井", "厕所（蹲厕）▲"]],
                       width="70%", pad="8px 6px")
            elder = s["others_named"][i % 2]
            head = tbl([["评估员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid[-2:], True)],
                        ["服务对象", hand(elder, True, BLACK), "年龄", hand(str(78 + 3 * i), True), "评估日期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = ('<h3 style="text-align:center">居家跌倒风险评估表（学习工作页）</h3>' + head +
                    "<p><b>住房平面草图</b>（▲为隐患位置）</p>" + plan + answers(c, rng, i) +
                    "<p>陪同：镇卫生院 %s 医生</p>" % s["others_named"][2] + comment)
        elif f == "checkbox_class":   # the class as ticked boxes
            ticks = "".join("%s%s　" % (hand("☑", True) if k == cl else "☐", k) for k in ("酒店2301班", "酒店2302班"))
            head = "<p>姓名：%s　　学号：%s</p><p>班级：%s</p>" % (hand(n), hand(sid, True), ticks)
            body = (title + head + "<p>实训单位：廊桥古村民宿（老板：%s）</p>" % s["others_named"][0] + sit +
                    answers(c, rng, i) + comment)
        elif f == "hv_steps":   # high-voltage power-down steps, ☑ and 执行人 per step
            steps = [["序号", "作业步骤", "完成", "执行人"]] + [
                [str(k + 1), x, hand("☑", True), hand(n, True) if k in (0, 3) else hand("同上", True)] for k, x in
                enumerate(["穿戴绝缘手套、护目镜", "拔下维修开关，放入上锁盒", "等待五分钟，电容放电", "验电，确认无电压"])]
            head = "<p>作业人：%s　　班级：%s　　学号：%s　　监护：%s</p>" % (hand(n), hand(cl, True), hand(sid, True), t[1])
            body = ('<h3 style="text-align:center">%s<br/>高压作业工作页</h3>' % c["task"] + head + tbl(steps, width="95%") + sit +
                    answers(c, rng, i) + comment)
        elif f == "box_head":   # a bordered head row
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位", hand("机柜%d" % (1 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"contract": "x-scanpdf:200:color:safetypin", "master_ticket": "x-scanpdf:200:mono", "commission": "x-scanpdf:200:safetypin",
            "home_assess": "x-scanpdf:200:photo:powerbank", "checkbox_class": "x-scanpdf:200:photo:powerbank",
            "hv_steps": "x-scanpdf:250:safetypin", "box_head": "x-scanpdf:200:color:safetypin"}[f]
    font = {"master_ticket": "Noto Sans CJK SC", "box_head": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    if f == "histogram":   # register, then a score histogram
        parts = [("商品分析", 20), ("脚本撰写", 30), ("直播实施", 30), ("售后回访", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        tots = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 36
            tots.append(sum(v))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        bands = [("90分以上", lambda x: x >= 90), ("80-89分", lambda x: 80 <= x < 90), ("70-79分", lambda x: 70 <= x < 80),
                 ("60-69分", lambda x: 60 <= x < 70), ("60分以下", lambda x: x < 60)]
        hist = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["分数段", "人数", "分布"])]
        for lab, fn in bands:
            k = sum(1 for x in tots if fn(x))
            bar = ('<table style="border-collapse:collapse"><tr><td style="background:#333333;width:%dpx;height:9px"></td></tr></table>' % max(1, 14 * k)) if k else ""
            hist.append("<tr>%s%s%s</tr>" % (td(lab, ' align="center"', "1px 4px"), td(str(k), ' align="center"', "1px 4px"), td(bar, ' width="60%"', "1px 4px")))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) + PB +
                "<p><b>成绩分布直方图</b>（全班%d人，平均分%.1f）</p>" % (len(rec), sum(tots) / len(tots)) + table(hist, width="80%") + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:300:mono"
    if f == "deduct":   # deductions: 得分 = 100 - 扣分合计
        parts = [("选料刀工", 25), ("手打起胶", 30), ("火候调味", 30), ("卫生安全", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s扣分<br/>(限%d)" % p for p in parts] + ["扣分合计", "得分"]], pad)]
        for k, n in enumerate(rec):
            v = [int(round(m * rng.uniform(0.03, 0.3))) for _, m in parts]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), str(100 - sum(v))], pad))
        body = (head10(s, c, "学习任务考核扣分登记表") + table(out) +
                "<p>说明：本表采用扣分制，各项扣分不超过该项分值；得分＝100－扣分合计。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "name_right":   # the name in the last column
        parts = [("I/O接线", 20), ("程序编写", 30), ("调试运行", 35), ("安全文明", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "姓名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), n], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "weighted":   # 自评 20% 组评 30% 师评 50%
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评<br/>(×20%)", "组评<br/>(×30%)", "师评<br/>(×50%)", "综合"]], pad)]
        for k, n in enumerate(rec):
            a, b, cc = [rng.randint(70, 96) for _ in range(3)]
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(cc), "%.1f" % (0.2 * a + 0.3 * b + 0.5 * cc)], pad))
        body = (head10(s, c, "学习任务多元评价汇总表") + table(out) +
                "<p>说明：自评、组评、师评均按百分制打分，综合＝自评×20%＋组评×30%＋师评×50%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "process_dates":   # process marks on four dates + a final test
        dates = ["10/8", "10/15", "10/22", "10/29"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["过程<br/>%s<br/>(10)" % x for x in dates] + ["终结性<br/>(60)", "总评"]], pad)]
        for k, n in enumerate(rec):
            v = [rng.randint(6, 10) for _ in dates] + [rng.randint(38, 57)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务过程性与终结性考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "theory_practice":   # 理论 / 实操 grouped heads
        parts = [("单选", 15), ("判断", 15), ("安全防护", 15), ("绝缘检测", 30), ("故障排除", 25)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>理论考核（30分）</b>", ' align="center" colspan="2"', pad),
                                       td("<b>实操考核（70分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "photo_plain":   # a plain table, printed and photographed
        parts = [("需求分析", 15), ("VLAN规划", 25), ("交换机配置", 40), ("测试验收", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], "1px 4px")]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 46
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], "1px 4px"))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "10.5pt", compact=True, page="margin:1.2cm 1.5cm 3.2cm 1.5cm"), "x-scanpdf:200:photo:powerbank"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t, o = s["f11"], s["teachers"], s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "wechat_post":   # a 公众号 article draft / a call-back log
                if j == 0:
                    parts.append('<p style="color:#777">河婆擂茶作坊　公众号　草稿</p><h3>%s</h3><p>作者：%s（%s）　　%s</p>' % (
                        ["在外的河婆人，这碗擂茶给你留着", "清明回不了家？一碗擂茶的家乡味", "打工十年，最想念的是阿嬷的擂茶"][i % 3], n, cl, day(s, 30 + i)) +
                        "<p>小时候放学回家，灶台上总有一碗刚擂好的茶……礼盒里有擂茶粉、炒米和花生，开水一冲就是家乡味。</p>"
                        "<p>审核：%s　　作坊确认：%s</p><p>数据：%s</p>" % (t[0], o[0], desc))
                else:
                    parts.append('<h3>%s</h3><p>回访人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 tbl([["顾客", "下单日期", "回访结果", "复购"], ["顾客A（深圳）", "3月28日", "口味满意", "是"],
                                      ["顾客B（东莞）", "3月29日", "包装有压痕", "否"], ["顾客C（揭阳）", "3月30日", "想要无糖款", "是"]], width="86%") +
                                 "<p>%s</p>" % desc)
            elif f == "banquet_typed":   # banquet records with the host and a guest
                parts.append('<h3>%s</h3>' % title + tbl([["出品人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主家", o[1], "宾客代表", o[2]], ["出品情况", desc, "掌勺师傅", o[0]]], width="90%"))
            elif f == "nameplate":   # a control-cabinet nameplate, then the trial-drying data
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["设备名称", "香菇烘干机温控柜"], ["型号", "HG-PLC-%02d" % (3 + i)], ["额定电压", "AC 380V"],
                                      ["装调人", "%s（%s）" % (n, cl)], ["验收人", o[0]], ["出厂日期", day(s, 30 + i)]], width="60%") +
                                 "<p>装调说明：%s</p>" % desc)
                else:
                    parts.append('<h3>%s</h3><p>记录人：%s　　学号：%s</p>' % (title, n, sid) +
                                 tbl([["时间", "温度(℃)", "湿度(%)", "风机电流(A)"], ["0:00", "35", "82", "2.1"], ["2:00", "45", "61", "2.1"],
                                      ["4:00", "55", "38", "2.2"], ["6:00", "60", "19", "2.2"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "visit_typed":   # a home-visit record signed by the elder
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务对象", o[i % 2], "住址", "%s村" % ["黄田", "竹口", "隆宫"][i]], ["服务人员", "%s（%s）" % (n, cl), "学号", sid],
                                  ["内容", desc, "日期", day(s, 30 + i)], ["服务对象签字", o[i % 2], "带队教师", t[j % 2]]], width="92%"))
            elif f == "checkin_typed":   # check-in / check-out records with the guest
                parts.append('<h3>%s</h3>' % title + tbl([["接待员", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["客人", "%s 等%d人" % (o[1], 2 + i), "房号", "%d0%d" % (1 + j, 1 + i)],
                                                          ["情况", desc, "民宿负责人", o[0]]], width="90%"))
            elif f == "report_typed":   # a diagnosis report with the fleet driver
                parts.append('<h3>%s</h3>' % title + tbl([["报修人", o[0], "车型", "纯电动厢式物流车"],
                                                          ["诊断人", "%s（%s）" % (n, cl), "复核", t[j % 2]],
                                                          ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "gantt":   # a construction gantt chart, then the config test record
                if j == 0:
                    on = '<td style="border:0.75pt solid #000;background:#777777"></td>'
                    off = '<td style="border:0.75pt solid #000"></td>'
                    tasks = [("现场勘察", 0, 1), ("VLAN规划", 1, 2), ("交换机配置", 2, 4), ("录像测试", 3, 5), ("交付验收", 4, 5)]
                    rows = ["<tr>%s%s</tr>" % (td("<b>工作内容</b>"), "".join(td("<b>第%d天</b>" % (k + 1), ' align="center"') for k in range(5)))]
                    for nm, a, b in tasks:
                        rows.append("<tr>%s%s</tr>" % (td(nm), "".join(on if a <= k < b else off for k in range(5))))
                    parts.append('<h3 style="text-align:center">%s</h3><p>编制人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 table(rows, width="90%") + "<p>甲方代表：%s　　审核：%s　　%s</p>" % (o[0], t[0], desc))
                else:
                    parts.append('<h3>%s</h3><p>配置人：%s（%s）</p>' % (title, n, cl) +
                                 tbl([["设备", "VLAN", "端口", "结果"], ["接入SW1", "10 监控", "1-24 access", "通过"],
                                      ["接入SW2", "20 办公", "1-16 access", "通过"], ["汇聚SW", "10,20,30", "25-28 trunk", "通过"]], width="86%") +
                                 "<p>%s</p>" % desc)
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
        if f == "hand_photo":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_scan":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "powerbank_photo":
            head = ["课后作业（装调）", "> %s　%s　%s" % (n, cl, sid)]
        elif f == "hand_scan_gray":
            head = ["居家照护　课后作业", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:6], "> 班级：%s　学号：%s　姓名：%s" % (cl, sid, n)]
        elif f == "hand_mono":
            head = ["动力电池课后作业", "姓名：%s　学号：%s" % (n, sid)]
        elif f == "hand_mono250":
            head = ["网络课后作业", "%s　%s　%s" % (cl, sid[-2:], n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_photo": "x-photo:200:2:powerbank", "hand_scan": "x-scan:250:4", "powerbank_photo": "x-photo:200:1:powerbank",
            "hand_scan_gray": "x-scan:200:3", "plain_photo": "x-photo:200:2", "hand_mono": "x-scan:200:4:mono",
            "hand_mono250": "x-scan:250:3:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

FEM = set("婷琪颖丹敏涵晴彤怡妍琳雯玲萍薇瑶莹悦欣芊菁若然希")


def sex_of(n):
    return "女" if (n[-1] in FEM and n[-2:] not in ("浩然", "毅然")) else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "plain_export":   # a plain 花名册 exported from the school's system
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "学籍状态"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "在读"], "1px 4px"))
        body = ('<p style="color:#666">导出时间：2024-09-12 10:21　　数据来源：学籍管理系统</p><h2 style="text-align:center">%s学生花名册</h2>' % s["cls"] +
                '<p style="text-align:center">%s</p>' % s["school"] + table(rows, width="80%") +
                "<p>班主任：%s　　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "medical":   # a residents' medical insurance list of the class
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in
                                         ["序号", "姓名", "性别", "公民身份号码", "参保类别", "缴费档次", "缴费状态"])]
        rng = random.Random(s["seed"] * 99)
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), n, sex_of(n), "3325%02d2008********%02d" % (rng.choice([29, 22, 21, 26]), rng.randint(10, 99)),
                              "学生", "一档", "已缴"], "1px 4px"))
        body = ('<h2 style="text-align:center">2025年度城乡居民基本医疗保险参保学生名单</h2>'
                '<p>单位：%s　　班级：%s　　参保人数：%d人</p>' % (s["school"], s["cls"], len(k)) + table(rows, width="92%") +
                "<p>班主任：%s　　　学校医保经办人：%s　　　填报日期：2024年9月20日</p>" % (s["headteacher"], s["others_named"][2]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s医保参保学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-thirty-second held-out people corpus (testdata/heldout132), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 132)
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
            "class_size_on_form": int(re.findall(r"(\d+)人", s["form_count"])[0]), "form_count_text": form_count_text(s),
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
