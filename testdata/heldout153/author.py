#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifty-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the struct tags of pipeline/heldout_test.go was
read; classaudit was not run on it). Seven submissions of three invented
schools in 涉县 (河北, 邯郸), 青田县 (浙江, 丽水) and 民和回族土族自治县 (青海, 海东).

    python3 author.py                 (rewrites src/ and truth.json)
    python3 author.py --check W ...   (how often each word stands in the earlier
                                       truth files and cut READMEs; nothing else)
    sh build.sh OUT
"""
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# the earlier corpora: heldout, heldout2 … heldout152 and othertools (heldout153-156 are written at the same time)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 153)] + ["othertools"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


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
REFUSED = []


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


# surnames by region, weighted by repetition: 涉县 (太行 families: 李 王 张 刘 杨 赵 and 郝 申 江 牛 冯 崔 付 常 靳
# 韩 宋 贾 栗 岳 路), 青田 (处州/瓯江 families: 徐 陈 林 叶 周 吴 and 邹 潘 夏 季 留 胡 朱 金 詹 程 郑 项 蒋), 民和
# (Hui, Tu and Han families of the 湟水 valley: 马 韩 李 王 张 赵 and 祁 鲁 冶 喇 妥 星 秦 吕 朱 杨 何 沙)
SURNAMES = {
    "sx": list("李李李王王王张张张刘刘杨杨赵赵郝郝申申江江牛冯崔付常靳韩宋贾栗岳路王李张"),
    "qt": list("徐徐陈陈陈林林叶叶叶周周吴吴王王张刘邹潘夏季留胡朱金詹程郑项蒋徐陈叶"),
    "mh": list("马马马马韩韩李李王王张赵祁祁鲁冶冶喇妥星秦吕朱杨何沙马韩"),
}
# given names: a new list, everyday names of students born around 2007-2008
GIVEN2 = ("子涵 浩然 欣怡 宇轩 梓萱 俊杰 雨桐 博远 思琪 家铭 佳琪 晨曦 一凡 诗涵 梓豪 若彤 皓然 可欣 嘉豪 语涵 "
          "泽宇 雅静 晓东 婧涵 志强 梦婷 宏宇 心悦 昊天 佳欣 子恒 紫涵 天宇 雨涵 振华 思雨 俊宇 明月 浩博 梓晴 "
          "鹏宇 雨菲 嘉伟 书涵 淑慧 文轩 慧敏 宇豪 欣然 安然 海涛 若曦 建宇 诗琪 凯瑞 婉婷 博涵 晓雪 志鹏 佳悦 "
          "思源 雅琪 子健 晴雯 明杰 嘉欣 奕博 语嫣 天乐 梦琪 瑞泽 欣妍 雨欣 浩宇 铭轩 欣雨 "
          "金龙 春雨 玉洁 亚楠 晓峰 旭东 文静 家辉 晓宇 梓轩 嘉怡 浩楠 佳琳 启航 静怡 佳豪 "
          "思彤 靖瑶 睿哲 雨萱 逸飞 沐阳 佳宁 一诺 锦涛 思雅 晨阳 皓轩 芷若 明辉 诗雨 雪莹 宇晨 若楠 昊宇 钰涵 "
          "彦君 子琪 晨旭 新月 俊峰 润东 泽林 志远 嘉怡 "
          "乐彤 佩琪 煜祺 晟轩 梓航 宥辰 若汐 诗语 沐晴 可儿 奕辰 嘉禾 星雨 子萌 语诺 修远 铭远 伊然 书瑶 "
          "泓霖 子骞 嘉祺 昕妍 博雅 宸熙 梓睿 皓宇 晓晗 弈帆 承宇 瑾萱 书豪 沐宸 亦菲 晨希 梓鑫 昱辰 若萱 钰彤 "
          "思涵 景睿 晨铭 语桐 梓妍 皓辰 嘉琪 奕彤 俊逸 雅萱 子墨 昕怡 浩铭 书宁 锦轩 梦洁 宇泽 欣蕊 泽熙 一涵 "
          "子轩 佳航 晓萱 可涵 俊豪 雨辰 诗琦 铭泽 紫萱 宇航 欣瑶 梓涵 浩天 晓涵 睿泽 雅婷 子瑜 思妤 嘉烨 辰逸 "
          "若溪 铭浩 佳蕊 博宇 语彤 梓琪 明轩 芷晴 浩翔 思瑶 悦彤 宇彤 承泽 欣彤 家豪 映雪 晨睿 嘉琳 子睿 雨晴").split()
GIVEN1 = list("蕊涛鑫悦帆琳杰倩磊敏")


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            name = sur + (rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2))
            if name in names or name in TAKEN or any(near(name, f) for f in names + avoid):
                continue
            if used(name):
                REFUSED.append(name)
                continue
            names.append(name)
            break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="新能源汽车驱动电机及其控制系统检修",
   task="景区纯电动观光车驱动电机过热故障诊断与冷却系统检修", hours=16, station="新能源汽车动力系统一体化学习工作站",
   situation="涉县一处太行山景区有二十多辆纯电动观光车，旺季每天在盘山道上往返十几趟。车队反映一辆十四座观光车爬坡时仪表报驱动电机过热，随后限功率只能低速行驶。车队把车送到学校实训中心，请新能源班学员做好高压安全防护，用诊断仪读取故障码和数据流，检查电机冷却回路、水泵和散热风扇，排除故障后路试验证，并出具检测报告。",
   qs=[("问题1 为什么读到“电机温度过高”的故障码后，不能直接更换温度传感器？", ["故障码只说明控制器收到的温度信号偏高，可能是电机真的过热，也可能是冷却不良或线路问题，要先对照数据流和实测温度再判断。", "先看数据流，再用测温枪核对。", "也可能是冷却液不足或水泵不转。"]),
       ("问题2 检查冷却回路前要做哪些高压安全措施？", ["断开低压蓄电池负极，拔下维修开关，等待五分钟以上，用万用表确认母线电压低于安全值，戴好绝缘手套。", "拔维修开关，验电确认无电。", "戴绝缘手套，放好警示牌。"])],
   hw=[("1. 电子水泵不转，可能有哪些原因？", ["水泵保险丝烧断、继电器不吸合、插接器松脱或水泵本身卡滞损坏。", "保险丝或继电器坏了。", "插头松了或水泵卡死。"]),
       ("2. 红外热成像检测有什么好处？", ["不用拆开就能看到电机和控制器表面的温度分布，很快找到局部过热的位置。", "不拆就能看温度分布。", "快速找到过热点。"])],
   outputs=[("驱动电机红外热成像检测报告", "后端盖最高温度下降到六十二摄氏度。"), ("冷却系统排气与复检记录", "水泵运转正常，冷却液无气泡。")]),
 "walnut": dict(major="机电一体化技术", code="0127", course="机电设备电气控制系统装调与维护",
   task="核桃脱青皮清洗机电气控制系统安装与调试", hours=18, station="机电设备装调一体化学习工作站",
   situation="白露前后涉县的核桃开始采收，一家核桃加工合作社新购了一台脱青皮清洗机，原有的控制箱进水损坏。合作社请学校机电班学员按设备图纸重新配置控制箱，完成主电路和控制电路的接线，编写PLC程序实现上料、脱皮、喷淋清洗的顺序控制，通电调试后编写简明使用说明书，交给合作社的操作工。",
   qs=[("问题1 为什么脱皮电机和喷淋水泵要有联锁？", ["脱皮滚筒不转时喷水会把核桃泡在槽里，水泵要在电机运行后才能启动，电机停止时水泵也要跟着停。", "电机不转不能喷水。", "电机停了水泵也要停。"]),
       ("问题2 控制箱为什么要加装漏电保护器？", ["清洗机周围全是水，电线绝缘一旦损坏人就可能触电，漏电保护器能在漏电时很快切断电源。", "周围有水，防触电。", "漏电时马上断电。"])],
   hw=[("1. 顺序控制程序里为什么要用定时器？", ["上料后要等核桃进满滚筒再开始脱皮，脱皮一段时间后再喷淋，这些时间间隔要靠定时器控制。", "控制各工序之间的时间。", "等滚筒装满再脱皮。"]),
       ("2. 说明书为什么要写常见故障的处理办法？", ["合作社的操作工不懂电气，遇到跳闸、急停这类情况可以照着处理，不用每次都打电话找人。", "操作工能自己处理小故障。", "不用每次都找人。"])],
   outputs=[("清洗机电气控制系统使用说明书", "共五页，含操作面板图和故障处理表。"), ("顺序控制调试记录", "连续运行两小时无故障。")]),
 "care": dict(major="健康与社会照护", code="0529", course="社区居家老年人健康照护",
   task="山区留守老人高血压居家监测与跌倒风险防范照护", hours=16, station="居家照护一体化学习工作站",
   situation="涉县山区不少村子里住着独居或只和老伴生活的高龄老人，子女在外打工。镇卫生院和村医每月随访一次，但老人在家测血压、按时吃药和防跌倒还缺人指导。学校和卫生院合作，请照护班学员在带教老师带领下入户，评估老人的居家环境和跌倒风险，教会老人和家属使用电子血压计，整理用药清单，给出居家改造建议，并做好交班记录。",
   qs=[("问题1 给老人测血压前要注意什么？", ["让老人安静休息五分钟，测量前半小时不喝浓茶、不吸烟，袖带和心脏在同一高度，松紧能放进一指。", "先休息五分钟再测。", "袖带和心脏一样高。"]),
       ("问题2 老人家里哪些地方最容易跌倒？", ["卫生间地面湿滑，夜里起夜的过道光线暗，门槛和堆放的杂物，还有太软太低的床和椅子。", "卫生间和夜里的过道。", "门槛和杂物。"])],
   hw=[("1. 交班时为什么要按现状、背景、评估、建议的顺序说？", ["这样说条理清楚，接班的人很快知道老人现在怎么样、以前有什么病、我们判断了什么、下一步要做什么，不容易漏项。", "条理清楚，不漏项。", "接班的人很快知道情况。"]),
       ("2. 怎样帮老人记住按时吃药？", ["按早中晚把药分装在分格药盒里，在药盒上贴大字标签，请家属每天打电话提醒一次。", "用分格药盒。", "请家属打电话提醒。"])],
   outputs=[("居家安全评估表", "提出六条改造建议，家属同意加装卫生间扶手。"), ("跌倒风险宣教记录", "老人能复述起夜时先坐起再站起。")]),
 "coffee": dict(major="饭店(酒店)服务", code="0504", course="酒店西餐与咖啡服务",
   task="侨乡精品酒店意式咖啡制作与西式早餐服务", hours=16, station="西餐与咖啡服务一体化学习工作站",
   situation="青田是著名的侨乡，很多华侨从欧洲回乡探亲，县城一家精品酒店的早餐厅和咖啡吧每天都要接待讲意大利语、西班牙语的华侨家庭。酒店餐饮部请酒店服务班学员在实训咖啡吧练习意式浓缩的萃取和奶泡，学会按欧式习惯摆放早餐台，用中英文问候和点单，并为秋季设计一份饮品单。",
   qs=[("问题1 意式浓缩萃取时间太短，说明什么问题？怎样调整？", ["萃取太快说明研磨太粗或粉量太少、压粉太轻，咖啡会发酸发淡，要把研磨调细一点或增加粉量。", "研磨太粗，要调细。", "粉量少了，压粉轻了。"]),
       ("问题2 为欧洲回来的华侨家庭服务早餐要注意什么？", ["他们习惯先喝咖啡或果汁再吃东西，要及时续杯；孩子常常要热牛奶和麦片；点单时中英文都要会说。", "及时续咖啡。", "中英文点单。"])],
   hw=[("1. 打奶泡时牛奶温度为什么不能超过七十度？", ["温度太高牛奶会有煮熟的味道，奶泡也变粗变干，六十到六十五度口感最甜。", "太烫会有煮熟味。", "六十五度左右最好。"]),
       ("2. 用英语怎样问客人要什么咖啡？", ["Good morning. What would you like to drink, coffee or tea? How would you like your coffee?", "What would you like to drink?", "Coffee or tea, please?"])],
   outputs=[("秋季饮品单", "共八款，含两款桂花风味特调。"), ("早餐厅服务记录", "服务三桌华侨家庭，无投诉。")]),
 "label": dict(major="电子商务", code="0603", course="跨境电子商务进口业务运营",
   task="侨乡进口橄榄油与葡萄酒中文背标制作与网店上架", hours=16, station="跨境电商运营一体化学习工作站",
   situation="青田的华侨把西班牙、意大利的橄榄油和葡萄酒运回家乡，在县城的进口商品城销售，还想开一家网店。一家进口商品贸易公司请电商班学员按国家标准为每款商品制作中文背标，拍摄商品图，撰写详情页文案，完成网店上架，并整理一份常见问题答复给客服使用。",
   qs=[("问题1 进口食品的中文背标必须写哪些内容？", ["食品名称、配料表、净含量、原产国、进口商或代理商的名称地址和电话、生产日期和保质期、贮存条件。", "名称、配料、净含量、原产国。", "进口商名称和联系方式。"]),
       ("问题2 特级初榨橄榄油的详情页主打什么卖点？", ["冷榨工艺、酸度低于零点八、原产地直采，适合凉拌和低温烹调，并附上检验检疫证明。", "冷榨、酸度低。", "原产地直采，有检疫证明。"])],
   hw=[("1. 葡萄酒背标上的“原产国”能不能只写外文？", ["不能，中文背标必须用规范汉字标注原产国，外文只能作为对照。", "不能，要写中文。", "外文只能对照。"]),
       ("2. 顾客问橄榄油开封后能放多久，客服怎样答？", ["开封后拧紧瓶盖放在阴凉避光处，建议三个月内吃完，不要放在灶台旁边。", "三个月内吃完。", "阴凉避光保存。"])],
   outputs=[("进口商品中文背标", "背标内容符合预包装食品标签通则。"), ("网店上架信息表", "上架六款商品，主图和详情页审核通过。")]),
 "herb": dict(major="中药", code="1301", course="中药饮片鉴定技术",
   task="高原道地药材黄芪与秦艽饮片性状及水火试真伪鉴别", hours=16, station="中药鉴定一体化学习工作站",
   situation="民和县一家药材收购站收到一批附近山区采挖的黄芪和秦艽，其中混有颜色、气味不太一样的片子。收购站请学校中药班学员帮忙把关，按药典对照标准品观察性状，做水试和火试，必要时做显微鉴别，给每个样品写出鉴别结论，并填写鉴别记录。",
   qs=[("问题1 黄芪饮片的“菊花心”是什么样子？", ["横切面皮部黄白色，木部淡黄色，有放射状纹理和裂隙，像一朵菊花，老根中心有时枯朽。", "横切面像菊花，有放射状纹理。", "皮部白，木部黄。"]),
       ("问题2 水试和火试各看什么？", ["水试看药材泡在水里的颜色、膨胀和有没有黏液，火试看燃烧时的气味、火焰、烟的颜色和残渣。", "水试看颜色变化，火试闻气味。", "火试看烟和残渣。"])],
   hw=[("1. 为什么鉴别时要和标准品放在一起比？", ["同一光线下对比颜色、纹理和气味，差别一眼就能看出来，不容易看走眼。", "同样光线下对比。", "差别容易看出来。"]),
       ("2. 鉴别记录为什么要写样品来源？", ["出了问题能追到是哪个收购点、哪一批送来的，方便复查和退货。", "能追溯到批次。", "方便复查。"])],
   outputs=[("饮片鉴别报告", "送检八份，伪品一份。"), ("显微鉴别图", "可见纤维束和石细胞。")]),
 "lan": dict(major="计算机网络应用", code="0301", course="中小型网络组建与维护",
   task="乡镇卫生院门诊楼办公网络割接与无线覆盖组建", hours=18, station="网络组建与维护一体化学习工作站",
   situation="民和县一个乡镇卫生院的门诊楼原来用几台家用路由器串起来上网，挂号和收费系统经常掉线。卫生院请学校网络班学员勘测门诊楼，重新规划VLAN和IP地址，把挂号、收费、药房、办公和访客无线分开，安装接入交换机和无线AP，在周末夜间完成新旧网络割接，并做好测试和标注。",
   qs=[("问题1 为什么挂号和访客无线要划进不同的VLAN？", ["挂号收费系统里有病人的信息，访客手机随便连进来，如果和业务在一个网段，病毒和窥探都可能碰到业务电脑。", "隔离业务和访客，保护病人信息。", "访客不能碰到业务电脑。"]),
       ("问题2 割接为什么放在周末夜里？", ["夜里门诊不看病，挂号收费停下来影响最小，万一出问题还有时间按回退方案恢复。", "夜里业务停，影响小。", "出问题有时间回退。"])],
   hw=[("1. 交换机端口为什么要贴标签？", ["以后维护的人一看就知道哪个口接的是哪个房间、属于哪个VLAN，不用一根一根去查线。", "一看就知道接到哪里。", "维护时不用查线。"]),
       ("2. 无线AP装在走廊中间有什么好处？", ["走廊两边的诊室都能收到信号，穿墙少，一个AP能覆盖更多房间。", "两边诊室都能覆盖。", "穿墙少，信号好。"])],
   outputs=[("门诊楼网络割接方案", "割接窗口四小时，含回退步骤。"), ("割接后连通性测试记录", "二十八个信息点全部连通。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="涉县清漳技工学校", pack="dir", region="sx", course="ev", cls="新能源2302班", size=39, seed=11,
         sidp="2023043502", students=["江浩博", "申若楠", "牛宇晨"], items={12: ["江浩博", "申若楠"]},
         extra_class=["靳立博"], bad={"靳立博": "over"}, others_named=["常满囤", "贾永福"],
         teachers=["岳振川", "路红梅"], form_count="39",
         f8="scan_tool", f10="legend_rig", f11="thermal", f12="photo_plain",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "靳立博")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (PHONE PHOTOS) holds the homework of only TWO students, 江浩博 and 申若楠 (牛宇晨's missing; 8 and 11 "
                 "hold the three): students.count on 12; students.mismatch optional. Item 10 (COLOUR SCAN 200, blade fuses on "
                 "the glass) gives the maxima only in a legend line above the table (`评分项目及分值：安全防护（15分）、故障诊断"
                 "（35分）、绝缘检测（20分）…`), the columns carry no maxima, rows in 台架 order; 靳立博 has 24 under 绝缘检测 "
                 "(maximum 20; 总分 the sum): records.invalid_score. Item 8 (scanned 200 gray, fuses): a diagnosis page with "
                 "the scan tool's screen copied in a dark box, `诊断人` the student, the workshop master 贾永福 as `带班师傅`. "
                 "Item 11 (typed): infrared thermal-imaging reports, `检测人` the student, the fleet's head 常满囤 as `送检人`. "
                 "No roster"),
    dict(school="涉县清漳技工学校", pack="dir", region="sx", course="walnut", cls="机电2301班", size=40, seed=12,
         sidp="2023012701", students=["栗子恒", "付晓雪", "崔铭轩"], extra_class=["郝梓晴"], absent_from_10=["郝梓晴"],
         others_named=["韩二宝", "李栓柱"], teachers=["靳卫平", "宋菊香", "冯占奎"], form_count="40",
         roster="xlsx", headteacher="常素琴",
         f8="apprentice_head", f10="station_plain", f11="manual", f12="hand_page",
         findings=[("records.missing_student", 10, False, "郝梓晴"), ("records.count_mismatch", 10, False)],
         comment="the roster (an .xlsx 花名册 exported from the 教务系统, merged title rows, 40) and the form (`班级人数（人） | 40`) "
                 "hold 郝梓晴; item 10 (SCANNED 250 gray, blade fuses in the margins) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 8 (scanned 200 gray, fuses): a bordered head "
                 "`实训学员 | 学号 / 班级 | 企业师傅`, the cooperative's mechanic 韩二宝 printed as 企业师傅. Item 11 (typed): a "
                 "设备使用说明书 per student, `编写：<name>（<class>）`, the cooperative's 设备负责人 李栓柱 named. Three teachers"),
    dict(school="涉县清漳技工学校", pack="dir", region="sx", course="care", cls="照护2302班", size=38, seed=13,
         sidp="2023052902", students=["杨书菲", "冯佳悦", "贾思雅"], outsiders={"贾思雅": "照护2301班"}, out_sidp="2023052901",
         extra_class=["岳诗涵"], bad={"岳诗涵": "under"}, others_named=["栗桂芬", "江满仓", "刘存厚"],
         teachers=["牛春燕", "赵秀娥"], form_count="38",
         f8="sbar", f10="sections", f11="home_safety", f12="skew_hand",
         findings=[("students.not_in_class", 8, True, "贾思雅"), ("records.invalid_score", 10, False, "岳诗涵")],
         comment="贾思雅 of the parallel class 照护2301班 (her class and 学号 2023052901xx on her SBAR handover sheet, her "
                 "assessment and education records and her homework) is the third student of 8/11/12; item 10 (38 rows = form "
                 "38) has no record of her: students.not_in_class. Item 10 (TYPED) has a two-row head of three sections with "
                 "their parts; 岳诗涵's 总分 is 6 BELOW the sum of her parts: records.invalid_score. Item 8 (the printed sheet "
                 "PHOTOGRAPHED): an SBAR 交班单, `交班人` the student, `接班人` a teacher, the old woman 栗桂芬 and her son 江满仓 "
                 "named. Item 11 (typed): 居家安全评估表 naming the old woman, her son and the village doctor 刘存厚. No roster"),
    dict(school="青田县石门技工学校", pack="gbkzip", region="qt", course="coffee", cls="酒店服务2401班", size=36, seed=21,
         sidp="240504", students=["留佳欣", "季沐晴", "米热古丽·艾尼瓦尔"], others_named=["叶志鸿", "潘秀玉"],
         teachers=["叶素芬", "潘国良"], form_count="36人", roster="sports", headteacher="詹丽君",
         f8="extraction", f10="deduct", f11="drinks_menu", f12="bilingual_photo",
         findings=[],
         comment="clean. The three include a Uyghur student of the 内地新疆中职班 with a middle dot (米热古丽·艾尼瓦尔). The roster "
                 "is a class list for the autumn sports meeting (every student entered for an event or a support task, "
                 "`全班36人，全员参与`), 36 = form `36人` = item 10 (scanned 200 gray). Item 10 has a `扣分` column (discipline "
                 "deductions) and the note `总分＝各项得分之和－扣分`: four totals are their parts minus 2-5 points, legal. "
                 "Item 8 (printed, PHOTOGRAPHED with coffee beans on it): an espresso 萃取记录, `咖啡师（学员）`, the tasting "
                 "guests 叶志鸿 (an overseas Chinese) and Marco Bianchi named. Item 11: a 饮品单 designed per student "
                 "(`设计：<name>`) and a breakfast service record with the guest 叶志鸿 and the restaurant's 领班 潘秀玉"),
    dict(school="青田县石门技工学校", pack="gbkzip", region="qt", course="label", cls="电商2402班", size=38, seed=22,
         sidp="240603", students=["项雨萱", "夏梓豪", "邹乐彤"], items={8: ["项雨萱", "夏梓豪", "金俊熙"]},
         extra_class=["金俊熙"], absent_from_10=["ABSENT"], others_named=["留建华"],
         teachers=["周雅萍", "程立军"], form_count="38人",
         f8="tint_head", f10="kpi", f11="backlabel", f12="photo_plain",
         findings=[("students.mismatch", 8, True), ("records.count_mismatch", 10, False)],
         comment="item 8 (COLOUR SCAN 200 on yellowish paper) holds the worksheets of 项雨萱, 夏梓豪 and classmate 金俊熙 (with "
                 "an item-10 record) instead of 邹乐彤's (items 11 and 12 hold the three): students.mismatch. Item 10 (TYPED) "
                 "lists 37 students; the form says `学生人数 | 38人`: records.count_mismatch (no roster; the class member "
                 "without a record is not one of the three). Item 10 has two non-score operating columns (上架SKU数, "
                 "模拟销售额(元)) after 总分, explained under the table. Item 11 (typed): Chinese back labels for imported "
                 "goods, `标签设计：<name>`, the trading company's 留建华 named as 委托方联系人"),
    dict(school="民和县喇家技工学校", pack="zip", region="mh", course="herb", cls="中药2401班", size=40, seed=31,
         sidp="202413010", students=["祁雅琪", "鲁修远", "冶欣然"], items={8: ["祁雅琪", "鲁修远", "冶欣然", "星子健"]},
         extra_class=["星子健", "喇晓东"], bad={"喇晓东": "sum"}, others_named=["韩福祥"],
         teachers=["秦淑贞", "马占福"], form_count="40",
         f8="fire_water", f10="photo_register", f11="report_typed", f12="reading_notes",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "喇晓东")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-BIT scan 200) holds FOUR 水试/火试 鉴别记录: the three and classmate 星子健 (with an item-10 "
                 "record): students.count on 8; students.mismatch optional. Item 10 is a PHONE PHOTO of the printed register "
                 "(40 rows = the scanned form's `班级人数 | 40`); 喇晓东's 总分 is 10 ABOVE the sum of his parts: "
                 "records.invalid_score. The purchasing station's 韩福祥 is named as 送样人 on every worksheet. Item 12: "
                 "hand-written 读书笔记 pages (摘抄 and 体会). The form is a scanned, signed PDF. No roster"),
    dict(school="民和县喇家技工学校", pack="zip", region="mh", course="lan", cls="网络2401班", size=37, seed=32,
         sidp="202403010", students=["妥浩然", "喇雨涵", "吕明杰"], transfer=["沙海涛"], others_named=["鲁永祥"],
         teachers=["桑杰才让", "韩晓霞"], form_count="37人",
         f8="switch_panel", f10="transfer_note", f11="cutover", f12="duplex_hand",
         findings=[],
         comment="clean. A Tibetan teacher with a whole name without a surname (桑杰才让) marks and signs. Item 10 (typed) "
                 "holds 37 rows = form `37人`; one student (沙海涛) transferred in from the 2023 intake keeps his old 学号 "
                 "(20230301…) with `备注：2024年9月转入`, legal. Item 8 (scanned 200 gray): a switch front-panel labelling "
                 "sheet (24 ports drawn as a grid, the port labels by hand), `标注人` the student. Item 11 (typed): a "
                 "网络割接方案 with the health centre's 信息科 鲁永祥 named as 甲方联系人, `实施人` the student, and a test record"),
]

PROVINCE = {1: "河北省邯郸市涉县", 2: "浙江省丽水市青田县", 3: "青海省海东市民和回族土族自治县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 涉县: "8．工作页.pdf" (a full-width full stop)
        return "%d．%s.pdf" % (n, NAMES[n])
    if g == 2:   # 青田: "【8】工作页.pdf"
        return "【%d】%s.pdf" % (n, NAMES[n])
    return "%d %s.pdf" % (n, NAMES[n])   # 民和: "8 工作页.pdf"


def form_name(s, c):
    g = grp(s)
    if g == 1:
        return "%s-%s-申报书.docx" % (s["school"], c["major"]), "docx"
    if g == 2:
        return "申报书（%s）.pdf" % c["course"], "pdf"
    if s["course"] == "herb":   # the signed form, scanned
        return "附件2：工学一体化优质课堂项目申报书（%s）.pdf" % s["cls"], "x-scanpdf:200"
    return "附件2：工学一体化优质课堂项目申报书（%s）.docx" % s["cls"], "docx"


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
    return "<tr>%s</tr>" % "".join(td(x[0], extra + x[1], pad) if isinstance(x, tuple) else td(x, extra, pad) for x in cells)


NW = ' nowrap'   # a name cell that must not wrap


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "班级人数（人） | %s" % s["form_count"]
    if g == 2:
        return "学生人数 | %s" % s["form_count"]
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 涉县: the unit in the label, a bare number
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级人数（人）", s["form_count"]), ("学时", "%d" % c["hours"])]
    elif g == 2:   # 青田: 学生人数 with 人
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课年级", "2024级"), ("授课班级", s["cls"]), ("学生人数", s["form_count"]), ("学习工作站", c["station"])]
    else:
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("总学时", "%d" % c["hours"])]
    info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    sign = ""
    if form_name(s, c)[1].startswith("x-scanpdf"):
        sign = ('<p>课堂负责人（签字）：%s　　　　申报单位（盖章）：%s</p><p style="text-align:right">%s</p>'
                % (hand(t[0], ink=BLACK), s["school"], hand("2025年2月%d日" % (3 + s["seed"] % 21), True, BLACK)))
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>五、考核评价</h3><p>过程考核与成果考核相结合，合作单位参与成果验收。</p>
<h3>六、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>{sign}""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 53),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g], sign=sign)
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
    if n in s.get("transfer", []):
        return "202303010027"
    k = s["klass"].index(n) + 1
    return s["sidp"] + ("%03d" % k if len(s["sidp"]) == 9 and grp(s) == 3 else "%02d" % k)


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
        if f == "scan_tool":   # the scan tool's screen copied in a dark box; 诊断人, 带班师傅
            head = tbl([["诊断人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)],
                        ["车辆", "十四座纯电动观光车", "车辆编号", hand("GC-%02d" % (5 + i), True), "带班师傅", s["others_named"][1]]],
                       width="100%", pad="3px 4px")
            screen = ('<table width="100%%" style="border-collapse:collapse"><tr><td bgcolor="#202020" style="background:#202020;'
                      'padding:6px 10px;border:2pt solid #555555"><span style="font-family:\'Noto Sans Mono CJK SC\';color:#d8f5c0;font-size:9pt">'
                      '诊断仪 › 整车控制器 › 驱动电机控制器（MCU）<br/>故障码　P0A2F　驱动电机温度过高　　状态：当前<br/>'
                      '故障码　P0A3C　驱动电机逆变器过热　　状态：历史<br/>── 数据流 ──<br/>驱动电机温度　　%d ℃<br/>'
                      'IGBT温度　　　　%d ℃<br/>电子水泵占空比　0 %%<br/>冷却液温度　　　%d ℃<br/>电机转速　　　　%d rpm</span></td></tr></table>'
                      % (141 + 3 * i, 68 + i, 83 + 2 * i, 2150 + 40 * i))
            body = (title + head + sit + "<p><b>诊断仪读数（照屏幕抄录）：</b></p>" + screen + answers(c, rng, i) +
                    "<p><b>诊断结论：</b>%s</p>" % hand(["水泵保险丝熔断，水泵不转，电机冷却不良。", "水泵继电器线圈断路，水泵不工作。", "水泵插接器松脱，重新插好后恢复。"][i % 3], True) +
                    comment)
        elif f == "apprentice_head":   # 实训学员 | 学号 / 班级 | 企业师傅
            head = tbl([["实训学员", hand(n, True), "学　号", hand(sid, True)],
                        ["班　　级", hand(cl, True), "企业师傅", s["others_named"][0] + "（合作社机修工）"]], width="88%", pad="4px 6px")
            body = title + head + "<p>实训日期：%s　　工位：%s号控制柜</p>" % (hand(day(s, i), True), hand(str(3 + i), True)) + sit + answers(c, rng, i) + comment
        elif f == "sbar":   # an SBAR handover sheet
            elder, son = s["others_named"][0], s["others_named"][1]
            head = tbl([["交班人", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["接班人", t[(i + 1) % 2] + "（带教老师）", "交班时间", hand(day(s, i)[5:] + " 16:30", True), "地点", "入户随访"]],
                       width="100%", pad="3px 4px")
            sbar = tbl([["S 现状", "照护对象：%s，女，78岁，独居（老伴已故），%s。今日血压 %s mmHg，自述早上起床头晕。"
                         % (elder, "儿子%s在县城打工，每周回家一次" % son, hand(["152/94", "148/90", "156/96"][i % 3], True))],
                        ["B 背景", "高血压十二年，口服降压药一种；去年冬天在院子里滑倒过一次，未骨折。"],
                        ["A 评估", hand(["卫生间无扶手，地面湿滑；夜间起夜路线无灯；跌倒风险高。", "药盒里漏服两天；卧室到卫生间有门槛，跌倒风险高。", "床偏低，起身时扶桌角；厨房地面有油污，需整改。"][i % 3], True)],
                        ["R 建议", hand(["加装扶手和夜灯，请家属%s购买防滑垫；三天后复测血压。" % son, "使用分格药盒，请家属每天电话提醒；一周后复查。", "调高床铺，清理门槛杂物，下次随访复测血压。"][i % 3], True)]],
                       width="100%", pad="4px 6px", align="left")
            body = ('<h3 style="text-align:center">%s<br/>居家照护交班单（SBAR）</h3>' % c["task"] + head +
                    "<p>家属在场：%s（儿子）　　村医：%s</p>" % (son, s["others_named"][2]) + sbar + answers(c, rng, i) + comment)
        elif f == "extraction":   # an espresso extraction record; guests
            head = '<p>咖啡师（学员）：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            rows = [["杯次", "粉量(g)", "研磨刻度", "萃取时间(s)", "液重(g)", "口感"]]
            for k in range(3):
                rows.append([str(k + 1), hand("%.1f" % (17.5 + 0.5 * ((i + k) % 3)), True), hand(str(4 + (i + k) % 3), True),
                             hand(str([21, 27, 29][k] + i), True), hand(str([40, 37, 36][k]), True), hand(["偏酸", "平衡", "甜感好"][k], True)])
            body = ('<h3 style="text-align:center">%s<br/>意式浓缩萃取记录（学习工作页）</h3>' % c["task"] + head +
                    "<p>日期：%s　　咖啡豆：云南保山中深烘　　品鉴嘉宾：%s（华侨，酒店常客）、Marco Bianchi</p>" % (hand(day(s, i), True), s["others_named"][0]) +
                    tbl(rows, width="92%", pad="3px 4px") + sit + answers(c, rng, i) + comment)
        elif f == "tint_head":   # 学生：＿ 学号：＿ 班级：＿ and the group under the title
            head = '<p>学生：%s　　学号：%s　　班级：%s</p><p>小组：%s　　任务日期：%s</p>' % (
                hand(n), hand(sid, True), hand(cl, True), hand("第%s组" % "一二三四"[i % 4], True), hand(day(s, i), True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "fire_water":   # water and fire tests; 鉴别人; the station's 送样人
            head = '<p>鉴别人：%s　　学号：%s　　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True))
            src = "<p>样品来源：民和县药材收购站　送样人：%s　　鉴别日期：%s</p>" % (s["others_named"][0], hand(day(s, i), True))
            rows = [["样品号", "品名", "性状", "水试", "火试", "结论"],
                    ["H-%02d" % (1 + 2 * i), "黄芪", hand("菊花心明显", True), hand("水液淡黄", True), hand("豆腥气", True), hand("正品", True)],
                    ["H-%02d" % (2 + 2 * i), "秦艽", hand("扭曲，有纵皱", True), hand("水液黄", True), hand("微苦气", True), hand(["正品", "存疑", "正品", "伪品"][i % 4], True)]]
            body = ('<h3 style="text-align:center">%s<br/>饮片真伪鉴别记录（水试·火试）</h3>' % c["task"] + head + src +
                    tbl(rows, width="96%", pad="3px 4px") + sit + answers(c, rng, i) + comment)
        elif f == "switch_panel":   # a switch front panel, the port labels by hand
            head = tbl([["标注人", hand(n, True), "学号", hand(sid, True), "班级", hand(cl, True)]], width="100%", pad="3px 4px")
            labels = ["挂号1", "挂号2", "收费1", "收费2", "药房", "药库", "院办", "财务", "检验", "B超", "放射", "诊室1",
                      "诊室2", "诊室3", "诊室4", "护士站", "AP-1F", "AP-2F", "监控", "备用", "备用", "备用", "上联", "管理"]
            vl = lambda k: "V10" if k < 4 else "V20" if k < 6 else "V30" if k < 8 else "V40" if k < 16 else "V50" if k < 18 else "—"
            pk = lambda k: (k + 2 * i) % 16 if k < 16 else k   # each student cabled the rooms in another order
            top = ["<b>%d</b><br/>%s<br/>%s" % (k + 1, hand(labels[pk(k)], True, size="9pt"), hand(vl(pk(k)), True, size="9pt")) for k in range(0, 24, 2)]
            bot = ["<b>%d</b><br/>%s<br/>%s" % (k + 1, hand(labels[pk(k)], True, size="9pt"), hand(vl(pk(k)), True, size="9pt")) for k in range(1, 24, 2)]
            panel = ('<p><b>接入交换机 SW-1F 前面板（端口标注）：</b></p>' + tbl([top, bot], width="100%", pad="2px 1px") +
                     "<p>SFP1：%s　　SFP2：%s　　Console：管理口</p>" % (hand("上联核心 G0/%d" % (1 + i), True), hand("空", True)))
            body = title + head + panel + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"scan_tool": "x-scanpdf:200:fuses", "apprentice_head": "x-scanpdf:200:fuses", "sbar": "x-scanpdf:200:photo",
            "extraction": "x-scanpdf:200:photo:beans", "tint_head": "x-scanpdf:200:color:tint", "fire_water": "x-scanpdf:200:mono",
            "switch_panel": "x-scanpdf:200"}[f]
    font = {"scan_tool": "Noto Sans CJK SC", "switch_panel": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    size = "9.5pt" if f in ("scan_tool", "sbar", "switch_panel", "fire_water", "extraction") else "10pt"
    return "08.html", html(PB.join(pages), size, font=font, page="margin:1.4cm 1.5cm"), meth


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
    if f == "legend_rig":   # maxima only in a legend line above; rows in 台架 order
        parts = [("安全防护", 15), ("故障诊断", 35), ("绝缘检测", 20), ("排除与验证", 20), ("6S管理", 10)]
        legend = "<p>评分项目及分值：%s，满分100分。</p>" % "、".join("%s（%d分）" % p for p in parts)
        out = [trow(["<b>%s</b>" % x for x in ["序号", "台架", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad)]
        order = sorted(range(len(rec)), key=lambda k: (k % 6, k))
        for j, k in enumerate(order):
            n = rec[k]
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 24
            out.append(trow([str(j + 1), "T%d" % (1 + k % 6), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩记录表") + legend + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:color:fuses"
    if f == "station_plain":   # a plain table with 工位, maxima as (满分N)
        parts = [("电路安装", 30), ("PLC编程", 30), ("调试运行", 30), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "工位"] + ["%s<br/>(满分%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%02d" % (1 + k % 20)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250:fuses"
    if f == "sections":   # two-row head: three sections over their parts
        secs = [("一、照护评估（25分）", [("血压测量", 10), ("跌倒风险评估", 15)]),
                ("二、照护实施（55分）", [("环境改造指导", 25), ("用药与监测指导", 30)]),
                ("三、沟通与记录（20分）", [("沟通", 10), ("交班记录", 10)])]
        parts = [p for _, ps in secs for p in ps]
        h1 = ('<tr>%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2" width="5%"', pad), td("<b>学号</b>", ' align="center" rowspan="2" width="16%"', pad),
                                     td("<b>姓名</b>", ' align="center" rowspan="2" width="10%"', pad),
                                     "".join(td("<b>%s</b>" % sname, ' align="center" colspan="%d"' % len(ps), pad) for sname, ps in secs),
                                     td("<b>总分</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.95)
            tot = sum(v) - (6 if bad.get(n) == "under" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), (n, NW)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True, page="margin:0.9cm 1.2cm"), "pdf"
    if f == "deduct":   # a 扣分 column; total = parts - deduction (explained)
        parts = [("仪容仪表", 10), ("咖啡制作", 30), ("早餐摆台", 25), ("对客服务", 25), ("英语服务用语", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["扣分", "总分"]], pad)]
        ded = {k: dv for k, dv in zip(rng.sample(range(len(rec)), 4), (2, 3, 5, 2))}
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.65, 0.97)
            dd = ded.get(k, 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + ["−%d" % dd if dd else "", str(sum(v) - dd)], pad))
        body = (head10(s, c, "学习任务考核成绩表") + table(out) +
                "<p>注：扣分为迟到、工服不整等纪律扣分，总分＝各项得分之和－扣分。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "kpi":   # two non-score operating columns after 总分
        parts = [("背标制作", 30), ("详情页", 30), ("上架与客服", 30), ("职业素养", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "上架SKU数", "模拟销售额(元)"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), str(rng.randint(4, 9)), "%d" % (rng.randint(18, 96) * 100 + rng.choice([0, 50]))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：上架SKU数、模拟销售额为网店运营数据，供教学分析，不计入成绩。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "photo_register":   # printed and photographed
        parts = [("性状鉴别", 30), ("显微鉴别", 20), ("理化鉴别", 20), ("水试火试", 20), ("记录", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>%d分" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (10 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "8.5pt", compact=True, page="margin:0.9cm 1.3cm"), "x-scanpdf:200:photo"
    if f == "transfer_note":   # a 备注 column: one student transferred in keeps his old 学号
        parts = [("拓扑与地址规划", 20), ("VLAN配置", 30), ("无线覆盖", 30), ("测试与文档", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = "2024年9月转入" if n in s.get("transfer", []) else ""
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>评分教师：%s　　%s　　　　审核：%s</p>" % (t[0], t[1], t[-1])
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    heat = ["#1d2a8c", "#2b55c9", "#2fa3d9", "#41c7a0", "#9bd64a", "#f2d43a", "#f59a2b", "#e4452a", "#b81d1d"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "thermal":   # infrared thermal-imaging report; 检测人, 送检人
                if j == 0:
                    grid = []
                    for y in range(8):
                        row = []
                        for x in range(12):
                            v = max(0, min(8, int(8.4 - abs(x - 7 - i % 2) * 1.0 - abs(y - 3) * 1.2)))
                            row.append('<td bgcolor="%s" style="background:%s;font-size:11pt" height="26">&nbsp;</td>' % (heat[v], heat[v]))
                        grid.append("<tr>%s</tr>" % "".join(row))
                    img = '<table style="border-collapse:collapse" width="70%%" align="center">%s</table>' % "".join(grid)
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["送检单位", "景区观光车队", "送检人", s["others_named"][0]], ["车辆编号", "GC-%02d" % (5 + i), "检测日期", day(s, 30 + i)],
                                      ["检测设备", "红外热像仪 HT-18", "环境温度", "%d ℃" % (21 + i)]], width="92%") +
                                 "<p>热像图（驱动电机后端盖，修复前）：</p>" + img +
                                 "<p>最高温度 Tmax：%.1f ℃（后端盖轴承座附近）　修复后：%.1f ℃</p>" % (96.4 - i, 62.0 + 0.5 * i) +
                                 tbl([["检测人", "%s（%s）" % (n, cl), "审核", t[j % 2]]], width="92%") + "<p>结论：%s</p>" % desc)
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["作业人", n, "班级", cl], ["学号", sid, "日期", day(s, 31 + i)],
                                                              ["冷却液", "乙二醇型 -35 ℃", "排气次数", "3"], ["复检", desc, "监护", t[1]]], width="90%"))
            elif f == "manual":   # an equipment manual per student; 编写, the cooperative's 设备负责人
                if j == 0:
                    parts.append('<h3 style="text-align:center">核桃脱青皮清洗机<br/>电气控制系统使用说明书（第1版）</h3>' +
                                 "<p style=\"text-align:center\">编写：%s（%s）　　审核：%s</p>" % (n, cl, t[i % 2]) +
                                 "<p style=\"text-align:center\">使用单位：涉县核桃专业合作社（设备负责人：%s）</p>" % s["others_named"][1] +
                                 "<p><b>一、操作面板</b></p>" + tbl([["按钮/指示灯", "功能"], ["SB1 绿", "启动（上料→脱皮→喷淋）"], ["SB2 红", "停止"],
                                                                  ["SB0 急停", "紧急停止，旋转复位"], ["HL3 黄", "水泵运行"]], width="80%") +
                                 "<p><b>二、常见故障处理</b></p>" + tbl([["现象", "处理"], ["漏电保护器跳闸", "断电检查水泵电缆，擦干接线盒后合闸"],
                                                                    ["按启动无反应", "检查急停是否复位"]], width="90%") +
                                 "<p><b>三、安全注意事项</b></p><p>1. 清洗机运行时不得把手伸入滚筒；2. 冲洗地面前先断开总电源；3. 控制箱门保持关闭。</p><p>%s</p>" % desc)
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["调试人", n, "班级", cl], ["学号", sid, "日期", day(s, 31 + i)],
                                                              ["项目", "顺序控制（T1 8 s, T2 120 s）", "结果", desc]], width="90%"))
            elif f == "home_safety":   # a home-safety assessment and an education record
                elder, son, doc = s["others_named"]
                if j == 0:
                    items = [["评估项目", "是", "否", "建议"], ["卫生间有扶手", "", "√", "加装L形扶手"], ["地面防滑", "", "√", "铺防滑垫"],
                             ["夜间照明", "√" if i % 2 else "", "" if i % 2 else "√", "走廊装感应夜灯"], ["床高合适（约45cm）", "", "√", "床脚垫高"],
                             ["常用物品伸手可及", "√", "", "—"]]
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["评估对象", elder, "年龄", "78岁"], ["家属", "%s（儿子）" % son, "村医", doc],
                                      ["评估员", "%s（%s，学号%s）" % (n, cl, sid), "复核", t[j % 2]]], width="94%") +
                                 tbl(items, width="94%") + "<p>结论：%s</p>" % desc)
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["宣教对象", elder, "宣教人", "%s（%s）" % (n, cl)],
                                                              ["内容", "起夜三步法；分格药盒使用", "日期", day(s, 31 + i)],
                                                              ["效果", desc, "带教老师", t[1]]], width="92%"))
            elif f == "drinks_menu":   # a drinks menu designed per student; a breakfast record with a guest
                if j == 0:
                    menu = [["饮品", "Drink", "价格"], ["意式浓缩", "Espresso", "22"], ["美式咖啡", "Americano", "26"], ["拿铁", "Caffè Latte", "30"],
                            ["桂花拿铁", "Osmanthus Latte", "34"], ["桂花冷萃", "Osmanthus Cold Brew", "36"], ["热巧克力", "Hot Chocolate", "28"]]
                    parts.append('<h3 style="text-align:center">石门咖啡吧 · 秋季饮品单<br/>Autumn Drinks</h3>' + tbl(menu, width="70%") +
                                 "<p style=\"text-align:center\">设计：%s（%s）　　指导：%s</p><p>%s</p>" % (n, cl, t[0], desc))
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["服务员", n, "班级", cl], ["日期", day(s, 31 + i), "领班", s["others_named"][1]],
                                                              ["宾客", "%s一家（三位，房号%d）" % (s["others_named"][0], 806 + i), "特殊要求", "儿童热牛奶、无糖拿铁"],
                                                              ["记录", desc, "学号", sid]], width="94%"))
            elif f == "backlabel":   # a Chinese back label for imported goods
                if j == 0:
                    prod = [("特级初榨橄榄油", "西班牙", "特级初榨橄榄油", "500毫升"), ("干红葡萄酒", "意大利", "葡萄汁、二氧化硫", "750毫升")][i % 2]
                    label = tbl([["产品名称：%s" % prod[0]], ["原产国：%s" % prod[1]], ["配料：%s" % prod[2]], ["净含量：%s" % prod[3]],
                                 ["进口商：青田县侨乡进口商品贸易有限公司"], ["地址：浙江省丽水市青田县鹤城街道"], ["贮存条件：阴凉干燥处，避免阳光直射"]],
                                width="58%", pad="2px 8px", align="left")
                    parts.append('<h3 style="text-align:center">%s</h3>' % title + label +
                                 "<p>标签设计：%s（%s，学号%s）　　审核：%s</p><p>委托方联系人：%s　　%s</p>" % (n, cl, sid, t[0], s["others_named"][0], desc))
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["上架人", n, "班级", cl], ["商品数", "6", "日期", day(s, 31 + i)],
                                                              ["结果", desc, "审核", t[1]]], width="90%"))
            elif f == "report_typed":   # 鉴别报告 with 鉴别人 and 复核人
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["鉴别人", n, "班级", cl], ["学号", sid, "复核人", t[j % 2]], ["送检", "民和县药材收购站", "日期", day(s, 30 + i)],
                                  ["结论", desc, "方法", "性状、水试、火试" if j == 0 else "粉末显微"]], width="90%"))
            elif f == "cutover":   # a cutover plan and a test record
                if j == 0:
                    steps = [["步骤", "时间", "操作", "回退"], ["1", "22:00", "备份旧路由器配置，通知卫生院值班人员", "—"],
                             ["2", "22:20", "上架新交换机，按标签接入信息点", "恢复旧线缆"], ["3", "23:30", "下发VLAN与DHCP配置", "恢复旧配置"],
                             ["4", "00:30", "挂号、收费、药房逐台测试", "回退至旧网络"], ["5", "01:30", "无线AP上线，访客隔离测试", "关闭访客SSID"]]
                    parts.append('<h3 style="text-align:center">%s</h3>' % title +
                                 tbl([["甲方", "镇卫生院（信息科：%s）" % s["others_named"][0], "割接窗口", "周六 22:00—次日 02:00"],
                                      ["实施人", "%s（%s）" % (n, cl), "审核", t[i % 2]]], width="94%") + tbl(steps, width="94%") + "<p>%s</p>" % desc)
                else:
                    parts.append('<h3>%s</h3>' % title + tbl([["测试人", n, "学号", sid], ["信息点", "28", "连通", "28"],
                                                              ["结论", desc, "日期", day(s, 31 + i)]], width="90%"))
            else:
                raise SystemExit(f)
    font = "Noto Sans CJK SC" if f in ("thermal", "cutover") else "Noto Serif CJK SC"
    return "11.html", html(PB.join(parts), font=font), "pdf"


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
        if f == "photo_plain":
            head = ["%s　课后作业" % {"ev": "驱动电机检修", "label": "跨境电商运营"}[s["course"]], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_page":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "skew_hand":
            head = ["居家照护课后作业", "> %s　%s　%s" % (cl, n, sid)]
        elif f == "bilingual_photo":
            head = ["Homework 课后作业", "> Name 姓名：%s" % n, "> Class 班级：%s　No. 学号：%s" % (cl, sid)]
        elif f == "reading_notes":   # reading notes: an excerpt and what was learnt
            head = ["读书笔记", "> 书名：《中华人民共和国药典》一部　黄芪、秦艽项", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-3:]),
                    "摘抄：", "> " + ["黄芪　本品呈圆柱形，表面淡棕黄色或淡棕褐色，断面纤维性强，显粉性，皮部黄白色，木部淡黄色，有放射状纹理和裂隙。",
                                      "秦艽　本品呈类圆锥形，表面黄棕色或灰黄色，有纵向或扭曲的纵皱纹，气特异，味苦、微涩。",
                                      "黄芪　气微，味微甜，嚼之微有豆腥味。"][i % 3], "体会：",
                    "> " + ["以前只知道看菊花心，读了药典才知道还要闻气味、尝味道。", "秦艽的扭曲纹理和苦味是鉴别的关键。", "药典的描述很精炼，每个字都有用。"][i % 3]]
        elif f == "duplex_hand":
            head = ["网络课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_plain": "x-photo:200:2", "hand_page": "x-scan:200:4", "skew_hand": "x-scan:200:3:skew2",
            "bilingual_photo": "x-photo:200:1:beans", "reading_notes": "x-scan:250:3", "duplex_hand": "x-scan:200:4:duplex"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

BOYS = set("浩然 宇轩 俊杰 博远 家铭 一凡 梓豪 皓然 嘉豪 泽宇 晓东 志强 宏宇 昊天 子恒 天宇 振华 俊宇 浩博 鹏宇 嘉伟 文轩 宇豪 "
           "海涛 建宇 凯瑞 博涵 志鹏 思源 子健 明杰 奕博 天乐 瑞泽 浩宇 铭轩 少华 永强 晓峰 旭东 家辉 晓宇 梓轩 浩楠 "
           "启航 佳豪 睿哲 逸飞 沐阳 锦涛 晨阳 皓轩 明辉 宇晨 昊宇 晨旭 立冬 俊峰 润东 泽林 志远 卫东 建华 煜祺 晟轩 "
           "梓航 宥辰 奕辰 嘉禾 修远 铭远 涛 鑫 帆 杰 磊 海涛 俊熙".split())


def sex_of(n):
    if "·" in n:
        return "女" if "古丽" in n else "男"
    return "男" if bare(n)[1:] in BOYS else "女"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    if r == "xlsx":   # the 教务系统's 花名册 export
        rows = [["%s学生花名册" % s["school"], "", "", "", "", ""],
                ["班级：%s　　班主任：%s　　人数：%d　　导出时间：2024-09-12 10:21" % (s["cls"], s["headteacher"], len(k)), "", "", "", "", ""],
                ["序号", "学号", "姓名", "性别", "出生年月", "学籍状态"]]
        for j, n in enumerate(k):
            rows.append([j + 1, sid_of(s, n), n, sex_of(n), "2008-%02d" % (1 + (j * 5) % 12), "在籍"])
        write(os.path.join(d, "roster.json"), json.dumps({"sheet": s["cls"], "rows": rows, "merges": ["A1:F1", "A2:F2"]}, ensure_ascii=False, indent=0))
        man.append("roster.json\t%s花名册.xlsx\tx-xlsx\troster\t0" % s["cls"])
        return []
    if r == "sports":   # the class entered for the autumn sports meeting, every student an event or a task
        events = ["100米", "200米", "400米", "跳远", "跳高", "铅球", "4×100米接力", "800米", "拔河", "啦啦队", "后勤保障", "宣传报道"]
        rows = ['<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in ["序号", "学号", "姓名", "性别", "参赛项目／分工", "备注"])]
        for j, n in enumerate(k):
            ev = events[(j * 7) % len(events)]
            note = "体育委员" if j == 5 else ("运动员" if ev not in ("啦啦队", "后勤保障", "宣传报道", "拔河") else "")
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), ev, note], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生名单<br/>（2024年秋季田径运动会报名及分工）</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                table(rows, width="86%") + "<p>班主任：%s　　全班%d人，全员参与。　　2024年10月</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（校运会）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    raise SystemExit(r)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def check_words(words):
    for w in words:
        print("%s\ttruth:%d\treadmes:%d" % (w, EARLIER_TEXT.count(w), EARLIER_READMES.count(w)))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        check_words(sys.argv[2:])
        return
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Hundred-and-fifty-third held-out people corpus (testdata/heldout153), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"] + ([s["headteacher"]] if s.get("headteacher") else [])]
    all_others = [n for s in SUBS for n in s.get("others_named", [])]
    all_planted = dedup([n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))
                         + s.get("transfer", []) + [x for v in s.get("items", {}).values() for x in v]])
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
    for w in ("涉县", "青田", "民和", "清漳", "石门技工", "喇家"):
        if w in EARLIER_TEXT or w in EARLIER_READMES:
            raise SystemExit("%s stands in an earlier corpus" % w)
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
        rng = random.Random(s["seed"] * 7919 + 153)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) + s.get("transfer", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"])
        for a in s["klass"]:   # no two names of a class one character apart
            for b in s["klass"]:
                if a < b and near(a, b):
                    raise SystemExit("%s near %s in %s" % (a, b, s["cls"]))
        if s.get("absent_from_10") == ["ABSENT"]:   # a class member (not one of the planted) without a record
            cand = [n for n in s["klass"] if n not in fixed]
            s["absent_from_10"] = [cand[len(cand) // 2]]
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
        others = s.get("others_named", []) + extra_named
        if s["course"] == "coffee":
            others = others + ["Marco Bianchi"]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": form_count_text(s),
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "outsider_numbers": {n: sid_of(s, n) for n in s.get("outsiders", {})},
            "others_named": others,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {n: "2024年9月转入" for n in s.get("transfer", [])}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if REFUSED:
        ref = dedup(REFUSED)
        print("refused while drawing the classes (stand in earlier truth files): %d names, e.g. %s" % (len(ref), " ".join(ref[:14])))


if __name__ == "__main__":
    main()
