#!/usr/bin/env python3
"""Write the sources of the 127th held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 鄂州 (Hubei),
益阳 (Hunan) and 滁州 (Anhui). Helpers (html, tables, handwriting, name drawing)
are heldout64's author.py, copied.

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
# the truth files read for names, tasks and courses to avoid (heldout128 is written at the same time and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 127)] + ["othertools"]


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
SURNAMES = {
    "hr": list("王王王王李李李李张张张张刘刘刘赵赵杨杨孙郭高马于陈徐韩王李张刘赵" "关富那"),
    "bd": list("王王王王李李李李张张张张刘刘刘杨杨赵赵孙孙高于于齐宋穆魏郑徐韩"),
    "bz": list("王王王王张张张张李李李刘刘刘杨杨赵赵董史侯雷党贺冯程郭田寇权"),
}
# given names: a new list, the everyday names of students born around 2008
GIVEN2 = ("一鸣 子墨 思远 雨萱 若曦 梓涵 浩宇 俊熙 欣悦 佳怡 明轩 嘉懿 语桐 沐辰 皓轩 诗琪 馨月 宇航 泽楷 梦琪 "
          "晨阳 安琪 博文 睿泽 可馨 嘉怡 铭泽 昊然 雅琳 心怡 奕辰 锦程 书瑶 一诺 天佑 梓萌 俊豪 思琪 子轩 靖雯 "
          "紫琳 宏博 家豪 佳琪 瑞雪 子健 晓彤 振宇 雨泽 芷晴 浩楠 欣妍 晟睿 家乐 思彤 润泽 怡然 天翊 佳琳 承泽 "
          "文博 雨欣 凯文 佳颖 子豪 梦瑶 志豪 雅婷 鑫磊 晓雯 "
          "子航 雅楠 欣然 宇轩 艺涵 冰洁 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 彦博 瀚文 楚涵 婉清 沛然 骏驰 "
          "柏霖 翰林 凌霄 景行 煜城 钰涵 歆瑶 珂欣 涵宇 若彤 梦洁 诗雨 晓萌 乐怡 悦彤 依诺 雨婷 佳慧 思雨 美琪 "
          "欣瑜 雪晴 佳宁 静怡 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 "
          "明哲 立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 舒畅 雨桐 冠宇 星宇 昕怡 语嫣 妙可 宛如 晓琪 紫萱").split()
GIVEN1 = list("昊琳博阳悦鑫磊婷")
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
            continue
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




# ================================================================== this corpus
# surnames by region, weighted: 鄂州 (王 李 张 刘 陈 胡 周 and the local 柯 万 汪 熊 余 程), 益阳 (刘 李 王 张 陈 周 and the
# Hunan 曾 彭 谭 罗 龚 文 夏 蔡 贺 郭), 滁州 (王 张 李 陈 刘 吴 杨 周 朱 孙 and 葛 戴 卢 韦 许 汪)
SURNAMES = {
    "ez": list("王王王李李李张张张刘刘陈陈胡胡周周柯柯万汪熊余程黄吴杨徐邓"),
    "yy": list("刘刘刘李李李王王王张张陈陈周周曾曾彭彭谭谭罗龚文夏蔡贺郭胡"),
    "cz": list("王王王张张张李李李陈陈刘刘吴吴杨周朱朱孙葛戴卢韦许汪徐"),
}
GIVEN2 = GIVEN2 + ("俊杰 瑞霖 雨涵 梓睿 佳乐 文轩 晨曦 明杰 皓宇 家豪 梓萱 锦涛 子航 欣瑶 宇彤 佳豪 语晨 一凡 志鹏 昕彤 "
                   "思琦 雨菲 嘉豪 俊宇 星辰 诗涵 若琳 雅文 浩然 子怡 佳欣 嘉琪 泽轩 宇涵 逸飞 慧敏 晓东 梦婷 俊逸 子豪").split()

C = {
 "plc": dict(major="机电一体化技术", code="0127", course="养殖设备电气控制柜装调", task="水产养殖基地增氧机PLC自动控制柜安装与调试",
   hours=18, station="机电设备安装调试一体化学习工作站",
   situation="梁子湖边一家水产养殖基地有十二台增氧机，夜里全靠人工去开关，经常因为开晚了出现鱼缺氧浮头。基地请学校为它做一台自动控制柜：溶氧仪的信号低于设定值时按顺序启动增氧机，高于设定值时延时停机，并保留手动控制。机电班学员要读懂电气图，选择元件，安装接线，编写PLC程序并通电调试。",
   qs=[("问题1 多台增氧机为什么要分批顺序启动？", ["十二台电机同时启动，启动电流叠加会让空气开关跳闸，变压器也承受不住，所以每隔几秒启动一台。", "同时启动电流太大，会跳闸。", "每隔几秒启动一台。"]),
       ("问题2 控制柜为什么要保留手动控制？", ["溶氧仪或PLC出故障时，养殖人员还能手动开增氧机，不会因为控制柜坏了让鱼缺氧。", "自动坏了还能手动开。", "防止控制柜故障时鱼缺氧。"])],
   hw=[("1. 接线完成后通电前要检查什么？", ["对照图纸逐根核对线号，用万用表测主回路有无短路，检查接地线是否可靠。", "核对线号，测有无短路。", "检查接地。"]),
       ("2. 延时停机的作用是什么？", ["溶氧值刚升过设定值就停机，很快又会降下来，设备频繁启停，延时停机可以避免。", "避免频繁启停。", "溶氧稳定后再停。"])],
   outputs=[("增氧机控制柜接线检查记录", "主回路绝缘电阻大于5兆欧。"), ("PLC控制程序说明", "共五十六步，含手动/自动切换。"), ("通电调试记录", "十二台增氧机顺序启动正常。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="小型办公楼宇网络部署实务", task="水产合作社办公楼无线网络覆盖与监控摄像头接入",
   hours=16, station="网络综合布线与运维一体化学习工作站",
   situation="鄂州一家水产专业合作社的办公楼有三层，二楼会议室和一楼冷库门口常常没有信号，塘口的监控摄像头也要接入办公室的录像机。合作社的网络管理员请网络班学员勘察现场，绘制拓扑图，规划无线接入点位置和VLAN，完成交换机和无线控制器的配置，接入摄像头并做信号测试。",
   qs=[("问题1 无线接入点的位置怎样确定？", ["先用手机测试软件测出信号弱的区域，考虑墙体遮挡，在走廊和会议室顶上布点，让相邻接入点的覆盖有一点重叠。", "测出信号弱的区域再布点。", "相邻覆盖要有重叠。"]),
       ("问题2 摄像头为什么要单独划一个VLAN？", ["监控视频流量大，单独划分可以和办公网络隔开，互不影响，也更安全。", "和办公网隔开，互不影响。", "更安全。"])],
   hw=[("1. 信道规划要注意什么？", ["2.4G频段相邻接入点用1、6、11三个不重叠的信道，避免同频干扰。", "用1、6、11信道。", "避免同频干扰。"]),
       ("2. 交换机配置完成后为什么要保存？", ["不保存的话交换机断电重启后配置会丢失。", "断电后配置会丢失。", "重启后就没了。"])],
   outputs=[("无线信号测试报告", "三层平均信号强度-58dBm。"), ("交换机配置清单", "划分VLAN10、VLAN20、VLAN30。")]),
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="纯电动车高压绝缘检修实务", task="网约纯电动车动力电池包绝缘故障检测与维修",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="一位网约车司机反映，他的纯电动车下雨后仪表报绝缘故障，车辆限功率行驶。维修站技术主管请新能源班学员做好高压安全防护，读取故障码，断开维修开关，测量动力电池包和高压部件的绝缘电阻，找到进水的高压接插件，更换密封件并复检，最后填写维修记录。",
   qs=[("问题1 检修高压系统前要做哪些安全防护？", ["穿戴绝缘手套、绝缘鞋和护目镜，断开低压蓄电池负极和维修开关，等待五分钟后验电。", "戴绝缘手套，断开维修开关。", "等五分钟后验电。"]),
       ("问题2 绝缘电阻怎样测量？", ["用绝缘电阻测试仪选500V档，分别测高压正极、负极对车身的电阻，和标准值比较。", "用绝缘表测正负极对车身。", "选500V档测量。"])],
   hw=[("1. 为什么下雨后容易报绝缘故障？", ["高压接插件密封圈老化，雨水进入后正负极对车身的绝缘电阻下降。", "接插件进水。", "密封圈老化。"]),
       ("2. 维修开关的作用是什么？", ["断开后把动力电池的高压回路分成两段，维修时车上其他部位不带高压。", "断开高压回路。", "维修时不带高压。"])],
   outputs=[("绝缘故障维修记录", "更换后舱高压接插件密封圈。"), ("绝缘电阻测量表", "复检阻值大于20兆欧。")]),
 "tea": dict(major="饭店(酒店)服务", code="0504", course="茶文化主题宴会服务实务", task="黑茶文化主题宴会摆台与席间服务",
   hours=16, station="酒店餐饮服务一体化学习工作站",
   situation="益阳一家酒店承接了一场以安化黑茶为主题的商务宴请，共三桌。宴会部经理请酒店班学员根据宴请人的要求设计主题台面，完成中餐宴会摆台，按流程迎宾、斟酒、上菜、分菜，并在席间介绍黑茶的冲泡和品饮，宴会结束后做好收台和服务总结。",
   qs=[("问题1 中餐宴会摆台的顺序是什么？", ["铺台布、摆餐椅、放骨碟、摆汤碗汤勺、筷架筷子、酒具，最后放餐巾花和主题装饰。", "先铺台布，再摆餐具和酒具。", "最后放餐巾花。"]),
       ("问题2 席间介绍黑茶要讲哪些内容？", ["产地和历史、茯砖和千两茶的区别、冲泡水温和出汤时间，语言简短，不打扰宾客交谈。", "产地、品种和冲泡方法。", "简短，不打扰宾客。"])],
   hw=[("1. 斟酒时要注意什么？", ["站在宾客右后侧，先主宾后主人，白酒斟八分满，红酒斟三分之一杯。", "先主宾后主人。", "白酒八分满。"]),
       ("2. 宾客不小心打翻茶杯怎样处理？", ["先安慰宾客，迅速用餐巾吸干，铺上干净口布，重新上一杯茶。", "先安慰，再清理。", "重新上茶。"])],
   outputs=[("主题台面设计说明", "以茶马古道为主题，配竹编茶器。"), ("宴会服务总结", "上菜间隔控制在八分钟以内。")]),
 "care": dict(major="健康与社会照护", code="0529", course="居家老人进食照护实务", task="居家失能老人协助进食与防噎呛照护",
   hours=16, station="健康照护一体化学习工作站",
   situation="益阳一家居家养老服务中心为社区里几位卧床和半失能的老人提供上门照护。服务中心主任请照护班学员评估老人的吞咽能力，选择合适的进食体位和食物性状，协助老人进食，学会识别噎呛并现场急救，填写照护记录，向家属交代注意事项。",
   qs=[("问题1 协助卧床老人进食时采取什么体位？", ["能坐起的扶坐在床边，不能坐起的把床头摇高三十度以上，头偏向一侧，进食后保持体位半小时。", "床头摇高三十度以上。", "进食后保持半小时。"]),
       ("问题2 怎样判断老人发生了噎呛？", ["突然不能说话、剧烈咳嗽、面色发紫、用手抓喉咙，要立即停止喂食并施救。", "不能说话，脸发紫。", "用手抓喉咙。"])],
   hw=[("1. 吞咽困难的老人适合什么食物？", ["糊状或泥状的食物，比如蛋羹、米糊，避免干硬、黏性大和汤水太稀的食物。", "糊状食物。", "避免太稀太黏。"]),
       ("2. 每一口喂多少合适？", ["一口大约一汤勺的三分之一，等老人完全咽下再喂下一口。", "三分之一汤勺。", "咽下再喂下一口。"])],
   outputs=[("居家照护服务记录", "进食用时二十五分钟，无呛咳。"), ("吞咽能力评估表", "洼田饮水试验二级。")]),
 "chrys": dict(major="电子商务", code="0603", course="农特产品社区团购运营实务", task="滁菊花茶礼盒社区团购运营与售后服务",
   hours=14, station="电商运营一体化学习工作站",
   situation="滁菊是滁州的特产。一家滁菊种植合作社想通过社区团购把新茶卖出去，合作社请电商班学员调研社区团购平台的规则，设计礼盒的团购海报和商品详情，策划三天的团购活动，与社区团长对接订单和提货，处理缺货、破损和退款等售后问题。",
   qs=[("问题1 社区团购和普通网店有什么不同？", ["社区团购靠团长在小区微信群里推广，顾客预订后第二天到团长家自提，物流成本低。", "靠团长推广，顾客自提。", "物流成本低。"]),
       ("问题2 团购海报上要写清哪些信息？", ["品名规格、团购价和原价、截单时间、提货时间和地点，以及售后电话。", "团购价和截单时间。", "提货地点和售后电话。"])],
   hw=[("1. 团长为什么要给佣金？", ["团长负责推广、收货和分发，佣金是他的报酬，佣金合理团长才愿意推。", "团长的报酬。", "团长才愿意推。"]),
       ("2. 顾客收到的礼盒破损怎么处理？", ["请顾客拍照，核实后补发或退款，记录破损原因反馈给合作社改进包装。", "拍照核实后补发或退款。", "改进包装。"])],
   outputs=[("团购活动策划方案", "三天团购，目标三百盒。"), ("团购订单与售后登记表", "实售三百二十六盒，售后七单。")]),
 "cover": dict(major="数控加工(数控车工)", code="0106", course="电机端盖类零件数控车削实务", task="家电配套厂压缩机电机端盖数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="滁州一家家电配套厂接到一批冰箱压缩机电机端盖的试制订单，急需二十件样件。工厂与学校合作，由厂里的师傅带数控班学员识读零件图，制订车削工艺，编写加工程序，完成外圆、内孔和止口的车削，并用量具检验，样件送厂里质检部门验收。",
   qs=[("问题1 端盖的止口为什么要求较高的精度？", ["止口用来和机壳配合定位，精度不够电机转子会偏心，运转时有噪声。", "和机壳配合定位。", "精度不够会偏心。"]),
       ("问题2 精车前为什么要测量一次？", ["粗车后测量实际尺寸，据此修改刀具磨耗补偿，精车才能一次到尺寸。", "修改刀补。", "一次车到尺寸。"])],
   hw=[("1. 车铝件时切削参数怎样选？", ["铝件软，转速可以高一些，进给适中，用锋利的刀片并加切削液，防止粘刀。", "转速高，刀片锋利。", "加切削液防粘刀。"]),
       ("2. 内径千分尺使用前要做什么？", ["擦净测量面，用环规校对零位，读数时保持测杆和孔轴线垂直。", "校对零位。", "测杆和孔垂直。"])],
   outputs=[("端盖首件检验记录", "止口φ52h7合格。"), ("端盖加工程序单", "O0318，共五十一段。"), ("车削工艺卡", "粗车、精车、车内孔三道工步。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

E, Y, Z = "鄂州市梁子湖技工学校", "益阳市会龙山技工学校", "滁州市琅琊技工学校"
SUBS = [
    dict(school=E, pack="dir", region="ez", course="plc", cls="机电2402班", size=40, seed=11, sidp="24420127",
         students=["柯文轩", "汪岑溪", "万子航"], outsiders={"万子航": "机电2401班"}, out_sidp="24420126",
         extra_class=["胡瑞霖"], bad={"胡瑞霖": "over"}, teachers=["熊卫平", "余蕴秋"], form_count="40人",
         f8="title_block", f10="legend_letters", f11="plc_typed", f12="photo_cards",
         findings=[("students.not_in_class", 8, True, "万子航"), ("records.invalid_score", 10, False, "胡瑞霖")],
         comment="万子航 of the parallel class 机电2401班 (his class and 学号 on the worksheet title block, the typed records and "
                 "the homework) is the third student; item 10 (40 rows = form `40人`) has no record of him: students.not_in_class. "
                 "Item 10 (TYPED) names its parts only by letters A-D in the head; the maxima stand in a legend line above the "
                 "table (C 程序编写 30分); 胡瑞霖 has 34 under C (总分 the sum): records.invalid_score. Item 8 (scanned 250 gray, a "
                 "drawing compass on the glass): the student only in an engineering-drawing title block at the foot (制图/学号/班级), "
                 "审核 a teacher."),
    dict(school=E, pack="dir", region="ez", course="wifi", cls="网络2401班", size=36, seed=12, sidp="24420301",
         students=["周瑾萱", "余屹然", "熊可欣"], others_named=["邓国华"], teachers=["柯霁川", "柯丽君"], form_count="36",
         roster="seating", headteacher="黄暮云",
         f8="survey_sheet", f10="weighted", f11="report_typed", f12="hand_page",
         findings=[],
         comment="clean. Roster: a SEATING CHART (座位表, six rows of six desks, 讲台 at the top, each desk `姓名` over `学号`), 36 = "
                 "form `人数（人） 36` = item 10. Item 10 (scanned 200 gray, compass): WEIGHTED: 过程考核 and 成果考核 each out of 100, "
                 "总评 = 过程×40% + 成果×60% (one decimal), explained under the table. The cooperative's network manager 邓国华 "
                 "named as 验收人 on every test report (item 11) and as 陪同人 on the survey sheets (item 8)."),
    dict(school=E, pack="dir", region="ez", course="ev", cls="新能源2301班", size=38, seed=13, sidp="23420435",
         students=["程梓睿", "黄沐菲", "邓奕珩"], extra_class=["吴峤宇", "柯雨桐"], bad={"吴峤宇": "minus"}, absent_from_10=["柯雨桐"],
         others_named=["万建军"], teachers=["胡钧儒", "杨蔓青"], form_count="38人",
         f8="bay_table", f10="name_first_grade", f11="ev_typed", f12="photo_plain",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "吴峤宇")],
         comment="item 10 (a PHONE PHOTO of the printed register, playing cards lying on a corner) lists 37; the form says "
                 "`授课班级（人数） 新能源2301班（38人）`: records.count_mismatch (柯雨桐 has no record; no roster). The register has "
                 "姓名 first, 学号 LAST, 总分, 等级 and 备注; 吴峤宇's 总分 is 7 BELOW the sum of his parts: records.invalid_score. "
                 "Item 11 (typed): 维修记录 with the car owner 万建军 (not a student)."),
    dict(school=Y, pack="gbkzip", region="yy", course="tea", cls="酒店2402班", size=32, seed=21, sidp="2443050402",
         students=["曾雅雯", "谭沁怡", "彭语岚"], items={8: ["曾雅雯", "谭沁怡", "龚梦婷"]}, extra_class=["龚梦婷", "罗骁腾"],
         bad={"罗骁腾": "plus"}, others_named=["夏立新", "文国平"], teachers=["李湘君", "蔡志明"], form_count="32名",
         f8="trainee_card", f10="slips", f11="banquet_typed", f12="exercise_book",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "罗骁腾")],
         comment="item 8 (1-bit fax-like scan 200) holds the sheets of 曾雅雯, 谭沁怡 and classmate 龚梦婷 (with an item-10 record) "
                 "instead of 彭语岚's (items 11 and 12 hold the three): students.mismatch. Item 10 (TYPED) is cut into SCORE SLIPS "
                 "(成绩条): every student a small table with its own head row, a gap between; 罗骁腾's 总分 is 10 above the sum: "
                 "records.invalid_score. The host 夏立新 (宴请人) and the banquet manager 文国平 (宴会部经理) are named on the pages."),
    dict(school=Y, pack="gbkzip", region="yy", course="care", cls="照护2401班", size=34, seed=22, sidp="2443052901",
         students=["蔡欣怡", "文佳琪", "贺梓萱"], extra_class=["郭黛雨"], absent_from_10=["郭黛雨"],
         others_named=["刘翠娥", "罗淑珍"], teachers=["彭菁华", "谭建新"], form_count="34名", roster="dorm", headteacher="曾湘萍",
         f8="care_plan", f10="by_sex", f11="care_typed", f12="photo_plain2",
         findings=[("records.missing_student", 10, False, "郭黛雨"), ("records.count_mismatch", 10, False)],
         comment="the roster (a DORMITORY list: 寝室 302-309, 寝室长 marked, the dormitory keeper 罗淑珍 named) and the form "
                 "(`34名`) hold 郭黛雨; item 10 (TYPED, two tables: 男生 and 女生) has 33 rows and none for her: "
                 "records.missing_student and records.count_mismatch. The elder 刘翠娥 (照护对象) is named on item 8 and item 11."),
    dict(school=Z, pack="zip", region="cz", course="chrys", cls="电商2401班", size=40, seed=31, sidp="24341603",
         students=["朱熙悦", "葛雨欣", "戴俊杰"], items={12: ["朱熙悦", "葛雨欣"]}, extra_class=["韦明杰"], bad={"韦明杰": "peer"},
         others_named=["卢凤琴"], teachers=["王皖生", "孙蔚岚"], form_count="40人",
         f8="two_row_box", f10="self_peer", f11="groupbuy_typed", f12="photo_cards2",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "韦明杰")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, playing cards on the desk) holds the homework of only TWO students, 朱熙悦 and 葛雨欣 "
                 "(戴俊杰's missing): students.count on 12; students.mismatch optional. Item 10 (scanned 250 gray, compass) has "
                 "自评(10) 互评(20) 师评(70) under a two-row head; 韦明杰 has 26 under 互评(20) (总分 the sum): records.invalid_score. "
                 "The community group leader 卢凤琴 (团长) is named on the typed outputs."),
    dict(school=Z, pack="zip", region="cz", course="cover", cls="数控2402班", size=42, seed=32, sidp="24340106",
         students=["许皓宇", "葛承睿", "吴芷岚"], others_named=["陶德鑫"], teachers=["朱砺锋", "戴红英", "周峻岭"], form_count="42",
         roster="parents", headteacher="卢文娟",
         f8="master_apprentice", f10="bonus_fix", f11="inspection_typed", f12="hand_scan",
         findings=[],
         comment="clean. Roster: a 学生花名册 with 家长姓名 and 联系电话 columns (42 parents named, not students), 42 = form "
                 "`班级人数 42` = item 10. Item 10 (scanned 300 gray): a 加分 column (创新改进, at most 5, explained under the table), "
                 "总分 = parts + 加分; one printed 总分 struck through by hand and the right sum written beside it in red. The "
                 "factory master 陶德鑫 signs every worksheet as 师傅 (item 8) and item 11 as 质检."),
]

PROVINCE = {1: "湖北省鄂州市", 2: "湖南省益阳市", 3: "安徽省滁州市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}
CN = "零一二三四五六七八九十"


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 鄂州: "附件3-8 工作页.pdf"
        return "附件3-%d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 益阳: "材料八_工作页.pdf"
        return "材料%s_%s.pdf" % (CN[n] if n <= 10 else "十" + CN[n - 10], NAMES[n])
    return "%02d.%s.pdf" % (n, NAMES[n])   # 滁州: "08.工作页.pdf"


def form_name(s, c):
    return {1: ("%s-%s-申报书.docx" % (s["school"], c["major"].split("(")[0]), "docx"),
            2: ("附件2 优质课堂申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("申报书.docx", "docx")}[grp(s)]


def form_count_text(s):
    if s["form_count"].endswith("人") and grp(s) == 1 and s["seed"] == 13:
        return "授课班级（人数） | %s（%s）" % (s["cls"], s["form_count"])
    return {11: "授课班级 | %s，学生%s" % (s["cls"], s["form_count"]), 12: "人数（人） | %s" % s["form_count"],
            21: "班级人数 | %s" % s["form_count"], 22: "班级人数 | %s" % s["form_count"],
            31: "学生人数 | %s" % s["form_count"], 32: "班级人数 | %s" % s["form_count"]}[s["seed"]]


def form_html(s, c):
    t = s["teachers"]
    trs = [["姓名", "职称", "承担任务"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    base = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"])]
    k = s["seed"]
    if k == 11:
        rows = base + [("授课班级", "%s，学生%s" % (s["cls"], s["form_count"])), ("学时", str(c["hours"]))]
    elif k == 12:
        rows = base + [("授课班级", s["cls"]), ("人数（人）", s["form_count"]), ("学时", str(c["hours"]))]
    elif k == 13:
        rows = base + [("授课班级（人数）", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", str(c["hours"]))]
    elif k == 31:
        rows = base + [("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("授课地点", c["station"])]
    else:
        rows = base + [("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("授课地点", c["station"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad="4px 6px")
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施</h3><p>按“明确任务—制订计划—评估决策—实施任务—检查控制—评价反馈”组织教学，学生分组实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校原创，内容真实。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 37),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="70%"), situation=c["situation"], prov=PROVINCE[grp(s)])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[grp(s)])


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
        if f == "title_block":   # an engineering drawing's title block at the foot holds the student
            tb = ('<table style="border-collapse:collapse;margin-left:auto" width="62%%">'
                  '<tr>%s%s%s</tr><tr>%s%s</tr><tr>%s%s%s%s</tr></table>' % (
                      td("增氧机控制柜接线图", ' colspan="2" rowspan="2" align="center"', "3px 4px"), td("比例", ' align="center"'), td("1:1", ' align="center"'),
                      td("图号", ' align="center"'), td("ZY-%02d" % (i + 1), ' align="center"'),
                      td("制图", ' align="center"'), td(hand(n, True), ' align="center"'), td("学号", ' align="center"'), td(hand(sid, True), ' align="center"'))
                  + '<table style="border-collapse:collapse;margin-left:auto" width="62%%"><tr>%s%s%s%s</tr></table>' % (
                      td("审核", ' align="center"'), td(hand(t[i % 2], True, BLACK), ' align="center"'), td("班级", ' align="center"'), td(hand(cl, True), ' align="center"')))
            body = (title + sit + answers(c, rng, i) +
                    '<p><b>绘制主回路和PLC输入输出接线草图：</b></p><p style="height:60pt">%s</p>' % hand("QF1—KM1～KM12—M1～M12　　I0.0溶氧低　Q0.0～Q1.3", True)
                    + comment + tb)
        elif f == "survey_sheet":   # a site survey sheet: 勘察人 / 陪同人 in a table
            head = tbl([["勘察地点", "合作社办公楼1—3层", "勘察日期", hand(day(s, i), True)],
                        ["勘察人", hand(n, True), "学号", hand(sid, True)], ["班级", hand(cl, True), "陪同人", hand(s["others_named"][0] + "（网络管理员）", True, BLACK)]],
                       width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "bay_table":   # 工位 first in the head row
            head = tbl([["工位", hand("%d号" % (2 + i), True), "姓名", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "trainee_card":   # a 实训岗位 card: 实训生, the host and the banquet manager named
            head = ('<p>实训岗位：宴会服务员　　实训生：%s　　学号：%s</p><p>班级：%s　　宴请人：%s先生　　宴会部经理：%s</p>'
                    % (hand(n), hand(sid, True), hand(cl, True), s["others_named"][0], s["others_named"][1]))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "care_plan":   # the elder named at the top, the carer at the foot, 学号 in a box at the top right
            body = ('<table width="100%%"><tr><td></td><td style="border:0.75pt solid #000;padding:3px 6px" width="22%%" align="center">学号 %s</td></tr></table>' % hand(sid, True) +
                    title + tbl([["照护对象", "%s（女，82岁）" % s["others_named"][0], "照护日期", hand(day(s, i), True)]], width="100%", pad="4px 4px") +
                    sit + answers(c, rng, i) + comment + '<p style="text-align:right">照护员（签名）：%s　　%s</p>' % (hand(n), hand(cl, True)))
        elif f == "two_row_box":
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "团购社区", hand("琅琊街道%s社区" % ["丰乐", "醉翁", "南谯"][i % 3], True)]],
                       width="80%", pad="4px 6px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "master_apprentice":   # 师傅 and 徒弟 side by side
            head = tbl([["师傅", hand(s["others_named"][0], True, BLACK), "徒弟", hand(n, True)], ["所在班级", hand(cl, True), "学号", hand(sid, True)]],
                       width="80%", pad="4px 6px")
            body = ('<h3 style="text-align:center">%s<br/>师徒结对学习工作页</h3>' % c["task"] + head + sit + answers(c, rng, i) +
                    '<p>师傅评语：%s　　师傅签字：%s</p>' % (hand("操作规范，注意量具保养。", True, BLACK), hand(s["others_named"][0], True, BLACK)) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"title_block": "x-scanpdf:250:compass", "survey_sheet": "x-scanpdf:200:color", "bay_table": "x-scanpdf:200:photo",
            "trainee_card": "x-scanpdf:200:mono", "care_plan": "x-scanpdf:250", "two_row_box": "x-scanpdf:200:compass",
            "master_apprentice": "x-scanpdf:300"}[f]
    font = {"bay_table": "Noto Sans CJK SC", "survey_sheet": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font, compact=f == "title_block"), meth


# ------------------------------------------------------------------ item 10

def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    th = lambda xs: trow(["<b>%s</b>" % x for x in xs], pad)
    if f == "legend_letters":   # parts named by letters only, maxima in a legend above the table
        parts = [("元件安装", 25), ("接线工艺", 25), ("程序编写", 30), ("通电调试", 20)]
        legend = "<p>评分项目及分值：" + "　".join("%s—%s（%d分）" % ("ABCD"[k], p, m) for k, (p, m) in enumerate(parts)) + "</p>"
        out = [th(["序号", "学号", "姓名", "A", "B", "C", "D", "合计"])]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + legend + table(out, "88%") + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "weighted":   # 过程 and 成果 each out of 100, 总评 weighted 40/60
        out = [th(["序号", "学号", "姓名", "过程考核<br/>（百分制）", "成果考核<br/>（百分制）", "总评<br/>（过程×40%＋成果×60%）"])]
        for k, n in enumerate(rec):
            a, b = rng.randint(66, 96), rng.randint(62, 97)
            out.append(trow([str(k + 1), sid_of(s, n), n, str(a), str(b), "%.1f" % (a * 0.4 + b * 0.6)], pad))
        body = (head10(s, c, "学习任务考核成绩汇总表") + table(out, "86%") +
                "<p>注：过程考核与成果考核均按百分制评定，总评＝过程考核×40%＋成果考核×60%，保留一位小数。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:compass"
    if f == "name_first_grade":   # 姓名 first, 学号 last, 等级 and 备注; landscape
        parts = [("安全防护", 15), ("故障诊断", 30), ("绝缘检测", 25), ("维修复检", 20), ("工单填写", 10)]
        out = [th(["序号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级", "备注", "学号"])]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (7 if bad.get(n) == "minus" else 0)
            g = "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 70 else "及格"
            note = ["", "", "", "", "", "组长", "", "", "补测", ""][k % 10]
            out.append(trow([str(k + 1), n] + [str(x) for x in v] + [str(tot), g, note, sid_of(s, n)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="size:A4 landscape;margin:0.8cm 1.2cm"), "x-scanpdf:200:photo:cards"
    if f == "slips":   # score slips: every student a small table with its own head row
        parts = [("摆台", 30), ("迎宾斟酒", 20), ("上菜分菜", 25), ("黑茶讲解", 15), ("收台", 10)]
        hd = ["学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        slips = []
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (10 if bad.get(n) == "plus" else 0)
            slips.append(table([th(hd), trow([sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad)]) + '<p style="margin:0;font-size:4pt">　</p>')
        body = head10(s, c, "学习任务考核成绩条（裁开发给学生）") + "".join(slips) + sign
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="margin:0.8cm 1.0cm"), "pdf"
    if f == "by_sex":   # two tables, 男生 and 女生
        parts = [("吞咽评估", 20), ("体位摆放", 20), ("协助进食", 30), ("噎呛急救", 20), ("记录交代", 10)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        body = head10(s, c, "学习任务考核记录")
        for lab, sex in (("男生", "男"), ("女生", "女")):
            grp_ = [n for n in rec if sex_of(n) == sex]
            out = [th(hd)]
            for k, n in enumerate(grp_):
                v = part_scores(rng, parts)
                out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            body += "<p><b>%s（%d人）</b></p>" % (lab, len(grp_)) + table(out)
        body += "<p>合计%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", compact=True), "pdf"
    if f == "self_peer":   # 自评 互评 师评 under a two-row head
        parts = [("自评", 10), ("互评", 20), ("师评", 70)]
        h1 = "<tr>%s%s%s%s%s</tr>" % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>多元评价</b>", ' align="center" colspan="3"', pad),
                                       td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, th(["%s(%d)" % p for p in parts])]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.95)
            if bad.get(n) == "peer":
                v[1] = 26
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务多元评价成绩表") + table(out, "80%") + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:compass"
    if f == "bonus_fix":   # a 加分 column, and one printed total struck through and corrected by hand
        parts = [("工艺编制", 20), ("程序编制", 20), ("车削加工", 40), ("检验", 10), ("6S", 10)]
        out = [th(["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["加分<br/>(≤5)", "总分"])]
        fixk = 17
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = rng.choice([0, 0, 0, 0, 2, 3, 5])
            tot = sum(v) + b
            cell = str(tot) if k != fixk else '<s>%d</s> %s' % (tot - 10, hand(str(tot), True, "#b8231a"))
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", cell], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：加分为创新改进加分，由师傅和教师共同认定，最多5分；总分＝各项得分＋加分，不超过100分。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:300"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    on = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "plc_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl([["完成人", n, "学号", sid], ["班级", cl, "日期", day(s, 30 + i)],
                             ["检查项目", "主回路、控制回路、PLC输入输出", "结论", desc], ["指导教师", t[j % 2], "", ""]], width="92%"))
            elif f == "report_typed":
                parts.append('<h3>%s</h3><p>测试人：%s（%s）　　验收人：%s（合作社网络管理员）</p>' % (title, n, cl, on[0]) +
                             tbl([["位置", "信号强度", "速率"], ["一楼冷库门口", "-6%d dBm" % (i + 1), "86 Mbps"], ["二楼会议室", "-5%d dBm" % (j + 4), "120 Mbps"]], width="80%") +
                             "<p>结论：%s</p>" % desc)
            elif f == "ev_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["车主", on[0], "车型", "纯电动网约车"], ["维修人员", "%s　%s　%s" % (n, cl, sid), "技术主管", t[j % 2]],
                                                          ["处理结果", desc, "日期", day(s, 30 + i)]], width="92%"))
            elif f == "banquet_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>撰写：%s　　%s　　学号：%s</p><p>宴请人：%s先生（商务宴请，三桌）　　宴会部经理：%s</p><p>%s</p>'
                             % (title, n, cl, sid, on[0], on[1], desc))
            elif f == "care_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl([["服务对象", on[0], "年龄", "82岁"], ["照护员", n, "班级", cl],
                             ["服务日期", day(s, 30 + i), "学号", sid], ["记录", desc, "家属签字", "（已签）"]], width="90%"))
            elif f == "groupbuy_typed":
                parts.append('<h3>%s</h3><p>策划人：%s（%s）　　对接团长：%s（醉翁社区）</p>' % (title, n, cl, on[0]) +
                             tbl([["日期", "环节", "负责人"], ["第一天", "预热海报", n], ["第二天", "开团", n], ["第三天", "截单提货", n]], width="80%") + "<p>%s</p>" % desc)
            elif f == "inspection_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["零件", "压缩机电机端盖", "图号", "DG-52-%02d" % (1 + j)], ["操作者", "%s（%s）" % (n, cl), "质检", on[0]],
                                  ["止口", "φ52h7", "51.98%d" % (2 + j), "合格"], ["内孔", "φ22H7", "22.01%d" % (1 + i), "合格"]], width="92%") +
                             "<p>备注：%s　　指导教师：%s</p>" % (desc, t[j % 3]))
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
        if f in ("photo_cards", "photo_cards2"):
            head = ["%s　课后作业" % c["course"], "> 学号：%s　姓名：%s　班级：%s" % (sid, n, cl)]
        elif f == "hand_page":
            head = ["课后作业", "姓名：%s　%s" % (n, cl)]
        elif f == "photo_plain":
            head = ["课后练习", "> %s　%s　%s" % (n, cl, sid[-2:])]
        elif f == "photo_plain2":
            head = ["照护课后作业", "> 班级：%s　姓名：%s" % (cl, n)]
        elif f == "exercise_book":
            head = ["", "", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "%s　作业" % c["task"][:6]]
        elif f == "hand_scan":
            head = ["课后练习（车削）", "班级 %s　学号 %s　姓名 %s" % (cl, sid[-2:], n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_cards": "x-photo:200:2:cards", "hand_page": "x-scan:200:4", "photo_plain": "x-photo:200:1",
            "photo_plain2": "x-photo:200:2", "exercise_book": "x-scan:250:3:color", "photo_cards2": "x-photo:200:1:cards",
            "hand_scan": "x-scan:200:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

BOYS = set("俊杰 瑞霖 梓睿 佳乐 文轩 明杰 皓宇 家豪 锦涛 子航 佳豪 一凡 志鹏 嘉豪 俊宇 星辰 浩然 泽轩 逸飞 晓东 俊逸 子豪 "
           "嘉懿 铭泽 奕辰 天佑 浩楠 子健 振宇 宇航 睿泽 博文 俊豪 浩宇 晨阳 俊熙 家乐 子墨 天翊 昊然 承泽 一鸣 子轩 宏博 志豪 "
           "鑫磊 泽楷 皓轩 明轩 沐辰 锦程 文博 凯文 晟睿 润泽 思远 宇轩 新宇 炳辰 泓宇 金泽 尚儒 庆林 朝晖 治宇 彦博 瀚文 骏驰 "
           "柏霖 翰林 凌霄 景行 煜城 涵宇 海洋 世杰 建宇 博涛 鹏飞 文杰 泽宇 宇鑫 翔宇 兆丰 国栋 永康 少杰 梓豪 铭宇 晨轩 明哲 "
           "立恒 启明 嘉乐 思源 锦轩 正阳 志远 林峰 冠宇 星宇 雨泽 子航 一诺 语晨 屹然 奕珩 峤宇 骁腾 承睿".split()) | set("昊博阳鑫磊")


def sex_of(n):
    return "男" if n[1:] in BOYS else "女"


PARENT = "建国 国华 红梅 志强 秀英 建平 丽华 永红 卫东 春花 海燕 德明 桂芳 明亮 玉兰 小平 建军 冬梅 长江 素芬".split()


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    extra = []
    if r == "seating":   # a seating chart: six rows of six desks, 讲台 at the top
        rows = ['<tr><td colspan="6" style="border:0.75pt solid #000;padding:4px;background:#dddddd" align="center"><b>讲　　台</b></td></tr>']
        for rr in range(6):
            cells = []
            for cc in range(6):
                n = k[rr * 6 + cc]
                cells.append(td("%s<br/><span style=\"font-size:7.5pt\">%s</span>" % (n, sid_of(s, n)), ' align="center"', "5px 2px"))
            rows.append("<tr>%s</tr>" % "".join(cells))
        body = ('<h2 style="text-align:center">%s座位表</h2><p style="text-align:center">%s　2024—2025学年第一学期　（前门在右侧）</p>' % (s["cls"], s["school"]) +
                table(rows, "96%") + "<p>班主任：%s　　　全班%d人　　　每两周整组轮换一次</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC"))
        man.append("roster.html\t%s座位表.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "dorm":   # a dormitory list: rooms, 寝室长, the dormitory keeper named
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["寝室", "床位", "学号", "姓名", "性别", "备注"])]
        boys = [n for n in k if sex_of(n) == "男"]
        girls = [n for n in k if sex_of(n) == "女"]
        room = 302
        for lab, grp_ in (("男生", boys), ("女生", girls)):
            for j in range(0, len(grp_), 6):
                for b, n in enumerate(grp_[j:j + 6]):
                    rows.append(trow(["%d%s" % (room, "（男）" if lab == "男生" else "（女）") if b == 0 else "", str(b + 1), sid_of(s, n), n, sex_of(n),
                                      "寝室长" if b == 0 else ""], "1px 4px"))
                room += 1
        body = ('<h2 style="text-align:center">%s学生名单（寝室安排）</h2><p style="text-align:center">%s　2024年9月</p>' % (s["cls"], s["school"]) +
                table(rows, "84%") + "<p>班主任：%s　　宿管员：%s　　共%d人（男生%d人，女生%d人）</p>" % (s["headteacher"], s["others_named"][1], len(k), len(boys), len(girls)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "parents":   # a 花名册 with the parents' names and phones
        rng = random.Random(s["seed"] * 99)
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "家长姓名", "关系", "联系电话"])]
        for j, n in enumerate(k):
            p = n[0] + rng.choice(PARENT)
            while p in TAKEN or used(p) or near(p, n):
                p = n[0] + rng.choice(PARENT) + rng.choice("平华林")[:rng.randint(0, 1)]
            extra.append(p)
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), p, rng.choice(["父子" if sex_of(n) == "男" else "父女", "母子" if sex_of(n) == "男" else "母女"]),
                              "1%d%d****%04d" % (3 + j % 6, j % 10, rng.randint(1000, 9999))], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生花名册</h2>' % (s["school"], s["cls"]) + table(rows, "92%") +
                "<p>班主任：%s　　　共%d人　　　2024年9月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", compact=True))
        man.append("roster.html\t%s学生花名册.pdf\tpdf\troster\t0" % s["cls"])
        return dedup(extra)
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
    truth = {"comment": "The 127th held-out people corpus (testdata/heldout127), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 127)
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
