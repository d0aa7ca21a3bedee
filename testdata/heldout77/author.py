#!/usr/bin/env python3
"""Write the sources of the seventy-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 高邮
(Jiangsu, 扬州), 庄河 (Liaoning, 大连) and 盐池 (Ningxia, 吴忠).

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
# the truth files read for names, tasks and courses to avoid (heldout78 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 77)] + ["othertools"]

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
# surnames by region, weighted by repetition: 高邮 (里下河 families: 王 张 陈 李 周 朱 吴 徐 孙 沈 汤 夏 姚 秦 卞),
# 庄河 (胶东 settlers: 王 李 张 刘 孙 于 姜 曲 宋 丛 隋 鞠 林 高), 盐池 (王 李 张 刘 马 杨 冯 郭 何 白 田 侯 and the Hui 马 海 丁 撒)
SURNAMES = {
    "gy": list("王王王王张张张陈陈陈李李周周朱朱吴吴徐徐孙沈汤夏姚秦卞王张陈"),
    "zh": list("王王王王李李李张张张刘刘刘孙孙于于姜姜曲宋丛隋鞠林高王李张"),
    "yc": list("王王王李李李张张张刘刘马马马马杨杨冯郭何白田侯海丁撒王李张"),
}
# given names: everyday names of students born around 2008 (a new mix)
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 "
          "柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 "
          "欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 "
          "明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱 "
          "亦凡 沐阳 俊宇 梓轩 诗涵 可欣 一帆 嘉禾 子涵 语彤 若楠 启航 伟诚 思齐 昱辰 睿哲 清扬 婧怡 知远 安然 "
          "奕萱 宸宇 铄文 瑾瑜 慕白 念慈 书涵 玉洁 雅馨 文轩 俊辉 志轩 浩然 明远 乐天 宁远 朝阳 晓东 丽娜 海燕").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷凯涛")
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
 "eggline": dict(major="机电一体化技术", code="0127", course="禽蛋加工设备电气控制系统安装与调试", task="咸鸭蛋分级包装线PLC控制系统安装与调试",
   hours=18, station="机电一体化设备安装调试一体化学习工作站",
   situation="高邮一家咸鸭蛋加工厂新上了一条分级包装线，鸭蛋按重量分成三级后自动装盒。设备厂家只提供了机械部分，厂里请机电班学员根据工艺要求设计电气控制原理图，完成PLC、变频器和称重传感器的接线，编写分级与计数程序，调试后填写交付记录并培训操作工。",
   qs=[("问题1 称重传感器的信号为什么要先经过变送器？", ["传感器输出的是毫伏级信号，太弱，变送器把它放大成四到二十毫安的标准信号，PLC的模拟量模块才能读取。", "信号太弱要放大。", "变成标准信号给PLC。"]),
       ("问题2 输送带急停按钮为什么要接常闭触点？", ["常闭触点断线时也会让设备停下来，保证操作工的安全。", "断线也能停车。", "为了安全。"])],
   hw=[("1. 鸭蛋分级的重量界限怎样设置？", ["大蛋七十五克以上，中蛋六十五到七十五克，小蛋六十五克以下，界限写在数据寄存器里，方便厂里修改。", "七十五克和六十五克两个界限。", "写在寄存器里方便修改。"]),
       ("2. 调试时发现计数偏多，可能是什么原因？", ["光电开关受到抖动干扰，一个蛋被计了两次，可以在程序里加延时滤波。", "光电开关抖动。", "程序加延时。"])],
   outputs=[("电气控制原理图", "主回路与控制回路分开绘制。"), ("PLC程序清单", "共一百二十六步。"), ("设备交付与培训记录", "操作工三人参加培训。")]),
 "banquet": dict(major="饭店(酒店)服务", code="0504", course="湖鲜主题婚宴服务", task="湖畔酒店高邮湖鲜主题婚宴摆台与席间服务",
   hours=16, station="中餐宴会服务一体化学习工作站",
   situation="高邮湖畔一家酒店承接了一场二十桌的婚宴，新人点了以湖鲜为主的菜单。宴会部经理请酒店服务班学员与新人沟通台型和流程，完成中餐宴会摆台，分岗位担任值台、传菜和酒水服务，处理席间的突发情况，宴会结束后做好结账和收尾。",
   qs=[("问题1 中餐宴会摆台为什么要先铺台布再定位骨碟？", ["台布铺正以后，骨碟才能按台布中线均匀定位，十个座位的间距一致，桌面整齐。", "骨碟按中线定位。", "间距一致，整齐。"]),
       ("问题2 上湖鲜菜肴时要注意什么？", ["鱼头朝向主宾，上菜后报菜名，介绍是高邮湖的鲜货，转盘转到主宾面前。", "鱼头朝主宾。", "报菜名，转给主宾。"])],
   hw=[("1. 宾客把酒洒在衣服上怎么处理？", ["马上递上干净口布，表示歉意，必要时请宴会主管联系干洗服务。", "递口布，道歉。", "联系干洗。"]),
       ("2. 婚宴的上菜节奏怎样控制？", ["跟着婚礼仪式走，仪式结束后先上冷菜，热菜每隔八到十分钟上一道。", "仪式后上冷菜。", "热菜八到十分钟一道。"])],
   outputs=[("婚宴台型与摆台方案", "二十桌，主桌居中。"), ("席间服务流程卡", "值台每人负责两桌。")]),
 "battery": dict(major="新能源汽车检测与维修", code="0435", course="纯电动商用车动力电池检测与维护", task="纯电动物流车动力电池续航衰减诊断与模组均衡维护",
   hours=16, station="新能源汽车动力电池检修一体化学习工作站",
   situation="庄河一家海鲜冷链物流公司的几辆纯电动物流车冬天续航明显下降，司机反映满电只能跑一百多公里。维修站技术主管请新能源汽修班学员读取电池管理系统数据，测量单体电压和绝缘电阻，判断是否存在模组压差过大，完成均衡维护并出具检测报告。",
   qs=[("问题1 为什么要先读取电池管理系统的数据？", ["数据里有每个单体的电压、温度和历史故障码，先看数据才能确定是哪个模组有问题。", "能看单体电压和故障码。", "确定哪个模组有问题。"]),
       ("问题2 测量绝缘电阻前要做哪些防护？", ["断开维修开关，等五分钟以上，戴绝缘手套，用万用表确认母线没有电压。", "断开维修开关，戴绝缘手套。", "确认没有电压。"])],
   hw=[("1. 冬天续航下降有哪些原因？", ["低温时电池内阻变大、可用容量下降，暖风也要耗电，模组压差大时也会提前报低电量。", "低温内阻大，暖风耗电。", "压差大提前报低电量。"]),
       ("2. 均衡维护后要检查什么？", ["单体最高和最低电压的差值是否在三十毫伏以内，清除故障码后路试。", "压差在三十毫伏以内。", "清码后路试。"])],
   outputs=[("动力电池检测报告", "最大压差由一百二十毫伏降到二十二毫伏。"), ("绝缘电阻测量记录", "正极对车身大于二十兆欧。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="民宿无线网络覆盖与认证", task="滨海民宿无线网络覆盖改造与访客认证配置",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="庄河海边一家有十八间客房的民宿，住客经常投诉二楼和三楼走廊尽头的房间没有信号。民宿老板请网络班学员现场勘测信号强度，设计无线覆盖方案，安装吸顶式无线接入点，配置无线控制器、访客网络隔离和手机号认证页面，完成测试后交给老板一份维护手册。",
   qs=[("问题1 勘测信号时为什么要在每个房间床头测一次？", ["住客主要在床头用手机，床头的信号强度才是真实体验，测完画出热力图找出盲区。", "床头是住客用手机的地方。", "画热力图找盲区。"]),
       ("问题2 访客网络为什么要和民宿办公网络隔离？", ["住客不能访问前台电脑和监控录像机，隔离后即使有人中了病毒也不会传到办公网络。", "住客不能访问前台电脑。", "防止病毒传播。"])],
   hw=[("1. 相邻两个接入点的信道怎样设置？", ["二点四吉赫频段用一、六、十一三个不重叠信道，相邻的接入点错开。", "用一、六、十一信道。", "相邻错开。"]),
       ("2. 维护手册里要写哪些内容？", ["设备位置图、管理地址和密码保管方式、常见故障处理、重启顺序。", "设备位置和管理地址。", "常见故障处理。"])],
   outputs=[("无线信号勘测热力图", "改造前盲区五处。"), ("无线覆盖与认证配置方案", "吸顶接入点六台。"), ("网络维护手册", "共八页。")]),
 "elder": dict(major="健康与社会照护", code="0529", course="失智老人日间照料进餐照护", task="社区日间照料中心失智老人进餐协助与防噎食照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="盐池县城一家社区日间照料中心有十几位轻度失智的老人，中午在中心吃饭，最近有一位老人进餐时发生过呛咳。中心主任请照护班学员评估老人的吞咽能力，调整食物的性状，协助老人进餐并观察呛咳，学会海姆立克急救法，填写进餐照护记录。",
   qs=[("问题1 协助失智老人进餐前要评估哪些内容？", ["意识是否清醒、能不能坐稳、吞咽能力、有没有假牙，还要看当天的情绪。", "意识、坐姿和吞咽能力。", "看有没有假牙。"]),
       ("问题2 为什么要把食物做成软烂的糊状？", ["吞咽功能下降的老人咀嚼困难，软烂的糊状食物容易形成食团，不容易呛进气管。", "容易形成食团。", "不容易呛咳。"])],
   hw=[("1. 老人进餐时发生呛咳怎么办？", ["立即停止喂食，让老人身体前倾，轻拍背部，咳不出来且说不出话时马上用海姆立克急救法并呼叫。", "停止喂食，身体前倾拍背。", "用海姆立克急救法。"]),
       ("2. 进餐后为什么要保持坐位半小时？", ["防止食物反流引起误吸，同时观察老人有没有不舒服。", "防止反流误吸。", "观察有没有不适。"])],
   outputs=[("进餐照护记录单", "进食量约八成，未见呛咳。"), ("吞咽能力评估表", "洼田饮水试验二级。")]),
 "lamb": dict(major="电子商务", code="0603", course="生鲜农产品网店运营与冷链配送", task="盐池滩羊肉年货礼盒网店详情页设计与冷链发货",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="临近春节，盐池一家滩羊养殖合作社准备在网店上推出滩羊肉年货礼盒。合作社负责人请电商班学员拍摄产品图片，设计详情页，设定礼盒规格和价格，配置冷链快递的运费模板，处理订单并跟踪生鲜包裹的配送时效，做好售后登记。",
   qs=[("问题1 详情页为什么要放养殖环境的图片？", ["买家担心羊肉的来源，放上草原放养和检疫证明的图片，能让买家相信产品的品质。", "让买家相信来源。", "放检疫证明。"]),
       ("问题2 冷链运费模板为什么要按地区设置？", ["偏远地区冷链运输时间长、费用高，有些地区不能保证四十八小时送到，要单独设置或不发货。", "偏远地区费用高。", "有的地区不发货。"])],
   hw=[("1. 生鲜礼盒怎样包装才能保证新鲜？", ["羊肉真空包装后放进泡沫箱，加冰袋，外面再套纸箱，发货前冷冻到零下十八度。", "真空包装加冰袋。", "泡沫箱加纸箱。"]),
       ("2. 买家收到后说肉化了怎么办？", ["请买家拍照和测温，查看物流轨迹，超过时效的由快递赔付，先给买家补发或退款。", "拍照查物流。", "先补发或退款。"])],
   outputs=[("礼盒详情页设计稿", "共十二屏。"), ("冷链运费模板配置表", "三十一个省份分四档。"), ("订单与售后登记表", "售后两单。")]),
 "licorice": dict(major="中药", code="1301", course="道地药材甘草鉴别与蜜炙", task="盐池甘草饮片性状鉴别与蜜炙甘草炮制",
   hours=16, station="中药炮制一体化学习工作站",
   situation="盐池是甘草的道地产区，一家中药饮片厂收购了一批农户种植的甘草。饮片厂质检主管请中药班学员对收购的甘草进行性状鉴别，区分野生与栽培品，剔除伪品和霉变品，按炮制规范切制饮片并炮制蜜炙甘草，填写炮制记录和质量检验单。",
   qs=[("问题1 甘草的性状鉴别看哪些特征？", ["外皮红棕色，断面黄白色，有明显的形成层环和放射状纹理，味甜而特殊。", "断面黄白色有纹理。", "味甜。"]),
       ("问题2 蜜炙甘草时蜂蜜为什么要先炼过？", ["生蜂蜜含水分多，炼过以后水分减少，黏性适中，容易和饮片拌匀，也不容易发霉。", "炼后水分少。", "容易拌匀，不易发霉。"])],
   hw=[("1. 蜜炙甘草的火候怎样掌握？", ["用文火炒，炒到表面老黄色、不粘手时取出，炒过了会发苦。", "文火炒到不粘手。", "炒过了会苦。"]),
       ("2. 炮制记录要写哪些内容？", ["饮片名称、批号、投料量、炼蜜用量、炒制温度和时间、成品量、炮制人和复核人。", "批号和投料量。", "炮制人和复核人。"])],
   outputs=[("甘草性状鉴别记录", "剔除霉变品一点二公斤。"), ("蜜炙甘草炮制记录", "每百公斤饮片用炼蜜二十五公斤。"), ("饮片质量检验单", "水分百分之九点六，合格。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="高邮市盂城技工学校", pack="dir", region="gy", course="eggline", cls="机电2402班", size=40, seed=11,
         sidp="24320127", students=["秦亦凡", "卞思齐", "沈昱辰"], items={11: ["秦亦凡", "卞思齐", "汤若楠"]},
         extra_class=["汤若楠", "夏俊辉"], bad={"夏俊辉": "over"}, others_named=["卞友根"],
         teachers=["朱荣根", "姚春梅"], form_count="40人",
         f8="footer_sign", f10="foot_max", f11="commission_typed", f12="quiz_sheet",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "夏俊辉")],
         comment="item 11 (TYPED 设备交付与培训记录, `调试人：<name>`) holds 秦亦凡, 卞思齐 and classmate 汤若楠 (with an item-10 "
                 "record) instead of 沈昱辰 (items 8 and 12 hold the three): students.mismatch. Item 10 (TYPED) writes the maxima "
                 "ONLY in a note under the table (`注：各项满分：接线30分，编程30分，调试30分，安全文明10分`), the head cells bare; "
                 "夏俊辉 has 36 under 调试 (总分 the sum): records.invalid_score. Item 8 (scanned 200 gray, reading glasses on the "
                 "page): the name only at the foot, `学生签名：<hand>`, with the plant's equipment chief 卞友根 as 厂方验收. No roster"),
    dict(school="高邮市盂城技工学校", pack="dir", region="gy", course="banquet", cls="酒店2401班", size=36, seed=12,
         sidp="24320504", students=["周嘉禾", "吴婧怡", "陈知远"], others_named=["汤国富", "孙浩东", "徐丽萍"],
         teachers=["王秀珍", "陈晓鸥"], form_count="36人", roster="locker", headteacher="朱玉芳",
         f8="role_card", f10="weighted", f11="guest_card", f12="hand_page",
         findings=[],
         comment="clean. Item 10 (TYPED, landscape) has 过程评价 parts (sum /40) and 成果评价 parts (sum /100) and 总评 = 过程×40% "
                 "+ 成果×60%, rounded, as the note under the table explains, plus an 等级 column; 36 rows = form `36人` = the roster "
                 "(a 实训更衣柜分配表: 更衣室 and 柜号 columns, 班主任 朱玉芳). The banquet manager 汤国富 and the couple 孙浩东, "
                 "徐丽萍 (宾客) are named on the worksheets (岗位分工卡) and on the typed 宾客意见卡 of item 11 (not students)"),
    dict(school="庄河市冰峪技工学校", pack="gbkzip", region="zh", course="battery", cls="新能源2401班", size=38, seed=21,
         sidp="24210435", students=["隋启航", "曲奕萱", "丛伟诚"], items={8: ["隋启航", "曲奕萱"]},
         extra_class=["鞠宸宇"], bad={"鞠宸宇": "sum"}, others_named=["于长贵"],
         teachers=["姜守仁", "宋玉兰"], form_count="38名",
         f8="vin_head", f10="subtotals", f11="report_typed", f12="true_false",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "鞠宸宇")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 gray) holds the worksheets of only TWO students, 隋启航 and 曲奕萱 (丛伟诚's missing; 11 and "
                 "12 hold the three): students.count on 8; students.mismatch optional. Item 10 (scanned 250 gray) groups the parts "
                 "under three 学习活动 each with its own 小计 column and 总分 = the sum of the three 小计; 鞠宸宇's 总分 is 6 below "
                 "that sum: records.invalid_score. The logistics firm's fleet chief 于长贵 is named as 送修人 on the worksheets "
                 "and 委托单位联系人 on the typed reports (not a student). No roster; 38 rows = form `38名`"),
    dict(school="庄河市冰峪技工学校", pack="gbkzip", region="zh", course="wifi", cls="网络2402班", size=40, seed=22,
         sidp="24210301", students=["姜清扬", "于慕白", "孙瑾瑜"], extra_class=["鞠念慈", "丛铄文"], absent_from_10=["鞠念慈"],
         bad={"丛铄文": "over"}, others_named=["林宝山"],
         teachers=["曲振东", "王淑琴"], form_count="40名", roster="guardian", headteacher="隋丽华",
         f8="survey_sheet", f10="head_max_mono", f11="ledger_typed", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "鞠念慈"), ("records.count_mismatch", 10, False),
                   ("records.invalid_score", 10, False, "丛铄文")],
         comment="the roster (a 学生信息登记表 with a 监护人 column: a parent of every student named, and masked phones) and the "
                 "form (`40名`) hold 鞠念慈; item 10 (scanned 1-bit 300 dpi) has 39 rows and none for her: records.missing_student "
                 "and records.count_mismatch. In the same register the maxima stand in the head cells (`现场勘测（满分20）`); 丛铄文 "
                 "has 27 under 现场勘测 (总分 the sum): records.invalid_score. The B&B owner 林宝山 is named on the worksheets (a "
                 "房间信号勘测表, `勘测人`) and on the typed 配置方案 (not a student)"),
    dict(school="盐池县哈巴湖技工学校", pack="zip", region="yc", course="elder", cls="照护2401班", size=36, seed=31,
         sidp="2433052901", students=["马安然", "白书涵", "海文轩"], outsiders={"海文轩": "照护2402班"}, out_sidp="2433052902",
         others_named=["何凤兰", "丁志忠"],
         teachers=["杨桂芳", "冯建军"], form_count="36",
         f8="elder_head", f10="bonus", f11="care_typed", f12="name_line_photo",
         findings=[("students.not_in_class", 12, True, "海文轩")],
         comment="海文轩 of the parallel class 照护2402班 (his class and 学号 243305290223 on his worksheet, typed records and "
                 "homework) is the third student of 8/11/12; item 10 (36 rows = form `36`) has no record of him: "
                 "students.not_in_class. Item 10 (TYPED) has a 加分 column (≤5, for 主动照护 beyond the task) and 总分 = parts + "
                 "加分, capped at 100, as the note under the table says (legal). The elders 何凤兰 and 丁志忠 are named as 照护对象 "
                 "on the worksheets (their own 姓名 field above the student's) and on item 11 (not students). Item 12: phone "
                 "photos through a fly screen. No roster"),
    dict(school="盐池县哈巴湖技工学校", pack="zip", region="yc", course="lamb", cls="电商2402班", size=42, seed=32,
         sidp="24330603", students=["撒玉洁", "田宁远", "冯乐天"], extra_class=["丁雅馨", "侯梓轩"], absent_from_10=["丁雅馨"],
         bad={"侯梓轩": "sum"}, others_named=["白玉山"],
         teachers=["郭瑞芬", "李鸿儒"], form_count="42",
         f8="task_slip", f10="plain_sum", f11="wireframe_typed", f12="color_scan_hand",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "侯梓轩")],
         comment="the form says `42`, item 10 (TYPED) lists 41 (no roster, so who is missing is not known): "
                 "records.count_mismatch. 侯梓轩's 总分 is 7 above the sum of his parts: records.invalid_score. The "
                 "cooperative's head 白玉山 is named on the typed 详情页设计稿 (not a student)"),
    dict(school="盐池县哈巴湖技工学校", pack="zip", region="yc", course="licorice", cls="中药2402班", size=38, seed=33,
         sidp="24331301", students=["何朝阳", "张慕晴", "侯明远"], others_named=["马成福", "田永祥"],
         teachers=["白凤琴", "李耀庭", "张怀义"], form_count="38",
         f8="farmer_receipt", f10="by_group", f11="process_typed", f12="sketch_sheet",
         findings=[], optional=[("records.invalid_score", 10, False)],
         comment="clean. Item 10 (scanned 200 gray, reading glasses on the page) is one small table per 小组 (six groups, each "
                 "head `第N组　组长：<name>`), 38 rows in all = form `38`; the plant's QC chief 田永祥 signs as 企业评价人. The "
                 "licorice farmer 马成福 is named as 交售农户 on every worksheet (收购验收单 head) and the students as 验收人. "
                 "Three teachers. The glasses' left frame crosses rows 16-17 of the third group's table and hides two or three "
                 "figures there (no planted fact): records.invalid_score there is optional, a misreading, not a fault of the record. "
                 "Item 12: a 甘草横切面简图 sketch sheet, photographed through a fly screen. No roster"),
]

PROVINCE = {1: "江苏省扬州市高邮市", 2: "辽宁省大连市庄河市", 3: "宁夏回族自治区吴忠市盐池县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 高邮: "08-工作页.pdf"
        return "%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 庄河: "8．工作页（新能源2401班）.pdf" (full-width dot, class in brackets)
        return "%d．%s（%s）.pdf" % (n, NAMES[n], s["cls"])
    return "成果%d_%s.pdf" % (n, NAMES[n])   # 盐池: "成果8_工作页.pdf" -> leading text; the item name decides


def form_name(s, c):
    return {1: ("附件2 申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s申报书.pdf" % s["cls"], "pdf"),
            3: ("优质课堂申报书-%s.docx" % c["task"][:8], "docx")}[grp(s)]
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
        return "学生人数 | %s" % s["form_count"]
    return "授课班级 | %s | 班级人数 | %s" % (s["cls"], s["form_count"])


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 高邮: class and size in one sentence
        rows = [[("专业名称及代码", ""), (c["major"] + "（" + c["code"] + "）", ' align="left" colspan="3"')],
                ["课程名称", (c["course"], ' align="left" colspan="3"')], ["学习任务", (c["task"], ' align="left" colspan="3"')],
                ["授课对象", ("%s，共%s" % (s["cls"], s["form_count"]), ' align="left"'), "学时", str(c["hours"])]]
        info = tbl(rows, width="92%", pad=P)
    elif g == 2:   # 庄河: 学生人数 with 名
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("授课地点", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 盐池: label/value/label/value rows, the size a bare number
        rows = [["专业名称", c["major"], "专业代码", c["code"]], ["课程名称", (c["course"], ' colspan="3"')],
                ["学习任务", (c["task"], ' colspan="3"')], ["授课班级", s["cls"], "班级人数", s["form_count"]]]
        info = tbl(rows, width="94%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="76%"), situation=c["situation"], prov=PROVINCE[g])
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


def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))




# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【任务情境】</b>%s</p>" % c["situation"]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s</p>' % (RED, ["认真完成", "要点齐全", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "footer_sign":   # the name only at the foot, beside the plant's acceptance
            body = (title + '<p>班级：%s　　　日期：%s</p>' % (hand(cl, True), hand(day(s, i), True)) + sit + answers(c, rng, i) +
                    '<p><b>自我评价：</b>%s</p>' % hand(["接线一次通电成功。", "程序调了三次才对。", "计数还有误差。"][i % 3], True) + comment +
                    '<p style="text-align:right">厂方验收：%s　　　学生签名：%s　学号：%s</p>' % (hand(o[0], True, BLACK), hand(n), hand(sid, True)))
        elif f == "role_card":   # a 岗位分工 card: the student's role and name, the manager and the couple named
            head = tbl([["岗位分工卡", ("宴会：%s、%s婚宴　　宴会部经理：%s" % (o[1], o[2], o[0]), ' colspan="3" align="left"')],
                        ["岗　位", hand(["值台（主桌）", "传菜", "酒水"][i % 3], True), "姓　名", hand(n)],
                        ["班　级", hand(cl, True), "学　号", hand(sid, True)]], width="96%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "vin_head":   # a vehicle head: VIN, mileage, 送修人 (the fleet chief), 检测人 (the student)
            head = tbl([["车辆VIN", hand("LGXC74C4%dP0%05d" % (i, 31207 + 211 * i), True), "表显里程", hand("%d km" % (48210 + 3307 * i), True)],
                        ["送修人", hand(o[0], True, BLACK), "检测人", hand(n)], ["班级", hand(cl, True), "学号", hand(sid, True)]],
                       width="96%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "survey_sheet":   # a room-by-room signal survey table, 勘测人 the student
            rooms = tbl([["房号", "床头信号(dBm)", "走廊信号(dBm)", "备注"]] + [[r, hand(str(-52 - 7 * k - i), True), hand(str(-60 - 5 * k), True), hand(["", "", "盲区"][k % 3], True)]
                         for k, r in enumerate(["201", "205", "209", "301", "308"])], width="90%")
            body = (title + '<p>勘测人：%s　　班级：%s　　学号：%s</p><p>民宿负责人：%s　　勘测日期：%s</p>' % (hand(n), hand(cl, True), hand(sid, True), hand(o[0], True, BLACK), hand(day(s, i), True))
                    + rooms + answers(c, rng, i) + comment)
        elif f == "elder_head":   # the elder's own 姓名 above the student's
            head = tbl([["照护对象姓名", hand(o[i % 2], True, BLACK), "年龄", hand(str(78 + 3 * i), True), "吞咽评估", hand(["一级", "二级", "二级"][i % 3], True)],
                        ["照护员姓名", hand(n), "班级", hand(cl, True), "学号", hand(sid, True)]], width="98%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "task_slip":   # a 学习任务领取单 box at the top, 领取人 the student
            head = tbl([["学习任务领取单", ("任务编号：DS-%02d" % (3 + i), ' colspan="2"'), "领取日期", hand(day(s, i)[5:], True)],
                        ["领取人", hand(n), "班级", hand(cl, True), "学号", hand(sid, True)]], width="98%", pad="4px 5px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "header_table":   # a bordered head row 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%s组" % "一二三四五"[i % 5], True)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "farmer_receipt":   # a purchase-acceptance head: the farmer who sold, the student who accepted
            head = tbl([["收购验收单", ("批号 GC-2024-%03d" % (118 + i), ' colspan="3"')],
                        ["交售农户", hand(o[0], True, BLACK), "重量", hand("%d kg" % (260 + 35 * i), True)],
                        ["验收人", hand(n), "班级／学号", hand("%s／%s" % (cl, sid), True)]], width="92%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"footer_sign": "x-scanpdf:200:specs", "role_card": "x-scanpdf:200:color", "vin_head": "x-scanpdf:250",
            "survey_sheet": "x-scanpdf:200:specs", "elder_head": "x-scanpdf:300:mono", "header_table": "x-scanpdf:150", "task_slip": "x-scanpdf:150",
            "farmer_receipt": "x-scanpdf:200:specs"}[f]
    font = {"header_table": "Noto Sans CJK SC", "vin_head": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "foot_max":   # bare head cells; the maxima only in a note under the table
        parts = [("接线", 30), ("编程", 30), ("调试", 30), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 36
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), ["", "", "", "组长", ""][k % 5] if k % 9 else ""], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：各项满分：接线30分，编程30分，调试30分，安全文明10分，总分100分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "weighted":   # 过程 and 成果 each out of 100; 总评 = 过程×40% + 成果×60%, a grade beside it
        pp = [("出勤", 20), ("仪容仪表", 30), ("团队协作", 50)]
        rp = [("摆台", 40), ("席间服务", 40), ("收尾结账", 20)]
        h1 = "<tr>%s%s%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（占40%）</b>", ' align="center" colspan="4"', pad),
                                       td("<b>成果评价（占60%）</b>", ' align="center" colspan="4"', pad), td("<b>总评</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>等级</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in pp] + ["<b>合计</b>"] + ["<b>%s(%d)</b>" % p for p in rp] + ["<b>合计</b>"], pad)]
        for k, n in enumerate(rec):
            a, b = part_scores(rng, pp, 0.7, 1.0), part_scores(rng, rp, 0.6, 0.97)
            tot = int(round(sum(a) * 0.4 + sum(b) * 0.6 + 1e-9))
            g = "优秀" if tot >= 90 else "良好" if tot >= 80 else "中等" if tot >= 70 else "合格"
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in a] + [str(sum(a))] + [str(x) for x in b] + [str(sum(b)), str(tot), g], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out) +
                "<p>注：过程评价合计与成果评价合计均为百分制；总评＝过程评价合计×40%＋成果评价合计×60%，四舍五入取整。等级：90分及以上优秀，80—89良好，70—79中等，60—69合格。</p>" + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True, page="size:29.7cm 21cm;margin:1.0cm 1.2cm"), "pdf"
    if f == "subtotals":   # three activities, each with its own 小计; 总分 = the three 小计
        acts = [("活动一 接车与数据读取", [("问诊", 10), ("读取数据", 15)]), ("活动二 检测", [("绝缘检测", 15), ("单体测量", 20)]),
                ("活动三 维护与报告", [("均衡维护", 25), ("检测报告", 15)])]
        h1 = "<tr>%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>姓名</b>", ' align="center" rowspan="2"', pad),
                                 "".join(td("<b>%s</b>" % a, ' align="center" colspan="3"', pad) for a, _ in acts), td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        h2 = trow(sum([["<b>%s(%d)</b>" % p for p in ps] + ["<b>小计</b>"] for _, ps in acts], []), pad)
        out = [h1, h2]
        for k, n in enumerate(rec):
            cells, tot = [], 0
            for _, ps in acts:
                v = part_scores(rng, ps)
                cells += [str(x) for x in v] + [str(sum(v))]
                tot += sum(v)
            if bad.get(n) == "sum":
                tot -= 6
            out.append(trow([str(k + 1), n] + cells + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "head_max_mono":   # the maxima in the head cells
        parts = [("现场勘测", 20), ("方案设计", 25), ("设备安装", 25), ("配置调试", 20), ("文档", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>（满分%d）" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[0] = 27
            out.append(trow([str(k + 1), sid_of(s, n)[-4:], n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + "<p>（学号只写后四位）</p>" + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "bonus":   # a 加分 column explained on the page, 总分 capped at 100
        parts = [("吞咽评估", 20), ("食物调配", 20), ("协助进餐", 40), ("照护记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["加分(≤5)", "总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.99)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5]) if k % 4 else (5 if k in (4, 12) else 0)
            if k in (4, 12):
                v = [19, 20, 38, 19]
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(min(100, sum(v) + b))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>说明：照护过程中主动发现老人异常并及时报告、或主动承担额外照护工作的，经带教老师认定可加1—5分，记入“加分”栏；总分＝各项得分＋加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_sum":   # 姓名 before 学号, a 备注 column
        parts = [("产品拍摄", 20), ("详情页设计", 30), ("运费模板", 20), ("订单售后", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (7 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(tot), "缺交一次作业" if k % 13 == 5 else ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "by_group":   # one small table per group, the plant's QC chief as enterprise assessor
        parts = [("性状鉴别", 30), ("切制", 30), ("蜜炙", 30), ("记录", 10)]
        sizes = [7, 7, 6, 6, 6, 6]
        body = head10(s, c, "学习任务考核记录（分组）")
        k = 0
        for gi, m in enumerate(sizes):
            members = rec[k:k + m]
            out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
            for j, n in enumerate(members):
                v = part_scores(rng, parts)
                out.append(trow([str(k + j + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += "<p><b>第%s组</b>　组长：%s</p>" % ("一二三四五六"[gi], members[0]) + table(out)
            k += m
        body += "<p>全班共%d人。企业评价人：%s（饮片厂质检主管）</p>" % (len(rec), s["others_named"][1]) + sign
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200:specs"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    o = s.get("others_named", [])
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "commission_typed":   # 调试人, 厂方验收人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["项目", "咸鸭蛋分级包装线电气控制", "文件编号", "GY-JD-%02d%02d" % (i + 1, j + 1)],
                                  ["调试人", n, "班级", cl], ["厂方验收人", o[0], "日期", day(s, 30 + i)],
                                  ["内容摘要", (desc, ' colspan="3" align="left"')]], width="92%") +
                             "<p>指导教师：%s</p>" % t[j % 2])
            elif f == "guest_card":   # 服务员 the student, 宾客 the couple, the manager
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["宴会名称", "%s、%s婚宴" % (o[1], o[2]), "桌数", "20桌"], ["服务员", "%s（%s）" % (n, cl), "岗位", ["值台", "传菜", "酒水"][i % 3]],
                                  ["宾客意见", ("菜上得及时，服务热情。——宾客：%s" % o[1 + (i + j) % 2], ' colspan="3" align="left"')],
                                  ["要点", (desc, ' colspan="3" align="left"')], ["宴会部经理", o[0], "日期", day(s, 30 + i)]], width="92%"))
            elif f == "report_typed":   # 检测员 the student, 委托单位联系人 the fleet chief
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["委托单位", "冷链物流公司", "联系人", o[0]], ["车牌号", "辽B·D%05d" % (20731 + 17 * i), "检测员", n],
                                  ["班级", cl, "学号", sid], ["结论", (desc, ' colspan="3" align="left"')], ["审核", t[j % 2], "日期", day(s, 30 + i)]], width="92%"))
            elif f == "ledger_typed":   # a device ledger: 安装人 the student in every row, the owner as 验收
                parts.append('<h3 style="text-align:center">网络设备安装台账（%s）</h3>' % title +
                             tbl([["序号", "设备名称", "型号", "序列号", "安装位置", "安装人"]] +
                                 [[str(q + 1), "吸顶式无线接入点", "AP-X%d" % (3 + j), "SN%d%04d" % (i + 1, 3301 + 17 * q), ["一层大堂", "一层餐厅", "二层走廊东", "二层走廊西", "三层走廊东", "三层走廊西"][q], n]
                                  for q in range(6)], width="96%") +
                             "<p>班级：%s　　学号：%s　　说明：%s</p><p>客户验收：海滨民宿　%s　　　指导教师：%s</p>" % (cl, sid, desc, o[0], t[j % 2]))
            elif f == "care_typed":   # 照护员 the student, the elder, 带教
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["照护对象", o[(i + j) % 2], "年龄", str(78 + 3 * ((i + j) % 2))], ["照护员", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["记录", (desc, ' colspan="3" align="left"')], ["带教老师", t[j % 2], "中心负责人", "（签字）"]], width="90%"))
            elif f == "wireframe_typed":   # a screen-by-screen 详情页 wireframe, 设计 the student
                scr = ["产地草原", "滩羊放养", "检疫证明", "礼盒规格", "烹饪建议", "冷链发货"]
                box = '<td style="border:1pt dashed #555;padding:14px 6px;width:50%%" align="center">第%d屏<br/>%s<br/><span style="color:#888">〔图片区〕</span></td>'
                grid = '<table style="border-collapse:collapse" width="80%%">%s</table>' % "".join(
                    "<tr>%s%s</tr>" % (box % (2 * q + 1, scr[2 * q]), box % (2 * q + 2, scr[2 * q + 1])) for q in range(3))
                parts.append('<h3>%s（分屏线框）</h3><p>设计：%s　　班级：%s　　学号：%s</p><p>委托方：滩羊养殖专业合作社　　负责人：%s</p>' % (title, n, cl, sid, o[0]) +
                             grid + "<p>%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "design_typed":   # 设计, the cooperative's head
                parts.append('<h3>%s</h3><p>设计：%s　　班级：%s</p><p>委托方：滩羊养殖专业合作社　　负责人：%s</p>' % (title, n, cl, o[0]) +
                             tbl([["规格", "2.5kg礼盒", "5kg礼盒"], ["内容", "羊排、羊腿肉", "羊排、羊腿、羊蝎子"], ["售价", "%d元" % (268 + 10 * i), "%d元" % (498 + 10 * i)]], width="70%") +
                             "<p>%s　　审核：%s</p>" % (desc, t[j % 2]))
            elif f == "process_typed":   # 炮制人 the student, 复核人 a teacher, the farmer's lot
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["饮片名称", "甘草" if j != 1 else "炙甘草", "批号", "GC-2024-%03d" % (118 + i)], ["原料来源", "交售农户 %s" % s["others_named"][0], "投料量", "%d kg" % (50 + 5 * i)],
                                  ["炮制人", "%s（%s）" % (n, cl), "复核人", t[j % 3]], ["结果", (desc, ' colspan="3" align="left"')]], width="90%"))
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
        if f == "quiz_sheet":   # a printed 随堂测验 with a score box
            head = ["%s　随堂测验（课后完成）" % c["course"], "> 班级：%s　姓名：%s" % (cl, n), "! 得分：%d／20" % (16 + i)]
        elif f == "hand_page":
            head = ["课后作业", "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "true_false":   # a printed 判断题 sheet, the answers marked by hand in the brackets
            head = ["课后作业：判断题（对的打√，错的打×）", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:]), "",
                    "1. 测量绝缘电阻前只需断开点火开关。", "> （×）", "2. 低温时动力电池内阻变大。", "> （√）",
                    "3. 单体压差越大，可用容量越大。", "> （×）", ""]
        elif f == "plain_photo":
            head = ["课后作业　%s" % c["task"][:9], "> %s　%s　%s" % (cl, sid[-2:], n)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        elif f == "name_line_photo":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "color_scan_hand":
            head = ["课后练习（网店运营）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "sketch_sheet":   # a sketch sheet: the cross-section drawn, labels, the name at top right
            head = ["甘草横切面简图（课后作业）", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:]), "",
                    "> 〔简图〕　木栓层—皮层—韧皮部—形成层环—木质部—射线", "> 断面黄白色，有菊花心纹理", ""]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"quiz_sheet": "x-photo:200:2", "hand_page": "x-scan:200:4", "plain_photo": "x-photo:200:1", "true_false": "x-photo:200:1:flyscreen",
            "exercise_book": "x-photo:200:1", "name_line_photo": "x-photo:200:2:flyscreen", "color_scan_hand": "x-scan:200:3:color",
            "sketch_sheet": "x-photo:200:3:flyscreen"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth
def sex_of(n):
    return "男" if n[1:] in ("嘉懿", "铭泽", "奕辰", "天佑", "浩楠", "子健", "振宇", "宇航", "睿泽", "博文", "俊豪", "浩宇", "晨阳", "俊熙",
                            "家乐", "子墨", "亦凡", "思齐", "昱辰", "知远", "启航", "伟诚", "宸宇", "清扬", "慕白", "铄文", "文轩", "宁远", "乐天", "梓轩", "朝阳", "明远", "俊辉", "凯", "涛", "天翊", "昊然", "承泽", "一鸣", "子轩", "宏博", "家豪", "志豪", "鑫磊", "泽楷", "皓轩", "明轩",
                            "沐辰", "锦程", "文博", "凯文", "子豪", "晟睿", "润泽", "思远", "昊", "博", "阳", "鑫", "磊") else "女"




PARENT = ("德明 玉梅 国强 红霞 宝华 秀云 海军 丽娟 振江 春燕 永利 桂芝 淑敏 凤霞 立群 长胜 玉珍 广才 明亮 金凤 "
          "福山 秀荣 庆余 翠兰 成林 宝玉 文革 桂香 德顺 春梅 庆丰 素珍 洪涛 美玲 连生 月娥 万年 玉霞 兴旺 彩云 守信 桂英").split()


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "locker":   # a 实训更衣柜分配表: changing room and locker number of every student
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "更衣室", "柜号", "钥匙领取"])]
        m = f = 0
        for j, n in enumerate(k):
            if sex_of(n) == "男":
                m += 1
                room, no = "男更衣室（实训楼203）", "A-%02d" % m
            else:
                f += 1
                room, no = "女更衣室（实训楼205）", "B-%02d" % f
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), room, no, "√"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s实训更衣柜分配表</h2><p>（实训期间统一更换工装，柜内不存放贵重物品；钥匙遗失自行负责）</p>' % (s["school"], s["cls"]) + table(rows, width="88%") +
                "<p>班主任：%s　　　实训楼管理员：（签字）　　　共%d人　　　2024年9月6日</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（更衣柜分配）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "guardian":   # a 学生信息登记表 with a parent of every student
        rng = random.Random(s["seed"] * 37)
        planted = [x for t in SUBS for x in t["students"] + t.get("extra_class", []) + t["teachers"] + t.get("others_named", [])]
        parents = []
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "监护人", "关系", "联系电话", "家庭住址"])]
        towns = ["城关街道", "石山镇", "青堆镇", "大营镇", "徐岭镇", "仙人洞镇", "光明山镇", "栗子房镇"]
        for j, n in enumerate(k):
            for _ in range(200):
                p = n[0] + rng.choice(PARENT) if rng.random() < 0.8 else rng.choice(SURNAMES[s["region"]]) + rng.choice(PARENT)
                if not (used(p) or p in parents or any(near(p, x) for x in k + planted + parents)):
                    break
            parents.append(p)
            rel = "父亲" if p[0] == n[0] else "母亲"
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), p, rel, "13%d****%04d" % (j % 10, rng.randint(1000, 9999)), towns[j % 8]], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生信息登记表</h2><p style="text-align:center">%s　2024级</p>' % (s["cls"], s["school"]) +
                table(rows, width="96%") + "<p>班主任：%s　　共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
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
    truth = {"comment": "Seventy-seventh held-out people corpus (testdata/heldout77), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 77)
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
