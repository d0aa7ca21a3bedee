#!/usr/bin/env python3
"""Write the sources of the hundred-and-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 开平
(Guangdong, 江门), 北流 (Guangxi, 玉林) and 晋江 (Fujian, 泉州).

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
# the truth files read for names, tasks and courses to avoid (heldout108 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 107)] + ["othertools"]
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
# 党 雷 寇 史 侯 权 同 …)
# surnames by region, weighted by repetition: 开平 (侨乡 families: 关 司徒 谢 周 胡 张 吴 谭 梁 黄 许 方),
# 北流 (陈 李 黄 梁 林 钟 庞 冯 吴 刘 莫 覃), 晋江 (闽南 families: 陈 林 黄 吴 许 蔡 施 洪 丁 王 庄 苏 李 曾)
SURNAMES = {
    "kp": list("关关关关谢谢谢周周周胡胡张张吴吴谭谭梁梁黄黄许方邓余劳") + ["司徒", "司徒"],
    "bl": list("陈陈陈陈李李李黄黄黄梁梁梁林林钟钟庞庞冯吴刘莫覃甘"),
    "jj": list("陈陈陈陈林林林林黄黄黄吴吴许许蔡蔡施施洪丁王庄苏李曾"),
}
# given names: a new list, names of students born around 2008-2009 in the south
GIVEN2 = ("嘉豪 梓琪 浩贤 泳欣 卓霖 晓珊 俊贤 颖琳 志聪 婉婷 家俊 咏诗 子聪 美玲 伟健 凯琳 宇恒 钰莹 晓峰 碧琪 "
          "锦荣 秋怡 楚瑜 泽锋 海燕 振宁 丽娜 国威 嘉欣 俊毅 慧敏 炜杰 绮琪 景浩 诗敏 兆聪 静雯 铭锋 婉莹 振鹏 "
          "宝仪 健豪 梓锋 芷琪 灏然 淑仪 家明 凤仪 耀华 少聪 雅诗 育铭 冠霖 颖怡 启荣 洁莹 永锋 翠莹 浩铭 彩霞 "
          "文辉 锦华 秀婷 子乐 润华 嘉敏 晓君 德荣 逸豪 巧玲 思敏 炜豪 语婷 志鹏 佩珊 宏伟 婉仪 健荣 嘉瑜 振华 "
          "雅琪 子锋 晓纯 伟锋 梓聪 怡君 家宝 淑婷 耀祖 丽珊 明辉 思颖 俊杰 婉玲 泽华 诗韵 浩强 慧琳 子谦 晓岚 "
          "国豪 锦涛 艺琳 伟聪 丹妮 毅航 佳蓉 清华 晓晴 炫锋 素芬 志成 紫晴 锐杰 丽君 家诚 翠珊 建豪 依琳").split()
GIVEN1 = list("杰辉敏琪锋聪婷莹")
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
 "inn": dict(major="饭店(酒店)服务", code="0504", course="民宿前厅服务", task="侨乡碉楼民宿前厅入住接待与退房结账",
   hours=16, station="民宿前厅服务一体化学习工作站",
   situation="国庆黄金周，开平一家由老碉楼改建的民宿客房全部订满，港澳和海外侨胞回乡探亲的客人集中入住。民宿经理请酒店班学员熟悉前厅系统，按流程完成预订核对、身份登记、房卡制作和入住介绍，处理客人提出的延迟退房和加床要求，并在退房时核对消费、结账开票。",
   qs=[("问题1 入住登记时为什么要核对有效证件？", ["按照治安管理的规定，每位入住客人都要实名登记，港澳客人用回乡证，外籍客人用护照。", "实名登记是规定。", "回乡证和护照都可以。"]),
       ("问题2 客人要求延迟退房怎样处理？", ["先查当天房态，没有预订冲突可以延到下午两点，超过的按半天房费收取，并在系统里备注。", "先查房态。", "超时收半天房费。"])],
   hw=[("1. 结账时要核对哪些项目？", ["房费、押金、小酒吧消费、洗衣费和加床费，客人确认后再开票。", "房费押金和消费。", "客人确认后开票。"]),
       ("2. 怎样向客人介绍碉楼的历史？", ["讲清碉楼建于二十年代，是华侨出资修建用来防匪防洪的，再推荐附近的村落和骑楼街。", "华侨出资修建。", "防匪防洪。"])],
   outputs=[("入住登记单", "证件核对无误，押金五百元。"), ("退房结账单", "消费合计一千二百六十元。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="动力电池检测与维修", task="纯电动汽车动力电池包绝缘故障检测与排除",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="开平一家新能源汽车售后服务站接到一辆纯电动小客车，仪表报“动力电池绝缘故障”，车辆无法上高压电。服务站技术主管请新能源班学员做好高压安全防护，读取故障码和绝缘电阻数据，断电拆检电池包，找到进水的低压插接件，处理后做气密性测试并恢复上电。",
   qs=[("问题1 拆检高压系统前要做哪些安全准备？", ["穿戴绝缘手套和护目镜，断开低压蓄电池负极，拔下维修开关，等待五分钟后验电。", "戴绝缘手套，拔维修开关。", "等五分钟再验电。"]),
       ("问题2 绝缘电阻多少算合格？", ["按规定每伏不低于一百欧，本车额定电压三百五十伏，绝缘电阻应大于三十五千欧。", "每伏不低于一百欧。", "大于三十五千欧。"])],
   hw=[("1. 电池包为什么要做气密性测试？", ["电池包开盖后密封条可能没压好，不做气密测试，下雨涉水会再次进水。", "防止再次进水。", "密封条可能没压好。"]),
       ("2. 兆欧表测量时要注意什么？", ["选择五百伏档，表笔接好再按测试键，测完要放电。", "选五百伏档。", "测完要放电。"])],
   outputs=[("绝缘故障检测报告", "故障点：低压插接件进水。"), ("电池包气密性测试记录", "保压五分钟，压降合格。")]),
 "glaze": dict(major="机电一体化技术", code="0127", course="陶瓷生产线PLC控制改造", task="日用陶瓷施釉线输送带PLC控制系统安装与调试",
   hours=20, station="机电控制一体化学习工作站",
   situation="北流一家日用陶瓷厂的施釉线要改造，坯体在输送带上停位不准，釉层厚薄不匀。设备科请机电班学员按工艺要求分配输入输出点，画出电气原理图，安装光电传感器和变频器，编写PLC程序实现定位停止和分段调速，并在实训台上联机调试。",
   qs=[("问题1 为什么要用光电传感器检测坯体？", ["坯体是非金属，电感式接近开关检测不到，用对射式光电传感器最可靠。", "坯体不是金属。", "用对射式光电。"]),
       ("问题2 变频器的加减速时间怎样设定？", ["加减速太快坯体会滑动，太慢节拍跟不上，一般先设二秒再按现场调整。", "太快坯体会滑。", "先设二秒。"])],
   hw=[("1. 输入输出分配表要写哪些内容？", ["地址、元件名称、作用和接线端子号，以后维修的人照着表就能查线。", "地址和元件名称。", "端子号。"]),
       ("2. 联机调试前要检查什么？", ["核对接线、测量电源电压、确认急停按钮有效，再单步试运行。", "核对接线。", "急停有效。"])],
   outputs=[("I/O分配表与电气原理图", "输入十二点，输出八点。"), ("PLC调试记录", "定位误差小于三毫米。"), ("设备交付说明", "已培训两名操作工。")]),
 "elder": dict(major="健康与社会照护", code="0529", course="居家照护服务", task="社区独居长者居家跌倒风险评估与环境改造建议",
   hours=16, station="健康照护一体化学习工作站",
   situation="北流城区一个老旧小区里住着不少独居长者，社区居委会去年登记了七起跌倒事件。社区卫生服务站请照护班学员上门为长者做跌倒风险评估，测量血压，观察起身和行走，检查卫生间、楼梯和照明，填写评估表，提出扶手、防滑垫和夜灯等改造建议，并向家属说明。",
   qs=[("问题1 上门评估前要准备什么？", ["电话预约，说明来意，带好评估表、血压计、计时器和工作证，两人一组上门。", "先电话预约。", "两人一组上门。"]),
       ("问题2 起立行走测试怎样做？", ["长者从椅子上站起，走三米转身回来坐下，超过十二秒说明跌倒风险较高。", "走三米再坐下。", "超过十二秒风险高。"])],
   hw=[("1. 卫生间里哪些地方容易跌倒？", ["淋浴区地面湿滑、坐便器旁没有扶手、门槛太高、夜里没有照明。", "地面湿滑。", "没有扶手。"]),
       ("2. 怎样向家属说明改造建议？", ["先说评估结果，再按轻重缓急列出建议，告诉大概花费和哪里能买到。", "按轻重缓急。", "说明花费。"])],
   outputs=[("居家跌倒风险评估表", "评估结果：中度风险。"), ("居家环境改造建议书", "建议加装扶手两处、夜灯三盏。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="无线局域网组建与维护", task="运动鞋厂生产车间无线网络部署与漫游调试",
   hours=18, station="网络组建一体化学习工作站",
   situation="晋江一家运动鞋厂的成型车间要上线扫码报工系统，车间里流水线长、金属机架多，原来的几台家用路由器信号时好时坏。工厂信息部请网络班学员现场勘测，规划无线接入点的位置和信道，配置无线控制器和VLAN，调试终端在各接入点之间漫游，并出具验收报告。",
   qs=[("问题1 为什么要先做现场勘测？", ["车间的金属机架和流水线会挡住信号，先用软件测出信号强度，才知道接入点装在哪里。", "金属机架挡信号。", "测出信号强度。"]),
       ("问题2 相邻接入点的信道怎样规划？", ["二点四吉赫只用一、六、十一三个不重叠信道，相邻的接入点错开使用。", "用一、六、十一信道。", "相邻的错开。"])],
   hw=[("1. 扫码枪漫游时掉线可能是什么原因？", ["接入点之间信号重叠区太小，或者漫游门限设得太低，终端切换不及时。", "重叠区太小。", "门限太低。"]),
       ("2. 验收报告要写哪些内容？", ["接入点位置图、信号覆盖热力图、漫游测试结果和各项配置参数。", "覆盖热力图。", "漫游测试结果。"])],
   outputs=[("车间无线勘测报告", "共部署接入点九台。"), ("漫游测试与验收报告", "漫游切换时间小于五十毫秒。")]),
 "noodle": dict(major="烹饪(中式烹调)", code="0501", course="闽南风味小吃制作", task="晋江面线糊与海蛎煎闽南小吃制作",
   hours=16, station="中式烹调一体化学习工作站",
   situation="晋江一家老街小吃店要在旅游季推出早餐套餐，主打面线糊和海蛎煎。店主请烹饪班学员按传统做法熬制骨汤，处理海蛎，调好地瓜粉浆，掌握火候和出品时间，计算每份成本，并在实训厨房完成一次早市模拟出餐。",
   qs=[("问题1 面线糊的汤底怎样熬？", ["猪骨和虾头小火熬三小时，撇去浮沫，汤色乳白，面线下锅后要不停搅动防止粘底。", "猪骨虾头小火熬。", "不停搅动。"]),
       ("问题2 海蛎为什么要用地瓜粉？", ["地瓜粉加热后透明有弹性，包住海蛎锁住汁水，煎出来外脆里软。", "透明有弹性。", "锁住汁水。"])],
   hw=[("1. 海蛎怎样清洗才干净？", ["加少量地瓜粉轻轻抓洗，把碎壳和泥沙带出来，再用清水冲两遍。", "用地瓜粉抓洗。", "清水冲两遍。"]),
       ("2. 早市出餐怎样控制时间？", ["汤底提前熬好保温，海蛎和粉浆提前备好，接单后三分钟内出餐。", "汤底提前熬好。", "三分钟内出餐。"])],
   outputs=[("面线糊制作记录", "汤底熬制三小时。"), ("海蛎煎制作记录", "每份海蛎一百克。"), ("早餐套餐成本核算表", "每份成本九元五角。")]),
 "mold": dict(major="数控加工(数控车工)", code="0106", course="轴套类零件数控车削", task="鞋底模具顶针导套数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="晋江一家鞋底模具厂接到一批运动鞋大底模具的订单，模具上的顶针导套磨损需要更换，每套模具十二件。模具厂请学校数控车间按图纸加工两百件导套。车间主任请数控班学员编写工艺和程序，完成外圆、内孔和倒角的车削，控制内孔尺寸和同轴度，并做首件和巡检记录。",
   qs=[("问题1 导套的内孔和外圆为什么要一次装夹车出？", ["一次装夹加工可以保证内孔和外圆的同轴度，换装夹会产生误差。", "保证同轴度。", "换装夹有误差。"]),
       ("问题2 批量加工时怎样控制尺寸？", ["首件全检合格后，每加工二十件抽检一次内孔，刀具磨损及时补偿。", "每二十件抽检。", "及时补偿刀具。"])],
   hw=[("1. 车内孔用什么刀具？", ["用硬质合金内孔车刀，刀杆直径按孔径选，伸出长度不超过刀杆直径的四倍。", "硬质合金内孔车刀。", "伸出不要太长。"]),
       ("2. 巡检记录要记什么？", ["时间、件号、内孔和外圆的实测值、检验人，发现超差立即停机。", "内孔外圆实测值。", "超差立即停机。"])],
   outputs=[("导套首件检验记录", "内孔φ12H7合格。"), ("导套加工程序单", "O2315，共三十六段。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="开平市碉楼技工学校", pack="dir", region="kp", course="inn", cls="酒店2401班", size=36, seed=11,
         sidp="24070504", students=["司徒婉莹", "关浩铭", "谢晓纯"], others_named=["伍惠兰", "李国裕", "麦锦棠"],
         teachers=["胡丽芬", "周振邦"], form_count="36人", roster="dorm", headteacher="谭秀娟",
         f8="practice_card", f10="bonus", f11="folio_typed", f12="hand_scan_color",
         findings=[],
         comment="clean. Item 10 (TYPED) has 姓名 BEFORE 学号, four part columns, a 小计 column, a 加分 column (0-5, given for "
                 "guests' written praise, as the note under the table says) and 总分 = 小计 + 加分; 36 rows = form `36人` = the "
                 "roster. The roster is grouped by DORMITORY ROOM (宿舍 heads, 舍长 marked) with a 走读 group. Item 8 (scanned "
                 "colour): a hotel PRACTICE CARD head (`实训岗位 | 前台接待 | 学员 | <name> | 学员编号 | <学号>`), the guest 伍惠兰 "
                 "named on the card (not a student). Item 11 (typed): the 入住登记单 and 退房结账单 name the guests 李国裕 and "
                 "麦锦棠 (客人姓名) beside `经办人：<student>` (the guests are not students)"),
    dict(school="开平市碉楼技工学校", pack="dir", region="kp", course="battery", cls="新能源2401班", size=34, seed=12,
         sidp="24070435", students=["吴泳欣", "方泽锋", "邓启荣"], outsiders={"邓启荣": "新能源2402班"}, out_sidp="2407043502",
         extra_class=["梁振鹏"], bad={"梁振鹏": "over"}, others_named=["余伯坚"],
         teachers=["黄志毅", "许美华"], form_count="34人",
         f8="foot_sign", f10="grade_col", f11="report_typed", f12="name_line_photo",
         findings=[("students.not_in_class", 8, True, "邓启荣"), ("records.invalid_score", 10, False, "梁振鹏")],
         comment="邓启荣 of the parallel class 新能源2402班 (his class on his worksheet, report and homework) is the third student "
                 "of 8/11/12; item 10 (34 rows = form `34人`) has no record of him: students.not_in_class. Item 10 (TYPED) has "
                 "the maxima in the heads as `绝缘检测（满分35）` and a 等级 column after 总分; 梁振鹏 has 38 under 绝缘检测 (总分 the "
                 "sum): records.invalid_score. Item 8 (scanned 300 dpi gray, a bus ticket on the page): NO name head; the name "
                 "stands only at the FOOT (`完成人（签名）：<name>　班级：…　学号：…`), the service-station master 余伯坚 named as "
                 "企业导师. No roster"),
    dict(school="北流市陶都技工学校", pack="gbkzip", region="bl", course="glaze", cls="机电2402班", size=42, seed=21,
         sidp="2403012702", students=["庞梓聪", "钟婉仪", "覃家诚"], extra_class=["莫丽珊", "甘锐杰"], absent_from_10=["莫丽珊"],
         bad={"甘锐杰": "sum"}, others_named=["冯永康"],
         teachers=["陈培钧", "林小蕙"], form_count="42名", roster="dorm_blocks", headteacher="黄美清",
         f8="io_table", f10="hand_fixed", f11="plc_typed", f12="plain_photo",
         findings=[("records.missing_student", 10, False, "莫丽珊"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "甘锐杰")],
         comment="the roster (42, by dormitory room) and the form (`42名`) hold 莫丽珊; item 10 (scanned 200 dpi gray, a hair "
                 "tie on the page) has 41 rows and none for her: records.missing_student and records.count_mismatch. In item 10 "
                 "(活动一(20) 活动二(30) 活动三(40) 职业素养(10) 总分 备注) two rows carry a HAND-CORRECTED 总分 (the printed total "
                 "struck out, the right sum written beside it in red, `已更正` in 备注): legal. 甘锐杰's 总分 is 7 above the sum "
                 "of his parts, not corrected: records.invalid_score. Item 8 (scanned 250 gray): a head `组号 | 工位 | 姓名 | "
                 "学号` and an I/O allocation table; the factory's equipment head 冯永康 named"),
    dict(school="北流市陶都技工学校", pack="gbkzip", region="bl", course="elder", cls="照护2401班", size=38, seed=22,
         sidp="2403052901", students=["黄绮琪", "刘晓君", "林佩珊"], others_named=["钟桂芳", "陈伯泉", "李秀兰"],
         teachers=["梁翠玲", "冯耀坤"], form_count="38名", roster="parents", headteacher="莫春燕",
         f8="care_log", f10="weighted", f11="assess_typed", f12="hand_scan_gray",
         findings=[],
         comment="clean. Item 10 (scanned 250 dpi gray, a hair tie on the page) is a WEIGHTED register: 过程评价 and 结果评价 each "
                 "out of 100 (with their parts), 总评 = 过程×40% + 结果×60% (rounded), as the head and the note say; 38 rows = "
                 "form = roster. The roster is a 学生及家长联系表 naming each student's parent (家长姓名, not students). Items 8 "
                 "and 11 name the elders 钟桂芳, 陈伯泉 and 李秀兰 as 照护对象/评估对象 (not students) beside `照护员：<student>`"),
    dict(school="晋江市鞋都技工学校", pack="zip", region="jj", course="wifi", cls="网络2401班", size=45, seed=31,
         sidp="24350301", students=["蔡嘉瑜", "施俊毅", "洪碧琪"], items={12: ["蔡嘉瑜", "施俊毅"]},
         absent_from_10=["__last__"], others_named=["庄文涛"],
         teachers=["许振华", "丁秀琴"], form_count="45人",
         f8="corner_box", f10="group_blocks", f11="survey_typed", f12="ticket_photo",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos with a bus ticket on the page) holds the homework of only TWO students, 蔡嘉瑜 and "
                 "施俊毅 (洪碧琪's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 "
                 "(TYPED) is grouped in blocks by 小组 (a shaded `第一组（组长：…）` row before each), 自评(10) 互评(10) 师评(80) "
                 "总分, and lists 44 students while the form says `45人`: records.count_mismatch (no roster, so no "
                 "missing_student). Item 8 (scanned 200 gray): the name in a small two-row box at the TOP RIGHT; the factory's "
                 "IT head 庄文涛 named"),
    dict(school="晋江市鞋都技工学校", pack="zip", region="jj", course="noodle", cls="烹饪2402班", size=40, seed=32,
         sidp="24350502", students=["苏晓岚", "王子乐", "曾依琳"], items={11: ["苏晓岚", "王子乐", "施翠珊"]},
         extra_class=["施翠珊", "林毅航"], bad={"林毅航": "over"}, others_named=["洪阿妹"],
         teachers=["陈碧云", "吴丽卿"], form_count="40",
         f8="kitchen_line", f10="name_first_mono", f11="dish_typed", f12="ticket_scan",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "林毅航")],
         comment="item 11 (TYPED dish records, `制作人：<name>`) holds the works of 苏晓岚, 王子乐 and classmate 施翠珊 (with an "
                 "item-10 record) instead of 曾依琳's (8 and 12 hold the three): students.mismatch. Item 10 (scanned 300 dpi "
                 "1-bit) has a two-row head, the maxima in the SECOND head row (`满分 10 15 …`), 姓名 before 学号; 林毅航 has 18 "
                 "under 刀工 whose maximum is 15 (总分 the sum): records.invalid_score. Item 8 (scanned 200 gray): `姓名＿ 班级＿` "
                 "head, the shop owner 洪阿妹 named. No roster"),
    dict(school="晋江市鞋都技工学校", pack="zip", region="jj", course="mold", cls="数控2401班", size=40, seed=33,
         sidp="24350106", students=["黄炜豪", "陈紫晴", "李逸豪"], items={8: ["黄炜豪", "陈紫晴", "李逸豪", "许伟聪"]},
         extra_class=["许伟聪", "吴建豪"], bad={"吴建豪": "sum"},
         teachers=["王荣灿", "施丽霞", "蔡金城"], form_count="40",
         f8="underline4", f10="landscape", f11="inspect_typed", f12="exercise_book",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "吴建豪")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray) holds the worksheets of FOUR students: the three and classmate 许伟聪 (with an "
                 "item-10 record): students.count on 8; students.mismatch optional. Item 10 (TYPED, a LANDSCAPE page, nine "
                 "columns of parts with maxima, 总分, 等级, 备注) gives 吴建豪 a 总分 6 below the sum of his parts: "
                 "records.invalid_score. 40 rows = form `40`. Three teachers. No roster"),
]

PROVINCE = {1: "广东省开平市", 2: "广西北流市", 3: "福建省晋江市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}




def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 开平: "8、工作页.pdf"
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 2:   # 北流: "成果08-工作页.pdf"
        return "成果%02d-%s.pdf" % (n, NAMES[n])
    return "%d.%s-%s.pdf" % (n, NAMES[n], s["cls"])   # 晋江: "8.工作页-数控2401班.pdf"


def form_name(s, c):
    return {1: ("附件2：工学一体化优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("申报书-%s.docx" % c["course"], "docx")}[grp(s)]
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
        return "授课班级及人数 | %s，共%s" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "学生人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 开平: class and size in one cell, "，共36人"
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级及人数", "%s，共%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 北流: 班级人数 with 名
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 晋江: 学生人数
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈组织。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作企业的真实需求，成果经企业验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
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
        if f == "practice_card":   # a hotel practice card: 学员 / 学员编号, the mock guest named
            head = tbl([["实训岗位", "前台接待", "学　员", hand(n, True), "学员编号", hand(sid, True)],
                        ["模拟客人", "%s（港澳同胞）" % on[0], "班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="100%", pad="4px 4px")
            body = '<h3 style="text-align:center">前厅服务实训卡（学习工作页）</h3>' + head + sit + answers(c, rng, i) + comment
        elif f == "foot_sign":   # no head: the name only at the foot, signed
            body = (title + sit + "<p>企业导师：%s（服务站技术主管）</p>" % on[0] + answers(c, rng, i) + comment +
                    '<p style="margin-top:18pt">完成人（签名）：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)))
        elif f == "io_table":   # 组号 | 工位 | 姓名 | 学号 and an I/O allocation table
            head = tbl([["组号", hand("第%d组" % (i + 2), True), "工位", hand("%d号台" % (5 + i), True), "姓名", hand(n, True), "学号", hand(sid, True)]],
                       width="100%", pad="4px 4px")
            io = tbl([["地址", "元件", "作用"], ["I0.0", "SB1", hand("启动", True)], ["I0.1", "SB2", hand("停止", True)],
                      ["I0.2", "B1", hand("坯体到位光电", True)], ["Q0.0", "KA1", hand("输送带运行", True)]], width="70%")
            body = (title + head + "<p>企业指导：%s（设备科）</p>" % on[0] + sit + io + answers(c, rng, i) + comment)
        elif f == "care_log":   # 照护对象 (an elder) and 照护员 (the student)
            head = tbl([["照护对象", on[i % 3], "年龄", "%d岁" % (76 + 3 * i), "评估日期", hand(day(s, i), True)],
                        ["照护员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = '<h3 style="text-align:center">%s<br/>上门照护记录（学习工作页）</h3>' % c["task"] + head + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small box at the top right
            box = ('<table align="right" style="border-collapse:collapse" width="40%%">%s%s%s</table>'
                   % ("<tr>%s%s</tr>" % (td("姓名"), td(hand(n, True))), "<tr>%s%s</tr>" % (td("学号"), td(hand(sid, True))),
                      "<tr>%s%s</tr>" % (td("班级"), td(hand(cl, True)))))
            body = (box + '<p>　</p><p>　</p><p>　</p><p>　</p>' + title + "<p>企业联系人：%s（信息部）</p>" % on[0] + sit + answers(c, rng, i) + comment)
        elif f == "kitchen_line":   # 姓名＿ 班级＿, the shop owner named
            head = '<p>姓名＿%s＿　　班级＿%s＿</p>' % (hand(n), hand(cl, True))
            body = (title + head + "<p>企业指导：%s（老街小吃店店主）　　实训日期：%s</p>" % (on[0], day(s, i)) + sit + answers(c, rng, i) + comment)
        elif f == "underline4":   # 学号 姓名 班级 日期 underlined
            head = '<p>学号：<u>%s</u>　姓名：<u>%s</u>　班级：<u>%s</u>　日期：<u>%s</u></p>' % (
                hand(sid, True), hand(n), hand(cl, True), hand(day(s, i)[5:], True))
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"practice_card": "x-scanpdf:200:color", "foot_sign": "x-scanpdf:300:ticket", "io_table": "x-scanpdf:250",
            "care_log": "x-scanpdf:200", "corner_box": "x-scanpdf:200", "kitchen_line": "x-scanpdf:200:hairtie",
            "underline4": "x-scanpdf:250"}[f]
    font = {"practice_card": "Noto Sans CJK SC", "io_table": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "bonus":   # 姓名 before 学号, 小计, 加分 explained, 总分 = 小计 + 加分
        parts = [("服务礼仪", 20), ("接待流程", 40), ("系统操作", 30), ("结账开票", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["小计", "加分", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5])
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>注：加分为民宿客人书面表扬加分，每份表扬信加1分，最多5分；总分＝小计＋加分，总分可超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "grade_col":   # maxima in the heads as （满分N）, a 等级 column
        parts = [("安全防护", 15), ("绝缘检测", 35), ("故障排除", 40), ("工单填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名"] + ["%s<br/>（满分%d）" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 38
            out.append(trow([sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>本班应考%d人，实考%d人。</p>" % (len(rec), len(rec)) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "hand_fixed":   # 活动 columns, 备注; two totals corrected by hand (legal), one wrong total
        parts = [("活动一 明确任务", 20), ("活动二 制订计划", 30), ("活动三 安装调试", 40), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d分)" % p for p in parts] + ["总分", "备注"]], pad)]
        fixed = {3, 17}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            if k in fixed and n not in bad:
                cell = '<s>%d</s> %s' % (tot - 10, hand(str(tot), True, "#b8231a"))
                note = hand("已更正", True, "#b8231a")
            else:
                cell, note = str(tot), ""
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [cell, note], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:hairtie"
    if f == "weighted":   # 过程 and 结果 out of 100 each, 总评 weighted 40/60
        pp = [("沟通礼仪", 30), ("评估操作", 40), ("记录规范", 30)]
        rp = [("评估报告", 50), ("改造建议", 50)]
        h1 = ('<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>过程评价（100分，占40%）</b>", ' align="center" colspan="4"', pad),
                                       td("<b>结果评价（100分，占60%）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>总评</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in pp] + ["<b>小计</b>"] + ["<b>%s(%d)</b>" % p for p in rp] + ["<b>小计</b>"], pad)]
        for k, n in enumerate(rec):
            a = part_scores(rng, pp, 0.65, 0.97)
            b = part_scores(rng, rp, 0.6, 0.95)
            tot = int(sum(a) * 0.4 + sum(b) * 0.6 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>说明：总评＝过程评价小计×40%＋结果评价小计×60%，四舍五入取整。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250:hairtie"
    if f == "group_blocks":   # blocks by 小组, a shaded head row each
        parts = [("自评", 10), ("互评", 10), ("师评", 80)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            if k % 6 == 0:
                out.append('<tr><td colspan="7" style="border:0.75pt solid #000;padding:0px 6px;background:#dddddd">第%s组（组长：%s）</td></tr>'
                           % ("一二三四五六七八"[k // 6], n))
            v = part_scores(rng, parts, 0.7, 1.0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录（分组）") + table(out, "86%") + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "name_first_mono":   # two-row head, maxima in the second head row, 姓名 before 学号
        parts = [("出勤", 10), ("刀工", 15), ("火候", 20), ("口味", 25), ("出品", 20), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["合计"]], pad),
               trow(["", "<b>满分</b>", ""] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 18
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核评分表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "landscape":   # a landscape page, many parts, 总分 等级 备注
        parts = [("工艺卡", 10), ("程序", 15), ("对刀", 5), ("外圆", 15), ("内孔", 20), ("倒角", 5), ("同轴度", 10), ("粗糙度", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>%d" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 1.0)
            tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
            note = "首件" if k in (4, 22) else ""
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), note], pad))
        body = head10(s, c, "学习任务考核成绩记录表（各项下为配分）") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:1.0cm 1.2cm"), "pdf"
    raise SystemExit(f)


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
            if f == "folio_typed":   # guests named beside 经办人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["客人姓名", on[1 + j], "证件类型", "港澳居民来往内地通行证" if j == 0 else "护照"],
                                  ["房号", "%d0%d" % (2 + i, 1 + j), "入住日期", day(s, 30 + i)],
                                  ["经办人", "%s（%s）" % (n, cl), "审核", t[j % 2]]], width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "report_typed":   # 检测人
                parts.append('<h3>%s</h3><p>检测人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["项目", "测量值", "标准", "结论"], ["总正对地绝缘电阻", "%d kΩ" % (12 + i), "≥35 kΩ", "不合格"],
                                  ["处理后", "%d MΩ" % (5 + i), "≥35 kΩ", "合格"]], width="86%") + "<p>%s　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "plc_typed":   # 编制
                parts.append('<h3>%s</h3><p>编制：%s（%s）　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["地址", "元件", "说明"], ["I0.0", "SB1", "启动按钮"], ["I0.2", "B1", "坯体到位"], ["Q0.1", "VFD", "变频器正转"]], width="80%") +
                             "<p>%s</p><p>验收：%s（设备科）</p>" % (desc, on[0]))
            elif f == "assess_typed":   # 评估对象 (an elder) and 评估员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["评估对象", on[(i + j) % 3], "住址", "城南社区%d栋" % (3 + i)],
                                  ["评估员", n, "班级", cl], ["结论", desc, "指导教师", t[j % 2]]], width="90%"))
            elif f == "survey_typed":   # 勘测人
                parts.append('<h3>%s</h3><p>勘测人：%s　　班级：%s</p>' % (title, n, cl) +
                             tbl([["区域", "接入点", "信号强度", "信道"], ["成型一线", "AP-%02d" % (1 + i), "-58 dBm", "1"],
                                  ["成型二线", "AP-%02d" % (4 + i), "-61 dBm", "6"]], width="86%") + "<p>%s　　工厂确认：%s</p>" % (desc, on[0]))
            elif f == "dish_typed":   # 制作人
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "海蛎一百克" if j == 1 else "面线一百五十克", "辅料", "地瓜粉、猪骨汤、葱"],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "inspect_typed":   # 操作者 and 检验员
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "顶针导套", "图号", "DT-12-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "检验员", t[j % 3]],
                                  ["外径", "φ18 0/-0.02", "%.3f" % (17.991 - 0.002 * i), "合格"], ["内孔", "φ12H7", "12.01%d" % (1 + j), "合格"]], width="92%") +
                             "<p>备注：%s</p>" % desc)
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
        if f == "hand_scan_color":
            head = ["课后作业", "> 学员：%s　编号：%s" % (n, sid)]
        elif f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "plain_photo":
            head = ["PLC课后作业", "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "hand_scan_gray":
            head = ["居家照护　课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "ticket_photo":
            head = ["无线网络课后作业", "> 姓名：%s　学号：%s" % (n, sid)]
        elif f == "ticket_scan":
            head = ["小吃制作课后作业", "> %s　%s" % (cl, n)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_scan_color": "x-scan:200:3:color", "name_line_photo": "x-photo:200:2", "plain_photo": "x-photo:200:1",
            "hand_scan_gray": "x-scan:250:4", "ticket_photo": "x-photo:200:1:ticket", "ticket_scan": "x-scan:200:3:ticket",
            "exercise_book": "x-photo:200:0"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

PARENT = "建华 志强 秀英 国平 丽华 永红 伟明 桂英 少芳 德华 玉珍 金水 美凤 文斌 亚娣 锦辉 月娥 振兴 淑芬 炳南".split()


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    hd = lambda xs: '<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in xs)
    if r in ("dorm", "dorm_blocks"):   # grouped by dormitory room, 舍长 marked, 走读 last
        rows = [hd(["序号", "学号", "姓名", "床位", "备注"])]
        per = 8 if r == "dorm" else 6
        j = 0
        nb = (len(k) - 4) // per
        for gi in range(nb + 1):
            members = k[gi * per:(gi + 1) * per] if gi < nb else k[nb * per:]
            label = ("%s栋%d室" % ("男女"[gi % 2] if r == "dorm" else "AB"[gi % 2], 301 + gi)) if gi < nb else "走读生"
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px">%s</td></tr>' % label)
            for m, n in enumerate(members):
                j += 1
                rows.append(trow([str(j), sid_of(s, n), n, "%d号床" % (m + 1) if gi < nb else "—", "舍长" if m == 0 and gi < nb else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（按宿舍）</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="80%") + "<p>班主任：%s　　全班合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "parents":   # 学生及家长联系表: a parent named on each row
        rng = random.Random(s["seed"] * 99)
        rows = [hd(["序号", "学号", "学生姓名", "家长姓名", "关系", "联系电话"])]
        parents = []
        for j, n in enumerate(k):
            sur = n[:2] if n.startswith("司徒") else n[0]
            while True:
                p = (sur if rng.random() < 0.75 else rng.choice(SURNAMES[s["region"]])) + rng.choice(PARENT)
                if p not in parents and not used(p) and not any(near(p, x) for x in k + s["teachers"] + s.get("others_named", [])):
                    break
            parents.append(p)
            rel = "父亲" if p.startswith(sur) and rng.random() < 0.6 else "母亲" if not p.startswith(sur) else "祖父母"
            rows.append(trow([str(j + 1), sid_of(s, n), n, p, rel, "1%d%d****%04d" % (3 + j % 6, j % 10, 2000 + j * 53)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生及家长联系表</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return parents
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
    truth = {"comment": "Hundred-and-seventh held-out people corpus (testdata/heldout107), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 107)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s.get("absent_from_10") == ["__last__"]:   # one class member without a record, none planted: the last drawn
            s["absent_from_10"] = [n for n in s["klass"] if n not in fixed][-1:]
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
        for rule, item, anyi, *student in s.get("optional", []):
            e = {"rule": rule, "submission_id": subid, "item": item}
            if anyi:
                e["any_item"] = True
            if student:
                e["student"] = student[0]
            truth["optional"].append(e)
        if s["f10"] == "hand_fixed":   # the two hand-corrected totals: legal, but a checker may misread the struck-out number
            for k in (3, 17):
                if rec[k] not in s.get("bad", {}):
                    truth["optional"].append({"rule": "records.invalid_score", "submission_id": subid, "item": 10, "student": rec[k]})
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
            "absent_from_10": s.get("absent_from_10", []), "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
