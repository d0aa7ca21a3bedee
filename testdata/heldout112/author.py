#!/usr/bin/env python3
"""Write the sources of the hundred-and-twelfth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 神木
(Shaanxi, 榆林), 同心 (Ningxia, 吴忠) and 共和 (Qinghai, 海南州).

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
# the truth files read for names, tasks and courses to avoid (heldout111 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 111)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 神木 (陕北 families: 王 李 张 刘 高 杨 郝 白 贺 乔 薛 武 苏 折 ...),
# 同心 (a county of many Hui families: 马 above all, 杨 丁 海 金 田 苏 锁 撒 虎 黑 穆 ...),
# 共和 (Han families 李 王 张 马 祁 星 赵 ..., and Tibetan students named without a surname)
SURNAMES = {
    "sm": list("王王王李李李张张刘刘刘高高高杨杨郝郝白白贺贺乔薛武苏冯折马"),
    "tx": list("马马马马马马杨杨杨李李丁丁海海金田苏王王张周虎撒锁黑穆"),
    "gh": list("李李李王王王张张马马马祁祁星赵赵韩陈冶鲁朱"),
}
TIBETAN = ("才让东知 拉毛措 卓玛吉 索南扎西 更登加 多杰才让 尕藏卓玛 仁青措 旦增尼玛 完德吉 桑杰加 华旦才让 却吉卓玛 "
           "南加太 扎西措 贡保加 吉毛草 东主才让 央金卓玛 尖措加").split()
GIVEN2 = ("星辰 梓轩 嘉树 景瑞 骁然 云朵 思睿 晨曦 振东 一帆 雨辰 梦茹 晓燕 沐阳 静怡 欣悦 子涵 春燕 雪莹 文博 晓晴 佳航 "
          "海鹏 文轩 成林 永福 治国 向阳 亚楠 雨露 宏伟 建新 丽娜 小龙 玉洁 亚军 婉婷 鹏程 思雨 海龙 宇辰 泽民 金花 "
          "彩云 瑞祥 天宇 光明 晓东 雅琪 家兴 兴旺 志鹏 梦洁 欢欢 佳乐 雨晴 国强 思琦 浩东 慧敏 海峰 俊杰 凤霞 "
          "晓彤 鑫瑞 子健 佳豪 宁宁 玉婷 雅文 晨光 卫东 春晖 诗涵 凯瑞 文静 学文 世豪 嘉欣 昱辰 宏亮 艳霞 晓龙 "
          "雪梅 宇豪 振华 亚宁 秀娟 永强 丹丹 瑞琪 子怡 博宇 海波 明远 兰兰 翠萍 浩然 玉龙 学军 锦涛 雅楠 旭东").split()
GIVEN1 = list("强军涛丽娟敏华燕")
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
        tib = region == "gh" and rng.random() < 0.22
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            name = rng.choice(TIBETAN) if tib else sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
        else:
            if tib:
                continue
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "plc": dict(major="机电一体化技术", code="0127", course="带式输送机电气控制系统安装与调试", task="选煤厂带式输送机逆煤流启动PLC控制系统安装与调试",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="神木一座选煤厂的三条带式输送机要改造控制系统：启动时必须逆煤流方向依次启动，停机时顺煤流方向依次停止，任一条皮带跑偏或打滑都要联锁停机。设备科请机电班学员识读改造图纸，选择元件，完成主电路和PLC接线，编写并调试顺序启停程序，在实训台上模拟跑偏、打滑故障并验证联锁。",
   qs=[("问题1 为什么输送机要逆煤流方向启动？", ["先启动下游皮带，上游的煤落下来时下游已经在转，不会在转载点堆煤压死皮带。", "下游先转，转载点不堆煤。", "防止堆煤压死皮带。"]),
       ("问题2 跑偏开关动作后程序应怎样处理？", ["立即停止这条皮带和它上游的所有皮带，下游的继续运行把煤拉空，并发出报警。", "停本条和上游，下游拉空。", "停机并报警。"])],
   hw=[("1. 热继电器和PLC的过载信号怎样连接？", ["热继电器的常闭辅助触点接到PLC输入端，动作时输入断开，程序判断为过载。", "常闭触点接输入端。", "断开就是过载。"]),
       ("2. 调试前要检查哪些内容？", ["核对接线、测量主电路绝缘电阻、确认急停按钮有效、空载点动看转向。", "核对接线，测绝缘。", "急停有效，点动看转向。"])],
   outputs=[("输送机控制电气接线图", "三台电动机各设热继电器，PLC输入十二点。"), ("顺序启停PLC程序清单", "启动间隔五秒，停机间隔八秒。")]),
 "hvil": dict(major="新能源汽车检测与维修", code="0435", course="纯电动专用车高压系统检修", task="纯电动环卫车高压互锁故障诊断与排除",
   hours=16, station="新能源汽车高压系统检修一体化学习工作站",
   situation="神木市环卫所的一辆纯电动环卫车早上上电后仪表报高压互锁故障，车辆无法上高压。环卫所把车送到学校合作的维修站，站长请新能源班学员做好高压安全防护，读取故障码和数据流，按电路图逐段测量互锁回路，找到故障点后修复，并验证车辆恢复正常。",
   qs=[("问题1 测量高压部件前要做哪些安全准备？", ["穿戴绝缘手套和护目镜，断开维修开关并放进工具箱上锁，等五分钟后验电确认无电。", "戴绝缘手套，断维修开关。", "等五分钟再验电。"]),
       ("问题2 高压互锁回路的作用是什么？", ["监测高压插接件是否都插好，任何一个插头松开，整车控制器就断开高压，防止触电。", "监测插头是否插好。", "插头松开就断高压。"])],
   hw=[("1. 怎样用万用表分段查找互锁断点？", ["断电后从控制器端开始，逐个插接件测量互锁线的通断，电阻突然变成无穷大的那一段就是断点。", "逐段测通断。", "电阻无穷大处是断点。"]),
       ("2. 修复后要做哪些验证？", ["清除故障码，重新上电看仪表，路试十分钟，再读一次故障码确认没有复现。", "清码、上电、路试。", "再读一次故障码。"])],
   outputs=[("高压互锁故障检测报告", "电机控制器低压插头端子退针。"), ("维修竣工检验单", "上电正常，路试无故障码。")]),
 "feed": dict(major="健康与社会照护", code="0529", course="居家上门生活照护", task="卧床老人协助进食与防噎呛照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="同心县一家社区养老服务站为居家的卧床老人提供上门照护。服务站站长请照护班学员在上门前了解老人的吞咽能力和饮食禁忌，准备合适的食物和餐具，协助老人取合适体位进食，观察有无呛咳，进食后做口腔清洁，并填写照护服务记录。",
   qs=[("问题1 卧床老人进食时取什么体位？为什么？", ["能坐起的扶坐起来，不能坐起的摇高床头三十度以上，头稍向前倾，食物不容易呛进气管。", "摇高床头三十度以上。", "头前倾，不容易呛。"]),
       ("问题2 发现老人呛咳时应怎样处理？", ["立即停止喂食，让老人身体前倾，轻拍背部，咳不出来呼吸困难时马上呼叫急救。", "停止喂食，轻拍背部。", "呼吸困难就呼叫急救。"])],
   hw=[("1. 吞咽困难的老人食物怎样准备？", ["把食物做成糊状或加增稠剂，温度在三十八到四十度，每口量少，一口咽下再喂下一口。", "做成糊状，每口量少。", "温度三十八到四十度。"]),
       ("2. 进食后为什么要做口腔清洁？", ["食物残渣留在口腔里容易引起口腔感染，还可能被吸入肺里引起吸入性肺炎。", "防止口腔感染。", "防吸入性肺炎。"])],
   outputs=[("上门照护服务计划", "每日两次协助进食，餐后口腔清洁。"), ("吞咽能力观察记录", "洼田饮水试验二级。")]),
 "honey": dict(major="中药", code="1301", course="甘草类饮片蜜炙炮制", task="蜜炙甘草饮片炮制与质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="宁夏中部干旱带出产甘草。同心县一家中药饮片厂接到一批蜜炙甘草的订单，厂里的老药工请中药班学员按炮制规范炼蜜、闷润、文火炒制，控制蜜的用量和火候，炒好后晾凉，检查饮片的色泽、气味和黏手程度，填写炮制记录和质量检查单。",
   qs=[("问题1 炼蜜要炼到什么程度？", ["炼到蜜液起鱼眼泡、用手捻有黏性但不拉长丝，这叫中蜜，适合炙甘草。", "起鱼眼泡，捻有黏性。", "中蜜。"]),
       ("问题2 为什么要先闷润再炒？", ["蜜汁要慢慢渗进甘草片里，闷润透了再炒，内外颜色一致，不会外焦里生。", "让蜜渗透进去。", "内外颜色一致。"])],
   hw=[("1. 炒制时用什么火？炒到什么程度？", ["用文火，不停翻炒，炒到表面深黄色、不黏手时出锅。", "文火，炒到不黏手。", "表面深黄色。"]),
       ("2. 每一百千克甘草用多少炼蜜？", ["按炮制规范，每一百千克甘草片用炼蜜二十五千克。", "二十五千克。", "炼蜜二十五千克。"])],
   outputs=[("蜜炙甘草炮制记录", "投料十千克，用炼蜜二点五千克。"), ("饮片质量检查单", "色泽深黄，略有光泽，不黏手。")]),
 "vlan": dict(major="计算机网络应用", code="0301", course="企业园区网络规划与部署", task="清真牛羊肉加工企业办公网络VLAN划分与无线覆盖",
   hours=18, station="网络组建与运维一体化学习工作站",
   situation="同心县一家清真牛羊肉加工企业新建了办公楼，财务、销售、生产调度和访客都挤在一个网络里，经常互相影响。企业网管请网络班学员调研各部门需求，规划VLAN和IP地址，配置交换机和路由，给办公区和冷库值班室做无线覆盖，测试连通性并编写网络文档。",
   qs=[("问题1 为什么要把财务部门单独划一个VLAN？", ["财务数据敏感，单独一个VLAN可以用访问控制限制别的部门访问，也能减少广播干扰。", "数据敏感，限制访问。", "减少广播。"]),
       ("问题2 冷库值班室的无线信号为什么差？", ["冷库的墙里有保温层和金属板，信号穿不过去，要在值班室里单独放一个无线接入点。", "金属板挡信号。", "单独放接入点。"])],
   hw=[("1. Trunk口和Access口有什么区别？", ["Access口只属于一个VLAN，接电脑；Trunk口可以同时通过多个VLAN，用来连接交换机。", "Access接电脑，Trunk连交换机。", "Trunk过多个VLAN。"]),
       ("2. 访客网络要注意什么？", ["访客单独一个VLAN和无线名称，只能上外网，不能访问内部服务器，并限制带宽。", "只能上外网。", "限制带宽。"])],
   outputs=[("网络拓扑与VLAN规划表", "划分五个VLAN。"), ("连通性测试报告", "跨VLAN访问按策略放行。")]),
 "frontdesk": dict(major="饭店(酒店)服务", code="0504", course="高原旅游酒店前厅接待", task="环青海湖自行车赛期间团队客人入住接待",
   hours=16, station="酒店前厅服务一体化学习工作站",
   situation="每年夏天环青海湖国际公路自行车赛经过共和县，县城的一家酒店要接待一个四十二人的车队和后勤团队，客人在同一个下午到店，还带着大量自行车和行李。酒店前厅经理请酒店班学员核对团队预订，提前排房、制作房卡，设置团队专用登记台，安排行李和自行车存放，处理客人的临时换房要求。",
   qs=[("问题1 团队入住前为什么要提前排房？", ["团队客人同时到达，提前按名单排好房、做好房卡，到店后只核对证件，能大大缩短等候时间。", "缩短等候时间。", "到店只核对证件。"]),
       ("问题2 高原酒店接待客人要提醒什么？", ["提醒客人注意高原反应，第一天不要剧烈活动，不要洗太久热水澡，房间备好氧气和热水。", "注意高原反应。", "房间备氧气。"])],
   hw=[("1. 客人要求换房时怎样处理？", ["先了解原因，查看可售房，能换的马上办理，不能换的说明情况并提供其他补偿，记录在交班本上。", "了解原因，查看可售房。", "记录在交班本上。"]),
       ("2. 团队客人的行李怎样存放？", ["挂好行李牌，写清房号和件数，按楼层分区存放，送房时逐件核对签收。", "挂行李牌，按楼层存放。", "送房时核对签收。"])],
   outputs=[("团队入住登记表", "四十二人，二十一间双人房。"), ("团队排房表", "车队集中在三楼。")]),
 "mutton": dict(major="烹饪(中式烹调)", code="0501", course="青海地方风味菜制作", task="手抓羊肉与炕锅羊排制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="共和县一家以青海风味为特色的餐厅准备在旅游旺季推出牧家宴套餐，头两道菜是手抓羊肉和炕锅羊排。餐厅主厨请烹饪班学员挑选羊肉，完成剔骨分档、冷水下锅煮制，调好蒜泥和椒盐蘸料，用炕锅焖炒羊排和土豆，控制火候和出菜时间，最后请食客试吃评价。",
   qs=[("问题1 手抓羊肉为什么要冷水下锅？", ["冷水下锅，血水慢慢煮出来撇干净，肉不发柴，汤也清亮。", "血水能煮出来。", "肉不发柴，汤清。"]),
       ("问题2 炕锅羊排为什么要先把土豆垫在锅底？", ["土豆片垫在锅底吸收羊油和汤汁，羊排不粘锅，土豆也入味焦香。", "羊排不粘锅。", "土豆入味焦香。"])],
   hw=[("1. 手抓羊肉煮到什么程度出锅？", ["用筷子能轻松插进最厚的肉里、没有血水流出就出锅，大约一个小时。", "筷子能插进去。", "没有血水流出。"]),
       ("2. 怎样判断羊肉是否新鲜？", ["肉色鲜红有光泽，脂肪洁白，按下去能很快回弹，没有异味。", "肉色鲜红，脂肪洁白。", "按下去能回弹。"])],
   outputs=[("手抓羊肉制作记录", "出品十二份，每份五百克。"), ("炕锅羊排制作记录", "出菜时间十五分钟。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="神木市麟州技工学校", pack="dir", region="sm", course="plc", cls="机电2401班", size=38, seed=11,
         sidp="24810127", students=["郝星辰", "白砚舟", "乔嘉树"], items={11: ["郝星辰", "白砚舟"]},
         extra_class=["薛景瑞"], bad={"薛景瑞": "over"}, others_named=["贺长青"],
         teachers=["高志峰", "刘巧娥"], form_count="38人",
         f8="work_permit", f10="split_pages", f11="drawing_typed", f12="yarn_photo",
         findings=[("students.count", 11, False), ("records.invalid_score", 10, False, "薛景瑞")],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED: an 接线图 and a 程序清单 per student, each with a title block `绘图 <name>`) holds the works of only TWO "
                 "students, 郝星辰 and 白砚舟 (乔嘉树's missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. "
                 "Item 10 (scanned 300 dpi gray, raisins on the glass) is a register whose COLUMNS are split over two pages: page 1 "
                 "`序号 学号 姓名 识图与元件选型(15) 主电路接线(25) PLC接线(20)`, page 2 (续表) `序号 姓名 程序编写与调试(30) "
                 "安全文明(10) 总分 评定`; 薛景瑞 has 29 under `主电路接线(25)` on page 1 (his 总分 on page 2 the sum of his five "
                 "parts): records.invalid_score. Item 8 (scanned 300 dpi gray, raisins): an 电气作业票 head, `作业人` the student, "
                 "`监护人` the plant's master 贺长青 (not a student), both signing at the foot. No roster"),
    dict(school="神木市麟州技工学校", pack="dir", region="sm", course="hvil", cls="新能源2402班", size=36, seed=12,
         sidp="24810435", students=["武思睿", "苏云朵", "冯予安"], others_named=["张存福", "王金堂"],
         teachers=["杨振塬", "李瑞芳", "折建军"], form_count="36人", roster="cadres", headteacher="高慧琴",
         f8="test_report", f10="gate_deferred", f11="report_typed", f12="color_scan_hand",
         findings=[],
         comment="clean. The roster (typed 花名册) has a 班干部 column (班长, 学习委员 …) and names the 班主任 高慧琴 and the "
                 "class's 企业导师 王金堂 (not students); 36 = form `36人` = item 10 (TYPED) rows. Item 10: "
                 "`高压安全防护（否决项）` holds 合格 (no number), then four scored parts, 总分 and 等级; ONE student's row reads "
                 "`缓考` with `—` in every part and `病假，另行补测` as remark (a record, no score; legal). Item 8 (colour scan 200): "
                 "a 检测报告 head, `检测员` the student, `复核员` a teacher, the sanitation depot's driver 张存福 as 送修人. "
                 "Three teachers"),
    dict(school="同心县豫海技工学校", pack="gbkzip", region="tx", course="feed", cls="照护2401班", size=36, seed=21,
         sidp="2464052901", students=["丁雨辰", "海梦茹", "锁晓燕"], outsiders={"锁晓燕": "照护2402班"}, out_sidp="2464052902",
         extra_class=["田雅琴"], absent_from_10=["田雅琴"], others_named=["马兰芝", "杨福林"],
         teachers=["周玉梅", "金海燕"], form_count="36人",
         f8="care_record", f10="examiner_col", f11="careplan_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "锁晓燕"), ("records.count_mismatch", 10, False)],
         comment="锁晓燕 of the parallel class 照护2402班 (her class and 学号 246405290223 on her 照护服务记录, typed care plans and "
                 "homework) is the third student of 8/11/12; item 10 has no record of her: students.not_in_class. Item 10 (scanned "
                 "200 dpi gray) lists 35 students while the form says `36人` (no roster; the missing member is 田雅琴, on no page): "
                 "records.count_mismatch. Item 10 has a `考评员` column holding a teacher's name in EVERY row (周玉梅 / 金海燕, not "
                 "students). Item 8 (1-bit 200 dpi): 照护服务记录 head `服务对象 马兰芝（82岁）` / `照护员 <name>`; the elders 马兰芝 "
                 "and 杨福林 are named on 8 and 11 (not students). No roster"),
    dict(school="同心县豫海技工学校", pack="gbkzip", region="tx", course="honey", cls="中药2401班", size=40, seed=22,
         sidp="2464130101", students=["李溪亭", "苏静怡", "马苡宁"], items={12: ["李溪亭", "苏静怡"]},
         extra_class=["虎子涵"], bad={"虎子涵": "sum"}, others_named=["海德山"],
         teachers=["撒海军", "王绍芬"], form_count="40名",
         f8="header_table", f10="best_of_two", f11="process_typed", f12="yarn_photo2",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "虎子涵")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a strand of yarn on the page) holds the homework of only TWO students, 李溪亭 and 苏静怡 "
                 "(马苡宁's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (TYPED) "
                 "`理论(30) | 实操第一次(70) | 实操第二次(70) | 实操取高 | 总分`, the note: the higher of the two attempts counts; "
                 "虎子涵 (one attempt, `/` under 第二次) has a 总分 10 above 理论 + 取高: records.invalid_score. Item 8 (scanned 200 "
                 "gray): a bordered head row, the factory's old pharmacist 海德山 named as 指导师傅 (not a student). No roster"),
    dict(school="同心县豫海技工学校", pack="gbkzip", region="tx", course="vlan", cls="网络2401班", size=40, seed=23,
         sidp="2464030101", students=["张砺锋", "周芊羽", "黑振东"], extra_class=["撒春燕"], absent_from_10=["撒春燕"],
         teachers=["马继荣", "杨晓红"], form_count="40", roster="dorm", headteacher="丁守礼", others_named=["金凤霞"],
         f8="plain_line", f10="plain_sex", f11="topology_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "撒春燕"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 学生名单 by dormitory room, 40, the 宿管 金凤霞 and 班主任 丁守礼 named) and the form (`40`) hold "
                 "撒春燕; item 10 (TYPED, a plain table with 性别) has 39 rows and none for her: records.missing_student and "
                 "records.count_mismatch. Item 8 (scanned 250 gray): a plain `班级 学号 姓名` line"),
    dict(school="共和县恰卜恰技工学校", pack="zip", region="gh", course="frontdesk", cls="酒店2401班", size=34, seed=31,
         sidp="2463050401", students=["祁霁月", "才让措姆", "星文博"], items={8: ["祁霁月", "才让措姆", "李沁瑶"]},
         extra_class=["李沁瑶", "赵沛霖"], bad={"赵沛霖": "sum"}, others_named=["陈德顺", "吴蔓青"],
         teachers=["索南仁增", "祁海霞"], form_count="34人（男12人，女22人）",
         f8="badge_box", f10="hand_corrected", f11="checkin_typed", f12="yarn_photo3",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "赵沛霖")],
         comment="item 8 (scanned 250 dpi colour, raisins) holds the worksheets of 祁霁月, 才让措姆 (a Tibetan name, no surname) and "
                 "classmate 李沁瑶 (with an item-10 record) instead of 星文博's (items 11 and 12 hold the three): students.mismatch. "
                 "Item 10 (scanned 250 dpi colour, raisins): three printed totals struck through in red with the right sum written "
                 "beside by hand (legal corrections); 赵沛霖's printed 总分 is 9 above the sum of his parts and NOT corrected: "
                 "records.invalid_score. The form's count cell reads `34人（男12人，女22人）`. Item 8: a 胸牌-like box at the top "
                 "right `实习生 <name>`; the team leader 陈德顺 and guest 吴蔓青 named on 8 and 11 (not students). No roster"),
    dict(school="共和县恰卜恰技工学校", pack="zip", region="gh", course="mutton", cls="烹饪2401班", size=38, seed=32,
         sidp="2463050101", students=["朱海鹏", "拉毛央宗", "鲁文轩"], others_named=["王占元", "马桂芳", "完玛拉姆"],
         teachers=["李永寿", "多杰旦周"], form_count="38名",
         f8="fax_line", f10="panel_bonus", f11="dish_typed", f12="raisin_scan",
         findings=[],
         comment="clean. Item 10 (scanned 200 dpi gray): `刀工(20) 火候(25) 调味(25) 装盘(10) 食客评价(20) 加分 总分`; 食客评价 is "
                 "the mean of three diners' marks (the diners 王占元, 马桂芳, 完玛拉姆 named in the note, not students), 加分 up to 3 for "
                 "an innovation the note explains, 总分 = parts + 加分 (never above 100); 38 rows = form `38名`. Tibetan students "
                 "(no surname) among the class. Item 8 (1-bit fax-like): `姓名＿ 学号＿ 班级＿` by hand; item 11 typed dish records "
                 "with the diners named. No roster"),
]

PROVINCE = {1: "陕西省榆林市神木市", 2: "宁夏回族自治区吴忠市同心县", 3: "青海省海南藏族自治州共和县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 神木: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 同心: "8．工作页.pdf" (a full-width dot)
        return "%d．%s.pdf" % (n, NAMES[n])
    return "%s-%s.pdf" % (s["cls"], NAMES[n])   # 共和: "酒店2401班-工作页.pdf" (no number)


def form_name(s, c):
    return {1: ("申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("附件2申报书_%s.pdf" % s["cls"], "pdf"),
            3: ("%s工学一体化优质课堂申报书.docx" % s["cls"], "docx")}[grp(s)]

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


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "授课班级 | %s（%s）" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "学生人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 神木: class and size in one cell
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 共和: 学生人数, once with the boys and girls in brackets
        rows = [("专业名称", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>以学生为中心，按“获取信息—制定计划—做出决策—实施计划—过程控制—评价反馈”组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
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
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "work_permit":   # an electrical work permit: 作业人 the student, 监护人 the plant's master
            head = tbl([["作业票编号", "JD-%s-%02d" % (day(s, i)[:4], 7 + i), "作业地点", "实训台%d号工位" % (3 + i)],
                        ["作业人", hand(n, True), "监护人", hand("%s（企业师傅）" % on[0], True, BLACK)],
                        ["班　级", hand(cl, True), "学　号", hand(sid, True)],
                        ["作业内容", ("输送机控制柜主电路与PLC接线、程序调试", ' colspan="3" align="left"')]], width="96%", pad="4px 5px")
            body = ('<h3 style="text-align:center">电气作业票（学习工作页）</h3>' + head + sit + answers(c, rng, i) +
                    '<p>安全措施确认：停电、验电、挂牌上锁　%s</p>' % hand("√", True) +
                    '<p>作业人签字：%s　　　监护人签字：%s　　　%s</p>' % (hand(n), hand(on[0], False, BLACK), hand(day(s, i), True)) + comment)
        elif f == "test_report":   # a test report head: 检测员 the student, 复核员 a teacher, 送修人 the depot's driver
            head = tbl([["车辆", "纯电动环卫车（洗扫车）", "送修单位", "神木市环卫所"],
                        ["送修人", on[0], "里程", "%d km" % (18230 + 417 * i)],
                        ["检测员", hand(n, True), "班级 / 学号", hand("%s / %s" % (cl, sid), True)],
                        ["复核员", t[(i + 1) % 3], "检测日期", hand(day(s, i), True)]], width="96%", pad="4px 5px")
            body = ('<h3 style="text-align:center">高压互锁故障检测报告<br/>（学习工作页）</h3>' + head + sit + answers(c, rng, i) + comment)
        elif f == "care_record":   # 服务对象 the elder, 照护员 the student
            elder = on[i % 2]
            head = tbl([["服务对象", "%s（%d岁，%s）" % (elder, 82 - 3 * i, ["右侧偏瘫", "脑梗后遗症", "帕金森病"][i % 3]), "服务日期", hand(day(s, i), True)],
                        ["照护员", hand(n, True), "班级", hand(cl, True)], ["学号", hand(sid, True), "带教老师", t[i % 2]]], width="96%", pad="4px 5px")
            body = ('<h3 style="text-align:center">照护服务记录（学习工作页）</h3>' + head + sit + answers(c, rng, i) +
                    '<p>家属签字：%s　　　</p>' % hand("%s家属" % elder, True, BLACK) + comment)
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 指导师傅
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "指导师傅", on[0]]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "badge_box":   # a badge-like box at the top right, the team leader and a guest named
            badge = ('<table align="right" style="border:1.5pt solid #7a1f1f;border-radius:6px;border-collapse:separate;margin:0 0 6px 10px">'
                     '<tr><td style="padding:3px 10px;background:#7a1f1f;color:#fff;text-align:center"><b>实 习 生</b></td></tr>'
                     '<tr><td style="padding:4px 10px;text-align:center">%s</td></tr>'
                     '<tr><td style="padding:2px 10px;text-align:center;font-size:9pt">前台接待　%s<br/>工号 %s</td></tr></table>'
                     % (hand(n), hand(cl, True), hand(sid[-4:], True)))
            body = (badge + '<h3>%s<br/>学习工作页</h3>' % c["task"] +
                    '<p style="clear:both">接待团队：环湖赛车队后勤组（领队：%s）　　VIP客人：%s</p>' % (on[0], on[1]) + sit + answers(c, rng, i) + comment)
        elif f == "fax_line":
            head = '<p>姓名＿%s＿　学号＿%s＿　班级＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + "<p>餐厅指导：主厨　实训日期：%s</p>" % day(s, i) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"work_permit": "x-scanpdf:300:raisins", "test_report": "x-scanpdf:200:color", "care_record": "x-scanpdf:200:mono",
            "header_table": "x-scanpdf:200", "plain_line": "x-scanpdf:250", "badge_box": "x-scanpdf:250:color:raisins",
            "fax_line": "x-scanpdf:200:mono"}[f]
    font = {"header_table": "Noto Sans CJK SC", "test_report": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    return "优秀" if x >= 90 else "良好" if x >= 75 else "合格" if x >= 60 else "不合格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "split_pages":   # the columns of one register split over two pages (续表)
        parts = [("识图与元件选型", 15), ("主电路接线", 25), ("PLC接线", 20), ("程序编写与调试", 30), ("安全文明", 10)]
        p1 = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts[:3]]], "1px 4px")]
        p2 = [trow(["<b>%s</b>" % x for x in ["序号", "姓名"] + ["%s<br/>(%d)" % p for p in parts[3:]] + ["总分", "评定"]], "1px 4px")]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.92)
            if bad.get(n) == "over":
                v[1] = 29
            tot = sum(v)
            p1.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v[:3]], "1px 4px"))
            p2.append(trow([str(k + 1), n] + [str(x) for x in v[3:]] + [str(tot), grade(tot)], "1px 4px"))
        body = (head10(s, c, "学习任务考核记录表（一）") + table(p1, "80%") + "<p>（接下页）</p>" + PB +
                head10(s, c, "学习任务考核记录表（二）（续表）") + table(p2, "80%") +
                "<p>注：总分＝五项得分之和；评定：90分以上优秀，75～89良好，60～74合格。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:raisins"
    if f == "gate_deferred":   # a pass/fail veto column, grades, one deferred student
        parts = [("故障现象确认", 15), ("电路检测", 35), ("故障排除", 30), ("检修报告", 20)]
        hd = ["序号", "学号", "姓名", "高压安全防护<br/>（否决项）"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级", "备注"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        defer = rec[(s["seed"] * 3) % len(rec)]
        for n in s["students"]:
            assert n != defer
        for k, n in enumerate(rec):
            if n == defer:
                out.append(trow([str(k + 1), sid_of(s, n), n, "—", "—", "—", "—", "—", "缓考", "", "病假，另行补测"], pad))
                continue
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n, "合格"] + [str(x) for x in v] + [str(sum(v)), grade(sum(v)), ""], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：高压安全防护为否决项，不合格者本任务考核不通过；总分为四项得分之和。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "examiner_col":   # an examiner's name in every row
        parts = [("操作前准备", 10), ("协助进食", 40), ("口腔清洁", 30), ("沟通与人文关怀", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["得分", "考评员"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), t[(k // 6) % 2]], pad))
        body = head10(s, c, "技能考核评分登记表") + table(out) + "<p>考核方式：模拟居家场景，考生逐一操作，考评员现场评分。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "best_of_two":   # two attempts at the practical, the higher counts
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "理论<br/>(30)", "实操第一次<br/>(70)", "实操第二次<br/>(70)", "实操取高", "总分"]], pad)]
        second = set(rng.sample(range(len(rec)), 8))
        for k, n in enumerate(rec):
            th = int(round(30 * rng.uniform(0.6, 0.95)))
            a1 = int(round(70 * rng.uniform(0.5, 0.93)))
            if k in second and bad.get(n) != "sum":
                a2 = min(70, a1 + rng.randint(-4, 12))
                hi = max(a1, a2)
                cells = [str(th), str(a1), str(a2), str(hi)]
            else:
                hi = a1
                cells = [str(th), str(a1), "/", str(hi)]
            tot = th + hi + (10 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：实操考核可申请第二次考核，取两次中的高分计入总分；总分＝理论＋实操取高。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_sex":
        parts = [("需求分析", 10), ("VLAN划分", 30), ("无线覆盖", 30), ("连通测试", 20), ("文档", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex_of(n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "hand_corrected":   # three totals struck through in red, the right sum by hand; one wrong total not corrected
        parts = [("仪容仪表", 10), ("预订核对", 15), ("入住登记", 30), ("排房与发卡", 25), ("行李服务", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "评定"]], pad)]
        cand = [k for k, n in enumerate(rec) if n not in bad and n not in s["students"] and n not in s.get("items", {}).get(8, [])]
        fixed = set(rng.sample(cand, 3))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            if bad.get(n) == "sum":
                cell = str(tot + 9)
            elif k in fixed:
                wrong = tot + rng.choice([-5, -3, 4, 6])
                cell = '<s style="color:#b8231a">%d</s> %s' % (wrong, hand(str(tot), True, "#b8231a", "11pt"))
            else:
                cell = str(tot)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [cell, grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:color:raisins"
    if f == "panel_bonus":   # diners' mean mark and an innovation bonus, both explained
        parts = [("刀工", 20), ("火候", 25), ("调味", 25), ("装盘", 10), ("食客评价", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["加分", "总分"]], pad)]
        bonus = set(rng.sample(range(len(rec)), 5))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = rng.randint(1, 3) if k in bonus else 0
            tot = min(100, sum(v) + b)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(b) if b else "", str(tot)], pad))
        on = s["others_named"]
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：1.食客评价为合作餐厅三位食客（%s、%s、%s）试吃打分的平均分，四舍五入取整。2.加分：出品有创新（如改良蘸料、创新装盘）"
                "经主厨认定加1～3分，总分＝五项得分＋加分，最高100分。</p>" % tuple(on[:3]) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
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
            if f == "drawing_typed":   # a drawing with a title block
                block = tbl([["图名", title, "图号", "SM-JD-%02d%d" % (i + 1, j + 1)], ["绘图", n, "班级", cl],
                             ["审核", t[j % 2], "日期", day(s, 30 + i)]], width="60%")
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["元件", "型号", "数量"], ["PLC", "FX3U-32MR", "1"], ["交流接触器", "CJX2-1810", "3"], ["热继电器", "NR2-25", "3"]], width="70%") +
                             "<p>说明：%s</p>" % desc + '<div style="margin-left:40%%">%s</div>' % block)
            elif f == "report_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["送修单位", "神木市环卫所", "送修人", on[0]], ["检测员", "%s（%s）" % (n, cl), "复核员", t[(j + 1) % 3]],
                                  ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "careplan_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务对象", on[j % 2], "年龄", "%d岁" % (79 + 3 * j)], ["制订人", "%s（%s）" % (n, cl), "审核", t[j % 2]],
                                  ["内容", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "process_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "蜜炙甘草", "批号", "GC2410%02d" % (i * 2 + j + 1)], ["炮制人", n, "班级", cl],
                                  ["指导师傅", on[0], "复核", t[j % 2]], ["记录", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "topology_typed":
                parts.append('<h3>%s</h3><p>设计：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["VLAN", "部门", "网段"], ["10", "财务", "192.168.10.0/24"], ["20", "销售", "192.168.20.0/24"],
                                  ["30", "生产调度", "192.168.30.0/24"], ["99", "访客", "192.168.99.0/24"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "checkin_typed":   # the team's guests and the receptionist
                parts.append('<h3 style="text-align:center">%s</h3><p>接待员：%s（%s）　　领队：%s</p>' % (title, n, cl, on[0]) +
                             tbl([["房号", "客人", "人数", "备注"], ["3%02d" % (8 + i), on[0], "1", "领队"], ["3%02d" % (9 + i), on[1], "2", "VIP，高原反应提醒"],
                                  ["3%02d" % (10 + i), "车队队员（名单附后）", "2", "自行车入库"]], width="90%") + "<p>%s</p>" % desc)
            elif f == "dish_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["主理", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["试菜食客", "、".join(on[:3]), "评价", desc]], width="90%"))
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
        if f == "yarn_photo":
            head = ["%s　课后作业" % c["course"][:8], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "color_scan_hand":
            head = ["课后练习（高压系统）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "yarn_photo2":
            head = ["中药炮制课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "yarn_photo3":
            head = ["前厅服务课后作业", "> 学生：%s　%s" % (n, cl)]
        elif f == "raisin_scan":
            head = ["课后作业（风味菜）", "姓名：%s　学号：%s" % (n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"yarn_photo": "x-photo:200:2:yarn", "color_scan_hand": "x-scan:200:3:color", "plain_photo": "x-photo:200:1",
            "yarn_photo2": "x-photo:200:2:yarn", "hand_page": "x-scan:250:4", "yarn_photo3": "x-photo:200:3:yarn",
            "raisin_scan": "x-scan:200:1:raisins"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

FEMALE = set("燕茹静怡悦涵朵晴莹琴娜洁婷楠露霞云花雪梅娟丹兰萍琪敏彤")


def sex_of(n):
    if n in TIBETAN:
        return "女" if any(x in n for x in ("措", "卓玛", "毛", "吉", "草", "央金")) else "男"
    return "女" if n[-1] in FEMALE else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "cadres":   # a 花名册 with a 班干部 column
        roles = ["班长", "团支书", "学习委员", "安全委员", "劳动委员", "体育委员"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "班干部", "生源地"])]
        places = ["神木市", "府谷县", "榆阳区", "佳县", "米脂县", "靖边县"]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), roles[j // 6] if j % 6 == 0 and j // 6 < len(roles) else "", places[(j * 7) % 6]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s花名册</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="86%") + "<p>班主任：%s　　企业导师：%s　　共%d人</p>" % (s["headteacher"], s["others_named"][1], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "dorm":   # a 学生名单 by dormitory room
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["宿舍", "序号", "学号", "姓名", "床位"])]
        boys = [n for n in k if sex_of(n) == "男"]
        girls = [n for n in k if sex_of(n) == "女"]
        j = 0
        for label, group, base in (("男生", boys, 301), ("女生", girls, 512)):
            for r0 in range(0, len(group), 6):
                room = group[r0:r0 + 6]
                for b, n in enumerate(room):
                    j += 1
                    first = td("%s %d室" % (label, base + r0 // 6), ' align="center" rowspan="%d"' % len(room), "1px 4px") if b == 0 else ""
                    rows.append("<tr>%s%s</tr>" % (first, "".join(td(x, ' align="center"', "1px 4px") for x in [str(j), sid_of(s, n), n, "%d号床" % (b + 1)])))
        body = ('<h2 style="text-align:center">%s　%s学生名单（按宿舍）</h2>' % (s["school"], s["cls"]) + table(rows, width="80%") +
                "<p>班主任：%s　　宿管：%s　　共%d人（男%d，女%d）　　2024年9月</p>" % (s["headteacher"], s["others_named"][0], len(k), len(boys), len(girls)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
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
    truth = {"comment": "Hundred-and-twelfth held-out people corpus (testdata/heldout112), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 112)
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
