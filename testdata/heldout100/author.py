#!/usr/bin/env python3
"""Write the sources of the hundredth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 澄迈县
(Hainan), 门源县 (Qinghai, 海北州) and 重庆市大足区 (Chongqing).

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
# the truth files read for names, tasks and courses to avoid (heldout99 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 99)] + ["othertools"]


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
# surnames by region, weighted by repetition: 澄迈 (Hainan: 王 吴 陈 李 林 符 黄 冯 曾 邢 羊 蔡 …),
# 门源 (Hui and Han families 马 韩 祁 冶 铁 喇 …, and whole Tibetan names below), 大足 (陈 李 刘 王 张 杨 何 罗 谭 冉 秦 向 唐 邓)
SURNAMES = {
    "cm": list("王王王王王吴吴吴陈陈陈李李林林符符符黄黄冯曾邢羊蔡周郑云"),
    "my": list("马马马马马韩韩李李王王张张祁祁冶铁喇赵陈杨孙"),
    "dz": list("陈陈陈李李李刘刘王王张张杨杨黄周何罗谭冉秦向唐邓"),
}
TIBETAN = ("完德卓玛 拉毛措 多杰才旦 旦正加 卓玛吉 扎西加 更登达杰 桑吉措 尕藏吉 仁青措 南加太 完德卓玛 "
           "索南才让 公保加 吉毛草 东知加").split()
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 "
          "子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 "
          "柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 "
          "欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 "
          "明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷")

# and, since the everyday names with the common surnames are nearly all taken by earlier corpora, two-character
# given names put together from the characters schools' class lists are full of
GIVEN2 += [a + b for a in "子梓俊浩宇嘉欣雨思佳诗雅心晨博家明文志泽一若语铭景" for b in "涵轩然怡琪萱宁航豪杰晨彤瑶妍铭楠川阳峰熙悦诚睿凡"
           if a != b]
GIVEN2 += "海川 椰林 琼芳 书宁 昱辰 沐阳 思涵 皓宸 晨曦 峻熙 梓轩 语汐 若溪 子涵 梓瑜 锦鹏 恩泽 宇彤".split()


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
        if region == "my" and rng.random() < 0.18:   # 门源: some Tibetan students, whole names
            cands = [rng.choice(TIBETAN) for _ in range(400)]
        else:
            sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
            cands = [sur + (rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)) for _ in range(400)]
        for name in cands:
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def Q(a, b, c):
    return [a, b, c]


C = {
 "coffee": dict(major="电子商务", code="0603", course="农产品社群电商运营", task="福山咖啡挂耳包社群拼团活动策划与售后处理",
   hours=14, station="电商运营一体化学习工作站", role="运营专员", other_role="咖啡庄园联系人",
   situation="澄迈福山的一家咖啡庄园新推出挂耳咖啡礼包，想在海口和澄迈的业主群里做一期社群拼团。庄园联系人请电商班学员梳理产品卖点，写拼团接龙文案，设计拼团海报，统计订单，安排打包和同城配送，并处理漏发和破损的售后。",
   qs=[("问题1 社群拼团为什么要设成团人数？", Q("人数够了才发货，庄园按订单备货，不会压货，顾客也愿意拉邻居一起买。", "够人数才发货，不压货。", "顾客会拉邻居一起买。")),
       ("问题2 接龙文案要写清哪些内容？", Q("规格、价格、成团人数、截团时间、自提点和售后规则。", "规格、价格和截团时间。", "自提点和售后规则。"))],
   hw=[("1. 挂耳包破损怎样处理？", Q("请顾客拍照，核实后补发或按包退款，记录破损的批次和快递。", "拍照核实后补发。", "记录批次和快递。")),
       ("2. 同城配送怎样排路线？", Q("按小区分片，同一片区一趟送完，先远后近，避开午高峰。", "按小区分片送。", "先远后近。"))],
   outputs=[("社群拼团接龙文案", "三十人成团，截团时间周五晚八点。"), ("拼团订单汇总表", "共二百一十八单，自提点九个。")]),
 "resort": dict(major="饭店(酒店)服务", code="0504", course="度假酒店前厅与客房服务", task="滨海度假酒店亲子家庭入住接待与客房个性化布置",
   hours=16, station="酒店服务一体化学习工作站", role="接待员", other_role="宾客",
   situation="暑假期间，澄迈盈滨半岛的一家度假酒店接待了很多带孩子的家庭。前厅经理请酒店班学员按预订单为亲子家庭办理入住，介绍酒店设施和儿童俱乐部，按宾客的要求布置亲子客房，加床、放置儿童洗漱用品和防撞角，并在退房时收集宾客意见。",
   qs=[("问题1 亲子家庭入住时要多问哪些信息？", Q("孩子的年龄、是否需要加床或婴儿床、有没有过敏的食物，以及是否参加儿童俱乐部。", "孩子年龄和加床需求。", "有没有过敏。")),
       ("问题2 布置亲子客房要注意哪些安全细节？", Q("桌角贴防撞角，插座装保护盖，阳台门上锁，热水壶放在孩子够不着的地方。", "防撞角和插座保护盖。", "热水壶放高处。"))],
   hw=[("1. 加床时怎样和宾客确认费用？", Q("入住时说明加床的价格，请宾客在登记单上签字确认，避免退房时有争议。", "登记单上签字确认。", "先说清价格。")),
       ("2. 收集宾客意见有哪些方法？", Q("退房时请宾客填意见卡，或扫码评价，前厅每天汇总后交给经理。", "意见卡或扫码评价。", "每天汇总。"))],
   outputs=[("亲子家庭入住接待记录", "加床一张，婴儿床一张。"), ("亲子客房布置检查表", "防撞角八个，插座保护盖六个。"), ("宾客意见汇总", "满意度九十六分。")]),
 "heater": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车热管理系统检修", task="高原纯电动公交车冬季动力电池加热系统故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站", role="诊断人", other_role="公交公司驾驶员",
   situation="门源冬天清晨气温常在零下二十度以下，县城的一辆纯电动公交车早上充不进电，仪表提示电池温度过低。公交公司维修班长请新能源班学员做好高压防护，读取故障码和电池温度数据，检查加热膜、加热继电器和温度传感器，找出故障并更换零件，最后做低温充电验证。",
   qs=[("问题1 电池温度过低为什么不能充电？", Q("低温下锂离子活性差，大电流充电容易在负极析出金属锂，损伤电池，所以要先加热。", "低温充电会析锂。", "要先加热再充电。")),
       ("问题2 怎样判断是加热膜坏了还是继电器坏了？", Q("断电后测加热膜的电阻，再在加热指令下测继电器输出端有无电压，分段排除。", "测加热膜电阻。", "测继电器输出电压。"))],
   hw=[("1. 高压部件检修前要做哪些安全措施？", Q("穿戴绝缘手套和护目镜，断开维修开关，等五分钟后验电，挂警示牌。", "断维修开关，验电。", "戴绝缘手套，挂牌。")),
       ("2. 温度传感器的阻值随温度怎样变化？", Q("常用的是负温度系数热敏电阻，温度越低阻值越大。", "温度低阻值大。", "负温度系数。"))],
   outputs=[("电池加热系统故障诊断报告", "加热继电器触点烧蚀，已更换。"), ("低温充电验证记录", "加热二十分钟后电池升到五度，开始充电。")]),
 "chronic": dict(major="健康与社会照护", code="0529", course="社区老年人居家照护", task="牧区返家老人高原慢病居家用药照护与随访",
   hours=14, station="居家照护一体化学习工作站", role="照护员", other_role="照护对象",
   situation="门源一个乡镇的老人冬天从牧场回到镇上的家里居住，不少人有高血压和慢性支气管炎，常常忘记吃药。乡镇卫生院请照护班学员上门了解老人的用药情况，整理药盒，制作大字的服药提醒卡，教老人和家属测血压，并每周电话随访一次。",
   qs=[("问题1 为什么要给老人做服药提醒卡？", Q("老人吃的药多，容易漏服或重复服，提醒卡写清每种药早中晚吃几片，贴在药盒旁边。", "防止漏服和重复服。", "写清每顿吃几片。")),
       ("问题2 测血压前要让老人做哪些准备？", Q("安静休息五分钟，不喝浓茶，不抽烟，手臂和心脏保持同一高度。", "先安静休息五分钟。", "手臂和心脏一样高。"))],
   hw=[("1. 高原上老人血压有什么特点？", Q("海拔高、气温低，早晨血压容易升高，要在早上起床后测一次。", "早晨容易升高。", "起床后测一次。")),
       ("2. 电话随访要问哪些问题？", Q("这周有没有按时吃药、血压多少、有没有头晕胸闷、药还剩多少。", "有没有按时吃药。", "药还剩多少。"))],
   outputs=[("上门用药评估记录", "共服用五种药，早上三种。"), ("服药提醒卡", "大字打印，贴在药盒旁。"), ("电话随访记录", "血压一百四十二比八十八。")]),
 "grinder": dict(major="机电一体化技术", code="0127", course="机电设备PLC控制系统改造", task="五金刀具开刃磨床PLC控制系统改造与调试",
   hours=18, station="机电设备装调一体化学习工作站", role="调试人", other_role="刀具厂设备员",
   situation="大足是有名的五金之乡，一家刀具厂的开刃磨床还用继电器控制，故障多，换型慢。设备科请机电班学员读懂原电气图，列出输入输出点，用PLC替换继电器控制，编写砂轮启动、工作台往复和冷却液联动的程序，完成接线、调试和试磨。",
   qs=[("问题1 改造前为什么要先列输入输出点表？", Q("把按钮、限位开关和接触器一一对应到PLC的地址，接线和编程才不会出错。", "对应PLC地址。", "接线编程不出错。")),
       ("问题2 工作台往复怎样用限位开关控制？", Q("左右各装一个限位开关，碰到左限位就换向向右，碰到右限位换向向左，外侧再装极限开关保护。", "碰到限位就换向。", "外侧装极限开关。"))],
   hw=[("1. 砂轮没有启动时为什么不能开冷却液？", Q("程序里要互锁，避免冷却液喷到静止的砂轮上，砂轮吸水不平衡，启动时会振动甚至破裂。", "程序互锁。", "砂轮吸水不平衡。")),
       ("2. 试磨时要检查哪些项目？", Q("刃口角度、直线度、表面有无烧伤，工作台换向是否平稳。", "刃口角度和直线度。", "换向是否平稳。"))],
   outputs=[("PLC输入输出分配表", "输入十四点，输出九点。"), ("调试记录", "工作台换向平稳，试磨十把刀合格。")]),
 "carving": dict(major="计算机动画制作", code="0306", course="石窟造像数字化动画制作", task="宝顶山石刻牧牛图三维场景漫游动画制作",
   hours=16, station="数字动画制作一体化学习工作站", role="制作", other_role="石刻研究院讲解员",
   situation="大足石刻研究院准备在游客中心播放一段两分钟的三维漫游动画，带游客看宝顶山的牧牛图。动画工作室请动画班学员根据照片和测绘资料搭建崖壁和石刻的模型，制作贴图，设置摄像机路径和灯光，渲染输出并按规范提交工程文件。",
   qs=[("问题1 崖壁模型为什么要分高模和低模？", Q("高模保留石刻的细节用来烘焙法线贴图，低模用在场景里，渲染快又看得清细节。", "高模烘焙，低模渲染。", "渲染快又有细节。")),
       ("问题2 漫游的摄像机路径怎样设计？", Q("沿着游客参观的路线走，速度均匀，在重点石刻前放慢并稍微推近。", "沿参观路线走。", "重点处放慢推近。"))],
   hw=[("1. 石刻贴图为什么要去掉照片里的阴影？", Q("贴图里留着阴影，场景打灯后会出现两套阴影，看起来很假。", "会出现两套阴影。", "看起来假。")),
       ("2. 渲染输出前要检查什么？", Q("分辨率、帧速率、输出格式、文件命名和有没有穿帮的模型。", "分辨率和帧速率。", "有没有穿帮。"))],
   outputs=[("崖壁与石刻模型", "低模面数八万。"), ("漫游动画渲染输出", "两分钟，二十五帧每秒。"), ("工程文件提交单", "按学号命名。")]),
 "kourou": dict(major="烹饪(中式烹调)", code="0501", course="川渝风味菜肴制作", task="冬菜扣肉与邮亭鲫鱼川渝风味菜制作",
   hours=18, station="中式烹调一体化学习工作站", role="制作人", other_role="酒楼厨师长",
   situation="大足城区一家酒楼要在春节前推出团年宴套餐，菜单上有冬菜扣肉和邮亭鲫鱼。酒楼厨师长请烹饪班学员按标准菜谱准备原料，完成五花肉的煮、炸、切、蒸，鲫鱼的初加工和烧制，控制出菜时间，并做成本核算。",
   qs=[("问题1 扣肉为什么要先煮后炸？", Q("先煮到断生定型，再抹糖色炸到起皱，蒸的时候皮才会软糯、颜色红亮。", "煮到定型再炸。", "皮软糯颜色红亮。")),
       ("问题2 邮亭鲫鱼怎样去腥？", Q("去鳞去鳃，刮净腹内黑膜，用姜葱料酒码味，烧制时加泡椒和花椒。", "刮净黑膜。", "姜葱料酒码味。"))],
   hw=[("1. 扣肉装碗时肉皮朝哪边？", Q("肉皮朝下紧贴碗底，蒸好后翻扣在盘里，肉皮就在上面。", "肉皮朝下。", "翻扣后皮在上。")),
       ("2. 团年宴为什么要控制出菜节奏？", Q("一桌十几道菜，冷菜先上，热菜间隔几分钟，保证每道菜上桌时都是热的。", "每道菜上桌都热。", "热菜隔几分钟上。"))],
   outputs=[("冬菜扣肉制作记录", "蒸制九十分钟。"), ("邮亭鲫鱼制作记录", "鲫鱼每条约三百克。"), ("团年宴套餐成本核算单", "每份成本三十八元。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="澄迈县老城技工学校", pack="dir", region="cm", course="coffee", cls="电商2402班", size=36, seed=11,
         sidp="24460603", students=["符晓萌", "羊骏驰", "邢楚涵"], items={12: ["符晓萌", "邢楚涵"]},
         extra_class=["云瀚文"], bad={"云瀚文": "over"}, others_named=["吴秀珍"],
         teachers=["蔡明光", "林秋燕"], form_count="36人",
         f8="receipt_stub", f10="max_sentence", f12="name_line_photo",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "云瀚文")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, rain drops on the paper) holds the homework of only TWO students, 符晓萌 and 邢楚涵 (羊骏驰's "
                 "missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. Item 10 (TYPED) gives the "
                 "maxima only in a SENTENCE above the table (`满分：接龙文案20分，海报设计30分，订单与售后50分`), the head has no numbers; "
                 "云瀚文 has 24 under 接龙文案 (max 20, 总分 the sum): records.invalid_score. Item 8 (colour scan 200, mosquito-coil ash): "
                 "a worksheet whose student stands only on a dashed TEAR-OFF STUB (回执) at the foot; the estate's contact 吴秀珍 named. No roster"),
    dict(school="澄迈县老城技工学校", pack="dir", region="cm", course="resort", cls="酒店2401班", size=38, seed=12,
         sidp="24460504", students=["王椰溪", "陈梓瑜", "曾锦鹏"], others_named=["郑琼花"],
         teachers=["冯琼英", "黄振南"], form_count="38人", roster="group_list", headteacher="周椰芳",
         f8="header_table", f10="weighted", f12="hand_page",
         findings=[],
         comment="clean. Item 10 (TYPED) is a WEIGHTED register: 自评(20%) 互评(30%) 师评(50%), each out of 100, 总评 = the weighted "
                 "sum (rounded to one decimal), explained under the head; no part exceeds 100 and no 总评 is the plain sum. Roster "
                 "grouped by 小组 (38) = form `38人` = 38 rows. The guest 郑琼花 named on every output as 宾客. Item 8 colour scan"),
    dict(school="门源县浩门技工学校", pack="gbkzip", region="my", course="heater", cls="新能源2301班", size=40, seed=21,
         sidp="2363043501", students=["祁子航", "冶佳慧", "韩恩泽"], extra_class=["铁书宁"], absent_from_10=["铁书宁"],
         others_named=["喇永福"], teachers=["马继红", "李成海"], form_count="40", roster="dorm_list", headteacher="张玉芳",
         f8="index_tab", f10="rank_grade", f12="color_scan_hand",
         findings=[("records.missing_student", 10, False, "铁书宁"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生住宿名单 grouped by dormitory room with 床位, 40) and the form (`班级人数 | 40`) hold 铁书宁; item 10 "
                 "(TYPED, rows SORTED BY SCORE with 名次 and 等级 columns, 学号 order broken) has 39 rows and none for him: "
                 "records.missing_student and records.count_mismatch. The bus driver 喇永福 named on item 11. Item 8 (scanned 250 "
                 "gray): the student only on a grey loose-leaf INDEX TAB at the top right (class, name, 学号 tail)"),
    dict(school="门源县浩门技工学校", pack="gbkzip", region="my", course="chronic", cls="照护2401班", size=38, seed=22,
         sidp="2463052901", students=["马琼玉", "完德卓玛", "孙皓宸"], outsiders={"孙皓宸": "照护2402班"}, out_sidp="2463052902",
         extra_class=["韩思涵"], bad={"韩思涵": "sum"}, others_named=["祁桂英"],
         teachers=["杨措姆", "赵德林"], form_count="38",
         f8="blank_line", f10="hand_corrected", f12="exercise_book",
         findings=[("students.not_in_class", 8, True, "孙皓宸"), ("records.invalid_score", 10, False, "韩思涵")],
         comment="孙皓宸 of the parallel class 照护2402班 (his class and 学号 on worksheet, typed care records and homework) is the third "
                 "student; item 10 (38 rows = form `38`) has no record of him: students.not_in_class. Item 10 (scanned 200 gray): a "
                 "register with HAND CORRECTIONS in red (two scores struck through and rewritten with the teacher's initials, totals "
                 "consistent, legal); 韩思涵's 总分 is 7 above the sum of her parts: records.invalid_score. The resident 祁桂英 named "
                 "(照护对象). Tibetan full name 完德卓玛 among the three. No roster"),
    dict(school="重庆市大足区宝顶技工学校", pack="zip", region="dz", course="grinder", cls="机电2402班", size=42, seed=31,
         sidp="24500127", students=["谭梓轩", "冉语汐", "秦峻熙"], items={11: ["谭梓轩", "冉语汐", "向煜程"]},
         extra_class=["向煜程", "唐昱辰"], absent_from_10=["唐昱辰"], others_named=["罗大全"],
         teachers=["何建川", "邓小梅"], form_count="42人",
         f8="head_row4", f10="foot_max", f12="plain_photo",
         findings=[("students.mismatch", 11, True), ("records.count_mismatch", 10, False)],
         comment="item 11 (TYPED) holds the work of 谭梓轩, 冉语汐 and classmate 向煜程 (with an item-10 record) instead of 秦峻熙's "
                 "(8 and 12 hold the three): students.mismatch. Item 10 (TYPED) has no maxima in its head and a `满分` row at the FOOT "
                 "of the table, no 序号 column, the marking teacher on every row; 41 student rows, the form says `42人` (no roster): records.count_mismatch. The "
                 "factory's equipment man 罗大全 named on item 11"),
    dict(school="重庆市大足区宝顶技工学校", pack="zip", region="dz", course="carving", cls="动画2401班", size=40, seed=32,
         sidp="24500306", students=["周渝川", "黄歆瑶", "杨宝文"], items={8: ["周渝川", "黄歆瑶", "杨宝文", "何沐阳"]},
         extra_class=["何沐阳", "刘映红"], bad={"刘映红": "sum_low"}, others_named=["秦玉华"],
         teachers=["罗川东", "陈志勇"], form_count="40人",
         f8="header_table", f10="grade_remark", f12="exercise_book",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "刘映红")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (colour scan 200, mosquito-coil ash) holds FOUR worksheets: the three and classmate 何沐阳 (with an item-10 "
                 "record): students.count on 8; students.mismatch optional. Item 10 (TYPED, 总分 then 等级 then 备注 with 补考 remarks): "
                 "刘映红's 总分 is 6 BELOW the sum of her parts: records.invalid_score. The institute's guide 秦玉华 named on item 11"),
    dict(school="重庆市大足区宝顶技工学校", pack="zip", region="dz", course="kourou", cls="烹饪2402班", size=40, seed=33,
         sidp="24500501", students=["唐海川", "邓琼芳", "冉椰林"], others_named=["谭国富"],
         teachers=["陈光荣", "王渝萍", "李兴华"], form_count="40人",
         f8="binding_margin", f10="bonus", f12="name_line_photo",
         findings=[],
         comment="clean. Item 10 (scanned 250 gray) has a BONUS column `附加分(≤5)` explained under the table (创新摆盘), 总分 = "
                 "基础 parts + 附加分, some totals above 100 (at most 105): legal. Item 8 (scanned 200 gray): exam-paper style, the "
                 "name, class and 学号 only in a left BINDING MARGIN (密封线 box, characters stacked). The restaurant's head chef 谭国富 "
                 "named. Three teachers. No roster"),
]

PROVINCE = {1: "海南省澄迈县", 2: "青海省海北州门源县", 3: "重庆市大足区"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}



def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 澄迈: "附件3-08 工作页.pdf"
        return "附件3-%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 门源: "8_工作页.pdf"
        return "%d_%s.pdf" % (n, NAMES[n])
    return "%s（%d）.pdf" % (NAMES[n], n)   # 大足: the number after the name, in brackets


def form_name(s, c):
    return {1: ("%s申报书.docx" % c["task"], "docx"),
            2: ("附件2申报书（%s）.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("宝顶技工学校-%s-申报书.docx" % s["cls"], "docx")}[grp(s)]



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
        return "授课对象 | %s，共%s" % (s["cls"], s["form_count"])
    if g == 2:
        return "班级人数 | %s" % s["form_count"]
    return "学生数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 澄迈: class and size in one sentence
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s，共%s" % (s["cls"], s["form_count"])), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 门源: a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    else:   # 大足: 学生数 with 人
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生数", s["form_count"]), ("学时", "%d" % c["hours"])]
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
    return html(body, font="Noto Sans CJK SC" if g == 2 else "Noto Serif CJK SC")

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
    other = "<p>%s：%s　　实训日期：%s</p>" % (c["other_role"], s["others_named"][0], day(s, 1))
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "receipt_stub":   # NEW: the student only on a dashed tear-off stub (回执) at the foot
            body = (title + other + sit + answers(c, rng, i) + comment +
                    '<p style="text-align:center">- - - - - - - - - - - - 沿 此 线 剪 下 - - - - - - - - - - - -</p>' +
                    '<p style="text-align:center"><b>工作页回执</b></p>' +
                    tbl([["学生姓名", hand(n, True), "班级", hand(cl, True)], ["学号", hand(sid, True), "提交日期", hand(day(s, 2 + i)[5:], True)]],
                        width="70%", pad="4px 6px"))
        elif f == "header_table":
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%s组" % "一二三四五"[i % 5], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + other + sit + answers(c, rng, i) + comment
        elif f == "two_row_box":
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "日　期", hand(day(s, i), True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + other + sit + answers(c, rng, i) + comment
        elif f == "head_row4":
            head = tbl([["姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True), "工位", hand("%d号实训台" % (1 + i % 6), True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "index_tab":   # NEW: a loose-leaf binder's index tab at the top right edge carries the student
            tab = ('<table style="border-collapse:collapse" width="100%%"><tr><td width="72%%"></td>'
                   '<td style="border:1pt solid #000;background:#d9d9d9;padding:3px 6px" align="center">%s<br/>%s　%s</td></tr></table>'
                   % (hand(cl, True), hand(n), hand(sid[-2:], True)))
            body = tab + title + sit + answers(c, rng, i) + comment
        elif f == "binding_margin":   # NEW: exam-paper style, name stacked in a left binding margin
            stack = lambda x: "<br/>".join(x)
            margin = ('<p style="text-align:center;font-size:8pt">密<br/>封<br/>线<br/>内<br/>不<br/>要<br/>答<br/>题</p>'
                      '<p style="text-align:center">班级<br/>%s</p><p style="text-align:center">姓名<br/>%s</p><p style="text-align:center">学号<br/>%s</p>'
                      % (hand(stack(cl), True), hand(stack(n)), hand(sid[-2:], True)))
            main = title + other + sit + answers(c, rng, i) + comment
            body = ('<table style="border-collapse:collapse" width="100%%"><tr><td style="border-right:1pt dashed #000;padding:2px 4px" width="9%%" valign="top">%s</td>'
                    '<td style="padding:2px 8px" valign="top">%s</td></tr></table>' % (margin, main))
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"receipt_stub": "x-scanpdf:200:color:coilash", "header_table": "x-scanpdf:200:color" + (":coilash" if s["seed"] == 32 else ""),
            "index_tab": "x-scanpdf:250", "blank_line": "x-scanpdf:200:mono", "head_row4": "x-scanpdf:300",
            "binding_margin": "x-scanpdf:200"}[f]
    font = {"header_table": "Noto Sans CJK SC", "head_row4": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "9.5pt" if f == "binding_margin" else "10pt", font=font), meth


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
    if f == "max_sentence":   # NEW: the maxima only in a sentence above the table
        parts = [("接龙文案", 20), ("海报设计", 30), ("订单与售后", 50)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + [p for p, _ in parts] + ["合计", "签名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 24
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), ""], pad))
        body = (head10(s, c, "学习任务考核记录") + "<p>评分说明：满分100分，其中接龙文案20分，海报设计30分，订单与售后50分，合计为三项之和。</p>" +
                table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "weighted":   # NEW: 自评 / 互评 / 师评, each of 100, weighted 20/30/50
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "自评(20%)", "互评(30%)", "师评(50%)", "总评"]], pad)]
        for k, n in enumerate(rec):
            a, b, m = rng.randint(78, 98), rng.randint(70, 96), rng.randint(62, 97)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), str(m), "%.1f" % (0.2 * a + 0.3 * b + 0.5 * m)], pad))
        body = (head10(s, c, "学习任务多元评价汇总表") +
                "<p>说明：自评、互评、师评均按百分制评分，总评＝自评×20%＋互评×30%＋师评×50%，保留一位小数。</p>" + table(out) + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "rank_grade":   # rows sorted by score, 名次 and 等级
        parts = [("安全防护", 15), ("数据读取", 20), ("故障诊断", 40), ("验证与报告", 25)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts, 0.55, 0.98)
            rows.append((sum(v), n, v))
        rows.sort(key=lambda x: -x[0])
        out = [trow(["<b>%s</b>" % x for x in ["名次", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, (tot, n, v) in enumerate(rows):
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), grade(tot)], pad))
        body = head10(s, c, "学习任务考核成绩排名表") + table(out) + "<p>按总分由高到低排列。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "hand_corrected":   # NEW: red hand corrections, one 总分 wrong
        parts = [("上门评估", 20), ("药盒整理", 20), ("提醒卡制作", 25), ("血压测量", 20), ("随访记录", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        fix = set(rng.sample(range(2, len(rec) - 2), 2))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            cells = [str(x) for x in v]
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            tcell = str(tot)
            if k in fix and bad.get(n) != "sum":
                old = v[2] - 3
                cells[2] = '<s>%d</s> <span style="font-family:\'AR PL UKai CN\';color:#b8231a">%d %s</span>' % (old, v[2], t[0][0])
                tcell = '<s>%d</s> <span style="font-family:\'AR PL UKai CN\';color:#b8231a">%d</span>' % (tot - 3, tot)
            out.append(trow([str(k + 1), sid_of(s, n), n] + cells + [tcell], pad))
        body = (head10(s, c, "学习任务考核登记表") + table(out) + "<p>注：红笔更正处已由评分教师签名确认。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "cards":   # NEW: score cards, three across
        parts = [("IO分配", 20), ("程序编制", 40), ("接线调试", 40)]
        cards = []
        for n in rec:
            v = part_scores(rng, parts)
            inner = "<br/>".join(["<b>%s</b>　%s" % (n, sid_of(s, n))] + ["%s(%d)：%d" % (p, m, x) for (p, m), x in zip(parts, v)] +
                                 ["<b>总分：%d</b>" % sum(v)])
            cards.append(inner)
        rows = []
        for j in range(0, len(cards), 3):
            cs = cards[j:j + 3] + [""] * (3 - len(cards[j:j + 3]))
            rows.append("<tr>%s</tr>" % "".join(td(x, ' valign="top" width="33%"', "3px 6px") for x in cs))
        body = head10(s, c, "学习任务考核评分卡（汇总）") + table(rows) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "foot_max":   # NEW: the heads carry no maxima; a 满分 row stands at the FOOT of the table
        parts = [("IO分配", 20), ("程序编制", 40), ("接线调试", 40)]
        out = [trow(["<b>%s</b>" % x for x in ["学号", "姓名"] + [p for p, _ in parts] + ["总分", "考核教师"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), t[k % 2]], pad))
        out.append(trow(["", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>", ""], pad))
        body = head10(s, c, "学习任务考核成绩单") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "grade_remark":   # 总分, 等级, 备注 (补考)
        parts = [("模型搭建", 30), ("贴图材质", 25), ("镜头灯光", 25), ("渲染提交", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.5, 0.96)
            tot = sum(v) - (6 if bad.get(n) == "sum_low" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), grade(tot), "补考" if tot < 60 else ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="margin:1.0cm 1.0cm"), "pdf"
    if f == "bonus":   # a bonus column explained on the page
        parts = [("原料准备", 15), ("刀工火候", 35), ("成菜质量", 40), ("卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["附加分<br/>(≤5)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.99)
            b = rng.choice([0, 0, 0, 2, 3, 5])
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：附加分用于奖励创新摆盘，最高5分；总分＝四项得分＋附加分，可超过100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    t = s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            parts.append('<h3 style="text-align:center">%s</h3>' % title +
                         tbl([[c["role"], n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                              [c["other_role"], s["others_named"][-1], "审核", t[j % len(t)]], ["要点", (desc, ' colspan="3"')]], width="90%"))
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
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:8], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "color_scan_hand":
            head = ["课后练习", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2:raindrop", "hand_page": "x-scan:200:4", "plain_photo": "x-photo:200:2",
            "color_scan_hand": "x-scan:250:3:color", "exercise_book": "x-photo:200:1:raindrop"}[f]
    if s["seed"] == 33:
        meth = "x-photo:200:1"
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "dorm_list":   # NEW: a 学生住宿名单 grouped by room, bed numbers
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["宿舍", "床位", "学号", "姓名", "备注"])]
        for j, n in enumerate(k):
            room = "%d栋%d室" % (3, 201 + j // 6)
            rows.append(trow([room if j % 6 == 0 else "", "%d号床" % (1 + j % 6), sid_of(s, n), n, "舍长" if j % 6 == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生住宿名单</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="80%") + "<p>班主任：%s　　宿管：%s　　合计：%d人</p>" % (s["headteacher"], "冶桂香", len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s住宿名单.pdf\tpdf\troster\t0" % s["cls"])
        return ["冶桂香"]
    if r == "group_list":
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "备注"])]
        for j, n in enumerate(k):
            if j % 7 == 0:
                rows.append('<tr><td colspan="4" style="border:0.75pt solid #000;padding:1px 6px;background:#eeeeee">第%s小组</td></tr>' % "一二三四五六"[j // 7])
            rows.append(trow([str(j + 1), sid_of(s, n), n, "组长" if j % 7 == 0 else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2>' % (s["school"], s["cls"]) + table(rows, width="80%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
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
    truth = {"comment": "Hundredth held-out people corpus (testdata/heldout100), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + [x for v in s.get("items", {}).values() for x in v]])
    bad = [n for n in all_teachers + all_planted + all_others + ["冶桂香"] if used(n)]
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
        rng = random.Random(s["seed"] * 7919 + 100)
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
            "formats": {str(k): "%s (%s)" % (s.get("f%d" % k, "record_typed"), meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
