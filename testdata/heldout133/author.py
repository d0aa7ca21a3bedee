#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirty-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 虎林 (Heilongjiang, a county-level city of 鸡西), 古交 (Shanxi, a
county-level city of 太原) and 灵山县 (Guangxi, 钦州).

The html/table helpers, the class drawing and the earlier-name filter follow
heldout64's author.py; the courses, tasks, classes and page layouts are new.

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
ME = os.path.basename(HERE)
# every earlier corpus (heldout, heldout2 ... heldout132, othertools); heldout134, written at the same time by
# another hand, and any later folder are not read
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 133)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 虎林 (the 北大荒 settlers from 山东 and 河北: 王 李 张 刘 孙 于
# 赵 杨, the 胶东 隋 鞠 初 宫 姜 曲, and 朝鲜族 金 朴 崔); 古交 (晋中/太原 families: 王 张 李 刘 赵 武 郭 杨 贾
# 薛 田 阎 梁 霍 白 段 任 乔 温 冯 侯 郝 韩 牛 渠 弓 申 卫 常); 灵山 (钦州 families: 黄 李 陈 劳 宁 梁 张 刘 苏
# 林 庞 彭 钟 曾 杨 周 冯 许 叶 韦 莫 覃 邓)
SURNAMES = {
    "hl": list("王王王王李李李张张张刘刘孙孙于于赵杨隋鞠初宫姜曲高马徐金朴崔吕"),
    "gj": list("王王王张张张李李李刘刘赵赵武武郭郭杨贾薛田阎梁霍白段任乔温冯侯郝韩牛渠弓申卫常"),
    "ls": list("黄黄黄黄李李李陈陈陈劳劳宁宁梁梁张刘苏林庞彭钟曾杨周冯许叶韦莫覃邓"),
}
# given names: new lists, everyday names of students born around 2007-2009, a little regional colour
GIVEN = {
    "hl": ("泓博 梓童 铭远 永琪 秀妍 婉清 思佳 佳琦 鑫磊 佳鑫 金鹏 思彤 宇航 雨桐 俊熙 子健 明轩 天赐 "
           "雅楠 宏宇 春阳 冬雪 美琳 欣蕊 诗雨 梦婷 晓琳 子璇 婧涵 一诺 俊驰 志鹏 佳慧 晓萱 美玉 "
           "丹妮 海鑫 立博 成浩 家铭 嘉禾 雨菲 佳怡 艺璇 馨蕊 若琳 悦琪 雪莹 金阳 兴隆 "
           "振东 俊峰 浩天 瑞丰 正阳 思雨 可欣 玉婷 秀娟 丽雯 佳楠 宝玉 文慧 书怡 "
           "智勇 鸿宇 学良 兆东 永鑫 佳明 雨晴 思琪 欣然 美辰").split(),
    "gj": ("晋鹏 泽华 佳乐 浩楠 俊杰 雨欣 梓恒 晓东 思远 佳琪 宇轩 子墨 鑫宇 瑞峰 亚楠 文静 晓慧 "
           "建斌 志强 国栋 海龙 慧敏 婧怡 梦瑶 雅琪 晨阳 少杰 振华 晋峰 永强 江涛 宇鹏 鹏飞 "
           "佳豪 博文 天宇 晓宇 家乐 丽娜 艳芳 雪婷 欣然 宏伟 昊天 晓峰 嘉豪 凯瑞 子豪 浩宇 "
           "文博 一鸣 泽宇 晋源 晋豪 玉洁 丹丹 瑞琪 鹏宇").split(),
    "ls": ("嘉欣 俊杰 雪莹 子豪 海涛 晓琳 宝怡 伟鹏 志豪 梓健 丽萍 海燕 家乐 锦涛 嘉敏 颖欣 "
           "诗敏 泳琳 凯文 俊宏 文杰 嘉怡 慧琳 钰婷 淑婷 颖彤 凯琳 晓敏 家豪 志威 俊威 浩贤 "
           "宝莹 永康 明辉 伟杰 焕英 秋萍 美玲 少华 泽林 冠霖 俊宇 梓轩 芷晴 晓彤 "
           "宇翔 润发 德华 健雄 国富 永健 振邦 家宝 玉琼 丽华 春燕 秋菊").split(),
}
GIVEN1 = {"hl": list("鑫爽丹宇"), "gj": list("帅磊鑫昊瑶婷睿浩凯"), "ls": list("敏婷怡杰峰")}
FEMALE = set("秀妍 婉清 思佳 佳琦 思彤 雨桐 雅楠 冬雪 美琳 欣蕊 诗雨 梦婷 晓琳 子璇 婧涵 佳慧 晓萱 美玉 丹妮 嘉禾 "
             "雨菲 佳怡 艺璇 馨蕊 若琳 悦琪 雪莹 思雨 可欣 玉婷 秀娟 丽雯 佳楠 文慧 书怡 雨晴 思琪 欣然 美辰 梓童 "
             "雨欣 佳琪 亚楠 文静 晓慧 慧敏 婧怡 梦瑶 雅琪 丽娜 艳芳 雪婷 玉洁 丹丹 瑞琪 嘉欣 宝怡 丽萍 海燕 "
             "嘉敏 颖欣 诗敏 泳琳 嘉怡 慧琳 钰婷 淑婷 颖彤 凯琳 晓敏 宝莹 焕英 秋萍 美玲 芷晴 晓彤 玉琼 丽华 "
             "春燕 秋菊 爽 丹 瑶 婷 敏 怡".split())

PINYIN = {  # the characters of the 古交 names (surnames and given names above), for the 教务 export's 拼音 column
    "王": "wang", "张": "zhang", "李": "li", "刘": "liu", "赵": "zhao", "武": "wu", "郭": "guo", "杨": "yang", "贾": "jia",
    "薛": "xue", "田": "tian", "阎": "yan", "梁": "liang", "霍": "huo", "白": "bai", "段": "duan", "任": "ren", "乔": "qiao",
    "温": "wen", "冯": "feng", "侯": "hou", "郝": "hao", "韩": "han", "牛": "niu", "渠": "qu", "弓": "gong", "申": "shen",
    "卫": "wei", "常": "chang",
    "晋": "jin", "鹏": "peng", "泽": "ze", "华": "hua", "佳": "jia", "乐": "le", "浩": "hao", "楠": "nan", "俊": "jun",
    "杰": "jie", "雨": "yu", "欣": "xin", "梓": "zi", "恒": "heng", "晓": "xiao", "东": "dong", "思": "si", "远": "yuan",
    "琪": "qi", "宇": "yu", "轩": "xuan", "子": "zi", "墨": "mo", "鑫": "xin", "瑞": "rui", "峰": "feng", "亚": "ya",
    "文": "wen", "静": "jing", "慧": "hui", "建": "jian", "斌": "bin", "志": "zhi", "强": "qiang", "国": "guo", "栋": "dong",
    "海": "hai", "龙": "long", "敏": "min", "婧": "jing", "怡": "yi", "梦": "meng", "瑶": "yao", "雅": "ya", "晨": "chen",
    "阳": "yang", "少": "shao", "振": "zhen", "永": "yong", "江": "jiang", "涛": "tao", "飞": "fei", "豪": "hao", "博": "bo",
    "天": "tian", "家": "jia", "丽": "li", "娜": "na", "艳": "yan", "芳": "fang", "雪": "xue", "婷": "ting", "然": "ran",
    "宏": "hong", "伟": "wei", "昊": "hao", "嘉": "jia", "凯": "kai", "一": "yi", "鸣": "ming", "源": "yuan", "玉": "yu",
    "洁": "jie", "丹": "dan", "帅": "shuai", "磊": "lei", "睿": "rui",
}


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


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def draw_class(rng, n, fixed, avoid, region, fem=None):
    names = list(fixed)
    girls = [g for g in GIVEN[region] if g in FEMALE]
    boys = [g for g in GIVEN[region] if g not in FEMALE]
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        pool = GIVEN[region] if fem is None else (girls if rng.random() < fem else boys)   # a care class is mostly girls
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1[region]) if fem is None and rng.random() < 0.08 else rng.choice(pool))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "greenhouse": dict(major="机电一体化技术", code="0127", course="设施农业电气控制系统安装与调试",
   task="水稻育秧大棚自动通风与喷淋控制系统安装调试", hours=24, station="机电控制一体化学习工作站",
   situation="虎林市八五〇农场的水稻育秧大棚每年四月开始育秧，晴天中午棚内温度常超过三十五度，过去靠人工卷膜通风、拉水管浇水，费工又容易烧苗。农场请机电班学员为一栋示范大棚安装自动控制系统：温湿度传感器检测棚内环境，PLC控制两侧卷膜电机通风、电磁阀分区喷淋，设置手动和自动两种模式，安装接线、编程调试后交付农场技术员验收。",
   qs=[("问题1 卷膜电机为什么要设置正反转互锁？", ["正转和反转接触器同时吸合会造成电源短路，所以要在程序和接线上都做互锁。", "防止两个接触器同时吸合短路。", "程序互锁加上电气互锁。"]),
       ("问题2 温湿度传感器应该装在什么位置？", ["装在大棚中部、离地一米左右的秧盘上方，避开门口、风口和阳光直射。", "大棚中部，离地一米。", "避开门口和风口。"])],
   hw=[("1. 自动模式下什么时候开始卷膜通风？", ["棚温高于三十二度开始卷膜，低于二十六度关膜，中间留出回差防止电机来回动作。", "三十二度开，二十六度关。", "留回差。"]),
       ("2. 电磁阀喷淋为什么要设定最长工作时间？", ["防止传感器坏了或程序出错时一直喷水，把秧苗泡坏，超时就报警停阀。", "防止一直喷水。", "超时报警停阀。"])],
   outputs=[("PLC输入输出分配表", "输入十二点，输出八点，卷膜电机正反转互锁。"), ("大棚控制系统调试记录", "自动模式下三十二度开膜，二十六度关膜，动作正常。")]),
 "wintercare": dict(major="健康与社会照护", code="0529", course="老年人安全照护",
   task="农场养老院老年人冬季防跌倒与防寒保暖照护", hours=16, station="老年照护一体化学习工作站",
   situation="虎林的冬天长达五个多月，最低气温零下三十多度。八五〇农场养老院住着六十多位老人，冬天院里结冰、屋里屋外温差大，老人夜里起床跌倒、手脚冻伤的事时有发生。院长请照护班学员评估老人的跌倒风险，布置防滑防跌倒的居室环境，协助老人穿衣保暖，每天按时测量并记录体温，检查手脚皮肤，做好交接记录。",
   qs=[("问题1 怎样评估老人的跌倒风险？", ["看老人近一年有没有跌倒过、走路稳不稳、用不用助行器、吃不吃安眠药和降压药，按量表打分。", "看跌倒史、步态和用药。", "按量表打分。"]),
       ("问题2 冬天给老人测腋温要注意什么？", ["老人刚从外面回来要休息二十分钟再测，先擦干腋下，夹紧体温计五到十分钟。", "先休息再测，擦干腋下。", "夹紧五到十分钟。"])],
   hw=[("1. 家里老人冬天出门有哪些防滑办法？", ["穿防滑棉鞋，拄带冰爪的拐杖，出门前在门口台阶撒炉灰或沙子。", "穿防滑鞋，拄拐杖。", "台阶上撒炉灰。"]),
       ("2. 老人夜里起床前应该做什么？", ["先在床上坐一会儿，再在床边坐一会儿，腿不发软再站起来，床头放一盏小夜灯。", "先坐一会儿再站。", "床头放小夜灯。"])],
   outputs=[("床头卡", "防跌倒高风险，夜间加床栏。")]),
 "sprocket": dict(major="数控加工(数控车工)", code="0106", course="矿山机械零件数控车削加工",
   task="矿用刮板输送机链轮轴数控车削加工", hours=20, station="数控车削一体化学习工作站",
   situation="古交一座煤矿综采工作面的刮板输送机链轮轴磨损严重，矿上机修厂急需按旧件加工八根备件。机修厂技术科请数控班学员识读图纸，制订车削工艺，编写外圆、台阶、退刀槽和螺纹的加工程序，在数控车床上完成加工，按图纸要求检测尺寸和表面粗糙度后交检。",
   qs=[("问题1 加工较长的链轮轴为什么要用一夹一顶？", ["轴长、悬伸大，只用卡盘夹一头会让工件让刀、振动，尾座顶尖顶住另一头刚性就好了。", "防止让刀和振动。", "尾座顶住增加刚性。"]),
       ("问题2 车螺纹为什么要分几刀车完？", ["螺纹牙深大，一刀车完切削力太大会崩刀、扎刀，要逐刀减小背吃刀量。", "一刀车完会扎刀。", "逐刀减小吃刀量。"])],
   hw=[("1. 退刀槽的作用是什么？", ["车螺纹和磨外圆时刀具要有退出的地方，装配时端面也能贴紧。", "让刀具退出。", "装配时贴紧端面。"]),
       ("2. 怎样检查外圆尺寸是否合格？", ["用外径千分尺在轴的两端和中间各量两个方向，读数都在公差范围内才合格。", "用千分尺量几个位置。", "都在公差内才合格。"])],
   outputs=[("链轮轴交检单（第一件）", "外圆φ60h7自检合格。"), ("链轮轴交检单（第二件）", "螺纹M36×2通止规检验合格。")]),
 "breakfast": dict(major="烹饪(中式烹调)", code="0501", course="山西风味菜点制作",
   task="太原头脑与羊杂割传统早点制作", hours=18, station="中式烹调一体化学习工作站",
   situation="入冬以后，古交一家老字号早点铺每天天不亮就有人排队喝头脑、吃羊杂割。店里的厨师长请烹饪班学员按老配方完成两样早点：头脑要用羊肉、山药、莲菜、长山药和黄芪煨汤，勾面糊，配腌韭菜和帽盒；羊杂割要把羊肚、羊肝、羊肺处理干净，羊骨汤煮透，出锅前加粉条和辣椒油。学员要按出品标准控制火候和口味，核算成本，做好卫生清理。",
   qs=[("问题1 头脑的汤为什么要用黄芪和酒糟？", ["黄芪补气，酒糟去膻增香，这是头脑的传统配方，冬天早上喝了暖身子。", "补气暖身，去膻增香。", "传统配方。"]),
       ("问题2 羊杂怎样处理才没有膻味？", ["羊肚用面粉和醋反复搓洗，肝肺泡去血水，冷水下锅焯透，再用羊骨汤煮。", "面粉和醋搓洗，焯水。", "泡去血水。"])],
   hw=[("1. 勾面糊时为什么要边倒边搅？", ["面糊一下倒进去会结成疙瘩，边倒边搅汤才浓稠均匀。", "不结疙瘩。", "浓稠均匀。"]),
       ("2. 羊杂割的成本怎样核算？", ["把羊杂、羊骨、粉条、调料的用量乘单价加起来，再除以出品份数。", "用量乘单价再除以份数。", "算出每碗成本。"])],
   outputs=[("头脑出品记录", "每份三百五十毫升，配帽盒两个。"), ("羊杂割出品记录", "每碗羊杂一百五十克。")]),
 "wlan": dict(major="计算机网络应用", code="0301", course="无线网络组建与测试",
   task="矿区职工医院门诊楼无线网络部署与调试", hours=20, station="网络搭建一体化学习工作站",
   situation="古交矿区职工医院的门诊楼要上线移动护理和自助缴费，原来的无线网络信号时有时无，候诊大厅人一多就掉线。医院信息科请网络班学员现场勘查各层平面，规划AP点位和信道，配置无线控制器，把医护、设备和访客分到不同的VLAN，安装调试后做信号覆盖测试并出具热力图报告。",
   qs=[("问题1 相邻AP为什么要用不同的信道？", ["2.4G只有1、6、11三个互不重叠的信道，相邻AP用同一信道会互相干扰，网速变慢。", "同信道互相干扰。", "用1、6、11三个信道。"]),
       ("问题2 访客网络为什么要单独划VLAN？", ["访客不能访问医院内网的病历和收费系统，单独划VLAN再做访问控制才安全。", "访客不能进内网。", "隔离再做访问控制。"])],
   hw=[("1. 信号覆盖测试合格的标准是什么？", ["重点区域信号强度不低于负六十五dBm，漫游时不掉线，网页打开不超过三秒。", "不低于负六十五dBm。", "漫游不掉线。"]),
       ("2. 候诊大厅人多掉线怎样解决？", ["大厅加装一台高密AP，限制单个AP的接入人数，开启负载均衡。", "加装高密AP。", "开启负载均衡。"])],
   outputs=[("门诊楼一层无线信号热力图测试报告", "候诊大厅平均负五十八dBm。"), ("门诊楼二层无线信号热力图测试报告", "护士站平均负五十五dBm。")]),
 "lychee": dict(major="电子商务", code="0603", course="生鲜农产品网店运营",
   task="灵山荔枝鲜果预售与冷链订单履约", hours=16, station="电商运营一体化学习工作站",
   situation="每年五月底到六月，灵山的妃子笑和桂味荔枝陆续成熟，荔枝离枝一天变色、两天变味，网上卖最怕发货慢、到货坏。一家果园合作社请电商班学员在网店上做预售页面，编写客服话术，按订单安排每天清晨采摘、分拣、装箱称重、加冰袋冷链发货，并处理坏果退款等售后问题。",
   qs=[("问题1 荔枝为什么要做预售？", ["按预售订单量安排采摘，当天摘当天发，不压货，果子更新鲜，也能提前回笼资金。", "按订单采摘，当天发货。", "不压货。"]),
       ("问题2 装箱时每箱为什么要放冰袋？", ["荔枝怕热，冰袋让箱内保持低温，路上两天果皮也不容易变褐。", "保持低温。", "果皮不容易变褐。"])],
   hw=[("1. 买家说到货有坏果怎样处理？", ["先道歉安抚，请买家拍照，按坏果比例退款，超过三成全额退款，记录批次反馈给果园。", "拍照按比例退款。", "记录批次反馈。"]),
       ("2. 预售页面要写清哪些内容？", ["品种、规格、发货日期、冷链快递、坏果包赔规则和偏远地区不发货的说明。", "品种、发货日期和包赔规则。", "偏远地区不发货。"])],
   outputs=[("冷链装箱称重记录（一）", "共二十四箱，每箱冰袋两个。"), ("冷链装箱称重记录（二）", "共三十箱，复秤无误。")]),
 "homestay": dict(major="饭店(酒店)服务", code="0504", course="民宿接待服务",
   task="古村民宿婚宴迎宾与客房入住接待", hours=16, station="酒店服务一体化学习工作站",
   situation="灵山县大芦村的一家古村民宿在国庆假期承接一场婚宴，新人的亲友从南宁、钦州和广东赶来，当晚要在民宿入住二十多间客房。民宿管家请酒店班学员按婚宴座次图做好迎宾引座，为远道而来的宾客办理入住、介绍古村和客房设施，安排行李和第二天的早餐。",
   qs=[("问题1 迎宾引座时要注意什么？", ["面带微笑问候，先确认宾客是男方还是女方的亲友，再按座次图引到桌位，长辈优先。", "按座次图引座，长辈优先。", "先确认是哪方亲友。"]),
       ("问题2 给宾客办理入住要核对哪些内容？", ["核对身份证和预订名单，登记入住人数和联系电话，说明早餐时间和退房时间。", "核对身份证和预订名单。", "说明早餐和退房时间。"])],
   hw=[("1. 向宾客介绍古村时可以讲哪些内容？", ["讲大芦村的明清古宅、楹联文化和荔枝古树，提醒宾客晚上走路注意台阶。", "古宅、楹联和荔枝树。", "提醒注意台阶。"]),
       ("2. 宾客喝了酒回房怎样照顾？", ["陪同回房，送一壶温开水，提醒家人照看，把房间号记下来半夜再巡一次。", "陪同回房，送温开水。", "半夜再巡一次。"])],
   outputs=[("婚宴宾客入住接待记录", "共入住二十二间，无投诉。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

A, B_, C_ = "虎林市珍宝岛技工学校", "古交市狐爷山技工学校", "灵山县六峰山技工学校"
# guests at the wedding (灵山 homestay): named on the seating chart of item 8 and the reception record of item 11
GUESTS = ["李家宏", "黄美霞", "李炳南", "黄秀珍", "陈德昌", "宁月娇", "苏国梁", "林少珍", "劳振邦", "庞丽君", "钟伟权",
          "曾秋媚", "彭家耀", "叶玉婵"]

SUBS = [
    dict(school=A, pack="dir", region="hl", course="greenhouse", cls="机电2301班", size=36, seed=11, sidp="23270127",
         students=["鞠泓博", "隋梓童", "宫铭远"], items={12: ["鞠泓博", "宫铭远"]},
         extra_class=["初永琪"], bad={"初永琪": "over"}, others_named=["于长河"],
         teachers=["曲海涛", "金善玉"], form_size=36, form_count="男生{m}人、女生{f}人，合计36人",
         f8="head_box", f10="three_level", f11="io_typed", f12="daoxue", fem=0.15,
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "初永琪")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (a printed 导学案 per student, filled in by hand, scanned 200 dpi gray with steel washers and a nut "
                 "on the glass) holds the homework of only TWO students, 鞠泓博 and 宫铭远 (隋梓童's is missing; items 8 and 11 hold "
                 "the three): students.count on 12; students.mismatch optional. Item 10 (TYPED) has a THREE-LEVEL head (学习活动 "
                 "with its share / 评价项目 / 分值 row); 初永琪 has 14 under 安全文明 whose 分值 is 10 (总分 the sum): "
                 "records.invalid_score. The form writes the size `<form>` (36 = 36 rows). The farm "
                 "technician 于长河 is named on items 8 and 11 (not a student). No roster"),
    dict(school=A, pack="dir", region="hl", course="wintercare", cls="照护2302班", size=34, seed=12, sidp="23270529",
         students=["朴秀妍", "姜婉清", "孙思佳"],
         elders=["刘凤芝", "王振山", "赵桂香", "陈福全", "高凤琴", "马长林"],
         interviewees={"朴秀妍": ("姥姥", "崔顺子", 74), "姜婉清": ("爷爷", "姜福田", 78), "孙思佳": ("奶奶", "李素珍", 71)},
         teachers=["娜仁高娃", "宫淑萍", "崔明玉"], headteacher="杨丽君", registrar="鲍春华",
         form_size=34, form_count="女生{f}人、男生{m}人，合计34人", roster="zhuce",
         f8="tiwen", f10="twoup", f11="bedcard", f12="interview", months=(11, 2), fem=0.88,
         correction=True, findings=[],
         comment="clean. Item 8 (colour scan 200): each worksheet holds a 体温单 (temperature chart) of an elder of the home: "
                 "the chart's `姓名` is the ELDER (刘凤芝, 王振山, 赵桂香), the student only as `实训学生` at the top and `记录者` "
                 "under the chart. Item 11 (typed): 床头卡 (bed cards), two a student, `姓名` again the elder, the student as "
                 "`责任照护员` and `制作人`. Item 12 (phone photos, a utility knife on the sheet): a 家庭访谈 (family interview): "
                 "`受访人：姥姥 崔顺子（74岁）` etc. (relatives, not students). Item 10 (scanned 250 gray): a 2-up register, two "
                 "half-page registers side by side on one landscape sheet (rows 1-17 and 18-34, each with its own title, head "
                 "and signatures); one red hand correction on row 10 (环境布置 struck, a mark 4 higher written beside it in red, 总分 struck and corrected; see corrections). "
                 "Roster: a 学期注册名单 (semester registration) with 注册 and 缴费 columns and the registrar 鲍春华. Form `<form>`. Teachers: 娜仁高娃 (a Mongolian name without a surname), 宫淑萍, 崔明玉"),
    dict(school=B_, pack="gbkzip", region="gj", course="sprocket", cls="数控2301班", size=40, seed=21, sidp="230106",
         students=["武晋宏", "霍泽华", "薛子乐"], extra_class=["渠浩楠"], absent_from_10=["渠浩楠"],
         teachers=["阎建军", "郝丽琴"], headteacher="段润梅", others_named=["任长生"],
         form_size=40, form_count="40", roster="xlsx_export",
         f8="duidao", f10="dengfen", f11="jiaojian", f12="plain_mono", fem=0.08,
         findings=[("records.missing_student", 10, False, "渠浩楠"), ("records.count_mismatch", 10, False)],
         comment="the roster (an .xlsx exported from the 教务系统: merged title, 序号 学号 姓名 姓名拼音 性别 民族 学籍状态; 40) "
                 "and the form (`班级人数 | 40`) hold 渠浩楠; item 10 (a 登分表: names typed, every mark written in by hand in "
                 "pencil-grey, scanned 250 dpi gray) has 39 rows and none for him: records.missing_student and "
                 "records.count_mismatch. Item 8 (scanned 200 gray, steel washers on the glass): each worksheet opens with a "
                 "数控车床对刀记录 (`对刀人` the student, the workshop master 任长生 `确认`). Item 11 (typed): 交检单 (`交检人` "
                 "the student, `专检` a teacher, `接收` 任长生)"),
    dict(school=B_, pack="gbkzip", region="gj", course="breakfast", cls="烹饪2302班", size=38, seed=22, sidp="2305012",
         students=["乔雨欣", "温嘉俊", "贾梓恒"], outsiders={"贾梓恒": "烹饪2301班"}, out_sidp="2305011",
         extra_class=["弓晓东"], bad={"弓晓东": "sum"}, bad_pos=6, others_named=["任宝山"],
         teachers=["白瑞峰", "梁彩霞"], form_size=38, form_count="38人",
         f8="head_row", f10="photo_reg", f11="chupin", f12="photo_knife", fem=0.35,
         findings=[("students.not_in_class", 8, True, "贾梓恒"), ("records.invalid_score", 10, False, "弓晓东")],
         comment="贾梓恒 of the parallel class 烹饪2301班 (his class and 学号 2305011xx on his worksheet, his typed 出品记录 and his "
                 "photographed homework) is the third student of 8/11/12; item 10 (38 rows = form `38人`) has no record of him: "
                 "students.not_in_class. Item 10 is the printed register PHOTOGRAPHED with a phone (a utility knife lying on the "
                 "lower part of the sheet); 弓晓东 (row 7) has a 总分 6 above the sum of his parts: records.invalid_score. "
                 "The head chef 任宝山 is named on items 8 and 11 (not a student). No roster"),
    dict(school=B_, pack="gbkzip", region="gj", course="wlan", cls="网络2301班", size=42, seed=23, sidp="2303011",
         students=["段致远", "韩雨琪", "侯宇轩"], items={12: ["段致远", "韩雨琪", "冯子琦"]}, extra_class=["冯子琦"],
         teachers=["牛建平", "郭秀芬"], others_named=["吕振兴"], form_size=41, form_count="41人",
         f8="name_line", f10="bonus", f11="heatmap", f12="photo_knife", fem=0.3,
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False)],
         comment="item 12 (phone photos, a utility knife on the sheet) holds the homework of 段致远, 韩雨琪 and classmate 冯子琦 "
                 "(with an item-10 record) instead of 侯宇轩's (items 8 and 11 hold the three): students.mismatch. Item 10 "
                 "(TYPED) lists 42 students (a 附加分 column, 总分 = parts + 附加分, explained under the table); the form says "
                 "`班级人数 | 41人`: records.count_mismatch (no roster). Item 11 (typed): 无线信号热力图测试报告 (`测试人` the "
                 "student, the hospital's 信息科 吕振兴 `确认`)"),
    dict(school=C_, pack="zip", region="ls", course="lychee", cls="电商2302班", size=38, seed=31, sidp="202306032",
         students=["劳嘉欣", "宁俊杰", "庞雪莹"], items={8: ["劳嘉欣", "宁俊杰", "庞雪莹", "苏子豪"]},
         extra_class=["苏子豪", "钟俊宏"], bad={"钟俊宏": "over"}, others_named=["梁春生", "周永安", "林凤英", "陈伟强", "黄丽清", "杨国华"],
         teachers=["黄耀明", "覃秀梅"], form_size=38, form_count="38人",
         f8="shouhou", f10="group_typed", f11="zhuangxiang", f12="plain_gray", months=(6, 1), fem=0.6,
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "钟俊宏")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200) holds the worksheets of FOUR students: the three and classmate 苏子豪 (with an "
                 "item-10 record); each opens with a 售后处理单 (`处理人` the student, a buyer's nickname and the 收货人 林凤英, "
                 "陈伟强, 黄丽清, 杨国华 named): students.count on 8; students.mismatch optional. Item 10 (TYPED, grouped under "
                 "小组 rows) gives 钟俊宏 28 under `预售页面设计(25)` (总分 the sum): records.invalid_score. Item 11: 冷链装箱"
                 "称重记录 printed and PHOTOGRAPHED (utility knife), `装箱人` the student, the orchard's 梁春生 and the driver "
                 "周永安 named. No roster"),
    dict(school=C_, pack="zip", region="ls", course="homestay", cls="酒店2301班", size=32, seed=32, sidp="202305041",
         students=["许晓琳", "古丽米热·阿不都", "曾宝怡"], others_named=["劳月娥"] + GUESTS,
         teachers=["韦秋莲", "莫少华", "宁海波"], form_size=32, form_count="32人（含新疆籍学生1人）",
         f8="zuoci", f10="weighted", f11="jiedai", f12="postcard", months=(10, 1), fem=0.75,
         findings=[],
         comment="clean. 古丽米热·阿不都 (a Uyghur name with a middle dot) is one of the three. Form `32人（含新疆籍学生1人）` "
                 "(the 1 is not the size) = 32 rows. Item 8 (scanned 200 gray): a 实训手册 page with a 装订线 down the left "
                 "margin and `实训者：` for the student, and a 婚宴座次图 with the guests' names at seven tables (李家宏 黄美霞 "
                 "and twelve relatives, not students); the homestay keeper 劳月娥 as 企业导师. Item 11 (typed): the couple and "
                 "guests on a 宾客入住接待记录, `接待员` the student. Item 10 (TYPED): 教师评价 parts and their 小计, "
                 "企业导师评价 and a WEIGHTED 总评 = 小计×60% + 企业导师评价×40% (explained under the table; not a sum); "
                 "two marks carry `（补）` (make-up assessment, explained). Three teachers"),
]

PROVINCE = {1: "黑龙江省鸡西市虎林市", 2: "山西省太原市古交市", 3: "广西壮族自治区钦州市灵山县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 虎林: "第08项-工作页.pdf" (no leading number)
        return "第%02d项-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 古交: "08.工作页.pdf"
        return "%02d.%s.pdf" % (n, NAMES[n])
    return "材料%d %s.pdf" % (n, NAMES[n])   # 灵山: "材料8 工作页.pdf"


def form_name(s, c):
    return {1: ("附件2：优质课堂申报书（%s）.docx" % s["cls"], "docx"),
            2: ("古交狐爷山技校申报书-%s.pdf" % c["course"], "pdf"),
            3: ("附件2 申报书（%s）.docx" % c["major"].split("(")[0], "docx")}[grp(s)]


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
BLUE, BLACK, PENCIL = "#22306a", "#141414", "#4d4d4d"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None):
    return '<span style="font-family:\'AR PL UKai CN\';color:%s;font-size:%s">%s</span>' % (
        ink, size or ("13pt" if small else "15pt"), x)


def red(x, size="12pt"):
    return '<span style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:%s">%s</span>' % (size, x)


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


def trow(cells, pad, extra=' align="center" nowrap'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "学生人数 | %s" % s["form_count"]
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "班级学生数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 虎林: the size as a sentence, boys and girls first, the total last
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 古交
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 灵山
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级学生数", s["form_count"]), ("学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
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
    m0, span = s.get("months", (9, 4))
    return "2024年%d月%d日" % (m0 + (s["seed"] + k) % span, 2 + (s["seed"] * 5 + k * 7) % 26)


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


def sex_of(n):
    g = bare(n)[1:]
    if "·" in n:
        return "女"
    return "女" if g in FEMALE else "男"


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
        if f == "head_box":   # a two-row head box: 学习小组 | 工位 / 姓名 | 学号, the farm technician named
            head = tbl([["学习小组", hand("第%s组" % "一二三四五六"[i % 6], True), "工　位", hand("%d号控制柜" % (2 + i), True)],
                        ["姓　名", hand(n, True), "学　号", hand(sid, True)]], width="86%", pad="4px 6px")
            body = (title + head + "<p>班级：%s　　现场指导：%s（八五〇农场育秧基地技术员）</p>" % (hand(cl, True), s["others_named"][0]) +
                    sit + answers(c, rng, i) + comment)
        elif f == "tiwen":   # the worksheet with an elder's temperature chart; the student as 实训学生 and 记录者
            el = s["elders"][i]
            days = ["12月%d日" % (9 + k) for k in range(6)]
            temps = [["%.1f" % (36.1 + rng.randint(0, 7) / 10.0) for _ in days] for _ in range(2)]
            chart = ('<p style="text-align:center"><b>体　温　单</b></p>' +
                     tbl([["姓名", hand(el, True, BLACK), "性别", hand("女" if el[1:] in ("凤芝", "桂香", "凤琴") else "男", True, BLACK),
                           "年龄", hand(str(79 + 3 * i), True, BLACK), "床号", hand("%d床" % (12 + 5 * i), True, BLACK)]], width="100%", pad="3px 4px") +
                     tbl([["日期"] + days, ["7:00"] + [hand(x, True) for x in temps[0]], ["15:00"] + [hand(x, True) for x in temps[1]],
                          ["皮肤"] + [hand(["完好", "手背干裂", "完好"][(k + i) % 3], True) for k in range(6)]], width="100%", pad="2px 3px") +
                     '<p style="text-align:right">记录者：%s</p>' % hand(n))
            head = '<p>实训学生：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + chart + comment
        elif f == "duidao":   # a 对刀记录 above the worksheet: 对刀人 the student, the workshop master confirms
            head = ('<p style="text-align:center"><b>数控车床对刀记录</b></p>' +
                    tbl([["机床编号", hand("CK6140-%02d" % (3 + i), True), "对刀人", hand(n, True), "学号", hand(sid, True)],
                         ["刀号", "刀具", "X偏置", "Z偏置", "确认"],
                         ["T01", "93°外圆车刀", hand("%.3f" % (-212.4 - 0.37 * i), True), hand("%.3f" % (-385.2 + 0.81 * i), True), hand(s["others_named"][0], True, BLACK)],
                         ["T02", "4mm切槽刀", hand("%.3f" % (-208.9 - 0.21 * i), True), hand("%.3f" % (-381.6 + 0.44 * i), True), hand(s["others_named"][0], True, BLACK)],
                         ["T03", "60°螺纹刀", hand("%.3f" % (-210.7 + 0.15 * i), True), hand("%.3f" % (-383.0 + 0.52 * i), True), hand(s["others_named"][0], True, BLACK)]],
                        width="94%", pad="3px 4px") + "<p>班级：%s　　车间师傅：%s（机修厂）</p>" % (hand(cl, True), s["others_named"][0]))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_row":   # a bordered head row 姓名 | 班级 | 学号 | 日期, the head chef named
            head = tbl([["姓　名", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True), "日　期", hand(day(s, i)[5:], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + "<p>企业导师：%s（早点铺厨师长）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment
        elif f == "name_line":   # plain 姓名 学号 班级 line
            head = '<p>姓名：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "shouhou":   # an after-sales ticket above the worksheet: 处理人 the student, a buyer named
            buyer = s["others_named"][2 + i % 4]
            head = ('<p style="text-align:center"><b>售后处理单</b></p>' +
                    tbl([["订单号", "LS2406%04d" % (1187 + 53 * i), "买家昵称", ["荔枝控***", "小*爱吃果", "阿**妈", "南宁**哥"][i % 4]],
                         ["收货人", buyer, "问题", ["到货有三颗坏果", "快递晚到一天", "少发半斤", "果皮发褐"][i % 4]],
                         ["处理结果", hand(["按比例退款4.5元", "补偿优惠券10元", "补发半斤", "全额退款"][i % 4], True), "处理人", hand(n, True)],
                         ["学号", hand(sid, True), "班级", hand(cl, True)]], width="92%", pad="3px 5px") +
                    "<p>合作果园：%s果园（负责人）</p>" % s["others_named"][0])
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "zuoci":   # a 实训手册 page with a 装订线, 实训者, and the wedding seating chart with the guests
            g = GUESTS
            tables = [("1号桌（主桌）", g[0:4]), ("2号桌（男方亲友）", g[4:6] + ["及亲友8位"]), ("3号桌（女方亲友）", g[6:8] + ["及亲友8位"]),
                      ("4号桌（男方同事）", g[8:10]), ("5号桌（女方同学）", g[10:12]), ("6号桌（村中长辈）", g[12:14]), ("7号桌（工作人员）", ["民宿员工"])]
            cells = ['<td style="border:0.75pt solid #000;padding:3px 5px;width:33%%"><b>%s</b><br/>%s</td>' % (a, "、".join(b)) for a, b in tables]
            grid = ('<table style="border-collapse:collapse" width="100%%"><tr>%s</tr><tr>%s</tr><tr>%s</tr></table>'
                    % ("".join(cells[0:3]), "".join(cells[3:6]), cells[6] + '<td colspan="2" style="border:0.75pt solid #000;padding:3px 5px">迎宾岗：%s　　引座岗：%s</td>' % (hand(n, True), hand("第%s组" % "一二三"[i % 3], True))))
            margin = ""
            head = ('<p>实训项目：婚宴迎宾与入住接待　　实训日期：%s　　成绩：%s</p>' % (hand("10月%d日" % (2 + i % 2), True), red("优")) +
                    '<p>实训者：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True)))
            body = (margin + '<h3 style="text-align:center">实训手册·学习工作页<br/>%s</h3>' % c["task"] + head +
                    "<p>企业导师：%s（民宿管家）</p>" % s["others_named"][0] + "<p><b>婚宴座次图</b>（新郎：%s　新娘：%s）</p>" % (g[0], g[1]) + grid +
                    answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    if f == "zuoci":   # the 装订线 printed down the left margin of every page (heldout15's text overlay)
        write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "items": [
            {"type": "text", "runs": [["┄┄┄┄┄　装　┄┄┄┄┄　订　┄┄┄┄┄　线　┄┄┄┄┄　内　不　要　答　题　┄┄┄┄┄", "gray"]],
             "size": 9, "x": 0.045, "y": 0.5, "angle": 90, "page": "all"}]}, ensure_ascii=False, indent=1))
    meth = {"head_box": "x-scanpdf:200", "tiwen": "x-scanpdf:200:color", "duidao": "x-scanpdf:200:washers",
            "head_row": "x-scanpdf:250", "name_line": "x-scanpdf:250", "shouhou": "x-scanpdf:200:color",
            "zuoci": "x-scanpdf:200"}[f]
    font = {"head_row": "Noto Sans CJK SC", "shouhou": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
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
    if f == "three_level":   # 学习活动 / 评价项目 / 分值: three head rows
        acts = [("学习活动一　获取信息与制订计划（20%）", [("资料查阅", 10), ("方案制订", 10)]),
                ("学习活动二　安装与接线（40%）", [("元件安装", 15), ("线路连接", 15), ("安全文明", 10)]),
                ("学习活动三　编程调试与验收（40%）", [("程序编写", 15), ("系统调试", 15), ("交付验收", 10)])]
        parts = [p for _, ps in acts for p in ps]
        h1 = ("<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="3" width="5%" nowrap', pad),
                                       td("<b>学号</b>", ' align="center" rowspan="3" width="13%" nowrap', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="3" width="8%" nowrap', pad),
                                       "".join(td("<b>%s</b>" % a, ' align="center" colspan="%d"' % len(ps), pad) for a, ps in acts),
                                       td("<b>总分</b>", ' align="center" rowspan="3"', pad)))
        h2 = trow(["<b>%s</b>" % p for p, _ in parts], pad)
        h3 = trow(["分值%d" % m for _, m in parts], pad)
        out = [h1, h2, h3]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[4] = 14
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>注：总分为各评价项目得分之和，满分100分。</p>" + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "twoup":   # two half-page registers side by side on one landscape sheet
        parts = [("风险评估", 20), ("环境布置", 30), ("保暖照护", 30), ("体温与记录", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]
        rows = []
        corr = None
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))]
            if s.get("correction") and k == 9:   # a red hand correction: 环境布置 and 总分 struck, the new marks beside them
                nv = v[1] + 4
                cells[4] = "<s>%d</s> %s" % (v[1], red(str(nv), "11pt"))
                cells[-1] = "<s>%d</s> %s" % (sum(v), red(str(sum(v) + 4), "11pt"))
                corr = (n, v[1], nv, sum(v), sum(v) + 4)
            rows.append(cells)
        h = (len(rows) + 1) // 2

        def half(label, part):
            out = [trow(["<b>%s</b>" % x for x in hd], pad)] + [trow(r, pad) for r in part]
            return ('<p style="text-align:center"><b>学习任务考核记录（%s）</b></p><p>%s　%s</p><p>任务：%s</p>' % (label, s["school"], s["cls"], c["task"]) +
                    table(out) + "<p>评分教师：%s　%s　　日期：%s</p>" % (t[0], t[1], day(s, 11)))
        body = ('<table width="100%%"><tr><td width="50%%" valign="top" style="padding:0 8px 0 0">%s</td>'
                '<td width="50%%" valign="top" style="padding:0 0 0 8px;border-left:0.5pt dashed #888">%s</td></tr></table>'
                % (half("一", rows[:h]), half("二", rows[h:])))
        s["_corr"] = corr
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:0.8cm 0.9cm"), "x-scanpdf:250"
    if f == "dengfen":   # a 登分表: names typed, every mark written in by hand in pencil
        parts = [("工艺编制", 15), ("程序编制", 20), ("车削加工", 45), ("尺寸检测", 10), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [hand(str(x), True, PENCIL, "11pt") for x in v] + [hand(str(sum(v)), True, PENCIL, "11pt"), ""], "1px 3px"))
        body = (head10(s, c, "学习任务考核登分表") + table(out) + "<p>登分人：%s　　　　复核：%s　　　　（成绩先用铅笔登记，复核后录入系统）</p>" % (t[0], t[1]))
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "photo_reg":   # a plain register, printed and photographed with a phone
        parts = [("原料处理", 15), ("刀工", 15), ("火候", 20), ("调味", 20), ("出品装盘", 15), ("卫生", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], "1px 3px"))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:photo:knife"
    if f == "bonus":   # parts + 附加分, explained
        parts = [("现场勘查", 15), ("点位规划", 20), ("设备配置", 30), ("覆盖测试", 25), ("文档", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5]) if sum(v) <= 92 else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：附加分为在医院现场调试中发现并解决额外问题的加分（最多5分），总分 = 各项得分 + 附加分，不超过100分。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_typed":   # 小组 rows, a part above its maximum planted
        parts = [("预售页面设计", 25), ("客服话术", 20), ("订单处理", 25), ("冷链发货", 20), ("售后处理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            if k % 6 == 0:
                out.append('<tr><td colspan="9" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">第%s小组　组长：%s</td></tr>'
                           % ("一二三四五六七"[k // 6], n))
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 28
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "weighted":   # 教师评价 parts + 小计, 企业导师评价, weighted 总评; two make-up marks
        parts = [("迎宾引座", 30), ("入住办理", 40), ("古村与客房介绍", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] +
                     ["教师评价<br/>小计(100)", "企业导师<br/>评价(100)", "总评"]], pad)]
        notes = {}
        makeup = set(rng.sample(range(len(rec)), 2))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.97)
            m = rng.randint(72, 96)
            sub = sum(v)
            cells = [str(x) for x in v]
            if k in makeup:
                cells[0] = "%d（补）" % v[0]
                notes[n] = "迎宾引座 %d（补）: a make-up mark, explained under the table" % v[0]
            w = round(sub * 0.6 + m * 0.4, 1)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [str(sub), str(m), "%.1f" % w], pad))
        s["_notes"] = notes
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：1. 总评 = 教师评价小计×60%% + 企业导师评价×40%%，保留一位小数；企业导师评价由民宿管家%s评定。"
                "2. 标“（补）”的为因病缺考后补考的成绩。</p>" % s["others_named"][0] + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth = "pdf"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "io_typed":
            title, desc = c["outputs"][0]
            parts.append('<h3 style="text-align:center">%s</h3><p>编制：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                         tbl([["地址", "元件", "作用"], ["I0.0", "SB1", "自动/手动选择"], ["I0.1", "B1温湿度变送器报警", "高温报警"],
                              ["Q0.0", "KM1", "东侧卷膜正转"], ["Q0.1", "KM2", "东侧卷膜反转"], ["Q0.4", "YV1", "一区喷淋电磁阀"]], width="80%") +
                         "<p>%s</p>" % desc)
            title, desc = c["outputs"][1]
            parts.append('<h3 style="text-align:center">%s</h3>' % title +
                         tbl([["调试人", "%s（%s）" % (n, cl), "日期", day(s, 30 + i)], ["测试项目", "自动开膜/关膜", "结果", "正常"],
                              ["测试项目", "分区喷淋超时停阀", "结果", "正常"], ["用户确认", "%s（育秧基地技术员）" % s["others_named"][0], "指导教师", t[i % 2]]],
                             width="90%") + "<p>%s</p>" % desc)
        elif f == "bedcard":   # bed cards: 姓名 the elder, the student as 责任照护员 and 制作人
            cards = []
            for j in range(2):
                el = s["elders"][(2 * i + j) % len(s["elders"])]
                cards.append('<td width="50%%" valign="top" style="padding:4px">%s</td>' % tbl(
                    [[("<b>床　头　卡</b>", ' colspan="2"')], ["姓名", el], ["床号", "%d床" % (12 + 5 * i + j)], ["年龄", "%d岁" % (76 + i * 3 + j * 5)],
                     ["照护等级", ["二级", "一级", "三级"][(i + j) % 3]], ["饮食", ["软食", "普食", "低盐软食"][(i + j) % 3]],
                     ["过敏史", ["青霉素", "无", "磺胺类"][(i + 2 * j) % 3]], ["注意事项", "防跌倒（高风险），夜间加床栏"],
                     ["责任照护员", n]], width="100%", pad="3px 5px"))
            parts.append('<h3 style="text-align:center">床头卡（两张）</h3><table width="100%%"><tr>%s</tr></table>' % "".join(cards) +
                         "<p>制作人：%s　　班级：%s　　学号：%s　　指导教师：%s</p><p>说明：%s</p>" % (n, cl, sid, t[i % 3], c["outputs"][0][1]))
        elif f == "jiaojian":   # 交检单: 交检人 the student, 专检 a teacher, 接收 the workshop master
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件名称", "刮板输送机链轮轴", "图号", "GL-22-%02d" % (3 + j)], ["交检人", "%s（%s）" % (n, cl), "学号", sid],
                                  ["交检数量", "1", "自检结果", desc], ["专检", t[j % 2], "接收", "%s（机修厂）" % s["others_named"][0]]], width="92%") +
                             "<p>交检日期：%s</p>" % day(s, 30 + i))
        elif f == "chupin":
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", ["羊肉、山药、莲菜", "羊肚、羊肝、羊肺"][j], "出品标准", desc],
                                                          ["评价人", "%s（厨师长）" % s["others_named"][0], "指导教师", t[j % 2]]], width="90%"))
        elif f == "heatmap":   # 热力图 test report: a coloured grid of dBm values
            for j, (title, desc) in enumerate(c["outputs"]):
                r = random.Random(s["seed"] * 100 + i * 10 + j)
                grid = []
                for y in range(5):
                    row = []
                    for x in range(8):
                        v = -48 - r.randint(0, 24) - (6 if x in (0, 7) else 0)
                        col = "#4caf50" if v >= -60 else ("#ffd54f" if v >= -67 else "#ef6c5a")
                        row.append(('%d' % v, ' bgcolor="%s"' % col))
                    grid.append(row)
                parts.append('<h3 style="text-align:center">%s</h3><p>测试人：%s　　班级：%s　　学号：%s　　测试日期：%s</p>' % (title, n, cl, sid, day(s, 30 + i)) +
                             tbl(grid, width="86%") + "<p>图例：绿色 ≥ -60 dBm；黄色 -67~-60 dBm；红色 &lt; -67 dBm。%s</p>" % desc +
                             "<p>审核：%s　　医院信息科确认：%s</p>" % (t[j % 2], s["others_named"][0]))
        elif f == "zhuangxiang":   # cold-chain packing and weighing record, printed, filled by hand, photographed
            meth = "x-scanpdf:200:photo:knife"
            both = []
            for j, (title, desc) in enumerate(c["outputs"]):
                r = random.Random(s["seed"] * 100 + i * 10 + j)
                rows = [["箱号", "品种", "净重(kg)", "冰袋", "毛重(kg)", "复秤"]]
                for b in range(7):
                    net = 2.5 + r.choice([0, 0, 0.1, -0.1])
                    rows.append(["LS-%02d%02d" % (6 + j, 10 + 7 * i + b), ["妃子笑", "桂味"][(b + j) % 2], hand("%.1f" % net, True),
                                 hand("2", True), hand("%.1f" % (net + 0.9), True), hand("√", True)])
                both.append('<h3 style="text-align:center">%s</h3><p>装箱人：%s　　班级：%s　　学号：%s</p>' % (title, hand(n), hand(cl, True), hand(sid, True)) +
                            tbl(rows, width="92%") + "<p>%s　果园：%s　承运司机：%s</p><p>复秤：%s　　日期：%s</p>" % (
                                desc, s["others_named"][0], s["others_named"][1], t[j % 2], day(s, 30 + i + j)))
            parts.append("<br/>".join(both))
        elif f == "jiedai":   # the guests' check-in record, 接待员 the student
            g = GUESTS
            rows = [["房号", "宾客", "人数", "备注"]]
            for k in range(4):
                gi = (2 + 3 * i + k) % len(g)
                rows.append(["%d0%d" % (1 + (k // 2), 1 + k + 2 * i), g[gi], str(2 + (k % 2)), ["男方亲友", "女方亲友", "需加床", "不吃辣"][k]])
            parts.append('<h3 style="text-align:center">%s</h3><p>新人：%s、%s　　婚宴日期：2024年10月3日</p>' % (c["outputs"][0][0], g[0], g[1]) +
                         "<p>接待员：%s　　班级：%s　　学号：%s</p>" % (n, cl, sid) + tbl(rows, width="88%") +
                         "<p>%s　审核：%s（民宿管家）　指导教师：%s</p>" % (c["outputs"][0][1], s["others_named"][0], t[i % 3]))
        else:
            raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), meth


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "daoxue":   # a printed 导学案 per student, filled in by hand (HTML, printed and scanned)
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += "<p>%s</p><p>%s</p><p %s>%s</p>" % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
            pages.append('<h3 style="text-align:center">《%s》导学案</h3>' % c["course"] +
                         tbl([["课题", ("大棚分区喷淋与超时保护", ' colspan="3"'), "课时", "2"],
                              ["班级", hand(cl, True), "姓名", hand(n, True), "小组", hand("%d" % (1 + i * 2), True)],
                              ["学号", (hand(sid, True), ' colspan="5"')]], width="94%", pad="3px 5px") +
                         "<p><b>【学习目标】</b>1. 能说出电磁阀喷淋的控制要求；2. 能编写超时保护程序；3. 能按规范调试。</p>"
                         "<p><b>【课前预习】</b>喷淋电磁阀是常开型还是常闭型？</p><p>%s</p>" % hand(["常闭型，断电时关闭。", "常闭的，不通电不出水。"][i % 2]) +
                         "<p><b>【课后作业】</b></p>" + qa +
                         '<p><b>【教师评价】</b>%s　　%s</p>' % (red("A" if i % 2 == 0 else "A-", "14pt"), red("%s %s" % (t[i % 2], day(s, 20 + i)[5:]))))
        return "12.html", html(PB.join(pages), "10.5pt"), "x-scanpdf:200:washers"
    if f == "postcard":   # a welcome postcard to a guest, written by hand, then the questions; scanned
        pages = []
        for i, n in enumerate(names):
            cl, sid = cls_of(s, n), sid_of(s, n)
            guest = GUESTS[(4 + 5 * i) % len(GUESTS)]
            msg = hand(["欢迎您来大芦村做客！古宅里的楹联和门口的荔枝古树都值得慢慢看，晚上走路请注意台阶。",
                        "感谢您参加婚宴并入住我们的民宿，早餐七点到九点在天井供应，祝您在古村住得开心。",
                        "古村的夜晚很安静，房间里备有驱蚊液和热水壶，有需要请随时拨打前台电话8001。"][i % 3], True)
            zip_boxes = "".join(td(hand(x, True), ' align="center" width="24"', "2px 2px") for x in "535400")
            card = ('<table style="border-collapse:collapse" width="92%%"><tr>'
                    '<td width="55%%" valign="top" style="padding:8px;border:1.2pt solid #555;border-right:0.75pt dashed #777">'
                    '<table style="border-collapse:collapse"><tr>%s</tr></table><p>%s</p>'
                    '<p style="text-align:right">%s　敬上</p></td>'
                    '<td width="45%%" valign="top" style="padding:8px;border:1.2pt solid #555;border-left:none"><p style="text-align:right">'
                    '<span style="border:0.75pt solid #555;padding:10px 14px">贴邮票处</span></p>'
                    '<p>收件人：%s</p><p>地址：%s</p><p>______________________</p>'
                    '<p style="font-size:8pt;color:#666">大芦村古宅民宿 · 明信片</p></td></tr></table>'
                    % (zip_boxes, msg, hand(n, True), hand(guest + "　先生/女士", True), hand("灵山县佛子镇大芦村%d号房" % (201 + i), True)))
            qa = ""
            for qi, (q, a) in enumerate(c["hw"]):
                qa += "<p>%s</p><p>%s</p><p %s>%s</p>" % (q, hand(a[(i + qi + 1) % 3]), RED, mark(rng))
            pages.append('<h3 style="text-align:center">课后作业：给宾客写一张欢迎明信片</h3>' +
                         "<p>班级：%s　　姓名：%s　　学号：%s</p>" % (hand(cl, True), hand(n), hand(sid, True)) + card +
                         "<p><b>课后思考</b></p>" + qa + "<p>%s</p>" % red("阅 %s %s" % (t[i % 3], day(s, 20 + i)[5:])))
        return "12.html", html(PB.join(pages), "10.5pt"), "x-scanpdf:250"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "interview":   # a family interview: the interviewee named
            rel, who, age = s["interviewees"][n]
            head = ["课后作业：家庭访谈——老人冬季防跌倒", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid),
                    "> 受访人：%s %s（%d岁）　访谈时间：%s" % (rel, who, age, re.sub(r"(\d+)日$", lambda m: "%d日" % max(1, int(m.group(1)) - 4), day(s, 20 + i)[5:])),
                    "> 访谈地点：%s" % ["八五八农场家里", "虎头镇老房子", "新城街道家中"][i % 3]]
            end = ["> 访谈小结：%s平时不爱拄拐，我给%s讲了冬天防滑的办法。" % (rel, rel)] + end
        elif f == "plain_mono":
            head = ["课后作业（链轮轴车削）", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "photo_knife" and s["course"] == "breakfast":
            head = ["晋味早点　课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "photo_knife":
            head = ["无线网络课后作业", "> %s　%s　学号%s" % (cl, n, sid[-2:])]
        elif f == "plain_gray":
            head = ["课后作业　荔枝预售与售后", "> 姓名 %s　班级 %s　学号 %s" % (n, cl, sid)]
        elif f == "hand_gray":
            head = ["课后作业", "> 班级：%s" % cl, "> 姓名：%s　学号：%s" % (n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"interview": "x-photo:200:1:knife", "plain_mono": "x-scan:200:2:mono", "photo_knife": "x-photo:200:1:knife",
            "plain_gray": "x-scan:200:3", "hand_gray": "x-scan:250:4"}[f]
    if f == "photo_knife" and s["course"] == "wlan":
        meth = "x-photo:200:2:knife"
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "zhuce":   # a semester registration list: 注册 and 缴费 columns, the registrar at the foot
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px")
                                       for x in ["序号", "学号", "姓名", "性别", "报到日期", "注册", "免学费", "住宿费", "学生签字"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "2月%d日" % (16 + j % 2), "√", "√", "已缴",
                              hand(n, True, BLACK, "10pt")], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　2024—2025学年第二学期<br/>学生注册名单</h2><p>班级：%s　　班主任：%s</p>' % (s["school"], s["cls"], s["headteacher"]) +
                table(rows, width="96%") + "<p>应注册%d人，实注册%d人。　　学籍管理员：%s　　日期：2025年2月17日</p>" % (len(k), len(k), s["registrar"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生注册名单.pdf\tpdf\troster\t0" % s["cls"])
        return [s["registrar"]]
    if r == "xlsx_export":   # an .xlsx exported from the 教务系统: merged title, a 拼音 column
        rows = [["%s学生花名册" % s["cls"]] + [""] * 7, ["导出时间：2025-02-20 09:41　　班主任：%s" % s["headteacher"]] + [""] * 7,
                ["序号", "学号", "姓名", "姓名拼音", "性别", "民族", "学籍状态", "班级"]]
        for j, n in enumerate(k):
            py = " ".join([PINYIN[n[0]].capitalize(), "".join(PINYIN[ch] for ch in n[1:]).capitalize()])
            rows.append([j + 1, sid_of(s, n), n, py, sex_of(n), "汉族" if j % 13 else "回族", "在籍", s["cls"]])
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": "花名册", "rows": rows, "merges": ["A1:H1", "A2:H2"]}, ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-thirty-third held-out people corpus (testdata/heldout133), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = dedup([n for s in SUBS for n in s.get("others_named", []) + s.get("elders", []) +
                        [v[1] for v in s.get("interviewees", {}).values()] + ([s["registrar"]] if s.get("registrar") else [])])
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
        rng = random.Random(s["seed"] * 7919 + 133)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], s.get("fem"))
        if s.get("bad_pos") is not None:   # the planted row where the fault of a capture cannot reach it
            for n in s.get("bad", {}):
                s["klass"].remove(n)
                s["klass"].insert(s["bad_pos"], n)
        sexes = [sex_of(n) for n in s["klass"]]   # the form's boys and girls agree with the class drawn
        s["form_count"] = s["form_count"].format(m=sexes.count("男"), f=sexes.count("女"))
        s["comment"] = s["comment"].replace("<form>", s["form_count"])
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
        others = dedup(s.get("others_named", []) + s.get("elders", []) + [v[1] for v in s.get("interviewees", {}).values()] + extra_named)
        corr = {}
        if s.get("_corr"):
            n, a, b, ta, tb = s["_corr"]
            corr[n] = "环境布置 %d struck, %d in red; 总分 %d struck, %d in red (the sum of the corrected parts)" % (a, b, ta, tb)
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": s["form_size"], "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") and s.get("roster") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": others,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s.get("_notes", {}), "corrections": corr, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
