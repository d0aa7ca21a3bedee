#!/usr/bin/env python3
"""Write the sources of the hundred-and-first held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 莱州
(Shandong, 烟台), 登封 (Henan, 郑州) and 松滋 (Hubei, 荆州).

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
# every earlier corpus with a truth file (heldout102 is written at the same time and is not read)
EARLIER = sorted(d for d in os.listdir(os.path.join(HERE, "..")) if (d.startswith("heldout") or d == "othertools")
                 and d not in ("heldout101", "heldout102") and os.path.isfile(os.path.join(HERE, "..", d, "truth.json")))


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 莱州 (胶东: 王 张 李 刘 孙 于 姜 and the peninsula's 曲 初 迟 衣 綦 滕 毛),
# 登封 (豫中: 王 李 张 刘 陈 杨 赵 郭 and 耿 景 常 焦 申 崔 吕 牛), 松滋 (江汉: 王 张 李 刘 陈 杨 黄 周 胡 and 熊 谭 向 覃 彭 万 曾)
SURNAMES = {
    "lz": list("王王王王王张张张张李李李刘刘刘孙孙孙于于于姜姜杨赵徐林曲曲初迟衣宋高毛綦滕"),
    "df": list("王王王王李李李李张张张张刘刘刘陈陈杨杨赵赵郭郭耿景常焦申崔吕牛宋孙马"),
    "sz": list("王王王王张张张李李李刘刘陈陈陈杨杨黄黄周周胡胡吴徐熊谭向邓覃彭万曾"),
}
# stroke counts of the surnames (for the 姓氏笔画 order of one register)
STROKES = dict(zip("王张李刘孙于姜杨赵徐林曲初迟衣宋高毛綦滕陈郭耿景常焦申崔吕牛马黄周胡吴熊谭向邓覃彭万曾",
                   [4, 7, 7, 6, 6, 3, 9, 7, 9, 10, 8, 6, 7, 7, 6, 7, 10, 4, 14, 13, 7, 10, 10, 12, 11, 12, 5, 11, 6, 4, 3, 11, 8, 9, 7, 14, 14, 6, 4, 12, 12, 3, 12]))
# given names: a new list, everyday names of students born around 2008-2009
GIVEN2 = ("宇辰 梓睿 浩然 雨彤 语汐 子琪 俊宇 一帆 欣怡 思涵 书豪 静雯 文轩 若涵 嘉豪 语晨 晨曦 泽远 可欣 浩轩 "
          "晓宇 佳乐 梓晨 雨菲 紫涵 一凡 志鹏 伟豪 雅雯 心悦 嘉伟 宇豪 晓琳 梦涵 子轩 欣彤 瑞阳 凯瑞 思妍 慧琳 "
          "雨辰 佳豪 铭轩 一然 浩博 梓航 欣雨 嘉琪 宇恒 俊杰 子涵 雅馨 艺萱 明远 鹏程 瑞琪 家明 子璇 晨宇 思琦 "
          "泽宇 天乐 雨涵 佳欣 新悦 文静 建豪 宏宇 诗涵 浩杰 欣蕾 俊凯 晓彤 雨航 振东 晓冉 佳悦 志强 雅琪 梓晴 "
          "博宇 昕妍 宇彤 楷文 欣宇 嘉欣 星辰 子墨 芊芊 婉婷 天宇 博睿 梦琪 润宇 思雨 俊辉 浩宇 家辉 雨晴 一航 "
          "晨希 佳宁 锦涛 昊天 思睿 安然 奕凡 欣然 梓豪 晓辉 瑾萱 乐天 沐阳 亦菲 佑宁 可心 雨嘉 铭浩 凯文 子恒 "
          "晓梅 芷若 朝阳 元昊 嘉伦 皓然 子安 晓峰 俊豪 婧怡 若曦 欣瑶 靖宇 心怡 家琪 雅宁 文博 一鸣 浩楠 嘉懿").split()
GIVEN1 = list("峰丹洋晨琪鹏瑶帅")


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
        with open(os.path.join(HERE, "..", d, "truth.json"), encoding="utf-8") as f:
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


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "granite": dict(major="机电一体化技术", code="0127", course="石材机械电气控制系统改造", task="花岗岩板材桥式切割机PLC控制系统改造与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="莱州一家石材厂的桥式切割机还在用继电器控制，经常因为触点烧蚀停机，切出的花岗岩板材厚薄不匀。厂里设备科请机电班学员现场测绘原控制电路，设计PLC控制方案，编写横梁进给、锯片升降和冷却水联锁的程序，在实训台上模拟调试后到厂里安装，并填写调试记录。",
   qs=[("问题1 为什么冷却水要和锯片电机联锁？", ["锯片切石材时温度很高，没有冷却水会烧坏锯片，所以水泵不开锯片电机就不能启动。", "没有水会烧锯片，水泵不开锯片不能转。", "防止锯片过热。"]),
       ("问题2 横梁进给为什么要用变频器调速？", ["不同厚度和硬度的板材进给速度不一样，变频调速可以无级调节，切面更平整。", "板材不同，速度要能调。", "无级调速，切面平。"])],
   hw=[("1. 梯形图中自锁和互锁有什么区别？", ["自锁是让线圈保持得电，互锁是防止两个相反的动作同时接通，比如锯片上升和下降。", "自锁保持，互锁防止同时动作。", "升降不能同时接通。"]),
       ("2. 调试前要做哪些安全检查？", ["断电测量绝缘，检查急停按钮和限位开关，确认防护罩装好，周围没有人员。", "测绝缘，试急停和限位。", "防护罩装好。"])],
   outputs=[("PLC控制程序清单", "共四十六条梯形图程序段。"), ("切割机调试记录", "空载和带载各运行两小时无故障。")]),
 "banquet": dict(major="饭店(酒店)服务", code="0504", course="寿宴主题中餐宴会服务", task="莱州湾海鲜寿宴中餐主桌摆台与席间服务",
   hours=16, station="中餐服务一体化学习工作站",
   situation="莱州一家海边酒店接到一场八十大寿的寿宴预订，共十二桌，主桌十四位，菜单以莱州湾的梭子蟹、对虾和海参为主。酒店餐饮部经理请酒店班学员按寿宴要求设计主桌台面，完成铺台、摆台、折花，做好迎宾、斟酒、上菜和分菜服务，并处理客人的临时需求。",
   qs=[("问题1 寿宴主桌的台面设计要体现什么？", ["要体现祝寿的主题，主位正对门口，台心用寿桃和松鹤造型，餐巾折花选用寿桃、仙鹤样式。", "祝寿主题，主位正对门口。", "台心用寿桃。"]),
       ("问题2 上海鲜菜时要准备哪些用具？", ["蟹钳、蟹针、洗手盅和小毛巾，上菜前先摆好，并向客人介绍吃法。", "蟹钳、蟹针和洗手盅。", "先摆好用具。"])],
   hw=[("1. 斟酒时应从哪一位客人开始？", ["从主宾开始，然后是主人，再按顺时针方向依次斟倒，白酒斟八分满。", "先主宾后主人，顺时针。", "白酒八分满。"]),
       ("2. 客人临时要加一道长寿面，怎么处理？", ["先向客人确认份数和口味，马上通知厨房，告诉客人大约等待的时间，做好记录。", "确认份数，通知厨房。", "告诉客人等多久。"])],
   outputs=[("寿宴主桌服务记录", "席间服务两小时，无差错。"), ("寿宴台面设计说明", "台心为松鹤延年造型。")]),
 "care": dict(major="健康与社会照护", code="0529", course="机构失能老人助餐与移动照护", task="养老院失能老人助餐与床椅转移照护",
   hours=16, station="生活照护一体化学习工作站",
   situation="登封一家公办养老院有二十多位失能和半失能老人，护理员人手紧张，午餐时段喂饭慢，床椅转移时老人容易受伤。院长请照护班学员评估老人的吞咽能力和肢体功能，制定个性化的助餐和转移方案，在实训室练习后到院里跟岗，并填写照护记录。",
   qs=[("问题1 助餐前为什么要评估老人的吞咽能力？", ["吞咽功能差的老人容易呛咳甚至误吸，要根据评估结果选择软食、糊状食物，调整进食姿势。", "防止呛咳和误吸。", "选合适的食物。"]),
       ("问题2 床椅转移时轮椅应放在什么位置？", ["放在老人健侧，与床成三十到四十五度角，刹好车闸，翻起脚踏板。", "放在健侧，刹好闸。", "和床成三十度角。"])],
   hw=[("1. 喂饭时每一口的量应该多少？", ["以汤匙的三分之一为宜，等老人完全咽下再喂下一口，不要催促。", "三分之一汤匙。", "咽下再喂。"]),
       ("2. 照护记录要写哪些内容？", ["老人姓名、时间、进食量、有无呛咳、转移过程和皮肤情况、照护员签名。", "进食量和有无呛咳。", "照护员签名。"])],
   outputs=[("助餐照护记录", "进食约三分之二，无呛咳。"), ("床椅转移照护记录", "转移顺利，骶尾部皮肤完好。")]),
 "insulation": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车高压系统检修", task="景区观光电瓶车高压系统绝缘故障检测与排除",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="嵩山景区的几辆纯电动观光车在雨后频繁报绝缘故障，仪表亮起故障灯后限功率行驶，影响游客接驳。景区车队请新能源汽修班学员做好高压安全防护，读取故障码，用绝缘测试仪分段测量高压部件的绝缘电阻，找出受潮的部件，处理后复测，并填写检测报告。",
   qs=[("问题1 测量绝缘电阻前要做哪些准备？", ["穿戴绝缘手套和护目镜，断开维修开关，等待五分钟以上，用万用表确认高压已经放完。", "戴绝缘手套，断开维修开关。", "确认没电。"]),
       ("问题2 怎样判断是哪个部件绝缘不良？", ["把高压回路分段断开，逐个测量电机、控制器、空调压缩机和线束对车身的绝缘电阻，阻值最低的就是。", "分段测量，阻值最低的。", "逐个部件测。"])],
   hw=[("1. 绝缘测试仪应选多大电压档？", ["按车辆的额定电压选，这种车是七十二伏系统，选二百五十伏档。", "按额定电压选。", "二百五十伏档。"]),
       ("2. 受潮的插接件怎样处理？", ["断电后拆下插接件，用热风枪低温吹干，检查密封圈，必要时更换，再涂防水胶。", "吹干，换密封圈。", "涂防水胶。"])],
   outputs=[("高压系统绝缘检测报告", "电机控制器插接件受潮，处理后绝缘电阻大于二十兆欧。"), ("维修竣工检验单", "路试二十公里无故障。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="无线局域网组建与维护", task="嵩山景区游客中心无线网络部署与认证配置",
   hours=16, station="网络组建一体化学习工作站",
   situation="嵩山景区的游客中心在节假日人多时手机上网很慢，原来的几台家用路由器信号覆盖不到售票大厅的角落。景区信息中心请网络班学员做现场勘测，设计无线接入点的位置和信道，安装配置无线控制器和接入点，设置游客短信认证，并做覆盖和速率测试。",
   qs=[("问题1 为什么相邻的接入点要用不同信道？", ["相邻接入点用同一信道会相互干扰，二点四吉赫频段要用一、六、十一这三个互不重叠的信道。", "避免相互干扰。", "用一、六、十一信道。"]),
       ("问题2 游客认证为什么要用短信验证？", ["按规定公共场所上网要实名，短信验证能和手机号对应，也方便限制每人的上网时长。", "实名上网。", "可以限制时长。"])],
   hw=[("1. 现场勘测要记录哪些内容？", ["大厅的面积和结构、墙体材料、人员密集的区域、已有的网线和电源位置。", "面积、墙体和电源位置。", "人多的区域。"]),
       ("2. 覆盖测试合格的标准是什么？", ["大厅内任一点信号强度不低于负六十五分贝毫瓦，下载速率不低于每秒二十兆位。", "信号不低于负六十五。", "速率二十兆以上。"])],
   outputs=[("无线网络勘测与点位设计图", "共布置九个吸顶式接入点。"), ("无线网络验收测试报告", "最弱点信号负六十二分贝毫瓦。")]),
 "chicken": dict(major="烹饪(中式烹调)", code="0501", course="荆楚风味热菜制作", task="松滋鸡与洈水鱼糕荆楚风味热菜制作",
   hours=18, station="中式烹调一体化学习工作站",
   situation="松滋一家农家乐餐馆要推出两道招牌菜：用本地土鸡做的松滋鸡，和用洈水水库鲢鱼做的鱼糕。餐馆老板请烹饪班学员学习传统做法，完成土鸡的宰杀分档、腌制和焖烧，鱼肉的去刺制茸、搅打和蒸制，控制火候和口味，并进行试菜点评和成本核算。",
   qs=[("问题1 松滋鸡为什么要先干煸再焖？", ["先干煸能把鸡块的水分和腥味逼出来，表皮紧实上色，再加汤焖才香而不烂。", "逼出水分和腥味。", "先煸上色再焖。"]),
       ("问题2 鱼糕搅打时为什么要分次加水？", ["分次加水鱼茸才能充分吸水上劲，一次加太多会吐水，蒸出来不成形。", "鱼茸吸水上劲。", "一次加多会吐水。"])],
   hw=[("1. 鱼糕蒸制时火候怎样掌握？", ["先用中火蒸定型，再刷蛋黄液用小火蒸，防止表面起泡开裂。", "先中火后小火。", "防止起泡开裂。"]),
       ("2. 土鸡分档后各部位怎样用？", ["鸡腿和鸡翅剁块焖烧，鸡胸可以切丝炒，鸡架吊汤。", "腿翅焖烧，鸡架吊汤。", "鸡胸切丝。"])],
   outputs=[("松滋鸡制作卡", "出品八份，成本每份三十二元。"), ("洈水鱼糕制作卡", "鱼糕厚薄均匀，切面细嫩。")]),
 "citrus": dict(major="电子商务", code="0603", course="网店商品详情页策划与制作", task="洈水蜜橘助农网店商品详情页策划与上架",
   hours=14, station="电商运营一体化学习工作站",
   situation="松滋洈水镇的蜜橘今年丰收，一家果品合作社开了网店却不会做商品详情页，点击多下单少。合作社负责人请电商班学员实地拍摄果园和分拣过程，提炼卖点，策划详情页的结构和文案，用图片处理软件制作详情页，完成商品上架和运费模板设置，并跟踪一周的转化数据。",
   qs=[("问题1 详情页的第一屏应该放什么？", ["放最能打动顾客的卖点，比如现摘现发、甜度实测，加上清晰的果实大图。", "放最主要的卖点和大图。", "现摘现发。"]),
       ("问题2 为什么要拍分拣和打包的过程？", ["让顾客看到果子是一个个挑过的、包装结实，增加信任，减少对坏果的担心。", "增加顾客的信任。", "减少坏果担心。"])],
   hw=[("1. 运费模板要考虑哪些因素？", ["不同地区的快递价格、包裹重量、偏远地区是否包邮。", "地区和重量。", "偏远地区。"]),
       ("2. 转化率低可能是什么原因？", ["主图不吸引人、价格偏高、评价少、详情页卖点不清楚。", "主图和价格。", "卖点不清楚。"])],
   outputs=[("蜜橘商品详情页策划书", "共九屏，第一屏为甜度实测。"), ("上架与运营数据周报", "一周访客三千二，转化率百分之三点一。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="莱州市东莱技工学校", pack="dir", region="lz", course="granite", cls="机电2401班", size=40, seed=11,
         sidp="24371270", students=["姜宇辰", "初雨彤", "曲浩轩"], items={12: ["姜宇辰", "初雨彤"]},
         extra_class=["滕志鹏"], bad={"滕志鹏": "over"}, others_named=["毛振庭"],
         teachers=["孙绍川", "綦秀玲"], form_count="全班40名学生",
         f8="tianzige", f10="system_strokes", f11="plc_typed", f12="photo_udisk2",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "滕志鹏")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a U盘 lying on the page) holds the homework of only TWO students, 姜宇辰 and 初雨彤 "
                 "(曲浩轩's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (TYPED) "
                 "is a 教务系统 printout ordered by 姓氏笔画; 滕志鹏 has 38 under `安装调试(35)` (总评 the sum): "
                 "records.invalid_score. Item 8 (scanned 300 gray, scissors): name and 学号 in 田字格 boxes, one character a box; "
                 "the stone works' equipment chief 毛振庭 signs as 企业导师. No roster"),
    dict(school="莱州市东莱技工学校", pack="dir", region="lz", course="banquet", cls="酒店2402班", size=36, seed=12,
         sidp="24370504", students=["于梓晴", "迟思妍", "王婉宁"], others_named=["林秀芬", "宋建华", "徐玉茹", "刘桂荣"],
         teachers=["衣春燕", "张秀岚"], form_count="共36名学生", roster="dorm", headteacher="赵惠卿",
         f8="service_order", f10="judges_avg", f11="banquet_typed", f12="hand_page",
         findings=[],
         comment="clean. The roster is ordered by dormitory (宿舍号 heads, a 舍长 per room, the dormitory keeper 刘桂荣 named, "
                 "not a student), 36 = form `共36名学生` = item 10. Item 10 (TYPED): three judges (teacher 衣春燕 and two hotel "
                 "managers 宋建华, 徐玉茹) each score out of 100, the 最终得分 is their AVERAGE to one decimal, as the note says "
                 "(not a sum). The banquet host 林秀芬 (a customer) is named on every worksheet and service record"),
    dict(school="登封市嵩阳技工学校", pack="gbkzip", region="df", course="care", cls="照护2401班", size=38, seed=21,
         sidp="2441052901", students=["耿雨涵", "焦佳欣", "常铭轩"], outsiders={"常铭轩": "照护2402班"}, out_sidp="2441052902",
         extra_class=["申俊辉"], bad={"申俊辉": "sum"}, others_named=["崔玉兰", "吕长福"],
         teachers=["景秀云", "牛建国"], form_count="38",
         f8="care_blank", f10="stations", f11="care_scan", f12="photo_plain",
         findings=[("students.not_in_class", 8, True, "常铭轩"), ("records.invalid_score", 10, False, "申俊辉")],
         comment="常铭轩 of the parallel class 照护2402班 (class and 学号 2441052902xx on his worksheet, care records and "
                 "homework) is the third student of 8/11/12; item 10 (38 rows = form `38`) has no record of him: "
                 "students.not_in_class. Item 10 (scanned 300 gray, scissors) is an OSCE-like 考站 register (考号, three "
                 "stations and 职业素养); 申俊辉's 总分 is 7 above the sum of his parts: records.invalid_score. The residents "
                 "崔玉兰 and 吕长福 (not students) are named as 照护对象 on items 8 and 11. No roster"),
    dict(school="登封市嵩阳技工学校", pack="gbkzip", region="df", course="insulation", cls="新能源2401班", size=38, seed=22,
         sidp="2441043501", students=["郭芊蔚", "王楷文", "李元昊"], extra_class=["焦梓航"], absent_from_10=["焦梓航"],
         others_named=["杨国强"], teachers=["陈立峥", "赵丽娜"], form_count="38人", roster="four_across", headteacher="宋雅芹",
         f8="head_row_vin", f10="batches", f11="report_typed", f12="scan_color",
         findings=[("records.missing_student", 10, False, "焦梓航"), ("records.count_mismatch", 10, False)],
         comment="the roster (a name list four pairs across, 38) and the form (`38人`) hold 焦梓航; item 10 (TYPED, two "
                 "批次 tables with subtotals 19 + 18, `合计37人`) has none for him: records.missing_student and "
                 "records.count_mismatch. The scenic-area fleet's captain 杨国强 is named on item 11 (车队负责人)"),
    dict(school="登封市嵩阳技工学校", pack="gbkzip", region="df", course="wifi", cls="网络2401班", size=38, seed=23,
         sidp="2441030101", students=["张晓冉", "刘博睿", "赵靖宇"], extra_class=["常安然", "马子恒"], former=["马子恒"],
         others_named=["吕振华"], teachers=["耿卫民", "焦慧敏", "王建设"], form_count="38人", roster="transfer", headteacher="申秋菊",
         f8="plain_mentor", f10="credit_corrected", f11="acceptance_typed", f12="photo_udisk",
         findings=[],
         comment="clean. The roster lists 39 with 马子恒 marked 转出 (transferred to another school, struck through, `现有38人`); "
                 "the form says 38 and item 10 (phone photo of a printed sheet, a U盘 on it) has 38 rows. Item 10 has a 学分 "
                 "column and a 等级 beside 总分; 常安然's 方案设计 was corrected by hand (18 struck, 21 beside it, initialled) and "
                 "the 总分 adds 21. Three teachers. The scenic area's information-centre head 吕振华 is named as 企业导师 (8) and "
                 "验收人 (11)"),
    dict(school="松滋市洈水技工学校", pack="zip", region="sz", course="chicken", cls="烹饪2401班", size=40, seed=31,
         sidp="24421501", students=["覃欣瑶", "熊浩杰", "向欣蕾"], items={11: ["覃欣瑶", "熊浩杰", "谭俊凯"]},
         extra_class=["谭俊凯", "彭子安"], bad={"彭子安": "over"}, others_named=["万德兵"],
         teachers=["黄春生", "周沛霖"], form_count="40人（男{m}人，女{f}人）",
         f8="tasting_card", f10="bottom_max", f11="dish_card_typed", f12="hand_page2",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "彭子安")],
         comment="item 11 (TYPED dish cards, `制作人：<name>`) holds the works of 覃欣瑶, 熊浩杰 and classmate 谭俊凯 (with an "
                 "item-10 record) instead of 向欣蕾's (items 8 and 12 hold the three): students.mismatch. Item 10 (scanned 200 "
                 "gray, landscape, scissors) gives the maxima only in a `满分` row at the FOOT of the table; 彭子安 has 19 under "
                 "调味 (满分 15; 总分 the sum): records.invalid_score. The restaurant owner 万德兵 tastes and comments on every "
                 "worksheet (菜品点评, not a student). No roster"),
    dict(school="松滋市洈水技工学校", pack="zip", region="sz", course="citrus", cls="电商2401班", size=42, seed=32,
         sidp="24420603", students=["胡雅宁", "曾宏宇", "彭瑞琪"], extra_class=["邓子璇", "周浩博"], absent_from_10=["周浩博"],
         bad={"邓子璇": "sum"}, others_named=["吴德军"], teachers=["杨文华", "胡春兰"], form_count="共42人",
         f8="two_row_box", f10="two_classes", f11="detail_typed", f12="journal_photo",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "邓子璇")],
         comment="item 10 (TYPED) holds two classes' tables (the class 电商2401班 and, below it, the combined-teaching class "
                 "电商2402班 with its own 18 rows); 电商2401班's table has 41 rows, the form says `共42人` (周浩博 has no record; "
                 "no roster): records.count_mismatch. 邓子璇's 总分 is 6 below the sum of her parts: records.invalid_score. "
                 "The cooperative's head 吴德军 is named on item 11"),
]

PROVINCE = {1: "山东省烟台市莱州市", 2: "河南省郑州市登封市", 3: "湖北省荆州市松滋市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 莱州: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 登封: "附件3-8 工作页.pdf" -> the item's name carries it; number after a dash
        return "成果%d．%s.pdf" % (n, NAMES[n])
    return "%d_%s（%s）.pdf" % (n, NAMES[n], s["cls"])   # 松滋: "8_工作页（烹饪2401班）.pdf"


def form_name(s, c):
    return {1: ("附件2：%s申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s%s申报书.pdf" % (s["school"].replace("登封市", ""), s["cls"]), "pdf"),
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

def form_label(s):
    return {1: "授课对象", 2: "班级人数（人）", 3: "授课班级人数"}[grp(s)]


def form_count_text(s):
    return "%s | %s" % (form_label(s), s["form_count"] if grp(s) != 1 else "%s%s" % (s["cls"], s["form_count"]))


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 莱州: "授课对象 | 机电2401班全班40名学生"
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s%s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 登封: a four-column grid, 班级人数（人） a bare number or with 人
        info = tbl([["专业名称", (c["major"], ' align="left"'), "专业编码", c["code"]],
                    ["课程名称", (c["course"], ' align="left" colspan="3"')],
                    ["学习任务", (c["task"], ' align="left" colspan="3"')],
                    ["授课班级", s["cls"], "班级人数（人）", s["form_count"]],
                    ["学时", str(c["hours"]), "授课地点", c["station"]]], width="94%", pad=P)
    else:   # 松滋: 授课班级人数 with 男/女 or 共
        rows = [("专业名称（代码）", "%s（%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("授课班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务描述</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织。学生分组领取任务单，查阅资料后制定计划，小组讨论做出决策，经教师确认后实施，教师巡回指导并做过程记录，最后展示成果并开展自评、互评和师评。</p>
<h3>五、课堂特色</h3><p>学习任务来自{prov}合作单位的真实工作，成果交合作单位使用。</p>
<h3>六、真实性承诺</h3><p>本课堂申报材料均为原创，真实可靠。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 2000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}企业岗位要求转化而成。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、考核评价\n过程考核与成果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、工作情境\n{situation}\n二、工作过程\n接受任务—制定计划—实施—检验—评价反馈。",
    3: "{school}\n{task}　教学活动策划\n学习活动一　获取信息\n学习活动二　制定计划与决策\n学习活动三　实施计划\n学习活动四　检验与评价",
    4: "{school}\n{course}　教学进度计划（{hours}学时）\n第1周　获取信息，明确任务\n第2周　制定计划，做出决策\n第3周　实施计划，过程控制\n第4周　成果展示，评价反馈",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题\n三、分组实施与巡回指导\n四、展示与评价",
    6: "{school}\n学习任务资源清单\n工作页、技术规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设资讯区、计划区、实施区和评价展示区。",
    9: "{school}\n{task}　考核方案\n考核分过程考核和成果考核两部分，成绩记入学习任务考核记录。",
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
        return s["out_sidp"] + "17"
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def boxes(text, w="7mm"):
    """one character a box (田字格-like squares, a dashed cross inside)"""
    cells = "".join('<td style="border:1pt solid #555;width:%s;height:%s;padding:0" align="center">%s</td>' % (w, w, hand(ch, True)) for ch in text)
    return '<table style="border-collapse:collapse;display:inline-table"><tr>%s</tr></table>' % cells


def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　评阅教师：%s</p>' % (RED, ["完成较好", "要点齐全", "良好", "认真"][i % 4], t[i % 2])
        if f == "tianzige":   # name and 学号 one character a box
            head = ('<table style="border-collapse:collapse"><tr><td style="padding:2px 4px">班级：%s</td><td style="padding:2px 4px">姓名</td><td>%s</td>'
                    '<td style="padding:2px 4px">学号</td><td>%s</td></tr></table>' % (hand(cl, True), boxes(n), boxes(sid[-4:], "5mm")))
            body = (title + head + sit + answers(c, rng, i) +
                    "<p>企业导师：%s（石材厂设备科）</p>" % hand(s["others_named"][0], True, BLACK) + comment)
        elif f == "service_order":   # a banquet service order: the host is a customer, the student 值台服务员
            head = tbl([["宴会名称", "林府八十寿宴", "宴会主人", s["others_named"][0]],
                        ["值台服务员", hand(n, True), "班级/学号", hand("%s / %s" % (cl, sid), True)],
                        ["服务日期", hand(day(s, i), True), "桌号", "主桌（%d人）" % 14]], width="100%", pad="3px 4px")
            body = '<h3 style="text-align:center">宴会服务任务单（学习工作页）</h3>' + head + sit + answers(c, rng, i) + comment
        elif f == "care_blank":   # 姓名 班级 学号 on blanks and the resident cared for
            head = '<p>姓名：＿%s＿　班级：＿%s＿　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = (title + head + "<p>照护对象：%s（%s号床）　　带教老师：%s</p>" % (s["others_named"][i % 2], 3 + i * 2, t[0])
                    + sit + answers(c, rng, i) + comment)
        elif f == "head_row_vin":   # a bordered head row 姓名 | 学号 | 班级 | 车辆编号
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "车辆编号", hand("观光车%02d" % (3 + i), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_mentor":   # a plain line and the scenic area's mentor
            head = '<p>班级：%s　　学号：%s　　姓名：%s</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + "<p>企业导师：%s（景区信息中心）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment
        elif f == "tasting_card":   # the worksheet ends with a 菜品点评 card signed by the restaurant owner
            head = '<p>姓名：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            card = tbl([["菜品点评", "色", "香", "味", "形", "点评人"],
                        ["松滋鸡", hand("好", True, BLACK), hand("香", True, BLACK), hand("偏咸" if i == 1 else "好", True, BLACK), hand("好", True, BLACK),
                         hand(s["others_named"][0], True, BLACK)]], width="90%", pad="3px 4px")
            body = title + head + sit + answers(c, rng, i) + card + "<p>（点评人为合作餐馆老板）</p>" + comment
        elif f == "two_row_box":
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"tianzige": "x-scanpdf:300:scissors", "service_order": "x-scanpdf:200:color", "care_blank": "x-scanpdf:250",
            "head_row_vin": "x-scanpdf:300:mono", "plain_mentor": "x-scanpdf:200:photo:udisk", "tasting_card": "x-scanpdf:200:scissors",
            "two_row_box": "x-scanpdf:200:color"}[f]
    font = {"head_row_vin": "Noto Sans CJK SC", "service_order": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 80 else "中等" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教学部审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "system_strokes":   # a 教务系统 printout, names in 姓氏笔画 order, 成绩性质 and 状态 columns
        parts = [("电路设计", 20), ("程序编写", 30), ("安装调试", 35), ("安全文明", 15)]
        order = sorted(rec, key=lambda n: (STROKES[n[0]], n[0], sid_of(s, n)))
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "成绩性质"] + ["%s(%d)" % p for p in parts] + ["总评", "状态"]], pad,
                    ' align="center" style="background:#d9d9d9"')]
        for k, n in enumerate(order):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 38
            out.append(trow([str(k + 1), sid_of(s, n), n, "正常考核"] + [str(x) for x in v] + [str(sum(v)), "已提交"], pad))
        body = ('<p style="background:#3b5998;color:#ffffff;padding:3px">　%s教学管理系统　｜　成绩管理 › 学习任务考核成绩录入 › %s</p>' % (s["school"], s["cls"]) +
                "<p>课程：%s　　学习任务：%s　　学年学期：2024-2025-1　　排序：按姓氏笔画</p>" % (c["course"], c["task"]) +
                table(out) + "<p>共 %d 条记录　　打印时间：2025-01-08 15:42　　打印人：%s</p>" % (len(rec), t[0]) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "judges_avg":   # three judges, the final mark their average
        judges = [t[0]] + s["others_named"][1:3]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "评委一<br/>(100)", "评委二<br/>(100)", "评委三<br/>(100)", "最终得分", "备注"]], pad)]
        for k, n in enumerate(rec):
            base = rng.randint(66, 93)
            v = [min(100, base + rng.randint(-4, 4)) for _ in range(3)]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + ["%.1f" % (sum(v) / 3.0), "组长" if k % 6 == 0 else ""], pad))
        body = (head10(s, c, "寿宴主桌摆台与席间服务技能考核成绩表") +
                "<p>评委一：%s（专业教师）　评委二：%s（酒店餐饮部经理）　评委三：%s（酒店宴会厅主管）</p>" % tuple(judges) + table(out) +
                "<p>注：三位评委按评分细则各自打分（满分100分），最终得分为三位评委的平均分，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "stations":   # OSCE-like 考站 register with 考号
        parts = [("考站一 助餐", 30), ("考站二 床椅转移", 30), ("考站三 沟通与记录", 20), ("职业素养", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["考号", "学号", "姓名"] + ["%s<br/>(%d分)" % p for p in parts] + ["总分", "考官"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow(["K%02d-%02d" % (1 + k // 10, 1 + k % 10), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), t[k % 2][0] + "老师"], pad))
        body = (head10(s, c, "学习任务考核记录（多站式实操考核）") + "<p>考核方式：学生按考号依次轮转三个考站，每站限时十二分钟。</p>" + table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:scissors"
    if f == "batches":   # two 批次 tables with subtotals
        parts = [("安全防护", 15), ("故障码读取", 15), ("绝缘测量", 35), ("故障处理", 25), ("报告填写", 10)]
        h = ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]
        half = (len(rec) + 1) // 2
        body = head10(s, c, "学习任务考核成绩登记表")
        for b, chunk in enumerate([rec[:half], rec[half:]]):
            out = [trow(["<b>%s</b>" % x for x in h], pad)]
            for k, n in enumerate(chunk):
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += ("<p><b>第%s批次</b>（%s 8:00—11:30，%d号、%d号工位）</p>" % ("一二"[b], day(s, 11 + b), 1 + 2 * b, 2 + 2 * b) + table(out) +
                     "<p>本批次%d人。</p>" % len(chunk))
        body += "<p>合计%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "credit_corrected":   # 总分, 等级 and 学分; one part corrected by hand
        parts = [("现场勘测", 20), ("方案设计", 30), ("安装配置", 35), ("测试验收", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级", "学分"]], pad)]
        fix = s["extra_class"][0]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            if n == fix:
                v[1] = 21
                cells[1] = '<s>18</s> <span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:11pt">21 改%s</span>' % t[0][0]
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(tot), grade(tot), "2" if tot >= 60 else "0"], pad))
        body = (head10(s, c, "学习任务考核成绩单") + table(out) +
                "<p>注：考核合格（60分及以上）取得本学习任务2学分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:photo:udisk"
    if f == "bottom_max":   # landscape, maxima only in a 满分 row at the foot
        parts = [("出勤", 5), ("原料准备", 10), ("宰杀分档", 10), ("刀工", 10), ("火候", 15), ("调味", 15), ("成形", 10), ("卫生", 10), ("成本", 5), ("点评", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 1.0)
            if bad.get(n) == "over":
                v[5] = 19
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        out.append(trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad))
        body = head10(s, c, "学习任务考核成绩记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.2cm"), "x-scanpdf:200:scissors"
    if f == "two_classes":   # the class's table, then the combined-teaching class's own table
        parts = [("卖点提炼", 20), ("详情页策划", 30), ("图片制作", 30), ("上架运营", 20)]
        h = ["姓名", "性别"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "学号", "备注"]
        body = head10(s, c, "学习任务考核记录")
        for ci, (cname, members) in enumerate([(s["cls"], rec), ("电商2402班", s["other_class"])]):
            out = [trow(["<b>%s</b>" % x for x in h], pad)]
            for k, n in enumerate(members):
                v = part_scores(rng, parts)
                tot = sum(v) - (6 if bad.get(n) == "sum" else 0)
                sid = sid_of(s, n) if ci == 0 else "2442060302%02d" % (k + 1)
                out.append(trow([n, sex_of(n)] + [str(x) for x in v] + [str(tot), sid, ""], pad))
            body += ("<p><b>%s</b>%s</p>" % (cname, "" if ci == 0 else "（合班授课，成绩单列）") + table(out) + "<p>%s共%d人。</p>" % (cname, len(members)))
        body += sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "plc_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>程序编写：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["地址", "符号", "说明"], ["I0.0", "SB1", "启动"], ["I0.1", "SB2", "急停"], ["Q0.%d" % j, "KM%d" % (1 + j), "锯片电机"]], width="70%") +
                             "<p>%s</p><p>审核：%s　　%s</p>" % (desc, t[j % 2], day(s, 30 + i)))
            elif f == "banquet_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["宴会主人", s["others_named"][0], "宴会日期", day(s, 30 + i)],
                                                          ["值台服务员", "%s（%s）" % (n, cl), "领班", s["others_named"][1]],
                                                          ["服务内容", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "care_scan":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", s["others_named"][(i + j) % 2], "床号", "%d" % (3 + 2 * ((i + j) % 2))],
                                  ["照护员", hand(n, True), "班级", hand(cl, True)],
                                  ["学号", hand(sid, True), "日期", hand(day(s, 30 + i), True)],
                                  ["情况记录", (hand(desc, True), ' colspan="3" align="left"')],
                                  ["带教老师", t[j % 2], "护理组长", "签字"]], width="90%", pad="4px 4px"))
            elif f == "report_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["车辆", "观光车%02d" % (3 + i), "车队负责人", s["others_named"][0]],
                                                          ["检测员", "%s（%s，%s）" % (n, cl, sid), "复核", t[j % 2]],
                                                          ["结论", (desc, ' colspan="3" align="left"')]], width="92%"))
            elif f == "acceptance_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["项目", "游客中心无线网络"], ["实施人员", "%s　%s　学号%s" % (n, cl, sid)], ["验收人", "%s（景区信息中心）" % s["others_named"][0]],
                                  ["结论", desc]], width="88%", align="left") + "<p>指导教师：%s</p>" % t[j % 3])
            elif f == "dish_card_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["制作人", n, "班级", cl, "学号", sid], ["主料", ("土鸡一只约1500克" if j == 0 else "鲢鱼肉600克"), "辅料", ("干辣椒、姜、蒜" if j == 0 else "猪肥膘、鸡蛋清"), "日期", day(s, 30 + i)],
                                  ["说明", (desc, ' colspan="5" align="left"')]], width="96%"))
            elif f == "detail_typed":
                parts.append('<h3>%s</h3><p>策划人：%s（%s）　　合作社：洈水蜜橘专业合作社（负责人 %s）</p>' % (title, n, cl, s["others_named"][0]) +
                             tbl([["屏次", "内容"], ["第一屏", "甜度实测与果园大图"], ["第二屏", "现摘现发流程"], ["第三屏", "规格与价格"]], width="80%") +
                             "<p>%s</p><p>指导：%s</p>" % (desc, t[j % 2]))
            else:
                raise SystemExit(f)
    meth = "x-scanpdf:200:color" if f == "care_scan" else "pdf"
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


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
        if f == "photo_udisk2":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业（中餐宴会服务）", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "photo_plain":
            head = ["照护课后作业", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "scan_color":
            head = ["课后练习", "姓名 %s　学号 %s" % (n, sid[-2:])]
        elif f == "photo_udisk":
            head = ["课后作业　无线网络", "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "hand_page2":
            head = ["课后作业", "姓名：%s　学号：%s" % (n, sid)]
        elif f == "journal_photo":   # a learning journal: dated entries, the name on the first line
            head = ["学习日志", "> %s　%s　%s" % (n, cl, sid), "> %s　晴　今天去合作社果园拍照" % day(s, 5 + i)[5:],
                    "> 拍了采摘、分拣和打包，光线上午最好。"]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_udisk2": "x-photo:200:2:udisk", "hand_page": "x-scan:200:4", "photo_plain": "x-photo:200:1",
            "scan_color": "x-scan:250:3:color", "photo_udisk": "x-photo:200:2:udisk", "hand_page2": "x-scan:200:4:mono",
            "journal_photo": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MALE = set("宇辰 梓睿 浩然 俊宇 一帆 书豪 文轩 嘉豪 语晨 泽远 浩轩 晓宇 佳乐 梓晨 一凡 志鹏 伟豪 嘉伟 宇豪 子轩 瑞阳 凯瑞 雨辰 佳豪 "
           "铭轩 浩博 梓航 宇恒 俊杰 明远 鹏程 家明 晨宇 泽宇 天乐 建豪 宏宇 浩杰 俊凯 雨航 振东 志强 博宇 楷文 欣宇 星辰 子墨 天宇 "
           "博睿 润宇 俊辉 浩宇 家辉 一航 锦涛 昊天 思睿 奕凡 梓豪 晓辉 乐天 沐阳 铭浩 凯文 子恒 朝阳 元昊 嘉伦 皓然 子安 晓峰 俊豪 "
           "靖宇 文博 一鸣 浩楠 峰 洋 晨 鹏 帅".split())


def sex_of(n):
    return "男" if n[1:] in MALE else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "dorm":   # ordered by dormitory, a 舍长 a room, the dormitory keeper named
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "床位", "备注"])]
        girls = [n for n in k if sex_of(n) == "女"]
        boys = [n for n in k if sex_of(n) == "男"]
        rooms = []
        for pre, grp_ in (("女生公寓3号楼", girls), ("男生公寓1号楼", boys)):
            for j in range(0, len(grp_), 6):
                rooms.append(("%s %d室" % (pre, 201 + j // 6 + (0 if pre[0] == "女" else 110)), grp_[j:j + 6]))
        seq = 0
        for room, members in rooms:
            rows.append('<tr><td colspan="6" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">%s</td></tr>' % room)
            for b, n in enumerate(members):
                seq += 1
                rows.append(trow([str(seq), sid_of(s, n), n, sex_of(n), "%d号床" % (b + 1), "舍长" if b == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单（按宿舍）</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                table(rows, width="84%") + "<p>班主任：%s　　宿管员：%s　　全班%d人（女%d人，男%d人）</p>" % (s["headteacher"], s["others_named"][3], len(k), len(girls), len(boys)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "four_across":   # 学号 and 姓名 four pairs across
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["学号", "姓名"] * 4)]
        q = (len(k) + 3) // 4
        for j in range(q):
            cells = []
            for col in range(4):
                idx = col * q + j
                cells += [sid_of(s, k[idx]), k[idx]] if idx < len(k) else ["", ""]
            rows.append(trow(cells, "2px 4px"))
        body = ('<h2 style="text-align:center">%s花名册</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) + table(rows) +
                "<p>班主任：%s　　　共计%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", compact=True))
        man.append("roster.html\t%s花名册.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "transfer":   # 39 names, one marked 转出 and struck through
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "学籍状态"])]
        allk = k + s["former"]
        for j, n in enumerate(allk):
            sid = s["sidp"] + "%02d" % (j + 1)
            if n in s["former"]:
                rows.append(trow([str(j + 1), "<s>%s</s>" % sid, "<s>%s</s>" % n, sex_of(n), "转出（2024年10月）"], "1px 4px"))
            else:
                rows.append(trow([str(j + 1), sid, n, sex_of(n), "在籍"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024-2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="80%") + "<p>班主任：%s　　原有%d人，转出%d人，现有%d人。</p>" % (s["headteacher"], len(allk), len(s["former"]), len(k)))
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
    truth = {"comment": "Hundred-and-first held-out people corpus (testdata/heldout101), the format of testdata/heldout28/truth.json. "
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
    for city in ("莱州", "登封", "松滋", "东莱", "嵩阳", "洈水"):
        if city in EARLIER_TEXT or city in EARLIER_READMES:
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
        rng = random.Random(s["seed"] * 7919 + 101)
        out = list(s.get("outsiders", {}))
        former = s.get("former", [])
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed and n not in former]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        if s["f10"] == "two_classes":
            s["other_class"] = draw_class(rng, 18, [], avoid + s["klass"], s["region"])
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        if "{m}" in s["form_count"]:
            s["form_count"] = s["form_count"].format(m=sum(sex_of(n) == "男" for n in s["klass"]), f=sum(sex_of(n) == "女" for n in s["klass"]))
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
        others = list(s.get("others_named", []))
        if s["f10"] == "two_classes":
            others_note = {"item10_other_class": {"电商2402班": s["other_class"]}}
        else:
            others_note = {}
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": former,
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": others,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": others_note, "corrections": ({s["extra_class"][0]: "方案设计 18 -> 21 by hand"} if s["f10"] == "credit_corrected" else {}),
            "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
