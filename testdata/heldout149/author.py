#!/usr/bin/env python3
"""Write the sources of the hundred-and-forty-ninth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 平遥县 (Shanxi, 晋中), 德化县 (Fujian, 泉州) and 景泰县 (Gansu, 白银).

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
# the truth files read for names, tasks and courses to avoid (heldout149-152 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 149)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 平遥 (晋中 families: 王 李 张 刘 郭 and 侯 雷 梁 武 温 冀 段 郝 范 曹),
# 德化 (闽南 families: 陈 林 黄 郑 and 苏 赖 涂 连 颜 曾 许 邱), 景泰 (河西/陇中 families: 王 张 李 刘 杨 马 and 魏 何 雒 满 把)
SURNAMES = {
    "py": list("王王王王李李李张张张刘刘郭郭郭侯侯雷梁梁武武温赵杨田冀段郝范曹史"),
    "dh": list("陈陈陈陈林林林林黄黄黄郑郑苏苏赖涂连颜曾许张王李徐邱吴"),
    "jt": list("王王王王张张张张李李李刘刘杨杨马马马赵魏何郭陈孙雒满把"),
}
# given names: a new list, everyday names of students born around 2008-2009
GIVEN2 = ("沐晴 梓航 可欣 晨浩 雅萱 子恒 嘉诚 婉婷 俊杰 诗涵 宇航 志鹏 凯文 思远 雨泽 子豪 佳乐 俊熙 博文 浩然 "
          "雨晴 欣悦 恒睿 沐阳 一凡 思睿 嘉禾 语彤 欣妍 子涵 昊天 宇辰 浩轩 梓萱 雨菲 佳怡 瑾萱 子墨 若汐 晨曦 "
          "梦琪 一诺 芷若 嘉琪 紫涵 浩宇 俊宇 明辉 宏伟 泽楠 鹏程 振华 家豪 文轩 睿哲 博涛 思彤 雅琪 心怡 静雯 "
          "欣雨 晓琳 佳欣 晓东 天宇 梓轩 子健 俊凯 书涵 雨萌 思琪 语嫣 梓晴 佳琦 雅文 梦瑶 若琳 晨阳 嘉豪 宇轩 "
          "昊宇 锦涛 思雨 雨彤 乐萱 诗琪 紫琪 瑞阳 志强 建业 晓峰 明远 子昂 宇飞 天乐 雨航 锦鹏 皓宇 佳豪 俊逸 "
          "梓豪 奕涵 可馨 欣然 语涵 佳琪 紫萱 芮涵 梓涵 婧怡 雅楠 晓雅 依琳 梦洁 艺馨 昕妍 家乐 浩博 俊豪 子骞 "
          "晓宇 润泽 翰林 启航 星辰 泽宇 鑫源 玉洁 丽娜 雅静 文静 思佳 慧敏 海涛 海龙 永强 嘉怡 佳慧 诗雨 美琳 "
          "晨旭 亦凡 博宇 煜辉 宸宇 承志 俊峰 腾飞 佳伟 旭东").split()
# less common given names, so that 王 李 张 刘 are not all refused (earlier corpora used most everyday ones)
GIVEN2 += ("昱辰 珺瑶 砚秋 翊鸣 沛霖 铄然 璟瑜 岱宗 骁然 晏清 知远 槿言 蔚然 靖川 澍恩 予安 屿森 闻溪 嘉树 彦希 "
           "泊远 聿修 云岫 昕冉 姝妤 芊羽 若岚 筱蔓 沁柔 绮文 霁月 晗玥 珈宁 歆苒 景琛 慕白 亦舟 书衡 穆清 怀瑾 "
           "致远 子衿 青禾 秋实 梓岩 星野 屹然 知夏 语柠 沐歌 栩然 辰逸 予墨 北辰 南乔 初夏 锦书 知意 一苇 青岚 "
           "云舒 星遥 晚晴 安然 承宇 景澄 时砚 牧野 嘉澍 晟铭 钧泽 骁骏 炜彤 芮希 苡宁 沐瑾 伊诺 芷萱 婉清 可岚 "
           "澄溪 思齐 翊宸 泽霖 逸尘 昀泽 屹川 铭骞 烁文 晞月 若宁 安琪 语桐 沐辰 梓睿 思源 明哲 晨熙 雨辰 瑞霖").split()
GIVEN1 = list("浩琪磊婷瑶宇涛悦")
MALE = set("梓航 晨浩 子恒 嘉诚 俊杰 宇航 志鹏 凯文 思远 雨泽 子豪 佳乐 俊熙 博文 浩然 恒睿 沐阳 一凡 嘉禾 昊天 宇辰 浩轩 "
           "子墨 浩宇 俊宇 明辉 宏伟 泽楠 鹏程 振华 家豪 文轩 睿哲 博涛 晓东 天宇 梓轩 子健 俊凯 晨阳 嘉豪 宇轩 昊宇 锦涛 "
           "瑞阳 志强 建业 晓峰 明远 子昂 宇飞 天乐 雨航 锦鹏 皓宇 佳豪 俊逸 梓豪 家乐 浩博 俊豪 子骞 晓宇 润泽 翰林 启航 "
           "星辰 泽宇 鑫源 海涛 海龙 永强 晨旭 亦凡 博宇 煜辉 宸宇 承志 俊峰 腾飞 佳伟 旭东 浩 磊 宇 涛 "
           "昱辰 翊鸣 沛霖 铄然 岱宗 骁然 知远 靖川 澍恩 屿森 嘉树 泊远 聿修 景琛 慕白 亦舟 书衡 致远 梓岩 星野 屹然 "
           "辰逸 予墨 北辰 承宇 景澄 时砚 牧野 嘉澍 晟铭 钧泽 骁骏 思齐 翊宸 泽霖 逸尘 昀泽 屹川 铭骞 烁文 沐辰 梓睿 "
           "思源 明哲 雨辰 瑞霖".split())


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


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2))
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "inn": dict(major="饭店(酒店)服务", code="0504", course="古城客栈前厅接待服务", task="古城院落客栈旅游团队入住接待与行程对接",
   hours=16, station="客栈前厅服务一体化学习工作站",
   situation="十一黄金周，平遥古城里一家四进院落客栈接到一个二十六人的研学旅游团，团队下午三点到店，晚上要看实景演出，第二天一早去双林寺。客栈老板请酒店班学员提前核对团队名单和房间分配，准备钥匙和欢迎茶，完成团队入住登记，和地陪导游对接第二天的行程、叫醒和早餐时间，并处理客人临时提出的换房要求。",
   qs=[("问题1 团队到店前要和地陪导游核对哪些信息？", ["核对团队人数、男女比例、房间数量、有无老人和儿童、到店时间和第二天的出发时间。", "人数、房间数和到店时间。", "第二天几点出发。"]),
       ("问题2 院落客栈的房间为什么要提前画好分房图？", ["四进院落的房间分散，提前把同一家人排在同一个院子，发钥匙时按图讲清路线，客人不容易走错。", "房间分散，客人容易走错。", "一家人排在同一个院子。"])],
   hw=[("1. 客人要求从临街房换到里院，你怎么处理？", ["先致歉并了解原因，查看里院空房，能换就马上换并更新登记，不能换就说明情况并送上耳塞。", "查空房，能换就换。", "不能换就解释并送耳塞。"]),
       ("2. 叫醒服务要记录哪些内容？", ["房号、客人姓名、叫醒时间、叫醒方式、执行人，叫醒后还要确认客人已经起床。", "房号和叫醒时间。", "执行人要签名。"])],
   outputs=[("团队行程确认单", "次日六点半叫醒，七点早餐，七点四十出发。"), ("团队分房图", "二十六人共十四间房。")]),
 "noodle": dict(major="烹饪(中式烹调)", code="0501", course="山西传统面食制作", task="古城面食馆剔尖与栲栳栳面食套餐制作与出品",
   hours=18, station="中式面点一体化学习工作站",
   situation="平遥古城一家面食馆要推出一款“晋味面食套餐”，每份有一碗剔尖、一笼莜面栲栳栳和两种浇头。面食馆的面点师傅请烹饪班学员按配方和面、醒面，完成剔尖和栲栳栳的成型与蒸煮，调制浇头，记录面团的出成率，并在出餐高峰的四十分钟内完成二十份套餐的出品。",
   qs=[("问题1 和剔尖的面为什么要比擀面软？", ["剔尖是用铁筷子从碗边把面一条条拨到锅里，面软才拨得动，拨出来两头尖中间粗。", "软了才拨得动。", "两头尖中间粗。"]),
       ("问题2 莜面为什么要用开水烫面？", ["莜面没有筋力，用开水烫过淀粉糊化，面团才有黏性，推出的栲栳栳不开裂。", "开水烫了才有黏性。", "推的时候不开裂。"])],
   hw=[("1. 面团的出成率怎样计算？", ["出成率等于成品重量除以投料重量乘百分之百，用来核算每份套餐的成本。", "成品重量除以投料重量。", "用来算成本。"]),
       ("2. 出餐高峰怎样保证四十分钟内出完二十份？", ["提前把浇头做好保温，栲栳栳分两锅蒸，剔尖两人轮流拨，一人专门装盘。", "浇头提前做好保温。", "分工轮流。"])],
   outputs=[("面食套餐出品检验单（剔尖）", "面条两头尖，长短一致，浇头咸鲜。"), ("面食套餐出品检验单（栲栳栳）", "卷筒均匀，笼内排列整齐。")]),
 "teaset": dict(major="电子商务", code="0603", course="网店直播运营与数据复盘", task="德化白瓷茶具店铺直播带货与售后数据复盘",
   hours=16, station="电商直播运营一体化学习工作站",
   situation="德化一家白瓷茶具网店的店主准备在秋茶季做三场直播，主推一款盖碗套组和一款旅行茶具。店主请电商班学员分析店铺近三个月的销售数据，选品并撰写直播脚本，分工担任主播、助播和场控，直播后处理破损补发和退换货，最后用后台数据做一份直播复盘。",
   qs=[("问题1 瓷器直播为什么要把灯光打在侧面？", ["白瓷正面打光会反光发白，侧光能照出釉面的光泽和器型的线条，透光度也看得清。", "正面打光会反光。", "侧光照出釉面光泽。"]),
       ("问题2 盖碗套组的主要卖点有哪些？", ["胎薄透光、出汤快不烫手、一盖一碗一托三件齐全，礼盒包装适合送人。", "胎薄透光，不烫手。", "礼盒包装。"])],
   hw=[("1. 顾客收到盖碗有裂纹怎么处理？", ["先安抚顾客，请他拍开箱视频和裂纹照片，核实后补发，同时向快递公司索赔。", "拍照核实后补发。", "向快递索赔。"]),
       ("2. 复盘时要看哪几项数据？", ["场观人数、平均停留时长、转化率、客单价和退货率，和上一场对比找原因。", "场观、转化率、客单价。", "和上一场对比。"])],
   outputs=[("第一场直播复盘报告", "场观一万零四百，转化率百分之三点一。"), ("破损补发登记", "补发七单，均为快递破损。")]),
 "roller": dict(major="机电一体化技术", code="0127", course="气动送料装置PLC控制装调", task="陶瓷坯体滚压成型线气动送坯单元PLC控制安装与调试",
   hours=18, station="机电一体化设备装调一体化学习工作站",
   situation="德化一家日用瓷厂的滚压成型线上，送坯单元靠人工把坯料放到模座上，速度跟不上滚压机。设备科请学校帮忙改造：用一个气动推料缸和一个真空吸盘把坯料送到模座，由PLC控制动作顺序。车间主任请机电班学员画出气动回路和I/O分配表，安装气缸、电磁阀和传感器，编写并调试PLC程序，最后和瓷厂设备科办理交接。",
   qs=[("问题1 推料缸的速度为什么要用单向节流阀调？", ["推料太快坯料会被推裂，用排气节流调慢推出速度，缩回时不受影响。", "太快坯料会裂。", "用排气节流。"]),
       ("问题2 真空吸盘什么时候松开？", ["模座上的到位传感器亮了以后再破真空松开，否则坯料会掉在模座外面。", "到位传感器亮了再松开。", "否则坯料会掉。"])],
   hw=[("1. I/O分配表要写清哪些内容？", ["每个输入输出点的地址、连接的元件、元件的作用，比如X0接启动按钮。", "地址和连接的元件。", "X0接启动按钮。"]),
       ("2. 调试时气缸不动作，先查什么？", ["先看气源压力够不够，再看电磁阀指示灯亮没亮，最后查PLC输出点和接线。", "先看气压。", "再看电磁阀灯。"])],
   outputs=[("送坯单元调试记录", "连续运行两小时无卡料。"), ("设备调试交接单", "交接时节拍为每分钟十二坯。")]),
 "pickup": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车高压安全防护作业", task="光伏电站运维电动皮卡高压断电与绝缘检测作业",
   hours=16, station="新能源汽车高压安全一体化学习工作站",
   situation="景泰县一座光伏电站用三辆纯电动皮卡做日常巡检，其中一辆在戈壁路上颠簸后仪表报绝缘故障。电站运维班长把车送到学校实训中心，请新能源班学员按高压作业规程做好个人防护和场地隔离，完成高压断电和验电，用绝缘电阻测试仪检测动力电池和高压线束的绝缘，找出故障点并填写作业记录。",
   qs=[("问题1 高压断电后为什么要等五分钟以上再验电？", ["电机控制器里的电容还存着电，要等它放电，验电确认低于安全电压才能动手。", "电容还存着电。", "验电确认后才能动手。"]),
       ("问题2 绝缘手套使用前要检查什么？", ["看有没有裂口和老化，把手套卷起来挤压检查是否漏气，还要看耐压等级和有效期。", "卷起来检查漏气。", "看耐压等级和有效期。"])],
   hw=[("1. 绝缘电阻测试仪选多大的电压档？", ["按车辆高压系统的电压选，一般用五百伏或一千伏档，测前先检查表笔。", "五百伏或一千伏。", "测前检查表笔。"]),
       ("2. 场地隔离要做哪些事？", ["拉隔离带，放“高压危险”警示牌，车钥匙由监护人保管，无关人员不得进入。", "拉隔离带放警示牌。", "钥匙由监护人保管。"])],
   outputs=[("高压断电作业记录", "验电电压零点三伏。"), ("绝缘检测记录", "右后高压线束绝缘电阻偏低。")]),
 "meal": dict(major="健康与社会照护", code="0529", course="老年人饮食照护", task="社区日间照料中心高龄老人助餐服务与进食观察",
   hours=16, station="健康照护一体化学习工作站",
   situation="景泰县城一个社区日间照料中心每天中午为二十多位高龄老人提供助餐，其中有几位老人牙口不好、吞咽慢，还有一位糖尿病老人要控制主食。照料中心负责人请照护班学员了解每位老人的饮食要求，协助老人洗手、摆位，按要求分餐和喂食，观察进食情况，并填写助餐服务记录。",
   qs=[("问题1 协助老人进食时坐姿有什么要求？", ["坐直，身体稍向前倾，头稍低，这样吞咽时不容易呛咳。", "坐直稍前倾。", "头稍低不容易呛。"]),
       ("问题2 糖尿病老人的午餐要注意什么？", ["主食定量，先吃菜后吃饭，不喝稀饭和甜汤，饭后记录进食量。", "主食定量。", "先吃菜后吃饭。"])],
   hw=[("1. 老人进食时呛咳了怎么办？", ["立即停止喂食，让老人身体前倾，轻拍背部，观察面色和呼吸，严重时马上呼叫医护。", "停止喂食，轻拍背部。", "严重时呼叫医护。"]),
       ("2. 助餐记录要写哪些内容？", ["老人姓名、饮食要求、进食量、进食时间、有无呛咳、助餐员和复核人。", "进食量和有无呛咳。", "助餐员和复核人。"])],
   outputs=[("助餐服务记录（周一）", "进食量约八成，无呛咳。"), ("助餐服务记录（周三）", "饭后测血糖，结果正常。")]),
 "pump": dict(major="计算机网络应用", code="0301", course="交换机与路由器配置", task="黄河提灌泵站视频监控网络组建与交换机配置",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="景泰川电力提灌工程的一座二级泵站要把十二路监控摄像头接入管理所的监控平台。泵站站长请网络班学员勘察泵房和值班室，画出网络拓扑，规划VLAN和IP地址，安装接入交换机并配置端口、VLAN和链路聚合，测试每路视频能否在平台上流畅播放，最后整理配置文档。",
   qs=[("问题1 为什么要把摄像头单独划一个VLAN？", ["视频流量大，单独划VLAN可以和办公电脑隔开，互不影响，也方便做访问控制。", "视频流量大要隔开。", "方便访问控制。"]),
       ("问题2 链路聚合有什么好处？", ["两条链路捆成一条逻辑链路，带宽加倍，其中一条断了另一条还能通。", "带宽加倍。", "一条断了还能通。"])],
   hw=[("1. 怎样测试一路视频是否流畅？", ["在平台上打开这一路，看画面有没有卡顿和花屏，再用ping测丢包和延迟。", "看有没有卡顿花屏。", "用ping测丢包。"]),
       ("2. 配置文档要包括什么？", ["拓扑图、IP地址规划表、每台交换机的配置、管理账号的保管人。", "拓扑图和IP规划表。", "交换机配置。"])],
   outputs=[("IP地址规划表", "监控VLAN 30，网段10.30.0.0/24。"), ("交换机配置记录", "Trunk口与链路聚合测试通过。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="平遥县古陶技工学校", pack="dir", region="py", course="inn", cls="24酒店1班", size=38, seed=11,
         sidp="24050401", students=["冀沐晴", "温梓航", "段沐瑶"],
         others_named=["乔永福", "范淑琴", "曹建新"], guests=["宋满仓", "白丽萍"],
         teachers=["武春燕", "郭润生", "梁晓芬"], form_count="38", roster="fenban", headteacher="史红霞",
         f8="mentor_box", f10="mentor_bonus", f11="itinerary_typed", f12="hand_gray",
         findings=[],
         comment="clean. Roster: a 2024级新生分班名单 (序号 姓名 性别 毕业学校 学号 报到) of the class, 38, with middle-school names "
                 "in the 毕业学校 column, 班主任 史红霞. Form: a sub-grid `班级名称 | 学生（人） | 男 | 女` over its values row `24酒店1班 | 38 | <boys> | <girls>` (the boys and girls the roster counts). "
                 "Item 10 (TYPED): 企业导师评分(20) by the inn keeper beside three teacher parts and a 附加分 column explained under "
                 "the table (总分 = parts + 附加分). Item 8 (colour scan 200): the inn keeper 乔永福 signs an 企业导师评价 box, guests "
                 "named in the scenario. Item 11 (typed): 团队行程确认单 with the tour leader 范淑琴 (领队) and local guide 曹建新 (地陪)."),
    dict(school="平遥县古陶技工学校", pack="dir", region="py", course="noodle", cls="24烹饪2班", size=40, seed=12,
         sidp="24050102", students=["雷晨浩", "侯雅萱", "梁子恒"], items={12: ["雷晨浩", "侯雅萱"]},
         extra_class=["武嘉诚"], bad={"武嘉诚": "over"}, others_named=["郝金锁"],
         teachers=["田玉梅", "王宝恒"], form_count="40",
         f8="recipe_sheet", f10="three_level", f11="serve_typed", f12="teacup_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "武嘉诚")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a teacup on the sheet) holds the homework of only TWO students, 雷晨浩 and 侯雅萱 "
                 "(梁子恒's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (scanned "
                 "250 dpi 1-bit) has a THREE-level head (模块 / 子项 / 分值 rows); 武嘉诚 has 24 under 栲栳栳成型 (分值 20), 总分 "
                 "the sum: records.invalid_score. Item 8 (scanned 200 gray): a 面团配方与出成率记录 sheet, `操作者` the student, the "
                 "面食馆's master 郝金锁 named. No roster."),
    dict(school="德化县戴云技工学校", pack="gbkzip", region="dh", course="teaset", cls="电商2401班", size=40, seed=21,
         sidp="2435060301", students=["苏婉婷", "涂俊杰", "颜诗涵"], outsiders={"颜诗涵": "电商2402班"}, out_sidp="2435060302",
         extra_class=["赖宇航"], bad={"赖宇航": "sum"}, others_named=["郑美玉", "连丽华", "许德旺"],
         teachers=["黄淑贞", "陈志坚"], form_count="40", form_groups=(8, 5),
         f8="account_head", f10="kpi_register", f11="review_typed", f12="survey_gray",
         findings=[("students.not_in_class", 8, True, "颜诗涵"), ("records.invalid_score", 10, False, "赖宇航")],
         comment="颜诗涵 of the parallel class 电商2402班 (her class and 学号 2435060302xx on her worksheet, typed review and "
                 "survey) is the third student of 8/11/12; item 10 (40 rows = form) has no record of her: students.not_in_class. "
                 "Item 10 (TYPED) has three RAW data columns (场观(人次) in the thousands, 转化率(%), 客单价(元)) that are not "
                 "scores, then 数据得分(40) 脚本话术(30) 售后复盘(30) 总分; 赖宇航's 总分 is 7 above the sum of his three scores: "
                 "records.invalid_score. Item 12 (scanned 200 gray, handwriting): a 调查报告 after visiting porcelain shops, the "
                 "shop owners 连丽华 and 许德旺 named as 受访人; the shop's owner 郑美玉 named on items 8 and 11. No roster."),
    dict(school="德化县戴云技工学校", pack="gbkzip", region="dh", course="roller", cls="机电2401班", size=40, seed=22,
         sidp="2435012701", students=["连煜辉", "郑俊逸", "邱翰林"], extra_class=["曾启航"], absent_from_10=["曾启航"],
         others_named=["吴添福"], teachers=["林国辉", "苏振坤"], form_count="40", form_groups=(8, 5),
         roster="commute", headteacher="颜秀琴",
         f8="io_sheet", f10="sealed", f11="handover_typed", f12="plain_gray",
         findings=[("records.missing_student", 10, False, "曾启航"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 上下学交通方式登记及交通安全承诺签名表, 40: 上下学方式, 电动车号牌, 佩戴头盔 and each student's own "
                 "signature in handwriting beside the typed name) and the form (`班级构成 | "
                 "40名学生，分为8个学习小组（每组5人）`) hold 曾启航; item 10 (scanned 250 dpi COLOUR, a red 教务处 seal over the "
                 "signatures, a grey diagonal watermark, a verification QR code, wire offcuts on the glass) has 39 rows and "
                 "none for him: records.missing_student and records.count_mismatch. Item 11 (typed): 设备调试交接单, the "
                 "porcelain works' equipment man 吴添福 as 接收人. Item 8 (scanned 200 gray, wire offcuts): `姓名 | 学号 | 工位号` "
                 "head and an I/O table filled by hand."),
    dict(school="景泰县寿鹿技工学校", pack="zip", region="jt", course="pickup", cls="新能源2024-1班", size=38, seed=31,
         sidp="2462043501", students=["雒子豪", "满佳乐", "何峻岭"], items={8: ["雒子豪", "满佳乐", "魏腾飞"]},
         extra_class=["魏腾飞", "马钧儒"], bad={"马钧儒": "over"}, others_named=["把永军"],
         teachers=["赵永禄", "杨秀岚"], form_count="38",
         f8="training_log", f10="timed", f11="hv_typed", f12="hand_gray3",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "马钧儒")],
         comment="item 8 (scanned 200 dpi colour, wire offcuts) holds the training records of 雒子豪, 满佳乐 and classmate 魏腾飞 "
                 "(with an item-10 record) instead of 何峻岭's (items 11 and 12 hold the three): students.mismatch. Item 8's "
                 "layout: a 技能训练记录单, the student as `训练人`, a 训练次数 table (第一次/第二次/第三次 × 实际用时 / 自检结果). "
                 "Item 10 (scanned 200 gray): a TIMED register (标准用时 40 min in the head, 实际用时 column, 操作得分(80), "
                 "安全防护(20), 超时扣分, 总分 = 操作 + 安全 − 扣分, as the note says); 马钧儒 has 24 under 安全防护(20): "
                 "records.invalid_score. The plant's O&M team leader 把永军 named on items 8 and 11. No roster."),
    dict(school="景泰县寿鹿技工学校", pack="zip", region="jt", course="meal", cls="照护2024-1班", size=36, seed=32,
         sidp="2462052901", students=["阿丽米拉·叶尔波勒", "孙沛瑶", "杨芸熙"], others_named=["王占魁", "李巧珍", "张存娥", "满秀英"],
         teachers=["仁青拉毛", "何瑞芬", "刘继红"], form_count="36",
         f8="elder_card", f10="three_judges", f11="meal_typed", f12="teacup_photo2",
         findings=[],
         comment="clean. A Kazakh student with a middle dot (阿丽米拉·叶尔波勒) among the three; a Tibetan teacher (仁青拉毛, four "
                 "characters, no surname). Item 10 (TYPED, 36 = form): 理论(30) and 实操 marked by THREE examiners (考评员一/二/三, "
                 "each out of 70) whose mean (rounded) is 实操得分(70); 总分 = 理论 + 实操得分, as the note says. Elders 王占魁, "
                 "李巧珍, 张存娥 named on items 8 and 11 (服务对象), the centre's head 满秀英 on item 11. Item 12: phone photos "
                 "with a teacup. No roster."),
    dict(school="景泰县寿鹿技工学校", pack="zip", region="jt", course="pump", cls="网络2024-1班", size=42, seed=33,
         sidp="2462030101", students=["张恒睿", "李岱川", "赵砚舟"], items={8: ["张恒睿", "李岱川", "赵砚舟", "陈予恒"]},
         extra_class=["陈予恒", "王梓岳"], absent_from_10=["王梓岳"], others_named=["雒建平"],
         teachers=["孙玉蓉", "马志刚"], form_count="42",
         f8="lab_photo", f10="exam_export", f11="ipplan_typed", f12="plain_photo",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (the printed 实训报告 sheets photographed on a desk, a teacup on the sheet) holds the reports of FOUR "
                 "students: the three and classmate 陈予恒 (with an item-10 record): students.count on 8; students.mismatch "
                 "optional. Item 10 (TYPED) is a 机试系统 export (考生号 | 姓名 | 机位 | 交卷时间 | 配置得分(60) | 测试得分(40) | "
                 "成绩) of 41 students; the form says `分组情况 | 全班42人，分为7组，每组6人`: records.count_mismatch (no roster). "
                 "The pump station's head 雒建平 named on items 8 and 11."),
]

PROVINCE = {1: "山西省晋中市平遥县", 2: "福建省泉州市德化县", 3: "甘肃省白银市景泰县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 平遥: "【8】工作页.pdf"
        return "【%d】%s.pdf" % (n, NAMES[n])
    if g == 2:   # 德化: "成果08-工作页.pdf"
        return "成果%02d-%s.pdf" % (n, NAMES[n])
    return "%s（第%d项）.pdf" % (NAMES[n], n)   # 景泰: "工作页（第8项）.pdf"


def form_name(s, c):
    return {1: ("古陶技工学校-%s-申报书.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书（%s）.pdf" % c["task"], "pdf"),
            3: ("附件2_申报书_%s.docx" % s["cls"], "docx")}[grp(s)]


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


def red(x, size="13pt"):
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


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "班级名称 | 学生（人） | 男 | 女 // %s | %s | %d | %d" % (s["cls"], s["form_count"], s["form_mf"][0], s["form_mf"][1])
    if g == 2:
        return "班级构成 | %s名学生，分为%d个学习小组（每组%d人）" % (s["form_count"], s["form_groups"][0], s["form_groups"][1])
    n = int(s["form_count"])
    return "分组情况 | 全班%d人，分为%d组，每组%d人" % (n, n // 6, 6) if n % 6 == 0 else \
        "分组情况 | 全班%d人，分为%d组，每组%d至%d人" % (n, n // 6, 6, 7)


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 平遥: the class in a small grid, the size in the row under its label
        s["form_mf"] = (sum(sex_of(n) == "男" for n in s["klass"]), sum(sex_of(n) == "女" for n in s["klass"]))
        base = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left" colspan="3"')] for a, b in base] +
                   [["班级名称", "学生（人）", "男", "女"],
                    [s["cls"], s["form_count"], str(s["form_mf"][0]), str(s["form_mf"][1])]], width="92%", pad=P)
    elif g == 2:   # 德化: 班级构成, the size inside a sentence
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级构成", form_count_text(s).split(" | ")[1]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 景泰: 分组情况
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("分组情况", form_count_text(s).split(" | ")[1]), ("学时", "%d" % c["hours"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=5 + s["seed"] % 20, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[g])
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
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "mentor_box":   # head row 实训项目 | 日期 | 学生 | 学号; a guest scenario; the inn keeper's 企业导师评价 box at the foot
            head = tbl([["实训项目", "团队入住接待", "实训日期", hand(day(s, i)[5:], True)],
                        ["学　　生", hand(n, True), "学　　号", hand(sid, True)]], width="100%", pad="4px 4px")
            scen = ("<p><b>【情景演练】</b>研学团领队%s到前台，说团里的客人%s腿脚不便，希望住一楼。请写出你的应答和处理。</p><p>%s</p>"
                    % (on[1], s["guests"][i % 2], hand(["马上查一楼空房，调给这位先生，并请行李员帮他提箱子。", "先表示理解，调一楼里院的房间，更新分房图。", "一楼有空房，直接调整，并在登记单上注明。"][i % 3], True)))
            box = tbl([["企业导师评价", hand(["接待有礼貌，分房清楚。", "对客耐心，动作再快一些。", "表现好，可以独立上岗。"][i % 3], True, BLACK),
                        "签名", hand(on[0], True, BLACK)]], width="100%", pad="4px 4px")
            body = (title + head + "<p>班级：%s</p>" % cl + sit[:150] + "……</p>" + answers(c, rng, i) + scen + box + comment)
        elif f == "recipe_sheet":   # a recipe/yield sheet; 操作者 the student; the master named
            head = '<p>操作者：＿%s＿　学号：＿%s＿　班级：＿%s＿　台位：＿%s＿</p>' % (hand(n), hand(sid, True), hand(cl, True), hand("%d号" % (3 + i * 2), True))
            w1, w2 = 1000, [1480, 1465, 1502][i % 3]
            rec = tbl([["原料", "配方用量", "实际用量", "备注"], ["面粉", "1000 g", hand("1000 g", True), "剔尖用"],
                       ["清水", "650 g", hand("%d g" % (640 + 10 * i), True), "分三次加入"], ["莜面", "500 g", hand("500 g", True), "开水烫面"],
                       ["成品重量", "—", hand("%d g" % w2, True), "蒸煮后"]], width="92%", pad="2px 4px")
            yld = "<p>出成率 = 成品重量 ÷ 投料重量 × 100%% = %s</p>" % hand("%d ÷ %d ≈ %.0f%%" % (w2, w1 + 500, 100.0 * w2 / (w1 + 500)), True)
            body = (title.replace("学习工作页", "面团配方与出成率记录（工作页）") + head +
                    "<p>面点师傅：%s（面食馆）　　指导教师：%s</p>" % (on[0], t[0]) + sit[:140] + "……</p>" + rec + yld + answers(c, rng, i) + comment)
        elif f == "account_head":   # head row 学生姓名 | 学号 | 班级 | 直播间账号
            head = tbl([["学生姓名", hand(n, True), "学号", hand(sid, True)], ["班　　级", hand(cl, True), "直播间账号", hand("dhcy_live%02d" % (7 + i * 3), True)]],
                       width="100%", pad="4px 4px")
            body = (title + head + "<p>委托店主：%s（白瓷茶具网店）</p>" % on[0] + sit + answers(c, rng, i) + comment)
        elif f == "io_sheet":   # 姓名 | 学号 | 工位号 head, an I/O table by hand
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True), "工位号", hand("B-%02d" % (4 + i), True)]], width="100%", pad="4px 4px")
            io = tbl([["地址", "元件", "作用"], [hand("X0", True), hand("SB1", True), hand("启动", True)], [hand("X3", True), hand("SQ2", True), hand("推料缸伸出到位", True)],
                      [hand("Y1", True), hand("YV1", True), hand("推料缸电磁阀", True)], [hand("Y2", True), hand("YV3", True), hand("真空发生器", True)]], width="70%", pad="1px 4px")
            body = (title + head + "<p>班级：%s</p>" % cl + sit[:160] + "……</p><p><b>I/O分配表</b></p>" + io + answers(c, rng, i) + comment)
        elif f == "training_log":   # 技能训练记录单: 训练人, a 训练次数 table
            head = tbl([["训练人", hand(n, True), "学号", hand(sid, True)], ["班　级", hand(cl, True), "工　位", hand("高压%d号工位" % (1 + i), True)]],
                       width="90%", pad="4px 4px")
            times = [(48, 43, 39), (51, 44, 40), (46, 41, 37), (50, 42, 38)][i % 4]
            tr = tbl([["训练次数", "实际用时", "自检结果", "教师确认"]] +
                     [["第%s次" % "一二三"[k], hand("%d min" % times[k], True), hand(["漏戴护目镜", "验电顺序对", "全部规范"][k], True), red("√", "12pt")] for k in range(3)],
                     width="90%", pad="2px 4px")
            body = ('<h3 style="text-align:center">%s<br/>技能训练记录单（工作页）</h3>' % c["task"] + head + "<p>送修单位：光伏电站运维班（班长：%s）</p>" % on[0]
                    + "<p><b>训练记录</b>（标准用时40 min）</p>" + tr + answers(c, rng, i) + comment)
        elif f == "elder_card":   # 照护员（学生）| 学号 | 服务对象 | 房间号
            head = tbl([["照护员（学生）", hand(n, True), "学号", hand(sid, True)],
                        ["服务对象", "%s（%d岁）" % (on[i % 3], 81 + 2 * i), "饮食要求", ["软食，少盐", "糖尿病餐，主食定量", "碎食，慢喂"][i % 3]]],
                       width="100%", pad="4px 4px")
            body = (title + head + "<p>班级：%s　　日期：%s</p>" % (hand(cl, True), hand(day(s, i), True)) + sit + answers(c, rng, i) + comment)
        elif f == "lab_photo":   # 实训报告 head: 姓名 | 学号 | 机位 | 管理IP
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "机位", hand("%02d" % (5 + i * 2), True), "管理IP", hand("10.99.0.%d" % (11 + i), True)]],
                       width="100%", pad="4px 3px")
            body = ('<h3 style="text-align:center">%s<br/>实训报告（工作页）</h3>' % c["task"] + head +
                    "<p>班级：%s　　现场联系人：%s（泵站站长）</p>" % (cl, on[0]) + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"mentor_box": "x-scanpdf:200:color", "recipe_sheet": "x-scanpdf:200:skew1", "account_head": "x-scanpdf:200:color",
            "io_sheet": "x-scanpdf:200:offcuts", "training_log": "x-scanpdf:200:color:offcuts", "elder_card": "x-scanpdf:250",
            "lab_photo": "x-scanpdf:200:photo:teacup"}[f]
    font = {"account_head": "Noto Sans CJK SC", "lab_photo": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def item10(s, c, rec, d):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    notes = {}
    if f == "mentor_bonus":   # teacher parts, the inn keeper's part, a bonus column explained
        parts = [("接待礼仪", 20), ("入住登记", 30), ("行程对接", 30), ("企业导师评分", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        bonus = set(rng.sample(range(len(rec)), 4))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.93)
            b = 3 if k in bonus else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：企业导师评分由合作客栈%s填写。附加分：参加市级导游讲解技能比赛获奖者加3分，计入总分。</p>" % s["others_named"][0] + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "three_level":   # three head rows: 模块 / 子项 / 分值
        mods = [("和面与制坯（30分）", [("水温", 10), ("揉面", 10), ("醒面", 10)]),
                ("成型（40分）", [("剔尖成型", 20), ("栲栳栳成型", 20)]),
                ("熟制与出品（30分）", [("火候", 10), ("装盘", 10), ("卫生", 10)])]
        subs = [p for _, ps in mods for p in ps]
        r1 = '<tr>%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="3"', pad), td("<b>学号</b>", ' align="center" rowspan="3"', pad),
                                      td("<b>姓名</b>", ' align="center" rowspan="3"', pad),
                                      "".join(td("<b>%s</b>" % m, ' align="center" colspan="%d"' % len(ps), pad) for m, ps in mods),
                                      td("<b>总分</b>", ' align="center" rowspan="3"', pad))
        r2 = trow(["<b>%s</b>" % a for a, _ in subs], pad)
        r3 = trow(["%d" % m for _, m in subs], pad)
        out = [r1, r2, r3]
        for k, n in enumerate(rec):
            v = part_scores(rng, subs, 0.6, 0.95)
            if bad.get(n) == "over":
                v[4] = 24
                v[3] = 15
                v[0], v[1] = 7, 7
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "面点技能考核评分表") + table(out) + "<p>表头第三行为各子项分值。</p>" + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:250:mono"
    if f == "kpi_register":   # raw live-stream data columns, then the scores
        hd = ["序号", "学号", "姓名", "场观<br/>(人次)", "转化率<br/>(%)", "客单价<br/>(元)", "数据得分<br/>(40)", "脚本话术<br/>(30)", "售后复盘<br/>(30)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        parts = [("数据", 40), ("脚本", 30), ("售后", 30)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            raw = [str(rng.randint(3200, 12800)), "%.1f" % rng.uniform(1.2, 4.6), str(rng.choice([128, 138, 158, 168, 198, 236, 258]))]
            out.append(trow([str(k + 1), sid_of(s, n), n] + raw + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "直播实训考核成绩表") + table(out) +
                "<p>注：场观、转化率、客单价为各学生担任主播场次的直播后台数据，不计分，作为数据得分的评定依据。总分 = 数据得分 + 脚本话术 + 售后复盘。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sealed":   # printed from the 教务系统 with a watermark, a verification code and the 教务处 seal
        parts = [("气动回路", 20), ("电气安装", 25), ("程序编制", 25), ("联调运行", 20), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = ('<p style="text-align:center"><b>%s 学习任务考核成绩单</b></p>' % s["school"] +
                "<p>班级：%s　　课程：%s　　人数：%d</p><p>学习任务：%s</p><p>成绩验证码：DY-2025-%04d-7Q3K　（扫描右上角二维码核验）</p>"
                % (s["cls"], c["course"], len(rec), c["task"], s["seed"] * 37) + table(out) +
                "<p>任课教师：%s、%s　　　　　　教务处（盖章）　　　　打印日期：2025年1月10日</p>" % tuple(t[:2]))
        write(os.path.join(d, "10.html.ovl.json"), json.dumps({"pages": 0, "items": [{"type": "qr", "page": 1, "x": 0.88, "y": 0.055, "cm": 1.7, "seed": 149}]}, indent=1))
        return "10.html", html(body, "8.5pt", compact=True, page="margin:1.0cm 1.6cm 1.2cm 1.6cm"), "x-scanpdf:250:color:gongzhang:offcuts"
    if f == "timed":   # a timed register: 实际用时, 超时扣分, total = 操作 + 安全 − 扣分
        hd = ["序号", "学号", "姓名", "实际用时<br/>(min)", "操作得分<br/>(80)", "安全防护<br/>(20)", "超时扣分", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            op, sa = int(round(80 * rng.uniform(0.62, 0.95))), int(round(20 * rng.uniform(0.6, 0.95)))
            used_t = rng.choice([34, 36, 37, 38, 39, 40, 40, 41, 42, 43, 45])
            if bad.get(n) == "over":
                sa, used_t, op = 24, 38, 58
            ded = max(0, used_t - 40)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(used_t), str(op), str(sa), str(ded) if ded else "0", str(op + sa - ded)], pad))
        body = (head10(s, c, "高压作业限时考核记录") + "<p>标准用时：40 min</p>" + table(out) +
                "<p>注：超过标准用时每1分钟扣1分，总分 = 操作得分 + 安全防护 − 超时扣分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "three_judges":   # three examiners each out of 70; 实操得分 their rounded mean
        hd = ["序号", "学号", "姓名", "理论<br/>(30)", "考评员一<br/>(70)", "考评员二<br/>(70)", "考评员三<br/>(70)", "实操得分<br/>(70)", "总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            th = int(round(30 * rng.uniform(0.6, 0.95)))
            base = rng.uniform(0.64, 0.92) * 70
            js = [min(70, int(round(base + rng.uniform(-4, 4)))) for _ in range(3)]
            m = int(sum(js) / 3.0 + 0.5)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(th)] + [str(x) for x in js] + [str(m), str(th + m)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：实操由三名考评员独立评分（每人满分70分），取三人平均分（四舍五入）为实操得分；总分 = 理论 + 实操得分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "exam_export":   # a 机试系统 export
        hd = ["考生号", "姓名", "机位", "交卷时间", "配置得分(60)", "测试得分(40)", "成绩"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, [("a", 60), ("b", 40)], 0.6, 0.96)
            out.append(trow([sid_of(s, n), n, "A%02d" % (k + 1), "10:%02d:%02d" % (rng.randint(20, 58), rng.randint(0, 59)), str(v[0]), str(v[1]), str(sum(v))], pad))
        body = ('<p style="text-align:center"><b>网络设备配置机试成绩单（系统导出）</b></p>'
                "<p>考试名称：%s　　考场：网络实训室一　　考试时长：90分钟</p><p>教学班：%s　　课程：%s　　应考：%d　实考：%d</p>"
                % (c["task"], s["cls"], c["course"], len(rec), len(rec)) + table(out) +
                "<p>导出时间：2024-12-18 11:42:07　　监考：%s　　阅卷复核：%s</p>" % tuple(t[:2]))
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    on = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "itinerary_typed":   # team itinerary: 领队, 地陪, the student as 接待员
                if j == 0:
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["团号", "PY-1001-%02d" % (3 + i), "人数", "26人（成人20，儿童6）"], ["领队", on[1], "地陪导游", on[2]],
                                      ["接待员", "%s（%s）" % (n, cl), "审核", t[j % 2]]], width="92%") +
                                 tbl([["日期", "时间", "项目"], ["10月2日", "15:00", "到店入住，欢迎茶"], ["10月2日", "19:30", "古城实景演出"],
                                      ["10月3日", "06:30/07:00", "叫醒／早餐"], ["10月3日", "07:40", "出发去双林寺"]], width="92%") + "<p>%s</p>" % desc)
                else:
                    parts.append('<h3 style="text-align:center">%s</h3><p>绘制：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                                 tbl([["院落", "房号", "人数"], ["前院", "101—104", "8"], ["中院", "201—206", "12"], ["后院", "301—304", "6"]], width="70%") +
                                 "<p>%s　　客人%s一家三口住中院203。</p>" % (desc, s["guests"][i % 2]))
            elif f == "serve_typed":   # 出品人 the student, 检验人 the master
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["出品人", n, "班级", cl], ["学号", sid, "出品时间", day(s, 30 + i) + " 11:%02d" % (40 + 4 * i)],
                                  ["检验人", "%s（面点师傅）" % on[0], "品鉴教师", t[j % 2]], ["检验结论", desc, "份数", "20份"]], width="92%"))
            elif f == "review_typed":   # 复盘报告: 主播 the student, the shop owner as 委托方
                if j == 0:
                    parts.append('<h3>%s</h3><p>主播：%s　　班级：%s　　委托方：白瓷茶具网店（店主：%s）</p>' % (title, n, cl, on[0]) +
                                 tbl([["指标", "本场", "上一场"], ["场观（人次）", str(10400 - 600 * i), str(8900 - 300 * i)], ["转化率", "3.1%", "2.4%"],
                                      ["客单价（元）", "168", "152"]], width="80%") + "<p>%s</p><p>指导：%s</p>" % (desc, t[0]))
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["登记人", n, "学号", sid], ["补发单数", "7", "原因", "快递破损"], ["审核", t[1], "日期", day(s, 30 + i)]], width="86%"))
            elif f == "handover_typed":   # 设备调试交接单: 调试人 the student, 接收人 the works' man
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["设备", "滚压成型线送坯单元", "编号", "GY-0%d" % (3 + j)], ["调试人", "%s（%s）" % (n, cl), "学号", sid],
                                  ["接收人", "%s（瓷厂设备科）" % on[0], "指导教师", t[j % 2]], ["结论", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "hv_typed":   # 操作人 the student, 监护人 a teacher, the team leader as 送修人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车辆", "纯电动皮卡（光伏电站巡检车）", "送修人", "%s（运维班长）" % on[0]], ["操作人", n, "班级", cl],
                                  ["监护人", t[j % 2], "学号", sid], ["结果", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "meal_typed":   # 助餐员 the student, the elders, the centre's head
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["服务对象", "进食要求", "进食量", "呛咳"], [on[0], "软食", "八成", "无"], [on[1], "糖尿病餐", "七成", "无"], [on[2], "碎食", "六成", "一次，已处理"]], width="92%") +
                             "<p>助餐员：%s　　班级：%s　　复核：%s　　照料中心负责人：%s</p><p>%s</p>" % (n, cl, t[j % 3], on[3], desc))
            elif f == "ipplan_typed":   # 施工人 the student, the station head as 验收人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["VLAN", "用途", "网段", "网关"], ["10", "办公", "10.10.0.0/24", "10.10.0.1"], ["30", "监控", "10.30.0.0/24", "10.30.0.1"],
                                  ["99", "设备管理", "10.99.0.0/24", "10.99.0.1"]], width="86%") +
                             "<p>施工人：%s　　班级：%s　　验收人：%s（泵站站长）　　审核：%s</p><p>%s</p>" % (n, cl, on[0], t[j % 2], desc))
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    on = s.get("others_named", [])
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
        if f == "hand_gray":
            head = ["课后作业（前厅接待）", "> 姓名：%s　班级：%s" % (n, cl), "> 情景：客人%s要求换房" % s["guests"][i % 2]]
        elif f == "teacup_photo":
            head = ["面食课后作业", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "survey_gray":   # a short survey report: the shop owners named
            head = ["课后作业：德化瓷器店走访调查报告", "> 调查人：%s　班级：%s　学号：%s" % (n, cl, sid),
                    "> 走访对象：%s（瓷器店店主）、%s（茶具店店主）" % (on[1], on[2]),
                    "> 结论：盖碗和旅行茶具最好卖，顾客最在意包装和破损补发。"]
        elif f == "plain_gray":
            head = ["课后作业　气动送料PLC", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "hand_gray3":
            head = ["高压安全课后练习", "> 姓名：%s　%s" % (n, cl)]
        elif f == "teacup_photo2":
            head = ["饮食照护课后作业", "> 姓名：%s" % n, "> 班级：%s　学号：%s" % (cl, sid)]
        elif f == "plain_photo":
            head = ["网络课后作业", "> %s　%s　%s" % (cl, sid, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"hand_gray": "x-scan:250:4", "teacup_photo": "x-photo:200:1:teacup", "survey_gray": "x-scan:200:4",
            "plain_gray": "x-scan:200:2", "hand_gray3": "x-scan:200:3", "teacup_photo2": "x-photo:200:2:teacup",
            "plain_photo": "x-photo:200:1"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def sex_of(n):
    g = bare(n)[1:]
    return "男" if g in MALE or g[-1:] in MALE else "女"


SCHOOLS_JUNIOR = ["平遥县第二中学", "平遥县第三中学", "洪善镇初级中学", "段村镇初级中学", "南政乡初级中学", "宁固镇初级中学", "东泉镇初级中学", "平遥县实验中学"]


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "fenban":   # 新生分班名单: 毕业学校 column
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "姓名", "性别", "毕业学校", "学号", "报到"])]
        rng = random.Random(s["seed"] * 5)
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), n, sex_of(n), rng.choice(SCHOOLS_JUNIOR), sid_of(s, n), "√"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s 2024级新生分班名单</h2><p style="text-align:center">专业：%s　　分入班级：%s　　班主任：%s</p>'
                % (s["school"], C[s["course"]]["major"], s["cls"], s["headteacher"]) + table(rows, width="88%") +
                "<p>本班共%d人（男%d人，女%d人）。　　招生就业处　2024年9月2日</p>" % (len(k), sum(sex_of(n) == "男" for n in k), sum(sex_of(n) == "女" for n in k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s分班名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "commute":   # 上下学交通方式登记及交通安全承诺签名表: each student signs beside the typed name
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in
                                         ["序号", "学号", "姓名", "上下学方式", "电动车号牌", "佩戴头盔", "本人签名"])]
        rng = random.Random(s["seed"] * 5)
        for j, n in enumerate(k):
            way = rng.choice(["住校", "住校", "公交", "电动车", "电动车", "家长接送", "步行"])
            plate = "德化%05d" % rng.randint(10000, 99999) if way == "电动车" else "—"
            helmet = "是" if way == "电动车" else "—"
            rows.append(trow([str(j + 1), sid_of(s, n), n, way, plate, helmet, hand(n, True, BLUE, "10pt")], "0px 4px"))
        body = ('<h2 style="text-align:center">%s学生上下学交通方式登记及交通安全承诺签名表</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>'
                % (s["cls"], s["school"]) +
                "<p>本人承诺：骑电动车上下学必须佩戴头盔，不载人、不闯红灯、不在校园内骑行。</p>" + table(rows, width="94%") +
                "<p>应登记%d人，已登记%d人。　　班主任：%s　　　学生处　2024年9月6日</p>" % (len(k), len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（交通安全登记）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-forty-ninth held-out people corpus (testdata/heldout149), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", []) + s.get("guests", [])]
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
    assert len(set(all_others)) == len(all_others), "an outsider stands twice"
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
        rng = random.Random(s["seed"] * 7919 + 149)
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
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8], d)), (10, item10(s, c, rec, d)), (11, item11(s, c, items[11])),
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
            "class_size_on_form": int(s["form_count"]), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": s.get("others_named", []) + s.get("guests", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
