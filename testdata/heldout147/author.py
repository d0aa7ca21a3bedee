#!/usr/bin/env python3
"""Write the sources of the hundred-and-forty-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 兴化
(Jiangsu, a county-level city of 泰州), 元阳县 (Yunnan, 红河哈尼族彝族自治州) and
和林格尔县 (Inner Mongolia, 呼和浩特). The helpers (html, tables, class drawing,
the earlier-name filter) follow heldout64's and heldout128's; the page
layouts, courses, tasks and classes are this corpus's own.

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
# the truth files read for names, tasks and courses to avoid (heldout145-148 are written at the same time and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 145)] + ["othertools"]

# surnames by region, weighted by repetition: 兴化 (里下河 families: 王 李 张 陈 朱 徐 刘 周 顾 and 储 缪 翟 殷 解 …),
# 元阳 (哈尼 families 李 卢 马 白 高 杨, 彝 普 罗, 傣 刀 陶, 瑶 邓 盘, and 汉 王 张 陈),
# 和林格尔 (晋北 families who came 走西口: 王 李 张 刘 赵 杨 郭 高 史 贾 乔 任 郝 云 …, and 蒙古族 包 鲍 宝)
SURNAMES = {
    "xh": list("王王王王李李李张张张陈陈陈朱朱徐徐刘刘周周顾顾吴夏蒋袁殷缪翟钱沈陆储储解邹"),
    "yy": list("李李李李卢卢卢马马马白白白杨杨高高张张陈陈罗罗朱普普龙刀陶王王邓盘"),
    "hl": list("王王王李李李张张张刘刘赵赵杨杨郭郭高高史贾乔任郝云白苏包鲍宝"),
}
# given names: a new list, the everyday names of students born around 2008, by sex
GIVEN_M = ("宇泽 俊辰 浩宸 子骞 博远 明睿 锦文 皓天 嘉树 逸飞 思哲 承宇 子默 奕博 天朗 瑞霖 泽远 俊驰 卓然 鸿涛 "
           "文昊 家铭 靖宇 一航 梓睿 晨宇 晓峰 鹏程 子恒 宇辰 浩杰 文韬 铭轩 睿哲 昱霖 钧泽 煜祺 子谦 宸宇 楷瑞 "
           "永康 立伟 志航 嘉诚 景程 启航 天宇 博涵 明杰 子昂 思成 凯瑞 宏宇 辰逸 旭东 家骏 俊峰 浩天 子阳 伟宸").split()
GIVEN_F = ("梓悦 欣彤 语汐 若溪 书涵 子萱 雨桐 诗琪 雅萱 梦然 静怡 思妍 紫嫣 可心 一冉 芊芊 晓雅 沐晴 心语 清妍 "
           "婧琪 语嫣 佳琳 芷若 依依 乐瑶 艺彤 嘉琪 婉婷 若涵 书瑶 舒然 馨蕊 雨菡 思雨 悦溪 欣冉 梓涵 诗涵 雨欣 "
           "佳怡 梦琪 雅琪 婧怡 晓彤 语桐 心怡 安然 紫涵 美琳 慧敏 雅静 雨晴 思涵 欣怡 文静 亚楠 玉婷 秋月 晓琳").split()
GIVEN1_M = list("航浩鑫磊杰")
GIVEN1_F = list("璐婷妍悦琪")
# whole Mongolian names (no surname), and their sex
MONGOL = {"朝格图": "男", "乌日娜": "女", "萨仁": "女", "额尔德木图": "男", "呼和": "男", "阿古达木": "男", "图雅": "女",
          "斯日古楞": "女", "宝音": "男", "敖登": "女", "其力木格": "女", "巴雅尔": "男"}
FEMALE = set(GIVEN_F) | set(GIVEN1_F)


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


def bare(a):
    return a.replace("·", "").replace("•", "")


def near(a, b):
    a, b = bare(a), bare(b)
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def used(name):
    return name in USED_BEFORE or bare(name) in USED_BARE


def sex_of(n):
    if n in MONGOL:
        return MONGOL[n]
    if "·" in n:
        return "男"
    return "女" if n[1:] in FEMALE else "男"


def draw_class(rng, n, fixed, avoid, region, males=None):
    """Draw a class of n around the fixed names; males: the exact number of boys, when given."""
    names = list(fixed)
    while len(names) < n:
        if males is not None:
            need = males - sum(1 for x in names if sex_of(x) == "男")
            male = need > 0 and (need >= n - len(names) or rng.random() < need / float(n - len(names)))
        else:
            male = rng.random() < 0.5
        if region == "hl" and rng.random() < 0.1:
            cands = [m for m in MONGOL if (MONGOL[m] == "男") == male]
            name = rng.choice(cands)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
            continue
        sur = rng.choice(SURNAMES[region])   # the surname first, so that refusals do not thin out the common ones
        for _ in range(400):
            if rng.random() < 0.08:
                g = rng.choice(GIVEN1_M if male else GIVEN1_F)
            else:
                g = rng.choice(GIVEN_M if male else GIVEN_F)
            name = sur + g
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
BLUE, BLACK, REDINK = "#22306a", "#141414", "#b8231a"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8231a;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None, font="AR PL UKai CN"):
    return '<span style="font-family:\'%s\';color:%s;font-size:%s">%s</span>' % (font, ink, size or ("13pt" if small else "15pt"), x)


def red(x, small=True):
    return hand(x, small, REDINK)


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


def H(x):
    return "<b>%s</b>" % x


C = {
 "crab": dict(major="烹饪(中式烹调)", code="0501", course="里下河水乡河鲜菜制作", task="兴化大闸蟹清蒸与垛田香葱鱼圆汤水乡河鲜出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="十月正是兴化大闸蟹上市的时候，垛田景区旁的一家河鲜饭店接待了好几批外地游客团，招牌菜是清蒸大闸蟹和香葱鱼圆汤。饭店厨师长请烹饪班学员按标准菜谱挑选和刷洗螃蟹，捆扎后蒸制，调好姜醋汁；把鲢鱼肉刮成鱼茸，打上劲做成鱼圆，配垛田香葱出汤；同时按食品安全要求测量中心温度、做好菜品留样，控制出菜节奏，并完成成本核算。",
   qs=[("问题1 蒸螃蟹前为什么要用棉绳捆住蟹脚？", ["螃蟹受热会挣扎，脚容易掉，捆住后形状完整，蟹黄也不会流出来。", "防止掉脚，形状完整。", "蟹黄不流出来。"]),
       ("问题2 鱼茸为什么要顺一个方向搅打上劲？", ["顺一个方向搅打，鱼肉里的蛋白质充分溶出，鱼圆才有弹性，下锅不散。", "鱼圆有弹性，不散。", "蛋白质溶出。"])],
   hw=[("1. 为什么菜品要留样？留样要注意什么？", ["出了食品安全问题可以查原因；每样不少于一百二十五克，冷藏四十八小时，贴好标签。", "能查原因，冷藏四十八小时。", "每样一百二十五克以上。"]),
       ("2. 姜醋汁怎样调制？", ["老姜切成细末，加香醋和少量白糖，搅匀后静置几分钟，让姜味出来。", "姜末加香醋和白糖。", "静置几分钟出味。"])],
   outputs=[("清蒸大闸蟹出品记录", "蟹壳红亮，蟹脚完整。"), ("香葱鱼圆汤出品记录", "鱼圆洁白有弹性。"), ("河鲜菜成本核算单", "每份成本五十八元。")]),
 "wifi": dict(major="计算机网络应用", code="0301", course="无线局域网组建与维护", task="千垛景区游客服务中心无线覆盖与视频监控网络部署",
   hours=16, station="网络组建与运维一体化学习工作站",
   situation="每年清明前后千垛油菜花开，景区游客服务中心一天要接待上万名游客，原来的无线网络一到高峰就连不上，售票窗口和停车场的监控也时常断线。景区信息科请网络班学员勘察现场，规划无线接入点的位置和信道，敷设网线，划分游客无线、办公和监控三个网段，完成交换机和无线控制器的配置，测试覆盖效果并交付文档。",
   qs=[("问题1 人多的大厅里为什么要降低接入点的发射功率、增加点位？", ["单个接入点能同时接入的终端有限，功率小一些、点位多一些，每个点负责的人少，漫游也更顺畅。", "每个点负责的人少。", "接入终端有限。"]),
       ("问题2 相邻接入点的信道怎样安排？", ["二点四吉赫兹频段用一、六、十一三个互不重叠的信道交错排布，五吉赫兹频段尽量用不同信道。", "用一、六、十一信道交错。", "相邻不用同一个信道。"]),
       ("问题3 交付文档要写哪些内容？", ["拓扑图、地址规划、接入点点位图、设备账号和测试结果。", "拓扑图和地址规划。", "测试结果。"])],
   hw=[("1. 监控摄像头为什么常用PoE交换机供电？", ["一根网线同时传数据和供电，摄像头装在高处不用另外拉电源线，施工方便。", "一根网线供电和传数据。", "不用另拉电源。"]),
       ("2. 游客无线网段要做哪些安全设置？", ["与办公和监控网段隔离，开启用户隔离，限制单个终端的带宽，连接时用短信认证。", "与办公网段隔离。", "用户隔离，限速。"])],
   outputs=[("无线覆盖测试报告", "大厅信号强度均高于负六十五。"), ("网络设备配置清单", "三个网段、两台交换机、九台接入点。")]),
 "visit": dict(major="健康与社会照护", code="0529", course="居家老年人安全照护", task="水乡独居老人居家安全巡访与一键呼叫设备使用指导",
   hours=16, station="老年照护一体化学习工作站",
   situation="兴化乡下不少老人的子女在外打工，老人独自住在临水的老房子里。社区为八十岁以上的独居老人装了一键呼叫设备，可有的老人不会用，有的嫌麻烦把电源拔了。社区卫生服务站请照护班学员随站里的护士上门巡访，检查老人家里的防滑、照明和用电用气安全，教老人使用一键呼叫设备，填写巡访记录，并把发现的隐患反馈给社区和家属。",
   qs=[("问题1 进门后先检查哪些地方的安全隐患？", ["卫生间和厨房的地面是否防滑，夜间起床的通道有没有照明，电线和煤气管有没有老化。", "卫生间防滑和夜间照明。", "电线煤气管老化。"]),
       ("问题2 教老人使用一键呼叫设备时要注意什么？", ["说话慢一点、声音大一点，让老人自己按几遍，确认能接通，把按钮挂在老人常待的地方。", "让老人自己按几遍。", "确认能接通。"])],
   hw=[("1. 发现老人把呼叫器电源拔了怎么办？", ["耐心问清原因，帮老人插好电源、调好音量，告诉家属定期打电话提醒。", "问清原因，重新插好。", "告诉家属提醒。"]),
       ("2. 巡访记录要写哪些内容？", ["巡访时间、老人身体和精神状况、发现的隐患、已处理和需转交的事项、巡访员签名。", "时间、隐患和处理情况。", "巡访员签名。"])],
   outputs=[("居家安全巡访报告", "发现隐患五处，已处理三处。"), ("一键呼叫设备使用指导记录", "老人能独立呼叫。")]),
 "inn": dict(major="饭店(酒店)服务", code="0504", course="民宿前厅接待服务", task="哈尼梯田观景民宿旺季网络订单确认与散客入住接待",
   hours=14, station="前厅服务一体化学习工作站",
   situation="冬春季节元阳梯田灌满了水，来看日出和云海的游客很多，多依树附近的观景民宿几乎天天满房，不少客人通过旅行平台提前下单。民宿经理请酒店班学员核对每天的网络订单，打电话确认到店时间，为客人办理入住登记，介绍看日出的时间和路线，处理超售和延迟到店，并做好交班记录。",
   qs=[("问题1 为什么要在客人到店前一天电话确认订单？", ["确认客人是否按时到店、几位入住、要不要接站，避免客人不来造成空房，也方便排房。", "确认是否按时到店。", "避免空房。"]),
       ("问题2 客人到了却发现房间超售，怎样处理？", ["先真诚道歉，免费升级房型或安排附近同档次民宿并负责接送，差价由民宿承担。", "道歉并升级房型。", "安排附近民宿。"])],
   hw=[("1. 办理入住登记要核对哪些信息？", ["核对身份证件与订单姓名是否一致、入住人数、离店日期和付款方式。", "证件与订单姓名一致。", "入住人数和离店日期。"]),
       ("2. 怎样向客人介绍看日出？", ["告诉客人多依树日出大约七点半，六点半出发，带上厚外套和手电，门口可以约车。", "七点半日出，六点半出发。", "带厚外套。"])],
   outputs=[("散客入住接待记录", "办理入住十二间。"), ("旺季订单核对表", "确认订单二十六单。")]),
 "redrice": dict(major="电子商务", code="0603", course="特色农产品网店运营", task="梯田红米礼盒网店详情页制作与合作社供货对接",
   hours=14, station="电子商务运营一体化学习工作站",
   situation="元阳梯田种的红米是老品种，产量不高但口感好，一家红米种植专业合作社想把两公斤和五公斤的礼盒放到网店上卖。合作社负责人请电商班学员到梯田和米厂拍摄素材，做竞品分析，设计详情页和主图，和合作社商定供货价、发货时间和包装，上新后统计数据并回复顾客咨询。",
   qs=[("问题1 详情页为什么要放梯田和农户的照片？", ["让顾客看到红米真实的产地和种植过程，增加信任，也讲出了梯田红米和普通大米的不同。", "增加信任。", "讲出和普通大米的不同。"]),
       ("问题2 和合作社对接供货要商定哪些事？", ["供货价、每天能发多少单、发货时间、包装规格和破损怎么处理。", "供货价和发货时间。", "破损怎么处理。"])],
   hw=[("1. 主图上的文字为什么不能太多？", ["手机屏幕小，文字多了看不清，主图要一眼看出产品和最大的卖点。", "手机上看不清。", "一眼看出卖点。"]),
       ("2. 顾客问红米怎么煮，怎样回答？", ["红米先泡两个小时，和白米按一比二混合，水比平时多一点，用煮饭键煮。", "先泡两个小时。", "和白米混合煮。"])],
   outputs=[("红米礼盒详情页", "共七屏"), ("主图与短视频脚本", "主图五张")]),
 "yogurt": dict(major="机电一体化技术", code="0127", course="乳品包装设备电气控制安装与调试", task="乳品厂杯装酸奶封口机温控与计数PLC控制系统安装与调试",
   hours=18, station="机电一体化设备装调学习工作站",
   situation="和林格尔县是乳业重镇，一家乳品厂的杯装酸奶灌装线上，封口机的热封温度时高时低，封不严的杯子会漏，计数也经常和装箱数对不上。设备科请机电班学员读懂电气图，安装温度传感器、固态继电器和计数光电开关，接线后编写PLC程序，实现热封温度控制和每十二杯一箱的计数，调试后和操作工一起试运行一个班次。",
   qs=[("问题1 为什么用固态继电器控制加热管？", ["固态继电器没有触点，能频繁通断，配合PLC的PID输出控制加热，温度波动小。", "没有触点，能频繁通断。", "温度波动小。"]),
       ("问题2 计数光电开关装在哪里合适？", ["装在封口后的输送带出口，杯子之间有间隔的地方，避免两只杯子挨着只计一次。", "装在封口后的出口。", "避免两只杯子只计一次。"])],
   hw=[("1. 热封温度太高会怎样？", ["封口膜会烫穿或起皱，杯口变形，酸奶也可能受热。", "封口膜烫穿起皱。", "杯口变形。"]),
       ("2. 试运行要记录哪些数据？", ["运行时间、封口温度最高最低值、产量、漏杯数和计数误差。", "温度和产量。", "漏杯数和计数误差。"])],
   outputs=[("封口机温控调试记录", "温度稳定在一百八十五度左右。"), ("PLC程序与I/O分配表", "输入十二点，输出八点。")]),
 "pickup": dict(major="汽车维修", code="0403", course="汽车传动系统检修", task="牧区皮卡四驱分动器异响与挂挡困难故障诊断与排除",
   hours=16, station="汽车传动系统检修一体化学习工作站",
   situation="入冬前，和林格尔山区的一位牧民开着四驱皮卡来修车，说切换四驱时挂不进去，在草场土路上跑的时候底盘下面嗡嗡响。维修站主管请汽修班学员接车问诊，路试确认故障，举升车辆检查分动器油位和油质，拆检分动器的轴承、链条和换挡拨叉，更换损坏零件，装复后路试，把旧件交还车主确认，并填写维修工单。",
   qs=[("问题1 分动器异响先检查什么？", ["先看分动器油位和油质，油少或有金属屑说明轴承或链条已经磨损。", "油位和油质。", "有金属屑说明磨损。"]),
       ("问题2 为什么要把旧件交给车主确认？", ["让车主看到换下来的零件确实坏了，消除顾虑，也是维修站诚信服务的要求。", "让车主看到零件坏了。", "诚信服务。"])],
   hw=[("1. 挂四驱困难可能有哪些原因？", ["换挡拨叉磨损、换挡电机或真空执行器故障、前桥离合没有接合。", "拨叉磨损。", "换挡电机故障。"]),
       ("2. 冬季牧区用车要提醒车主什么？", ["换用低温齿轮油，定期检查底盘护板，涉水后及时检查分动器油。", "换低温齿轮油。", "涉水后检查。"])],
   outputs=[("维修工单", "更换分动器输入轴轴承和链条。"), ("路试检验记录", "异响消除，四驱切换正常。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="兴化市垛田技工学校", pack="gbkzip", region="xh", course="crab", cls="烹饪2401班", size=40, seed=11,
         sidp="24050101", students=["朱可心", "徐浩宸", "储子骞"], outsiders={"储子骞": "烹饪2402班"}, out_sidp="24050102",
         extra_class=["顾一航"], bad={"顾一航": "sum"}, others_named=["翟永祥"],
         teachers=["顾春林", "殷海燕"], form_count="40人",
         f8="food_safety", f10="title_max", f11="dish_typed", f12="straw_photo",
         findings=[("students.not_in_class", 12, True, "储子骞"), ("records.invalid_score", 10, False, "顾一航")],
         comment="储子骞 of the parallel class 烹饪2402班 (his class and 学号 2405010214 written on his pages) is the third student of "
                 "8/11/12; item 10 (40 = form `40人`) has no record of him: students.not_in_class. Item 8 (scanned 200 gray) is a "
                 "food-safety 出品记录 head (菜品 | 出锅时间 | 中心温度 | 留样时间 | 留样人 the student | 复核 the head chef 翟永祥, not a "
                 "student). Item 12 (phone photos, a milk-tea straw on the sheets) shows his homework with 烹饪2402班. Item 10 (TYPED) "
                 "gives the maxima ONCE in its title (`五个考核项目，每项满分20分`), none in the heads; 顾一航's 总分 is 6 above the sum "
                 "of his five parts: records.invalid_score. No roster"),
    dict(school="兴化市垛田技工学校", pack="gbkzip", region="xh", course="wifi", cls="网络2401班", size=38, seed=12,
         sidp="24030101", students=["沈凯瑞", "周清妍", "夏靖宇"], extra_class=["蒋昱霖"], bad={"蒋昱霖": "over"}, drop10=1,
         others_named=["缪建国"], teachers=["解立新", "陆晓庆", "翟文斌"], form_count="３８人",
         f8="exam_style", f10="exam_time", f11="test_typed", f12="scan_hand",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "蒋昱霖")],
         comment="the form says `３８人` in FULL-WIDTH digits; item 10 (scanned 300 dpi 1-bit, a coil of solder wire on the glass) "
                 "lists 37 (no roster): records.count_mismatch. Item 10 is ordered by 考核时间 (four sittings 08:30 … 11:00, 工位 "
                 "W01-W10, not 学号 order, no 序号 column), the 巡考 teacher named in the head; 蒋昱霖 has 41 under 配置(35) (总分 "
                 "the sum): records.invalid_score. Item 8 (scanned 250 gray) is set like an exam paper: a 学习活动 | 一 | 二 | 三 | 总分 "
                 "grid with the red marks at the top and a `得分 | 评卷人` box before each activity (the teacher named in it). The "
                 "scenic area's IT head 缪建国 is named in item 11 as 验收方 (not a student)"),
    dict(school="兴化市垛田技工学校", pack="gbkzip", region="xh", course="visit", cls="照护2401班", size=36, seed=13, males=3,
         sidp="24052901", students=["钱思妍", "陆欣彤", "储晨宇"], others_named=["解桂珍", "夏德顺", "缪秀英", "周国荣"],
         teachers=["夏红梅", "钱玉琴"], form_count="男生3人／女生33人", size_on_form=36, roster="birthday", headteacher="邹丽君",
         f8="visit_route", f10="stats_foot", f11="visit_report", f12="photo",
         findings=[],
         comment="clean. The form gives the class size only as `男生3人／女生33人` (no total; 36). The roster is a 学生生日月历 (the "
                 "class grouped under month heads 一月 … 十二月, each student's 生日), 36 = item 10 (TYPED), whose table ends in "
                 "statistics rows (平均分, 最高分, 最低分, 及格人数 36, 优秀人数) that are not students. Item 8 (colour scan 200) is a "
                 "巡访路线单: three households a page (the elders 解桂珍, 夏德顺, 缪秀英 with 到达时间/离开时间), the student as 巡访员. "
                 "Item 11 names the elders and the son 周国荣 (家属). None of them is a student"),
    dict(school="元阳县南沙技工学校", pack="dir", region="yy", course="inn", cls="酒店2401班", size=40, seed=21,
         sidp="53252824050", students=["卢梓涵", "白嘉树", "马艺彤"], items={11: ["卢梓涵", "白嘉树"]},
         extra_class=["普雨菡"], absent_from_10=["普雨菡"], others_named=["方伟民", "郑雅芝", "白永华"],
         teachers=["杨秀芬", "罗建云"], form_count="40", roster="nation_group", headteacher="马永芬",
         f8="ota_order", f10="nation_col", f11="checkin_typed", f12="scan_hand2",
         findings=[("students.count", 11, False), ("records.missing_student", 10, False, "普雨菡"), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED) holds the works of only 卢梓涵 and 白嘉树 (马艺彤's are missing; 8 and 12 hold the three): "
                 "students.count on 11; students.mismatch optional. The roster (typed, the class grouped under 民族 heads 哈尼族/彝族/"
                 "汉族/傣族/瑶族, 40) and the form (`40`) hold 普雨菡 (彝族); item 10 (the printed register PHOTOGRAPHED with a phone, "
                 "a 民族 column) has 39 rows and none for her: records.missing_student and records.count_mismatch. Item 8 (scanned 250 "
                 "gray) is a 网络订单确认单 (订单号, 渠道, 入住人 the guest, 确认人 the student); the guests 方伟民 and 郑雅芝 and the "
                 "民宿 manager 白永华 are not students"),
    dict(school="元阳县南沙技工学校", pack="dir", region="yy", course="redrice", cls="电商2401班", size=36, seed=22,
         sidp="53252824060", students=["陈舒然", "杨思哲", "罗馨蕊"], items={12: ["陈舒然", "杨思哲", "高锦文"]},
         extra_class=["高锦文"], others_named=["卢发忠"], teachers=["陶文华", "普丽萍"], form_count="36人",
         f8="head_row", f10="group_plain", f11="certificate", f12="straw_photo2",
         findings=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, a milk-tea straw on the sheets) holds the homework of 陈舒然, 杨思哲 and classmate 高锦文 "
                 "(with an item-10 record) instead of 罗馨蕊's (items 8 and 11 hold the three): students.mismatch. Item 11 (TYPED) is "
                 "a 使用证明 per work: `兹证明 <student> 同学（班级，学号）……` signed by the cooperative's head 卢发忠 (not a student) "
                 "under a red seal. No roster"),
    dict(school="和林格尔县盛乐技工学校", pack="zip", region="hl", course="yogurt", cls="机电2401班", size=40, seed=31,
         sidp="HL24012701", students=["郝天朗", "额尔敦·宝力德", "巴图"], others_named=["贾志军", "鲍海军"],
         teachers=["其其格玛", "郭建平", "任振华"], form_count="40人（其中蒙古族11人）", roster="helmet", headteacher="乔桂兰",
         f8="plain_line", f10="sign_col", f11="debug_typed", f12="straw_photo3",
         findings=[],
         comment="clean. The three are 郝天朗, the Mongolian 额尔敦·宝力德 (middle dot, written so everywhere, by hand on item 8 "
                 "and the register's signature column) and 巴图 (a 2-character Mongolian name without a surname); the class has "
                 "more whole Mongolian names. The lead teacher is 其其格玛 (Mongolian, no surname). Form `40人（其中蒙古族11人）` "
                 "(a second number that is not the size) = roster (a 实训安全帽及工装发放登记表, each student signing by hand, the "
                 "workshop keeper 鲍海军 named) = item 10 (scanned 250 gray) with a 学生签名 column signed by hand. The dairy's "
                 "engineer 贾志军 named in item 11 as 厂方确认"),
    dict(school="和林格尔县盛乐技工学校", pack="zip", region="hl", course="pickup", cls="汽修2401班", size=39, seed=32,
         sidp="HL24040301", students=["贾鹏程", "乔晓峰", "云子恒"], items={8: ["贾鹏程", "乔晓峰", "云子恒", "郭浩杰"]},
         extra_class=["郭浩杰", "任泽远"], bad={"任泽远": "over"}, others_named=["敖日格勒"],
         teachers=["乔宏斌", "云海龙"], form_count="39名",
         f8="old_parts", f10="plain_over", f11="workorder_typed", f12="color_hand",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "任泽远")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 200 gray, a coil of solder wire on the glass) holds FOUR worksheets: the three and classmate "
                 "郭浩杰 (with an item-10 record): students.count on 8; students.mismatch optional. Each worksheet ends in a 旧件交还"
                 "确认单 with the herder 敖日格勒 (车主, not a student) signing by hand. Item 10 (TYPED) 39 = form `39名`; 任泽远 has 34 "
                 "under 分动器拆检(30) (总分 the sum): records.invalid_score. No roster"),
]

PROVINCE = {1: "江苏省泰州市兴化市", 2: "云南省红河哈尼族彝族自治州元阳县", 3: "内蒙古自治区呼和浩特市和林格尔县"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 兴化: "08 工作页.pdf"
        return "%02d %s.pdf" % (n, NAMES[n])
    if g == 2:   # 元阳: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    return "（%d）%s.pdf" % (n, NAMES[n])   # 和林格尔: "（8）工作页.pdf", full-width brackets


def form_name(s, c):
    return {1: ("申报书-%s-兴化垛田技工学校.pdf" % c["major"], "pdf"),
            2: ("附件2 工学一体化优质课堂项目申报书（%s）.docx" % s["cls"], "docx"),
            3: ("%s申报书.docx" % c["course"], "docx")}[grp(s)]


# ------------------------------------------------------------------ the form

def form_rows(s, c):
    g = grp(s)
    if g == 1:
        return [[("专业名称", c["major"]), ("专业编码", c["code"])], [("授课课程名称", c["course"]), ("总学时", "%d" % (c["hours"] * 6))],
                [("授课学习任务名称", c["task"]), ("学时", "%d" % c["hours"])], [("授课班级", s["cls"]), ("班级人数", s["form_count"])]]
    if g == 2:
        return [[("专业名称", c["major"])], [("专业编码", c["code"])], [("授课课程名称", c["course"])], [("授课学习任务名称", c["task"])],
                [("培养层级", "中级工")], [("授课班级", s["cls"])], [("班级人数", s["form_count"])], [("学时", "%d" % c["hours"])]]
    return [[("专业名称", c["major"])], [("专业代码", c["code"])], [("课程名称", c["course"])], [("学习任务", c["task"])],
            [("授课班级", s["cls"])], [("班级人数", s["form_count"])], [("学习工作站", c["station"])]]


def form_count_text(s, c):
    for row in form_rows(s, c):
        for a, b in row:
            if "人数" in a:
                return "%s | %s" % (a, b)


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "是否获得一体化教师培训证书"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "是" if i < 2 else "否"] for i, n in enumerate(t)]
    rows = []
    for row in form_rows(s, c):
        cells = []
        for a, b in row:
            cells += [a, (b, ' align="left"' + (' colspan="3"' if len(form_rows(s, c)[0]) == 2 and len(row) == 1 else ""))]
        rows.append(cells)
    info = tbl(rows, width="94%", pad="4px 6px")
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<p>团队成员职责分工：{lead}负责学习任务设计和课堂组织，其余成员负责实训指导、过程记录和考核评价。</p>
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、资源与环境</h3><p>依托{station}，配备工作页、企业标准、微课和合作单位提供的真实任务资料。</p>
<h3>五、考核评价</h3><p>过程考核与成果考核相结合，考核记录覆盖授课班级全体学生。</p>
<h3>六、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学。</p>
<h3>七、特色与成效</h3><p>学习任务来自{prov}合作单位的真实工作，成果经合作单位验收使用。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 2000 + s["seed"] * 37),
        d=3 + s["seed"] % 22, info=info, tm=tbl(trs, width="86%"), situation=c["situation"], prov=PROVINCE[g], station=c["station"])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n{course}课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的工学一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求进行校本转化。\n二、学习任务设置\n本学期实施学习任务“{task}”，共{hours}学时。\n三、考核与评价\n过程性考核与终结性考核相结合。",
    2: "{school}\n“{task}”学习任务分析\n一、任务来源\n{situation}\n二、工作过程\n明确任务—制定方案—实施—检验—交付与反馈。",
    3: "{school}\n{task}\n教学活动策划\n学习活动一　明确任务与获取信息\n学习活动二　制定方案\n学习活动三　实施与检验\n学习活动四　交付、评价与反馈",
    4: "{school}\n{course}教学进度计划（{hours}学时）\n第一周　明确任务、获取信息\n第二周　制定方案并决策\n第三周　实施与检验\n第四周　交付与评价反馈",
    5: "{school}\n{task}　教学活动方案\n一、导入：工作情境\n二、引导问题与分组\n三、实施与巡回指导\n四、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n工作页、合作单位标准、操作视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站分为信息查询区、计划决策区、实施区、成果展示与评价区。",
    9: "{school}\n{task}　学习任务考核方案\n考核由过程考核和成果考核组成，成绩记入学习任务考核记录，覆盖全班学生。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√", "√ 对", "√ 完整", "√ 9", "√ 10", "√ 清楚", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (10 + (s["seed"] + k) % 3, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE, qs=None):
    out = ""
    for qi, (q, a) in enumerate(qs or c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "14"
    k = s["klass"].index(n) + 1
    return s["sidp"] + "%02d" % k


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


# ------------------------------------------------------------------ item 8

def item8(s, c, names, d):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>【工作情境】</b>%s</p>" % c["situation"]
    o = s.get("others_named", [])
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评语：<span %s>%s</span></p>' % (RED, ["完成认真", "要点齐全", "良好", "记录完整"][i % 4])
        if f == "food_safety":   # a food-safety 出品 head: 中心温度, 留样, the head chef as 复核
            head = tbl([["菜品", "清蒸大闸蟹／香葱鱼圆汤", "制作人", hand(n, True)], ["班级", hand(cl, True), "学号", hand(sid, True)]],
                       width="92%", pad="4px 5px")
            safe = tbl([["出锅时间", "中心温度", "留样时间", "留样量", "留样人", "复核"],
                        [hand("11:%02d" % (12 + 6 * i), True), hand("%d℃" % (78 + i), True), hand("11:%02d" % (20 + 6 * i), True),
                         hand("150g", True), hand(n, True), hand(o[0], True, BLACK)]], width="92%", pad="4px 4px")
            body = (title + head + "<p><b>出品安全记录</b>（按食品安全要求填写）</p>" + safe + sit + answers(c, rng, i) + comment)
        elif f == "exam_style":   # set like an exam paper: a score grid at the top, 得分 | 评卷人 before each activity
            sc = [rng.randint(24, 30), rng.randint(26, 35), rng.randint(27, 35)]
            grid = tbl([["学习活动", "一", "二", "三", "总分"], ["得分"] + [red(str(x)) for x in sc] + [red(str(sum(sc)))]],
                       width="70%", pad="3px 6px")
            line = "<p>班级：%s　　姓名：%s　　学号：%s</p>" % (hand(cl, True), hand(n), hand(sid, True))
            parts = ""
            heads = ["一、获取信息与现场勘察（30分）", "二、制定方案（35分）", "三、实施与测试（35分）"]
            for k, (q, a) in enumerate(c["qs"]):
                box = tbl([["得分", "评卷人"], [red(str(sc[k])), red(t[k % len(t)][0] + "老师")]], width="26%", pad="2px 4px")
                parts += box + '<p><b>%s</b></p><p><b>%s</b></p><p>%s</p>' % (heads[k], q, hand(a[(i + k) % 3]))
            body = ('<h3 style="text-align:center">%s　学习工作页</h3><p style="text-align:center">%s</p>' % (s["school"], c["task"]) +
                    line + grid + sit + parts + comment)
        elif f == "visit_route":   # a 巡访路线单: three households, arrival and leaving times
            head = tbl([["巡访员", hand(n, True), "班级", hand(cl, True), "学号", hand(sid, True)],
                        ["巡访日期", hand(day(s, i)[5:], True), "带队", t[i % 2], "片区", "垛田街道%s社区" % ["凤凰", "芦洲", "得胜"][i % 3]]],
                       width="100%", pad="4px 4px")
            route = tbl([["站", "老人姓名", "住址", "到达时间", "离开时间", "发现的安全隐患"]] +
                        [[str(k + 1), o[k], "%s组%d号" % (["东", "西", "南"][k], 11 + 7 * k + i), hand("%d:%02d" % (8 + k, 10 + 5 * i), True),
                          hand("%d:%02d" % (8 + k, 50 + 3 * i), True), hand(["卫生间无扶手", "夜灯不亮", "呼叫器未通电"][(k + i) % 3], True)]
                         for k in range(3)], width="100%", pad="3px 3px")
            body = ('<h3 style="text-align:center">居家安全巡访路线单（工作页）</h3>' + head + "<p></p>" + route + sit +
                    answers(c, rng, i) + comment)
        elif f == "ota_order":   # a 网络订单确认单: the guest and the student as 确认人
            head = tbl([["订单号", "YY2412%05d" % (30417 + 37 * i), "渠道", "旅行平台网络订单"],
                        ["入住人", o[i % 2], "房型", ["梯田观景大床房", "云海双床房", "亲子家庭房"][i % 3]],
                        ["入住日期", "12月%d日" % (20 + i), "离店日期", "12月%d日" % (22 + i)],
                        ["确认人", hand(n, True), "确认时间", hand("12月%d日 %d:30" % (19 + i, 15 + i), True)]], width="92%", pad="4px 5px")
            body = ('<h3 style="text-align:center">网络订单确认单（前厅工作页）</h3>' + head + sit + answers(c, rng, i) + comment +
                    "<p>班级：%s　　学号：%s</p>" % (hand(cl, True), hand(sid, True)))
        elif f == "head_row":   # common: a bordered head row
            head = tbl([["班级", "姓名", "学号", "组别"], [hand(cl, True), hand(n), hand(sid, True), hand("第%d组" % (1 + i), True)]],
                       width="86%", pad="4px 5px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # common: a plain line
            body = (title + "<p>班级：%s　　学号：%s　　姓名：%s</p>" % (hand(cl, True), hand(sid, True), hand(n)) + sit +
                    answers(c, rng, i) + comment)
        elif f == "old_parts":   # vehicle head, and a 旧件交还确认单 the owner signs by hand
            head = tbl([["车牌", "蒙A·%s" % ["3K72Q", "3K72Q", "3K72Q", "3K72Q"][i], "车主", o[0], "维修人", hand(n, True)],
                        ["班级", hand(cl, True), "学号", hand(sid, True), "日期", hand(day(s, i)[5:], True)]], width="100%", pad="4px 4px")
            parts = tbl([["旧件名称", "数量", "处理方式", "车主签字"],
                         ["分动器输入轴轴承", "1", hand("交还车主", True), hand(o[0], True, BLACK)],
                         ["分动器链条", "1", hand("交还车主", True), hand(o[0], True, BLACK)],
                         ["分动器油", "2 L", hand("回收", True), "—"]], width="80%", pad="3px 4px")
            body = (title + head + sit + answers(c, rng, i) + "<p><b>旧件交还确认单</b></p>" + parts + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    meth = {"food_safety": "x-scanpdf:200", "exam_style": "x-scanpdf:250", "visit_route": "x-scanpdf:200:color",
            "ota_order": "x-scanpdf:250", "head_row": "x-scanpdf:200:color", "plain_line": "x-scanpdf:200:solder",
            "old_parts": "x-scanpdf:200:solder"}[f]
    font = {"visit_route": "Noto Sans CJK SC", "ota_order": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    return "08.html", html(PB.join(pages), "10pt", font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def grade(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 70 else "及格" if x >= 60 else "不及格"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "1px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "title_max":   # the maxima once in the title, none in the heads
        parts = ["原料初加工", "刀工成形", "火候控制", "调味装盘", "卫生与成本"]
        out = [trow([H(x) for x in ["序号", "学号", "姓名"] + parts + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = [rng.randint(12, 20) for _ in parts]
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), ""], pad))
        body = ('<p style="text-align:center"><b>%s　学习任务考核成绩表</b></p><p style="text-align:center">（五个考核项目，每项满分20分，总分100分）</p>'
                '<p>学习任务：%s　　课程：%s　　考核日期：%s</p>' % (s["cls"], c["task"], c["course"], day(s, 11)) + table(out) + sign)
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "exam_time":   # ordered by 考核时间 and 工位, no 序号, the 巡考 in the head
        parts = [("布线", 25), ("配置", 35), ("测试", 25), ("文档", 15)]
        order = list(rec)
        random.Random(s["seed"] * 101).shuffle(order)
        out = [trow([H(x) for x in ["考核时间", "工位", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        times = ["08:30", "09:20", "10:10", "11:00"]
        for k, n in enumerate(order):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 41
            out.append(trow([times[k // 10], "W%02d" % (k % 10 + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = ('<p style="text-align:center"><b>学习任务技能考核记录表</b></p><p>%s　　班级：%s　　学习任务：%s</p>'
                '<p>考核地点：网络综合布线实训室　　考核日期：%s　　考评员：%s　　巡考：%s</p>' % (s["school"], s["cls"], c["task"], day(s, 11), "、".join(t[:2]), t[2]) +
                table(out) + "<p>说明：按抽签顺序分四场考核，每场十个工位。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono:solder"
    if f == "stats_foot":   # statistics rows at the foot
        parts = [("安全评估", 30), ("设备指导", 30), ("沟通记录", 20), ("职业素养", 20)]
        out = [trow([H(x) for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        tots, cols = [], [[] for _ in parts]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.66, 0.98)
            tots.append(sum(v))
            for j, x in enumerate(v):
                cols[j].append(x)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))

        def foot(label, vals):
            return "<tr>%s%s</tr>" % (td(H(label), ' align="center" colspan="3"', pad), "".join(td(x, ' align="center"', pad) for x in vals))
        out.append(foot("平均分", ["%.1f" % (sum(x) / len(x)) for x in cols] + ["%.1f" % (sum(tots) / len(tots))]))
        out.append(foot("最高分", [str(max(x)) for x in cols] + [str(max(tots))]))
        out.append(foot("最低分", [str(min(x)) for x in cols] + [str(min(tots))]))
        out.append(foot("及格人数", ["", "", "", "", str(sum(1 for x in tots if x >= 60))]))
        out.append(foot("优秀人数（≥90）", ["", "", "", "", str(sum(1 for x in tots if x >= 90))]))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "nation_col":   # a plain register with a 民族 column, printed and photographed
        parts = [("订单确认", 20), ("入住登记", 30), ("服务介绍", 20), ("礼仪沟通", 30)]
        out = [trow([H(x) for x in ["序号", "姓名", "民族", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), n, s["nation"][n], sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:photo"
    if f == "group_plain":   # common: a plain table with 组别
        parts = [("竞品分析", 20), ("素材拍摄", 20), ("详情页设计", 40), ("客服回复", 20)]
        out = [trow([H(x) for x in ["序号", "组别", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), "第%d组" % (k % 6 + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "sign_col":   # a 学生签名 column signed by hand
        parts = [("元件安装", 20), ("电气接线", 25), ("程序编写", 30), ("调试运行", 25)]
        out = [trow([H(x) for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "学生签名"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), hand(n, True, size="11pt")], pad))
        body = head10(s, c, "学习任务考核记录（学生确认）") + table(out) + "<p>注：学生核对本人成绩无误后签名。</p>" + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    if f == "plain_over":   # common: a plain table
        parts = [("接车问诊", 15), ("分动器拆检", 30), ("零件更换", 30), ("路试交车", 15), ("职业素养", 10)]
        out = [trow([H(x) for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 34
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
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
            if f == "dish_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["成品评价", desc, "评价人", t[j % 2]]], width="90%"))
            elif f == "test_typed":
                parts.append('<h3>%s</h3><p>测试人：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["测试项", "结果"], ["游客网段到监控网段", "拒绝"], ["大厅漫游切换", "正常"], ["结论", desc]], width="80%") +
                             "<p>验收方：千垛景区信息科 %s　　指导教师：%s</p>" % (o[0], t[j % 3]))
            elif f == "visit_report":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["巡访员", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                  ["巡访对象", "、".join(o[:3]), "家属联系人", "%s（%s之子）" % (o[3], o[0])],
                                  ["结果", desc, "指导教师", t[j % 2]]], width="92%"))
            elif f == "checkin_typed":
                parts.append('<h3 style="text-align:center">%s</h3><p>接待员：%s　　班级：%s　　学号：%s</p>' % (title, n, cl, sid) +
                             tbl([["房号", "客人", "到店时间", "备注"], ["20%d" % (1 + i), o[0], "16:%02d" % (10 + 7 * i), "需六点叫醒"],
                                  ["20%d" % (5 + i), o[1], "18:%02d" % (5 + 4 * i), "网络订单，已确认"]], width="88%") +
                             "<p>%s　　民宿经理：%s</p>" % (desc, o[2]))
            elif f == "certificate":   # 兹证明, signed by the cooperative's head under a red seal
                seal = ('<table style="border-collapse:collapse" width="150"><tr><td style="border:2pt solid #c0241c;padding:6px 4px;color:#c0241c;font-size:9pt" align="center">'
                        '元阳县梯田红米<br/>种植专业合作社<br/>★<br/>专用章</td></tr></table>')
                sig = ('<p>元阳县梯田红米种植专业合作社（盖章）</p><p>负责人：%s</p><p>%s</p>' % (o[0], day(s, 31 + i)) + seal)
                parts.append('<h3 style="text-align:center">使用证明</h3><p>　　兹证明%s同学（%s，学号%s）在“%s”学习任务中为我社制作的“%s”（%s），'
                             '已于%s在我社网店上线使用，效果良好。</p><p>　　特此证明。</p>' % (n, cl, sid, c["task"], title, desc, day(s, 30 + i)) +
                             '<table style="border-collapse:collapse" width="100%%"><tr><td width="50%%" valign="bottom">指导教师：%s</td>'
                             '<td width="50%%">%s</td></tr></table>' % (t[j % 2], sig))
            elif f == "debug_typed":
                parts.append('<h3 style="text-align:center">%s</h3>' % title + tbl([["调试人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                                                     ["结果", desc, "厂方确认", o[0]]], width="90%"))
            elif f == "workorder_typed":
                parts.append('<h3>%s</h3>' % title + tbl([["车主", o[0], "车型", "柴油四驱皮卡"], ["维修技师", "%s（%s）" % (n, cl), "质检员", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
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
        if f == "straw_photo":
            head = ["%s　课后作业" % c["course"][:6], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "scan_hand":
            head = ["无线网络课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo":
            head = ["照护课后作业", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "scan_hand2":
            head = ["前厅服务课后作业", "> 班级 %s　姓名 %s　学号 %s" % (cl, n, sid)]
        elif f == "straw_photo2":
            head = ["网店运营课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "straw_photo3":
            head = ["PLC课后练习", "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "color_hand":
            head = ["课后作业（传动系）", "姓名 %s　班级 %s" % (n, cl)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"straw_photo": "x-photo:200:2:straw", "scan_hand": "x-scan:200:3", "photo": "x-photo:200:1",
            "scan_hand2": "x-scan:250:4", "straw_photo2": "x-photo:200:1:straw", "straw_photo3": "x-photo:200:2:straw",
            "color_hand": "x-scan:200:3:color"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

MONTHS = "一二三四五六七八九十"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    rng = random.Random(s["seed"] * 31)
    if r == "birthday":   # grouped under month heads, each student's birthday
        bd = {}
        for n in k:
            m = rng.randint(1, 12)
            bd[n] = (m, rng.randint(1, 28), rng.choice([2008, 2008, 2009]))
        rows = [trow([H(x) for x in ["序号", "学号", "姓名", "性别", "出生日期"]], "1px 4px")]
        j = 0
        for m in range(1, 13):
            ms = sorted([n for n in k if bd[n][0] == m], key=lambda x: bd[x][1])
            if not ms:
                continue
            label = MONTHS[m - 1] if m <= 10 else "十" + MONTHS[m - 11]
            rows.append('<tr><td colspan="5" style="border:0.75pt solid #000;padding:1px 6px;background:#f2e6ea">%s月（%d人）</td></tr>' % (label, len(ms)))
            for n in ms:
                j += 1
                y, mm, dd = bd[n][2], bd[n][0], bd[n][1]
                rows.append(trow([str(j), sid_of(s, n), n, sex_of(n), "%d.%02d.%02d" % (y, mm, dd)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生生日月历</h2><p style="text-align:center">%s　（班级生日会用，按出生月份排列）</p>' % (s["cls"], s["school"]) +
                table(rows, width="78%") + "<p>班主任：%s　　　全班%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（生日月历）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "nation_group":   # grouped under 民族 heads
        towns = ["南沙镇", "新街镇", "牛角寨镇", "沙拉托乡", "嘎娘乡", "上新城乡", "小新街乡", "逢春岭乡", "大坪乡", "攀枝花乡", "黄茅岭乡", "俄扎乡", "马街乡"]
        rows = [trow([H(x) for x in ["序号", "学号", "姓名", "性别", "民族", "生源乡镇"]], "1px 4px")]
        j = 0
        for nat in ["哈尼族", "彝族", "汉族", "傣族", "瑶族"]:
            ms = [n for n in k if s["nation"][n] == nat]
            if not ms:
                continue
            rows.append('<tr><td colspan="6" style="border:0.75pt solid #000;padding:1px 6px;background:#e6eef2">%s（%d人）</td></tr>' % (nat, len(ms)))
            for n in ms:
                j += 1
                rows.append(trow([str(j), sid_of(s, n), n, sex_of(n), nat, rng.choice(towns)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2><p style="text-align:center">（按民族分列）</p>' % (s["school"], s["cls"]) +
                table(rows, width="84%") + "<p>班主任：%s　　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "helmet":   # 安全帽 and 工装 handed out, each student signing by hand
        rows = [trow([H(x) for x in ["序号", "学号", "姓名", "安全帽编号", "工装尺码", "领取人签名", "领取日期"]], "1px 4px")]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, "JD-%03d" % (101 + j), rng.choice(["170/88A", "175/92A", "180/96A", "165/84A"]),
                              hand(n, True, size="11pt"), "9月%d日" % (9 + j % 3)], "1px 4px"))
        body = ('<h2 style="text-align:center">%s实训安全帽及工装发放登记表</h2><p style="text-align:center">%s　机电实训车间</p>' % (s["cls"], s["school"]) +
                table(rows, width="94%") + "<p>发放人：%s（实训车间管理员）　　班主任：%s　　共发放%d套</p>" % (s["others_named"][1], s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生名单（安全帽工装发放）.pdf\tpdf\troster\t0" % s["cls"])
        return []
    raise SystemExit(r)


def nation_of(rng, n):
    if n.startswith("普") or n.startswith("罗"):
        return "彝族" if rng.random() < 0.8 else "哈尼族"
    if n[0] in "刀陶":
        return "傣族"
    if n[0] in "盘邓":
        return "瑶族"
    if n[0] in "王张陈":
        return "汉族" if rng.random() < 0.8 else "哈尼族"
    return "哈尼族" if rng.random() < 0.8 else "彝族"


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Hundred-and-forty-seventh held-out people corpus (testdata/heldout147), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 147)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], s.get("males"))
        if s["region"] == "yy":
            nr = random.Random(s["seed"] * 53)
            s["nation"] = {n: nation_of(nr, n) for n in s["klass"]}
            s["nation"]["普雨菡"] = "彝族" if "普雨菡" in s["nation"] else None
        rec = [n for n in s["klass"] if n not in s.get("absent_from_10", [])]
        for _ in range(s.get("drop10", 0)):
            rec.remove([n for n in rec if n not in fixed][-1])
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
            "class_size_on_form": s.get("size_on_form") or int(re.search(r"\d+", s["form_count"]).group()),
            "form_count_text": form_count_text(s, c),
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
