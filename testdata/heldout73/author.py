#!/usr/bin/env python3
"""Write the sources of the seventy-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go's struct tags was
read; classaudit was not run on it). Seven submissions of three invented
schools in 平谷区 (Beijing), 安庆 (Anhui) and 白城 (Jilin).

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
# every earlier corpus with a truth file (heldout74 is written at the same time and is not read)
EARLIER = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(HERE, "..", "*", "truth.json"))
                 if os.path.basename(os.path.dirname(p)) not in ("heldout73", "heldout74"))

# surnames by region, weighted by repetition: 平谷 (the common northern names), 安庆 (汪 程 方 胡 储 檀 查
# are the families of 桐城, 潜山, 太湖), 白城 (northern names; 包 白 宝 of the Mongol families, 关 那 Manchu)
SURNAMES = {
    "pg": list("王王王王李李李张张张刘刘刘赵赵杨杨孙孙郭郭高高马于陈徐韩董谷"),
    "aq": list("汪汪汪王王张张吴吴方方程程胡胡江叶黄何刘李章檀储储查陶"),
    "bc": list("王王王李李李张张刘刘赵赵孙孙于于杨高包包白宝关那吕邵"),
}
# given names: a new list, of old books and good conduct (知远 修齐 怀瑾 景行 …)
GIVEN2 = ("知远 思齐 敬之 明哲 怀瑾 若愚 守拙 慎行 景行 望舒 书瑶 知夏 初晴 清欢 念慈 安然 静姝 承泽 以宁 嘉言 "
          "弘毅 子衿 言蹊 执中 闻韶 沛然 南乔 采薇 锦书 秋水 澄心 温言 若谷 知微 端阳 怀远 立诚 允恭 明德 "
          "至善 修文 崇礼 尚书 惟清 乐群 笃行 厚朴 守正 弘文 敏求 文蔚 思源 映雪 晓筠 问渠 慕白 念真 "
          "舒窈 清扬 婉清 素心 月华 思柔 书宁 伯谦 仲达 叔平 季和 云起 砚舟 墨池 兰亭 竹君 梅卿").split()
GIVEN1 = list("瑾琛玥璟瑜珂謇恪")


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
        with open(os.path.join(HERE, "..", d, "truth.json"), encoding="utf-8") as f:
            walk(json.load(f))
    readmes = []
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "README.md")
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                        break
                    readmes.append(line)
    return names, "\n".join(texts), "".join(readmes)


USED_BEFORE, EARLIER_TEXT, EARLIER_README = earlier_strings()
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


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])
        for _ in range(40):   # the surname stays, only the given name is redrawn
            g = rng.choice(GIVEN1) if rng.random() < 0.12 else rng.choice(GIVEN2)
            name = sur + g
            if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
                continue
            names.append(name)
            break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "peach": dict(major="电子商务", code="0603", course="生鲜农产品网店运营", task="平谷大桃产地直发小程序商城上新与售后处理",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="每年七八月平谷大桃集中上市，一家桃农合作社开了小程序商城，想把鲜桃从地头直接发到北京城区的家庭。合作社请电商班学员为新一季的桃子做商品上新，拍摄和修图，写详情页，设置规格和运费模板，上线后做好客服接待，处理压伤、延迟到货的退换货申请。",
   qs=[("问题1 鲜桃上新时规格应该怎样设置？", ["按单果重量分成大果、中果两档，再按箱分五斤和十斤装，写清果径和个数。", "按单果大小和箱重分规格。", "写清果径和个数。"]),
       ("问题2 客服接到“桃子压伤了”的咨询怎样回复？", ["先致歉安抚，请顾客拍照，核对订单和快递面单后按压伤个数补发或退款。", "先道歉，再请顾客拍照。", "核对后补发或退款。"])],
   hw=[("1. 运费模板为什么要把偏远地区单独设置？", ["偏远地区冷链运费高、时效长，单独设置运费或不发货，避免亏本和坏果。", "偏远地区运费高。", "时效长容易坏。"]),
       ("2. 详情页首屏应该放什么？", ["产地实拍图、果径规格和坏果包赔承诺，让顾客一眼看到卖点。", "产地实拍和规格。", "坏果包赔。"])],
   outputs=[("退换货审核单（一）", "压伤三个，补发三个。"), ("退换货审核单（二）", "物流延迟两天，退运费。"), ("退换货审核单（三）", "规格不符，换货。")]),
 "bowls": dict(major="烹饪(中式烹调)", code="0501", course="农家宴席热菜制作", task="平谷农家院京味八大碗宴席热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="平谷金海湖边的一家农家院接了一批城里来的团餐，客人点名要吃京味八大碗。农家院的主厨请烹饪班学员按八大碗的传统做法制定菜单和原料单，完成扒肘子、米粉肉、松肉和烩丸子等热菜，上菜前由试菜评委品尝打分，再按评价改进。",
   qs=[("问题1 米粉肉的米粉为什么要先炒香再磨？", ["大米和花椒、八角一起炒到微黄，香味出来，磨成粗粉蒸出来才松散不粘。", "炒香后磨，蒸出来不粘。", "和花椒八角一起炒。"]),
       ("问题2 扒肘子怎样做到软烂不散？", ["先焯水去腥，再走红上色，然后小火慢炖两小时，出锅前收汁，肉皮朝上扣碗。", "小火慢炖两小时。", "先焯水再走红。"])],
   hw=[("1. 八大碗为什么多用蒸和扣的做法？", ["农家院宴席人多，蒸扣的菜可以提前做好，上菜快，保温好。", "可以提前做，上菜快。", "保温好。"]),
       ("2. 烩丸子的勾芡要注意什么？", ["芡汁要稀稠合适，淋芡后轻推，让汤汁包住丸子又不糊底。", "稀稠合适，轻推。", "不要糊底。"])],
   outputs=[("扒肘子菜品成本核算表", "主料肘子一只，成本六十二元。"), ("米粉肉菜品成本核算表", "五花肉一斤半，米粉二两。"), ("烩丸子菜品成本核算表", "猪肉馅一斤，出丸子二十四个。")]),
 "idle": dict(major="汽车维修", code="0403", course="发动机电控系统故障诊断", task="网约车发动机怠速抖动与加速无力故障诊断排除",
   hours=18, station="汽车维修一体化学习工作站",
   situation="安庆一家网约车公司的几辆运营车辆跑了二十多万公里，车主反映冷车怠速抖得厉害，加速无力，发动机故障灯偶尔点亮。维修站站长请汽修班学员接车后做绕车检查，读取故障码和数据流，检查点火线圈、喷油器和进气系统，找出故障原因，修复后试车并交车。",
   qs=[("问题1 怠速抖动时为什么先看失火计数？", ["失火计数能显示是哪一缸在失火，缩小范围，再查那一缸的点火和喷油。", "能找出失火的缸。", "缩小检查范围。"]),
       ("问题2 怎样判断是点火线圈还是火花塞的问题？", ["把怀疑的点火线圈和相邻缸对调，失火跟着线圈走就是线圈坏，不跟着走再查火花塞。", "对调线圈看失火跟不跟着走。", "跟着走就是线圈坏。"])],
   hw=[("1. 进气管漏气为什么会让怠速抖动？", ["漏进的空气没有经过流量计计量，混合气变稀，燃烧不稳定。", "混合气变稀。", "空气没有被计量。"]),
       ("2. 交车前要向车主说明什么？", ["故障原因、更换的零件和费用、保养建议，并请车主试车确认。", "故障原因和更换零件。", "请车主试车确认。"])],
   outputs=[("维修结算单（一）", "更换第三缸点火线圈。"), ("维修结算单（二）", "清洗节气门，更换进气软管。"), ("维修结算单（三）", "更换四只火花塞。")]),
 "poria": dict(major="中药", code="1301", course="中药饮片验收与养护", task="岳西茯苓饮片入库验收与仓储养护",
   hours=16, station="中药调剂与养护一体化学习工作站",
   situation="安庆一家医药公司的中药饮片仓库到了一批岳西产的茯苓块和茯苓皮，正值梅雨季节，仓库湿度大。质量部请中药班学员按验收规程核对随货单据，做性状鉴别和水分检查，合格的入库上架，制定梅雨期的养护方案，定期检查并填写养护记录。",
   qs=[("问题1 茯苓块性状鉴别看哪些方面？", ["看形状大小是否一致，断面是否白色细腻，嚼起来粘牙，无霉点和虫蛀。", "断面白色细腻，嚼之粘牙。", "无霉无虫。"]),
       ("问题2 梅雨季节茯苓为什么容易发霉？", ["茯苓含淀粉多，吸潮后表面发软，温度湿度合适，霉菌就会生长。", "含淀粉多，吸潮。", "湿度大霉菌生长。"])],
   hw=[("1. 饮片仓库的相对湿度要控制在多少？", ["阴凉库温度不超过二十度，相对湿度控制在百分之三十五到七十五。", "百分之三十五到七十五。", "温度不超过二十度。"]),
       ("2. 发现个别饮片发霉怎样处理？", ["立即隔离，挂暂停销售牌，报质量部处理，同批次逐件检查。", "隔离并报质量部。", "同批次逐件检查。"])],
   outputs=[("茯苓块在库养护记录", "库内湿度百分之六十八，未见霉变。"), ("茯苓皮在库养护记录", "翻垛一次，通风两小时。"), ("梅雨期养护方案", "每周检查两次，启用除湿机。")]),
 "walker": dict(major="健康与社会照护", code="0529", course="老年人居家康复照护", task="髋关节术后居家老人助行器使用与跌倒预防照护",
   hours=14, station="康复照护一体化学习工作站",
   situation="安庆一家护理院接收了一位髋关节置换术后出院的老人，老人想早点下床走路，又怕摔倒。护理部请照护班学员评估老人的平衡和肌力，调整助行器高度，教会老人用助行器站起、行走和转身，检查居室的防跌倒隐患，并与老人的女儿沟通出院后的照护要点。",
   qs=[("问题1 助行器的高度怎样调整？", ["老人站直、双手自然下垂，助行器把手和手腕横纹一样高，扶手时肘部弯曲约二十度。", "和手腕横纹一样高。", "肘部稍弯。"]),
       ("问题2 髋关节置换后哪些动作要避免？", ["避免弯腰超过九十度、跷二郎腿和患腿内旋，坐高椅，不坐矮凳。", "不弯腰过九十度。", "不跷二郎腿。"])],
   hw=[("1. 居室里常见的跌倒隐患有哪些？", ["地面湿滑、地毯卷边、电线横过通道、夜里照明不足。", "地滑和照明不足。", "电线和地毯。"]),
       ("2. 用助行器行走的顺序是什么？", ["先把助行器向前移一步，再迈患腿，最后迈健腿跟上。", "先移助行器，再迈患腿。", "健腿最后跟上。"])],
   outputs=[("家属沟通记录（一）", "家属已学会调整助行器。"), ("家属沟通记录（二）", "卫生间已加装扶手。"), ("家属沟通记录（三）", "约定每周电话随访。")]),
 "sorter": dict(major="机电一体化技术", code="0127", course="农产品加工机械电气装调", task="杂粮色选机振动给料与PLC分选控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="白城的一家杂粮加工厂新进了一台绿豆色选机，振动给料器下料不匀，分选时好豆被喷出去的多。设备科请机电班学员检查振动给料器的电磁铁和弹簧板，调整给料量，接好相机、喷阀与PLC之间的线路，修改PLC的分选延时参数，联机调试后填写调试记录。",
   qs=[("问题1 振动给料器下料不匀可能有哪些原因？", ["电磁铁气隙不对、弹簧板松动或断裂、料斗出口有杂物卡住。", "气隙不对或弹簧板松动。", "出口有杂物。"]),
       ("问题2 喷阀延时为什么要根据豆子下落速度调整？", ["相机看到坏豆到豆子落到喷阀前有一段时间，延时不准就会喷错豆子。", "延时不准会喷错。", "要等豆子落到喷阀前。"])],
   hw=[("1. PLC输出接喷阀时为什么常用晶体管输出？", ["喷阀动作频繁，晶体管输出响应快、寿命长，继电器触点很快就会磨坏。", "响应快、寿命长。", "继电器会磨坏。"]),
       ("2. 联机调试前要做哪些安全检查？", ["检查接地、急停按钮、气源压力和防护罩，确认料斗里没有工具。", "接地和急停。", "气压和防护罩。"])],
   outputs=[("振动给料器调整记录", "气隙调到一点五毫米。"), ("PLC输入输出分配表", "喷阀接Y0到Y7。"), ("联机调试记录", "选净率百分之九十九点二。")]),
 "cold": dict(major="新能源汽车检测与维修", code="0435", course="动力电池热管理系统检修", task="纯电动出租车低温续航骤降与电池加热系统故障检修",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="白城冬天气温常在零下二十度以下，一家出租车公司的几辆纯电动出租车早上充不进电，续航比平时少了一半。售后站主管请新能源班学员做好高压防护，读取电池管理系统的数据，检查电池加热膜、加热继电器和冷却液泵，找出加热不工作的原因，修复后做低温充电测试。",
   qs=[("问题1 低温时为什么要先加热电池再充电？", ["低温下锂电池内阻大，直接大电流充电会析锂，损伤电池，所以先加热到零度以上。", "低温充电会析锂。", "先加热到零度以上。"]),
       ("问题2 加热继电器不吸合要查哪些地方？", ["查继电器线圈供电和控制信号、线圈电阻，以及加热回路的保险。", "查线圈供电和控制信号。", "查保险。"])],
   hw=[("1. 拧紧高压接线端子为什么要用扭力扳手？", ["扭矩不够会接触不良发热，扭矩过大会损坏端子，要按规定扭矩拧紧并做标记。", "按规定扭矩拧紧。", "防止发热和损坏。"]),
       ("2. 低温充电测试要记录哪些数据？", ["环境温度、电池起始温度、加热时间、充电电流和充满所用时间。", "环境温度和电池温度。", "加热时间和充电电流。"])],
   outputs=[("高压接线端子扭矩记录表（一）", "全部端子复检合格。"), ("高压接线端子扭矩记录表（二）", "加热继电器端子重新紧固。"), ("低温充电测试记录", "零下二十二度加热十八分钟后开始充电。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="北京市平谷区金海湖技工学校", pack="dir", region="pg", course="peach", cls="电商2402班", size=36, seed=11,
         sidp="24110603", students=["郭允恭", "马舒窈", "董怀远"], others_named=["高桂琴", "冯德全", "钟玉梅", "彭海生"],
         teachers=["赵蕴秋", "孙泊舟"], form_count="36人", roster="grid4", headteacher="韩淑英",
         f8="chat_service", f10="bars", f11="returns_typed", f12="name_line_photo", findings=[],
         comment="clean. The roster is a compact FOUR-ACROSS name grid (`序号 学号 姓名` four times a row, 9 rows, 36) = form "
                 "`36人` = item 10's 36 rows. Item 10 (TYPED) has a score-band table with a drawn BAR CHART, 平均分 and "
                 "应考/实考人数 36 under the register. Item 8 (scanned 200 gray): a customer chat excerpt naming the customer "
                 "高桂琴 (`顾客`), the student as `客服`. Item 11: typed 退换货审核单 naming the buyers 冯德全, 钟玉梅, 彭海生 "
                 "(`买家`/`收货人`), the student as `审核人`"),
    dict(school="北京市平谷区金海湖技工学校", pack="dir", region="pg", course="bowls", cls="烹饪2401班", size=38, seed=12,
         sidp="24110501", students=["王问渠", "于清欢", "陈望舒"], items={12: ["王问渠", "于清欢", "杨敏求"]},
         extra_class=["杨敏求", "徐乐群"], bad={"徐乐群": "over"}, others_named=["谷长顺", "田凤英"],
         teachers=["张砚农", "李秀芝"], form_count="38人",
         f8="tasting_card", f10="legend", f11="cost_typed", f12="paw_photo",
         findings=[("records.invalid_score", 10, False, "徐乐群"), ("students.mismatch", 12, True)],
         comment="item 12 (phone photos, muddy cat paw prints across the pages) holds the homework of 王问渠, 于清欢 and "
                 "classmate 杨敏求 (with an item-10 record) instead of 陈望舒's (items 8 and 11 hold the three): "
                 "students.mismatch. Item 10 (scanned 200 gray) heads its score columns only with CODES A-E; the maxima "
                 "stand in a legend above the table (`A 刀工 20分 …`); 徐乐群 has 27 under C (max 25), 总分 the sum: "
                 "records.invalid_score. Item 8 (scanned 250 gray, red ink dropped out by the scanner): a 试菜评价卡 at the "
                 "top, the student as `出品人`, the 农家院 owner 谷长顺 and a guest 田凤英 as `试菜评委` (not students)"),
    dict(school="安庆市宜城技工学校", pack="gbkzip", region="aq", course="idle", cls="汽修2402班", size=40, seed=21,
         sidp="2434040302", students=["汪知微", "储若谷", "方致和"], outsiders={"方致和": "汽修2401班"}, out_sidp="2434040301",
         extra_class=["檀守正"], bad={"檀守正": "sum"}, others_named=["潘国栋", "许春来", "罗小梅"],
         teachers=["程立平", "胡葭汀", "叶长青"], form_count="40",
         f8="walkaround", f10="stats", f11="settle_typed", f12="plain_photo",
         findings=[("students.not_in_class", 8, True, "方致和"), ("records.invalid_score", 10, False, "檀守正")],
         comment="方致和 of the parallel class 汽修2401班 (his class and 学号 on his worksheet, typed settlement sheets and "
                 "homework) is the third student of 8/11/12; item 10 (TYPED, 40 rows = form `40`) has none for him: "
                 "students.not_in_class. 檀守正's 总分 is 6 above the sum of his parts: records.invalid_score (typed). "
                 "Item 10 ends with a 成绩分析 (应考/实考 40, score bands, 平均分). Item 8 (1-bit 200): a 绕车检查单 at "
                 "the top, the car owner (潘国栋, 许春来, 罗小梅) as `车主`, the student as `检查人`. No roster"),
    dict(school="安庆市宜城技工学校", pack="gbkzip", region="aq", course="poria", cls="中药2401班", size=42, seed=22,
         sidp="2434130101", students=["江念慈", "查书宁", "吴惟清"], extra_class=["章映雪"], absent_from_10=["章映雪"],
         others_named=["储国华"], teachers=["黄岫云", "陶志刚"], form_count="42", roster="placement", headteacher="王月琴",
         f8="intake_check", f10="plain_scan", f11="keep_typed", f12="hand_page",
         findings=[("records.missing_student", 10, False, "章映雪"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生名单 with the pharmacy each student is placed in for 见习, `见习药房`, 42) and the form "
                 "(`学生人数 | 42`) hold 章映雪; item 10 (SCANNED 250 gray, a plain table) has 41 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray, red dropped out): a "
                 "饮片验收记录 at the top, the supplier's 送货人 储国华 named, the student as `验收员`"),
    dict(school="安庆市宜城技工学校", pack="gbkzip", region="aq", course="walker", cls="照护2402班", size=35, seed=23,
         sidp="2434052902", students=["叶安然", "程素心", "胡以宁"], others_named=["檀秀荃", "檀晓红", "鲍美华"],
         teachers=["汪春梅", "李蔚章"], form_count="35",
         f8="handover", f10="bonus_fix", f11="family_typed", f12="exercise_book",
         findings=[],
         comment="clean. Item 10 (scanned 200 gray): an `附加分(≤3)` column explained under the table (总分 = four parts + "
                 "附加分, at most 100) and two HAND-CORRECTED rows (a typed 总分 struck through, the right sum written in red "
                 "beside it, initialled). 35 rows = form `35`. Item 8 (scanned 250 gray): a 交接班 box at the top naming the "
                 "护理院's 接班护理员 鲍美华 and the resident 檀秀荃 (not students). Item 11: typed 家属沟通记录 naming the "
                 "resident's daughter 檀晓红. No roster"),
    dict(school="白城市洮儿河技工学校", pack="zip", region="bc", course="sorter", cls="机电2401班", size=40, seed=31,
         sidp="24220127", students=["包修文", "白立诚", "那明德"], items={11: ["包修文", "白立诚"]},
         extra_class=["吕伯谦", "宝慕白"], absent_from_10=["吕伯谦", "宝慕白"],
         teachers=["关澍林", "邵建国"], form_count="40人",
         f8="plain_line", f10="per_row_date", f11="commission_typed", f12="name_line_photo2",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 调试记录) holds the works of only TWO students, 包修文 and 白立诚 (那明德's missing; 8 and 12 "
                 "hold the three): students.count on 11; students.mismatch optional. Item 10 (scanned 250 gray, each row with "
                 "its own 考核日期 and the examiner's initials) lists 38; the form says `40人`: records.count_mismatch (no roster)"),
    dict(school="白城市洮儿河技工学校", pack="zip", region="bc", course="cold", cls="新能2401班", size=37, seed=32,
         sidp="24220435", students=["李承泽", "孙澄心", "宝嘉言"], items={8: ["李承泽", "孙澄心", "宝嘉言", "赵云起"]},
         extra_class=["赵云起", "于崇礼"], bad={"于崇礼": "sum"},
         teachers=["刘振江", "高绮川"], form_count="37人",
         f8="head_row", f10="grade_sign", f11="torque_typed", f12="hand_colour",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "于崇礼")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200) holds FOUR worksheets: the three and classmate 赵云起 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. Item 10 (colour scan 200, 总分, 等级 and 教师签名 by hand "
                 "each row): 于崇礼's 总分 is 8 above the sum: records.invalid_score. Item 11: typed 扭矩记录表 "
                 "(`拧紧人` student, `复检人` teacher). No roster"),
]

PROVINCE = {1: "北京市平谷区", 2: "安徽省安庆市", 3: "吉林省白城市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 平谷: "8、工作页.pdf" (a 顿号 after the number)
        return "%d、%s.pdf" % (n, NAMES[n])
    if g == 2:   # 安庆: "08_工作页_汽修2402班.pdf" (underscores, the class last)
        return "%02d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    return "成果%d．%s.pdf" % (n, NAMES[n])   # 白城: "成果8．工作页.pdf" (a full-width dot)


def form_name(s, c):
    return {1: ("附件2-工学一体化优质课堂申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s%s申报书.pdf" % (s["school"][:2], s["cls"]), "pdf"),
            3: ("申报书（%s）.docx" % c["task"][:8], "docx")}[grp(s)]


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
    if g == 1:   # 平谷: 授课班级 and 班级人数 side by side, `36人`
        rows = [[("专业名称", c["major"]), ("专业代码", c["code"])], [("课程名称", c["course"]), ("总学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("班级人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="17%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 安庆: 学生人数, a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="90%", pad=P)
    else:   # 白城: 授课对象 in a sentence
        rows = [("专业名称及代码", "%s　%s" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（共%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("授课场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本情况</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生接受任务后分组收集资料、拟订工作计划，教师审核后小组确定方案并实施，教师巡回指导、把控质量和安全，最后各组展示成果，进行自评、互评和教师评价。</p>
<h3>五、建设成效</h3><p>学习任务来自{prov}合作企业的真实工作，学生在真实情境中完成工作，专业能力和职业素养都有提高。</p>
<h3>六、承诺</h3><p>本单位承诺申报材料真实、原创，无知识产权纠纷。</p>""".format(
        school=s["school"], lead=t[0], d=5 + s["seed"] % 19, info=info, tm=tbl(trs, width="80%"),
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
        return s["out_sidp"] + "23"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t, o = s["f8"], s["teachers"], s.get("others_named", [])
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span>　　批阅：%s</p>' % (RED, ["认真", "要点准确", "较好", "有进步"][i % 4], t[0])
        if f == "chat_service":   # a customer chat excerpt: the customer named, the student as 客服
            chat = tbl([[("<b>客服接待记录（摘录）</b>　订单号 TX2407%05d" % (3310 + 17 * i), ' colspan="4"')],
                        ["顾　客", o[0], "客　服", hand(n, True)],
                        ["顾客留言", ("“桃子到了有两个压坏了，怎么处理？”", ' colspan="3" align="left"'), ],
                        ["客服回复", (hand("您好，给您添麻烦了，请拍照发给我，马上为您补发。", True), ' colspan="3" align="left"')]],
                       width="100%", pad="3px 4px")
            body = title + '<p>班级：%s　　学号：%s　　日期：%s</p>' % (hand(cl, True), hand(sid, True), day(s, i)) + chat + sit + answers(c, rng, i) + comment
        elif f == "tasting_card":   # a tasting card: 出品人 the student, two judges
            card = tbl([[("<b>试菜评价卡</b>　第%d桌" % (i + 3), ' colspan="6"')],
                        ["菜　名", "扒肘子", "出品人", hand(n, True), "班　级", hand(cl, True)],
                        ["试菜评委", hand("%s　%s" % (o[0], o[1]), True, BLACK), "色香味", hand(["好", "较好", "好"][i % 3], True, BLACK),
                         "评　分", hand(str(86 + 2 * i), True, BLACK)]], width="100%", pad="3px 4px")
            body = card + title + '<p>学号：%s　　日期：%s</p>' % (hand(sid, True), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "walkaround":   # a walk-around check sheet: 车主 named, 检查人 the student
            sheet = tbl([[("<b>绕车检查单</b>", ' colspan="4"')],
                         ["车　主", o[i % len(o)], "车牌号", "皖H·D%04d%s" % (2731 + 97 * i, "ABC"[i % 3])],
                         ["外观", "☑无新伤　☐划痕", "油量", "1/2"],
                         ["检查人", hand(n, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="3px 4px")
            body = sheet + title + '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment
        elif f == "intake_check":   # a decoction-pieces intake record: 验收员 the student
            rec = tbl([[("<b>中药饮片验收记录</b>", ' colspan="6"')],
                       ["品　名", "茯苓块", "产　地", "安徽岳西", "批　号", "2407%02d1" % (11 + i)],
                       ["供货单位", "安庆某中药饮片厂", "送货人", o[0], "数　量", "%d kg" % (40 + 5 * i)],
                       ["验收员", hand(n, True), "质量负责人", hand(t[1], True, BLACK), "结　论", hand("合格", True)]],
                      width="100%", pad="3px 4px")
            body = rec + title + '<p>班级：%s　　学号：%s　　%s</p>' % (cl, hand(sid, True), day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "handover":   # a shift handover box: the institution's care worker and the resident
            box = tbl([[("<b>交接班记录</b>", ' colspan="4"')],
                       ["交班人", hand(n, True), "接班护理员", o[2]],
                       ["照护对象", "%s（78岁，右髋关节置换术后）" % o[0], "床号", "3-%02d" % (7 + i)]], width="100%", pad="3px 4px")
            body = title + '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True)) + box + sit + answers(c, rng, i) + comment
        elif f == "plain_line":
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row":
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位", hand(str(3 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"chat_service": "x-scanpdf:200", "tasting_card": "x-scanpdf:250:dropout", "walkaround": "x-scanpdf:200:mono",
            "intake_check": "x-scanpdf:200:dropout", "handover": "x-scanpdf:250", "plain_line": "x-scanpdf:250",
            "head_row": "x-scanpdf:200:color"}[f]
    font = {"chat_service": "Noto Sans CJK SC", "head_row": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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


def bands(tots):
    b = [("90-100", 90, 101), ("80-89", 80, 90), ("70-79", 70, 80), ("60-69", 60, 70), ("60以下", 0, 60)]
    return [(lab, sum(1 for x in tots if lo <= x < hi)) for lab, lo, hi in b]


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>考核教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "bars":   # a plain register, then a score-band table with a drawn bar chart
        parts = [("商品上新", 30), ("详情页", 20), ("客服接待", 25), ("售后处理", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        tots = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tots.append(sum(v))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        bars = "".join('<tr><td style="padding:0px 4px" width="14%%">%s</td><td style="padding:1px 0px"><span style="background:#555;color:#555">%s</span> %d人</td></tr>'
                       % (lab, "■" * (2 * k), k) for lab, k in bands(tots))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p><b>成绩分布</b>　应考人数：%d　实考人数：%d　平均分：%.1f</p>" % (len(rec), len(rec), sum(tots) / len(tots)) +
                '<table width="70%%">%s</table>' % bars + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "legend":   # score columns headed by codes only; the maxima in a legend above the table
        parts = [("A", "原料初加工", 20), ("B", "刀工成形", 20), ("C", "火候调味", 25), ("D", "成菜装盘", 20), ("E", "卫生安全", 15)]
        legend = "<p>评分项目代号：" + "　".join("%s %s %d分" % (a, b, m) for a, b, m in parts) + "（满分100分）</p>"
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p[0] for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, [(a, m) for a, _, m in parts], 0.62, 0.96)
            if bad.get(n) == "over":
                v[2] = 27
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + legend + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "stats":   # a register with a 成绩分析 block at the foot
        parts = [("接车问诊", 10), ("故障诊断", 40), ("维修作业", 30), ("交车说明", 10), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        tots = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            tots.append(tot)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        bd = bands(tots)
        stat = tbl([["应考人数", "实考人数"] + [lab for lab, _ in bd] + ["平均分", "及格率"],
                    [str(len(rec)), str(len(rec))] + ["%d人" % k for _, k in bd] + ["%.1f" % (sum(tots) / len(tots)), "100%"]], width="100%", pad=pad)
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p><b>成绩分析</b></p>" + stat + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_scan":   # a plain table, scanned
        parts = [("单据核对", 15), ("性状鉴别", 30), ("水分检查", 20), ("入库上架", 15), ("养护方案", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:250"
    if f == "bonus_fix":   # a 附加分 column explained, two hand-corrected totals
        parts = [("能力评估", 20), ("助行器调整", 20), ("行走指导", 35), ("居室检查", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["附加分<br/>(≤3)", "总分"]], pad)]
        fixes = {6, 23}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = rng.choice([1, 2, 3]) if k in (3, 11, 19, 28) else 0
            tot = min(100, sum(v) + b)
            cell = str(tot)
            if k in fixes:
                cell = '<s>%d</s> %s' % (tot - 10, hand("%d 汪" % tot, True, "#c0251a", "9pt"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", cell], pad))
        body = (head10(s, c, "学习任务考核记录") + table(out) +
                "<p>说明：附加分用于奖励主动为照护对象家属做健康宣教的学生，每人不超过3分；总分＝四项成绩＋附加分，最高100分。"
                "登记有误处已用红笔更正并签名。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "per_row_date":   # each row with its own 考核日期 and the examiner's initials
        parts = [("给料器调整", 25), ("电气接线", 25), ("PLC程序", 30), ("安全文明", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "考核日期"] + ["%s(%d)" % p for p in parts] + ["总分", "考核人"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "11-%02d" % (18 + k // 10)] + [str(x) for x in v] +
                            [str(sum(v)), hand(["关", "邵"][k % 2], True, BLACK, "9pt")], pad))
        body = head10(s, c, "学习任务考核记录（分批考核）") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:250"
    if f == "grade_sign":   # 总分, 等级 and the teacher's signature by hand on every row
        parts = [("安全防护", 10), ("数据读取", 20), ("故障检查", 40), ("修复测试", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级", "教师签名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), hand(t[k % 2], True, BLACK, "9pt")], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:color"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t, o = s["f11"], s["teachers"], s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "returns_typed":   # a return/exchange review slip: the buyer, the student as 审核人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["订单号", "TX2407%05d" % (5120 + 31 * i + j), "申请类型", ["补发", "退运费", "换货"][j]],
                                  ["买家", o[1 + j], "收货人", o[1 + j]],
                                  ["问题描述", (desc, ' colspan="3" align="left"')],
                                  ["审核人", "%s（%s）" % (n, cl), "复核", t[j % 2]]], width="92%") +
                             "<p>处理日期：%s</p>" % day(s, 30 + i))
            elif f == "cost_typed":   # a dish costing sheet: 制作人
                parts.append('<h3>%s</h3><p>制作人：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["原料", "用量", "单价", "金额"], ["主料", "1份", "—", "%d元" % (40 + 7 * j + i)], ["调料", "适量", "—", "%d元" % (5 + j)]], width="80%") +
                             "<p>%s</p>" % desc)
            elif f == "settle_typed":   # a settlement sheet: 车主 and 主修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车主", o[(i + j) % len(o)], "车牌号", "皖H·D%04d%s" % (2731 + 97 * ((i + j) % 3), "ABC"[(i + j) % 3])],
                                  ["主修人", "%s（%s）" % (n, cl), "质检员", t[j % 2]],
                                  ["维修项目", (desc, ' colspan="3" align="left"')], ["工时费", "%d元" % (120 + 40 * j), "材料费", "%d元" % (180 + 60 * j)]],
                                 width="92%"))
            elif f == "keep_typed":   # a storage-care record: 养护员
                parts.append('<h3>%s</h3>' % title + tbl([["养护员", n, "班级", cl], ["日期", day(s, 30 + i), "库区", "阴凉库B区"],
                                                          ["温度", "%d℃" % (17 + j), "相对湿度", "%d%%" % (66 + j + i)]], width="90%") + "<p>%s</p>" % desc)
            elif f == "family_typed":   # a family-communication record: the resident's daughter named
                parts.append('<h3>%s</h3>' % title + tbl([["沟通人", n, "班级", cl], ["照护对象", o[0], "家属", "%s（女儿）" % o[1]],
                                                          ["沟通方式", ["面谈", "电话", "面谈"][j], "日期", day(s, 30 + i + j)]], width="90%") +
                             "<p>沟通内容：%s</p>" % desc)
            elif f == "commission_typed":   # a commissioning record: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "设定值", "实测值", "结论"], ["给料振幅", "1.5 mm", "%.1f mm" % (1.4 + 0.1 * i), "合格"],
                                  ["喷阀延时", "12 ms", "%d ms" % (12 + j % 2), "合格"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "torque_typed":   # a torque record: 拧紧人 the student, 复检人 the teacher
                parts.append('<h3>%s</h3>' % title + tbl([["车辆", "纯电动出租车", "拧紧人", "%s（%s）" % (n, cl)],
                                                          ["扭力扳手编号", "NJ-%02d" % (4 + j), "复检人", t[j % 2]],
                                                          ["端子", "规定扭矩", "实测扭矩", "标记"], ["加热继电器B+", "9 N·m", "%.1f N·m" % (9.0 + 0.1 * i), "√"],
                                                          ["电池包总正", "23 N·m", "23 N·m", "√"]], width="90%") + "<p>%s</p>" % desc)
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
        end = ["! 阅 %s %s" % (t[0], day(s, 20 + i)[5:])]
        if f in ("name_line_photo", "name_line_photo2"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "paw_photo":
            head = ["课后作业　%s" % c["task"][:8], "> 姓名：%s　%s" % (n, cl)]
        elif f == "plain_photo":
            head = ["课后作业", "> %s　%s　学号%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　班级：%s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "%s　课后作业" % c["task"][:6]]
        elif f == "hand_colour":
            head = ["课后练习", "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "paw_photo": "x-photo:200:1:paw", "plain_photo": "x-photo:200:2",
            "hand_page": "x-scan:250:4", "exercise_book": "x-photo:200:1", "name_line_photo2": "x-photo:200:1:paw",
            "hand_colour": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

PHARM = ["宜城大药房（人民路店）", "宜城大药房（湖心路店）", "安庆某医药公司饮片库", "市中医院中药房"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    if r == "grid4":   # a compact name grid, four 序号/学号/姓名 triples a row
        hd = ["序号", "学号", "姓名"] * 4
        rows = [hd]
        per = (len(k) + 3) // 4
        for j in range(per):
            row = []
            for col in range(4):
                x = col * per + j
                row += [str(x + 1), sid_of(s, k[x]), k[x]] if x < len(k) else ["", "", ""]
            rows.append(row)
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + tbl(rows, width="100%", pad="2px 2px", bold=(0,)) +
                "<p>班主任：%s　　　共%d人（男%d人，女%d人）　　2024年9月</p>" % (s["headteacher"], len(k), len(k) // 2 + 2, len(k) - len(k) // 2 - 2))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "placement":   # a class list with the pharmacy each student is placed in
        rows = [["序号", "学号", "姓名", "性别", "见习药房", "带教药师"]]
        mentors = ["丁药师", "孔药师", "储药师", "夏药师"]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, "女" if j % 3 else "男", PHARM[j % 4], mentors[j % 4]])
        body = ('<h2 style="text-align:center">%s学生名单（含见习安排）</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="96%", pad="1px 4px", bold=(0,)) +
                "<p>班主任：%s　　合计：%d人　　见习时间：每周四下午</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Seventy-third held-out people corpus (testdata/heldout73), the format of testdata/heldout28/truth.json. "
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
        for w in (c["task"], c["course"], s["school"], s["school"][2:5]):
            if w in EARLIER_TEXT or w in EARLIER_README:
                raise SystemExit("%s was used by an earlier corpus" % w)
    for city in ("平谷", "安庆", "白城", "金海湖", "宜城", "洮儿河"):
        if city in EARLIER_TEXT or city in EARLIER_README:
            raise SystemExit("%s was used by an earlier corpus" % city)
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
        rng = random.Random(s["seed"] * 7919 + 73)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生人数 | %s" % s["form_count"],
               3: "授课对象 | %s（共%s）" % (s["cls"], s["form_count"])}[grp(s)]
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
