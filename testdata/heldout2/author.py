#!/usr/bin/env python3
"""Write the sources of the second held-out people corpus (src/ and truth.json).

Written apart from the checks (checks/, internal/names, internal/form,
internal/corpusgen, internal/seg were not read) and apart from the first
held-out corpus's texts: other schools, other majors, other class lists and
other layouts. Class lists are drawn once from fixed seeds out of a surname
mix unlike the first corpus's (plus compound surnames), with planted hard
cases per class: classmates one character away from the three students, a
two-character name that is the prefix of a classmate's, a four-character
name.

Run it after editing: python3 author.py   (rewrites src/ and truth.json)
Then build with ./build.sh OUT (see README.md).
"""
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

SURNAMES = list("张王赵孙郑冯褚卫蒋沈韩朱秦许吕施孔曹严金魏陶姜邹喻柏窦章苏潘葛范彭鲁马方俞任袁柳唐费廉岑薛雷贺倪汤殷罗毕郝邬安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米贝明臧戴宋庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林钟徐邱骆高夏蔡田樊胡凌霍虞万支柯卢莫韦覃蒙")
COMPOUND = ["欧阳", "司徒", "上官", "诸葛", "东方", "慕容", "令狐"]
GIVEN = list("子梓浩宇轩涵欣怡诗雨思琪佳俊杰博文嘉睿晨曦一诺可馨若瑶晓雪丽娜婷艳秀兰桂芬建国志强伟明辉磊鹏飞昊天泽洋旭东海波宁静安琳悦彤颖慧敏萌")


def draw_class(rng, n, fixed):
    """n distinct names: the fixed ones plus drawn ones, in roll order."""
    names = list(fixed)
    while len(names) < n:
        r = rng.random()
        s = rng.choice(COMPOUND) if r < 0.04 else rng.choice(SURNAMES)
        g = rng.choice(GIVEN) if rng.random() < 0.22 else rng.choice(GIVEN) + rng.choice(GIVEN)
        if len(g) == 2 and g[0] == g[1] and rng.random() < 0.8:
            continue
        name = s + g
        # no drawn name one character from a planted one (the plants are the hard cases)
        if name in names or any(len(name) == len(f) and sum(a != b for a, b in zip(name, f)) <= 1 for f in fixed):
            continue
        if any(f.startswith(name) or name.startswith(f) for f in fixed):
            continue
        names.append(name)
    rng.shuffle(names)
    return names


# ------------------------------------------------------------------- courses
# Per course: worksheet questions with one answer per student (0..3),
# homework questions with answers, four outputs for item 11, the self-check
# line students write at the end of a worksheet.

COURSES = {
    "vlan": dict(
        major="计算机网络应用", code="0208", course="局域网组建与维护", task="交换机VLAN划分与配置", hours=20,
        station="网络组建一体化学习工作站", seats=40,
        situation="桂林某酒店前台、财务和客房三个部门共用一台二层交换机，财务电脑经常收到别的部门的广播包，网速变慢。酒店信息部委托我们按部门划分VLAN，实现部门之间隔离，并用一台三层交换机让经理办公室能访问三个部门。",
        qs=[("问题一：什么是VLAN？划分VLAN能解决什么问题？",
             ["VLAN是虚拟局域网，把一台交换机逻辑上分成几个广播域，可以减少广播风暴，提高安全。",
              "在交换机上按端口把电脑分组，不同组之间默认不能通信，广播只在组内转发。",
              "虚拟局域网，能把不同部门隔开，财务的数据别人看不到。",
              "一种逻辑分组技术，可以不按物理位置来分网络，管理方便。"]),
            ("问题二：Access端口和Trunk端口有什么区别？",
             ["Access只属于一个VLAN，接电脑；Trunk可以通过多个VLAN的数据，接交换机。",
              "Access口发出去的帧不带标签，Trunk口带802.1Q标签。",
              "交换机之间级联要用Trunk，允许通过的VLAN要写清楚。",
              "Access接终端，Trunk接上联设备，Trunk要设置allowed vlan。"]),
            ("问题三：写出把端口1到8划入VLAN 10的命令。",
             ["vlan 10，interface range g0/0/1 to g0/0/8，port link-type access，port default vlan 10",
              "先创建vlan 10，再用端口组批量进入，把类型改成access，加入vlan 10。",
              "port-group 1 包含1到8口，然后 port default vlan 10。",
              "进入系统视图，vlan batch 10 20 30，端口1到8 access 到 vlan 10。"])],
        hw=[("一、用display命令怎样检查VLAN配置是否正确？",
             ["display vlan 看端口在哪个vlan，display port vlan 看端口类型。",
              "用 display vlan brief 和 display interface brief 检查。",
              "display current-configuration 查看整个配置，再ping测试。",
              "看vlan表，端口有没有加进去，然后同vlan和不同vlan各ping一次。"]),
            ("二、三层交换机实现VLAN间通信要配置什么？",
             ["给每个VLAN建vlanif接口并配网关地址，电脑的网关指向它。",
              "interface vlanif 10 配IP，各部门电脑网关设成对应的vlanif地址。",
              "配置vlanif虚接口，开启路由功能，检查路由表。",
              "每个vlan一个三层接口，作为网关。"])],
        outputs=[("酒店网络VLAN规划表", "按前台、财务、客房和经理室规划了四个VLAN的编号、网段和端口，用Visio画了拓扑图。"),
                 ("交换机配置脚本及注释", "整理了两台交换机的全部配置命令，每一段写了注释，在eNSP里验证通过。"),
                 ("网络故障排查记录", "记录了配置中遇到的三个故障：Trunk没放行VLAN、网关写错、端口类型错误，以及排查步骤。"),
                 ("部门隔离测试报告", "用ping和抓包测试了部门之间的隔离效果，截图十二张。")]),
    "haircut": dict(
        major="美容美发与造型", code="0710", course="剪发技术", task="女士短发修剪", hours=16,
        station="美发实训中心", seats=30,
        situation="美发店接待一位三十岁左右的顾客，头发齐肩、发量偏多、发质偏硬，想剪一款清爽好打理的短发，上班和周末都适用。店长让实习发型师完成咨询、设计和修剪，并给顾客讲解日常打理方法。",
        qs=[("问题一：为顾客设计发型前要观察哪些方面？",
             ["脸型、头型、发质发量，还有顾客的职业和平时打理的时间。",
              "先看脸型是圆脸还是长脸，再摸发质，问顾客的要求。",
              "观察五官比例、颈部长短，了解顾客喜欢的风格。",
              "发量、发流方向、有没有旋，顾客的年龄和工作。"]),
            ("问题二：短发修剪一般怎样分区？",
             ["分成顶部、两侧、后部上下两区，一共五个区。",
              "从耳后分开前后，再分出顶区，后区分上下。",
              "按头部骨骼分：顶部、侧部、后脑、颈背部。",
              "先分中线，再分耳上线，后面按枕骨分两层。"]),
            ("问题三：打薄剪的作用是什么？使用时要注意什么？",
             ["减少发量让头发蓬松服帖，不能在发根剪，会翘。",
              "去掉多余的发量，注意不要一个地方剪太多，会出洞。",
              "让发尾有层次，要离发根三厘米以上。",
              "调整发量和质感，剪的次数要均匀。"])],
        hw=[("一、写出你这次修剪的主要步骤。",
             ["洗头→分区→定后部引导线→修后区→修两侧→连接顶部→打薄→吹风造型。",
              "先剪颈背部确定长度，再往上一层层剪，两侧对称检查，最后修刘海。",
              "分五区，从后往前剪，用垂直分份做层次，最后检查轮廓。",
              "咨询、洗发、分区、修剪、打薄、吹干、整理、讲解打理方法。"]),
            ("二、怎样检查左右两边是否对称？",
             ["站在顾客正前方看镜子，用手指夹起两边的头发比较长度。",
              "两边各拉一束到脸颊比一比，不一样就修齐。",
              "从镜子里看两侧的轮廓线，再用梳子提起对比。",
              "让顾客坐正，对着镜子看两侧的发尾位置。"])],
        outputs=[("短发修剪作品照片及说明", "修剪前后各拍了正面、侧面和背面照片，写了设计思路。"),
                 ("顾客咨询记录卡", "设计了一张咨询卡，包括脸型、发质、生活习惯和顾客要求。"),
                 ("发型打理小贴士", "给顾客做了一张小卡片，说明吹风方向和造型产品的用量。"),
                 ("修剪工具保养记录", "记录了剪刀、打薄剪和推子的清洁消毒和保养方法。")]),
    "weld": dict(
        major="焊接加工", code="0124", course="焊条电弧焊", task="低碳钢板对接平焊", hours=24,
        station="焊接实训车间", seats=36,
        situation="钢结构厂接到一批厂房钢梁的订单，需要把厚度十毫米的Q235钢板对接平焊，焊缝要求全焊透，外观无咬边、无气孔，焊后进行外观检查和弯曲试验。车间主任安排我们完成试板焊接并提交检验记录。",
        qs=[("问题一：焊前为什么要开坡口？本任务用什么坡口？",
             ["板厚十毫米单面焊不透，要开V形坡口，角度六十度，留钝边和间隙。",
              "为了焊透，用V形坡口，钝边一毫米，间隙三到四毫米。",
              "坡口让焊条能伸到根部，保证根部熔透，用六十度V形坡口。",
              "厚板要开坡口，不然只焊了表面，我们用的是V形。"]),
            ("问题二：打底焊怎样控制熔孔？",
             ["熔孔大小保持在一毫米左右，看到熔孔就往前运条，太大就灭弧。",
              "用断弧法，每次熔孔形成后熄弧，等颜色变暗再引弧。",
              "眼睛盯着熔孔，焊条角度七十度左右，速度均匀。",
              "熔孔太大会烧穿，太小焊不透，要听电弧声音。"]),
            ("问题三：焊接时要做好哪些安全防护？",
             ["戴面罩、焊工手套，穿工作服和绝缘鞋，旁边不能有易燃物。",
              "检查焊机接地，电缆没有破损，通风要好。",
              "防止弧光伤眼，防止触电和烫伤，戴好防护用品。",
              "清理周围的油漆和木料，准备灭火器。"])],
        hw=[("一、焊缝出现咬边的原因是什么？怎样防止？",
             ["电流太大、电弧太长，运条时在坡口两边停留时间短。要减小电流，两边稍停。",
              "焊条角度不对，速度太快，应该调小电流，压低电弧。",
              "电流大，边缘熔化了没有填满，要在两侧多停一下。",
              "手法不稳，电弧拉长了，要保持短弧焊接。"]),
            ("二、焊后外观检查用什么工具，检查哪些内容？",
             ["焊缝检验尺，量余高、宽度、咬边深度，看有没有气孔裂纹。",
              "用焊缝规和放大镜，检查余高和宽度是否均匀。",
              "焊检尺和钢直尺，还要看背面成形。",
              "焊接检验尺，检查正反面成形和错边量。"])],
        outputs=[("V形坡口对接平焊试板", "焊了两块试板，正面余高均匀，背面成形良好，弯曲试验合格。"),
                 ("焊接工艺卡", "写了焊条型号E4303、电流范围、层数和每层的运条方法。"),
                 ("焊接缺陷分析报告", "对第一块试板的气孔和夹渣做了原因分析，拍照对比。"),
                 ("焊接安全检查表", "做了一张焊前安全检查表，共十项，每次上课前填写。")]),
    "robot": dict(
        major="工业机器人应用与维护", code="0133", course="工业机器人现场编程", task="搬运工作站示教编程", hours=28,
        station="工业机器人学习工作站", seats=42,
        situation="某电子厂包装线要用一台六轴机器人把传送带上的手机包装盒搬到托盘上，每层摆放六个，共两层。设备部委托我们完成工具坐标、工件坐标的标定和搬运程序的示教，要求节拍不超过八秒一个。",
        qs=[("问题一：为什么要标定工具坐标系？用什么方法？",
             ["吸盘的中心不在法兰上，要标定TCP，用四点法。",
              "为了让机器人按吸盘的位置运动，用四点法或六点法标定。",
              "TCP不对的话重定位运动会偏，用尖锥对准四个不同姿态。",
              "工具装上以后要告诉机器人工具的位置和重量。"]),
            ("问题二：搬运程序中哪些点要示教？",
             ["原点、抓取点上方、抓取点、放置点上方、放置点。",
              "HOME点，取料点和它的过渡点，放料的第一个点，其余用偏移算。",
              "安全点、接近点、抓取点、离开点、放置点。",
              "只示教第一个放置位置，别的用Offs函数偏移。"]),
            ("问题三：手动示教时要注意哪些安全事项？",
             ["使用手动低速模式，按住使能键，人不能进机器人工作范围。",
              "速度先调到百分之十，随时准备按急停。",
              "示教时一个人操作，另一个人在外面监护。",
              "检查安全门和急停，低速运行确认轨迹。"])],
        hw=[("一、写出用Offs函数计算第二层第一个放置点的指令。",
             ["MoveL Offs(pPlace,0,0,50),v200,fine,tool1\\WObj:=wobj1;",
              "pPlace2:=Offs(pPlace,0,0,50); MoveL pPlace2,v100,fine,tool1;",
              "Offs(pPlace,0,0,箱高)，z方向加一个盒子的高度。",
              "MoveJ Offs(pBase,0,0,50),v500,z10,tool1;"]),
            ("二、节拍太慢怎样优化？",
             ["过渡点用z50转弯区，空走用MoveJ，提高速度。",
              "减少不必要的点，抓取前的等待时间缩短。",
              "提高空载速度，只有抓放时用低速fine。",
              "优化路径，不要每次都回原点。"])],
        outputs=[("搬运工作站程序及注释", "写了主程序和码垛子程序，两层十二个位置全部用偏移计算，试运行节拍7.2秒。"),
                 ("工具坐标标定记录", "记录了四点法标定的四个姿态和误差，误差0.6毫米。"),
                 ("工作站安全操作规程", "整理了开机、示教、自动运行和关机的安全规程，贴在工作站旁。"),
                 ("码垛位置计算表", "用表格算出十二个放置点的偏移量，和示教点对比。")]),
    "invoice": dict(
        major="会计事务", code="0702", course="税费计算与申报", task="增值税专用发票开具与审核", hours=16,
        station="财税一体化实训室", seats=48,
        situation="贺州一家建材公司销售一批瓷砖给装修公司，对方要求开具增值税专用发票。公司财务部安排实习会计根据销售合同和出库单开具发票，并审核对方寄来的一张进项发票是否合规。",
        qs=[("问题一：开具增值税专用发票需要购买方提供哪些信息？",
             ["名称、纳税人识别号、地址电话、开户行及账号。",
              "购买方的全称、税号、地址、电话、开户银行和账号，四项都要有。",
              "单位名称和税号是必须的，专票还要地址电话和银行账号。",
              "开票信息：名称、税号、地址电话、开户行账号。"]),
            ("问题二：本笔业务的销项税额怎样计算？",
             ["不含税金额乘以13%，58000乘13%等于7540元。",
              "价税合计65540元，除以1.13再乘13%，税额7540元。",
              "销售额58000元，税率13%，税额7540元。",
              "先算不含税价，再乘以税率。"]),
            ("问题三：审核进项发票要看哪些方面？",
             ["抬头税号对不对，有没有加盖发票专用章，在税务系统查验真伪。",
              "发票内容和合同是否一致，金额税额计算对不对。",
              "在全国增值税发票查验平台上查验，看开票日期和品名。",
              "购买方信息、密码区、盖章、开票人和复核人。"])],
        hw=[("一、专用发票开错了怎么处理？",
             ["当月发现可以作废，跨月了要开红字发票。",
              "没认证的当月作废，已经认证或者跨月要填红字信息表开红票。",
              "开具当月收回全部联次作废，否则开红字发票。",
              "作废或者红冲，要看是不是在当月。"]),
            ("二、哪些情况不能开具增值税专用发票？",
             ["卖给个人消费者不能开专票。",
              "向消费者个人销售、免税项目不能开专票。",
              "销售免税货物和零售给个人的不能开。",
              "对方是个人或者小规模纳税人要求时要看情况。"])],
        outputs=[("增值税专用发票开具练习", "在模拟开票系统开了五张专票，其中一张作废一张红冲，截图保存。"),
                 ("进项发票审核记录表", "审核了八张进项发票，发现一张税号错误，写了处理意见。"),
                 ("销项税额计算汇总", "把一个月的销售合同整理成表，算出销项税额合计。"),
                 ("发票管理制度（学生版）", "参照企业制度写了一份发票领用、保管和开具的规定。")]),
    "kinder": dict(
        major="幼儿教育", code="0801", course="幼儿园活动设计与组织", task="幼儿园区域活动设计", hours=14,
        station="幼儿园模拟活动室", seats=36,
        situation="合作幼儿园中班准备在下个月开设“小小超市”和“美工坊”两个区域，园长请我们为中班幼儿设计区域环境、投放材料，并写出区域活动观察记录表，在模拟活动室试组织一次。",
        qs=[("问题一：中班幼儿的年龄特点有哪些？",
             ["四到五岁，爱玩爱动，开始会合作游戏，注意力大概十五分钟。",
              "好奇心强，喜欢角色扮演，能遵守简单的规则。",
              "动作发展快，语言表达能力增强，喜欢和同伴一起玩。",
              "能进行简单的分类和计数，想象力丰富。"]),
            ("问题二：“小小超市”区要投放哪些材料？",
             ["货架、仿真食品、价格标签、收银台、购物篮和代币。",
              "空的饮料瓶、零食盒，用纸做的钱，还有小推车。",
              "分层投放：简单的商品和复杂的收银找零材料。",
              "生活中的废旧包装盒，购物清单图卡。"]),
            ("问题三：教师在区域活动中应该怎样观察？",
             ["先观察再介入，用观察记录表记下幼儿的语言和行为。",
              "定点观察和追踪观察结合，不要随便打断幼儿。",
              "看幼儿怎样使用材料，有没有和同伴交流，拍照记录。",
              "以旁观者身份观察，需要时以角色身份介入。"])],
        hw=[("一、区域规则怎样让中班幼儿理解？",
             ["用图画做规则牌，比如脚印数表示人数，和幼儿一起制定。",
              "用图示贴在区域门口，进区先插卡。",
              "让幼儿自己讨论规则，画下来。",
              "用儿歌和图片，老师示范。"]),
            ("二、写一条你的观察记录。",
             ["乐乐当收银员，会用代币找零，但算错了一次，同伴提醒后改正。",
              "朵朵在美工坊用彩泥捏了三个小蛋糕，放到超市里卖。",
              "两个小朋友抢购物篮，后来商量轮流用。",
              "明明一直在货架前摆东西，没有和别人交流。"])],
        outputs=[("中班区域活动设计方案", "写了小小超市和美工坊两个区域的目标、材料和规则。"),
                 ("区域活动观察记录表", "设计了一张记录幼儿语言、行为和材料使用的表格，试用了一次。"),
                 ("区域规则图示牌", "画了六张规则图示牌，用图画表示进区人数和整理要求。"),
                 ("自制玩教具：购物代币", "用彩色卡纸做了五种面值的代币，附使用说明。")]),
    "motor": dict(
        major="电气自动化设备安装与维修", code="0128", course="电气控制线路安装与检修", task="三相异步电动机正反转控制线路安装", hours=20,
        station="电气控制一体化学习工作站", seats=40,
        situation="某机械加工车间一台卷扬机需要正转提升、反转下放，原控制箱损坏。设备部委托我们按图纸安装一套接触器联锁的正反转控制线路，通电试车合格后交付使用。",
        qs=[("问题一：为什么正反转线路要有联锁？",
             ["两个接触器同时吸合会造成相间短路，要用联锁防止。",
              "正转和反转接触器不能同时得电，否则电源短路。",
              "联锁保证一个接触器工作时另一个不能吸合。",
              "防止主电路两相短路烧坏设备。"]),
            ("问题二：怎样实现电动机反转？",
             ["把三相电源中的任意两相对调。",
              "交换主电路中两根相线，反转接触器的进线调换L1和L3。",
              "改变电源相序，电机就反转。",
              "两相换接，比如U和W对调。"]),
            ("问题三：通电前要做哪些检查？",
             ["用万用表检查主电路和控制电路有没有短路，接线是否牢固。",
              "对照图纸逐线检查，测绝缘电阻。",
              "不通电先按按钮测电阻，看控制回路通断是否正确。",
              "检查熔断器、热继电器整定值和接地线。"])],
        hw=[("一、接触器联锁和按钮联锁有什么区别？",
             ["接触器联锁用辅助常闭触点，按钮联锁用复合按钮的常闭触点，双重联锁最安全。",
              "接触器联锁要先按停止才能换向，按钮联锁可以直接换向。",
              "一个是电气联锁，一个是机械联锁。",
              "双重联锁把两种结合起来。"]),
            ("二、试车时按下正转按钮电动机不转，可能是什么原因？",
             ["熔断器熔断，或者停止按钮接触不良。",
              "控制电路断路，接触器线圈没有得电。",
              "热继电器动作了没有复位。",
              "主电路缺相或者接线松了。"])],
        outputs=[("正反转控制线路安装板", "按图纸完成了布线，走线横平竖直，通电试车一次成功。"),
                 ("电气原理图与接线图", "用CAD画了原理图和接线图，标注线号。"),
                 ("故障排除记录", "记录了试车时热继电器误动作的原因和处理。"),
                 ("安装工艺检查表", "做了一张包含十五项的自检互检表。")]),
    "battery": dict(
        major="新能源汽车检测与维修", code="0405", course="动力电池及管理系统检修", task="动力电池包绝缘检测", hours=16,
        station="新能源汽车学习工作站", seats=32,
        situation="一辆纯电动汽车仪表报“绝缘故障”，无法上高压电。维修站安排技师在做好高压安全防护后，对动力电池包和高压线束进行绝缘电阻检测，找出故障部位。",
        qs=[("问题一：断开高压电的步骤是什么？",
             ["关闭点火开关，断开12伏负极，拔下维修开关，等五分钟再验电。",
              "先断低压电，再拔维修开关并锁好，放电后用万用表确认无电。",
              "下电、断蓄电池、取维修塞、挂警示牌、验电。",
              "穿戴绝缘防护，拔维修开关，测量母线电压低于一伏。"]),
            ("问题二：绝缘电阻测试仪怎样使用？",
             ["选500伏档，一个表笔接高压端子，一个接车身，读数。",
              "先检查仪表，选择电压，测正极对地和负极对地。",
              "按下测试键保持几秒，读数稳定后记录。",
              "用1000伏档测电池包，测完要放电。"])],
        hw=[("一、绝缘电阻的合格标准是多少？",
             ["大于等于每伏五百欧，三百五十伏的系统要大于一百七十五千欧。",
              "国标要求直流部分不小于100Ω/V，交流不小于500Ω/V。",
              "一般要大于20兆欧。",
              "按维修手册，要大于等于五百欧每伏。"]),
            ("二、检测时要穿戴哪些防护用品？",
             ["绝缘手套、绝缘鞋、护目镜、安全帽。",
              "绝缘手套要先做漏气检查，还要戴护目镜。",
              "绝缘手套、绝缘垫、防护眼镜。",
              "全套高压防护用品，旁边有监护人。"])],
        outputs=[("绝缘检测作业流程图", "把下电、验电、检测和恢复四个环节画成流程图。"),
                 ("绝缘电阻检测记录表", "测了电池包和三条高压线束，找到电机控制器线束绝缘下降。"),
                 ("高压安全防护检查单", "列出了十项防护用品和检查方法。"),
                 ("故障案例分析", "分析了线束破皮导致绝缘故障的案例。")]),
    "cake": dict(
        major="中西面点", code="0502", course="西点制作", task="戚风蛋糕制作", hours=12,
        station="西点烘焙实训室", seats=36,
        situation="学校烘焙坊接到一个生日会订单，需要八寸戚风蛋糕六个，要求蛋糕组织细腻、不回缩、不开裂，下午三点前交货。",
        qs=[("问题一：蛋白打发到什么程度适合做戚风？",
             ["打到湿性偏干，提起打蛋头有弯钩。",
              "打到干性发泡之前，有小尖角，不能打过头。",
              "提起来是短小直立的尖角就可以。",
              "打到有纹路，倒过来不流动。"]),
            ("问题二：为什么戚风蛋糕出炉要倒扣？",
             ["防止蛋糕回缩塌陷，让组织定型。",
              "热的时候结构不稳定，倒扣靠重力拉住。",
              "避免水汽让表面塌下去。",
              "不倒扣冷却后会回缩变矮。"])],
        hw=[("一、蛋糕开裂的原因有哪些？",
             ["炉温太高，表面先定型，里面继续膨胀就裂开。",
              "蛋白打发过度或者面糊太干。",
              "上火太大，可以降温或者盖锡纸。",
              "烤盘放得太靠上。"]),
            ("二、翻拌面糊时要注意什么？",
             ["从底部往上翻，不能画圈搅拌，会消泡。",
              "动作快而轻，分三次把蛋白霜加进去。",
              "先取三分之一蛋白霜和蛋黄糊拌匀，再倒回去。",
              "切拌和翻拌，不要时间太长。"])],
        outputs=[("八寸戚风蛋糕成品", "烤了两个蛋糕，组织细腻，回缩不到五毫米。"),
                 ("戚风蛋糕配方与成本表", "列出配方用量和一个蛋糕的成本。"),
                 ("常见失败原因对照表", "整理了回缩、开裂、凹底三种问题的原因和改进方法。"),
                 ("生日会订单生产计划", "安排了六个蛋糕的制作时间表。")]),
    "garden": dict(
        major="园林技术", code="0302", course="园林植物养护", task="绿篱造型修剪", hours=12,
        station="校园园林实训基地", seats=30,
        situation="学校新校区教学楼前有一段长六十米的红叶石楠绿篱，枝条杂乱、高低不齐。后勤处委托园林专业的同学在一周内完成修剪，要求修成高八十厘米、宽六十厘米的矩形，并清理修剪物。",
        qs=[("问题一：绿篱修剪前要做哪些准备？",
             ["拉线定高度和宽度，检查绿篱剪和修枝剪，准备手套和护目镜。",
              "测量现状，设定修剪标准，准备工具和垃圾袋。",
              "先打桩拉线，标出八十厘米的高度。",
              "磨快剪刀，了解红叶石楠的生长特点。"]),
            ("问题二：矩形绿篱的修剪顺序是什么？",
             ["先剪顶面，再剪两个侧面，最后修棱角。",
              "先侧面后顶面，侧面从下往上剪。",
              "先把突出的粗枝剪掉，再按线修平。",
              "顶面找平，侧面垂直，最后检查整体。"])],
        hw=[("一、为什么绿篱修剪后要上窄下宽或者上下一样宽？",
             ["上宽下窄下面照不到光，叶子会掉光。",
              "让下部枝叶能接受阳光，不会空脚。",
              "保证通风透光，下部不秃。",
              "上面太宽会挡住下面的阳光。"]),
            ("二、修剪时怎样保证安全？",
             ["戴手套护目镜，绿篱机不要对着人，注意电线。",
              "使用电动绿篱机时要两手握好，旁边不能站人。",
              "工具用完放好，刀口朝下。",
              "注意脚下，不要踩到修剪下来的枝条滑倒。"])],
        outputs=[("绿篱修剪前后对比照片", "拍了六十米绿篱修剪前后的照片，量了十个点的高度。"),
                 ("绿篱修剪作业流程", "写了准备、拉线、修剪、检查、清理五个步骤。"),
                 ("园林工具使用与保养卡", "整理了绿篱剪、修枝剪和绿篱机的使用与保养方法。"),
                 ("修剪质量检查表", "设计了高度、宽度、平整度和清理情况四项检查。")]),
}

TITLES = ["高级讲师", "一级实习指导教师", "讲师/技师", "企业兼职教师/高级技师", "讲师/高级工"]

# ---------------------------------------------------------------- submissions
# students: the three; items: what 8/11/12 really hold when they differ;
# klass: class list (drawn); rec: item-10 records = class minus absent_from_10
# plus extra_in_10, minus drop_from_10 drawn classmates; form size.

SUBS = [
    dict(key="a", school="桂林市临桂技工学校", pack="dir", sub="计算机网络应用-交换机VLAN划分与配置", course="vlan",
         cls="网络2302班", size=38, seed=611, students=["诸葛明轩", "黄一帆", "李想"],
         extra_class=["诸葛明萱", "黄一凡", "李想容", "欧阳海"], teachers=["蒋文斌", "秦晓燕", "韦立军"],
         form="docx", roster="csv", f8="header_table", f10="weights_two_pages", f11="typed_done_by", f12="hw_wenkai200",
         findings=[], comment="clean: 诸葛明轩/诸葛明萱, 黄一帆/黄一凡 in class; 2-char 李想 with 李想容 in class; item 10 columns are weights (30%/70%), 总评 a weighted mean, table continued on a second page with the header repeated; csv roster"),
    dict(key="b", school="桂林市临桂技工学校", pack="dir", sub="美容美发-女士短发修剪", course="haircut",
         cls="美发2301班", size=28, seed=612, students=["东方雨晴", "覃晓", "甘露"],
         extra_class=["东方雨青", "覃晓丹", "莫小雅"], items={11: ["东方雨晴", "覃晓", "甘露", "莫小雅"]},
         teachers=["柳海燕", "邹建华"], form="pdf", f8="cover_trainee_mono250", f10="grades_remarks",
         f11="typed_student_label", f12="hw_ukai150",
         findings=[("students.count", 11, False), ("students.mismatch", 11, True)],
         comment="item 11 (typed) holds a fourth student 莫小雅 (a classmate with an item-10 record): students.count on 11, students.mismatch; 2-char 覃晓 next to 覃晓丹, 东方雨晴/东方雨青"),
    dict(key="c", school="贵港市交通技工学校", pack="gbkzip", sub="焊接加工-低碳钢板对接平焊", course="weld",
         cls="21级焊接1班", size=36, seed=721, students=["潘志强", "韦浩", "司徒浩然"], outsiders=["司徒浩然"],
         extra_class=["潘志刚", "韦浩宇"], teachers=["覃大勇", "骆国庆", "梁秋红"], form="docx",
         f8="sameline_mono300", f10="tasks_scan300", f11="scan_done_by_ukai", f12="hw_ukai200_sameline",
         findings=[("students.not_in_class", 8, True, "司徒浩然")],
         comment="司徒浩然 of 21级焊接2班 is the third student in 8/11/12 (scanned); item 10 (scanned, 36 = 班级人数) has no record of him: students.not_in_class; names on one line with 班级/学号; 潘志强/潘志刚 and 韦浩/韦浩宇 in class"),
    dict(key="d", school="贵港市交通技工学校", pack="gbkzip", sub="工业机器人应用与维护-搬运工作站示教编程", course="robot",
         cls="21级机器人1班", size=42, seed=722, students=["欧阳子涵", "贝思琪", "明浩"],
         extra_class=["欧阳子菡", "贝思齐", "费一鸣", "汤雨"], bad_scores={"费一鸣": "over", "汤雨": "sum"},
         teachers=["骆国庆", "庞振宇", "苏立新", "阮海"], form="pdf", roster="xlsx",
         f8="student_ascii_sungti", f10="fodt_landscape", f11="typed_author_table", f12="hw_wenkai300_mono",
         findings=[("records.invalid_score", 10, False, "费一鸣"), ("records.invalid_score", 10, False, "汤雨")],
         comment="item 10 typed landscape over two pages (header rows repeated): 费一鸣 has 34 under 任务二(30分), 汤雨's 合计 is 5 more than the sum: records.invalid_score; 欧阳子涵/欧阳子菡, 贝思琪/贝思齐 in class; 2-char 明浩"),
    dict(key="e", school="贺州市商贸技工学校", pack="zip", sub="会计事务-增值税专用发票开具与审核", course="invoice",
         cls="会计2301班", size=45, seed=831, students=["钟晓婷", "容佳怡", "孟凡"],
         extra_class=["钟晓庭", "钟丽娜", "容佳仪"], absent_from_10=["钟丽娜"],
         teachers=["廖春梅", "黄德明", "石慧"], form="docx", roster="xlsx",
         f8="spaced_label_color200", f10="typed_40_60", f11="typed_author", f12="hw_ukai250_mono_student",
         findings=[("records.missing_student", 10, False, "钟丽娜"), ("records.count_mismatch", 10, False)],
         comment="花名册.xlsx and form: 45 with 钟丽娜; item 10 (typed) has 44 records, 钟丽娜 missing: records.missing_student and records.count_mismatch; 钟晓婷/钟晓庭, 容佳怡/容佳仪 in class"),
    dict(key="f", school="贺州市商贸技工学校", pack="zip", sub="幼儿教育-幼儿园区域活动设计", course="kinder",
         cls="幼教2302班", size=33, seed=832, students=["上官雨桐", "何佳", "陆思琪"],
         extra_class=["上官雨彤", "何佳琪", "陆思棋"], teachers=["钟丽萍", "范小燕"], form="pdf",
         f8="mixed_cover_wenkai", f10="grade_letters", f11="scan_author150", f12="hw_wenkai200",
         findings=[], comment="clean: 4-char 上官雨桐 with 上官雨彤 in class, 2-char 何佳 with 何佳琪 in class, 陆思琪/陆思棋; typed cover of item 8 lists the three"),
    dict(key="g", school="衡阳市工业技师学院", pack="dir", sub="电气自动化设备安装与维修-电动机正反转控制线路安装", course="motor",
         cls="电气2303班", size=40, seed=941, students=["谭振华", "邓雅文", "贺一"],
         items={12: ["谭振华", "邓雅文"]}, extra_class=["谭振中", "邓雅雯"],
         teachers=["刘建军", "曹丽", "颜志国"], form="docx",
         f8="name_ascii200", f10="remarks_scan200", f11="typed_author", f12="hw_wenkai200_mono_spaced",
         findings=[("students.count", 12, False)], optional=[("students.mismatch", 12, True)],
         comment="贺一's homework is missing from item 12 (scanned, 2 students): students.count on 12, students.mismatch optional; 2-char 贺一; 谭振华/谭振中, 邓雅文/邓雅雯 in class; item 10 scanned with a 备注 column of text"),
    dict(key="h", school="衡阳市工业技师学院", pack="dir", sub="新能源汽车检测与维修-动力电池包绝缘检测", course="battery",
         cls="新能源2301班", size=32, seed=942, students=["罗俊熙", "周诗涵", "彭博"],
         extra_class=["龙思远", "罗俊希", "殷涛"], items={8: ["罗俊熙", "周诗涵", "龙思远"]},
         bad_scores={"殷涛": "over"}, teachers=["刘建军", "唐海波", "夏敏"], form="pdf",
         f8="cover_trainee200", f10="theory_practice_scan250", f11="typed_done_by", f12="hw_ukai300_student_name",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "殷涛")],
         comment="item 8 (scanned) holds 龙思远 (a classmate) instead of 彭博: students.mismatch; item 10 scanned at 250 dpi, 殷涛 has 76 under 实操(满分70): records.invalid_score; 罗俊熙/罗俊希 in class"),
    dict(key="i", school="来宾市技工学校", pack="zip", sub="中西面点-戚风蛋糕制作", course="cake",
         cls="面点2301班", size=35, seed=151, students=["蓝心怡", "万琪", "秦子墨"], outsiders=["万琪"],
         extra_class=["蓝心仪"], drop_from_10=2, teachers=["黎美华", "韦志勇", "甘秀兰"], form="docx",
         f8="student_name_scan200", f10="grades_scan200", f11="typed_author", f12="hw_ukai200",
         findings=[("records.count_mismatch", 10, False), ("students.not_in_class", 8, True, "万琪")],
         comment="item 10 (scanned) lists 33 of 班级人数 35 (no roster): records.count_mismatch; 万琪 (not of this class) is the second student in 8/11/12, item 11 typed: students.not_in_class; 蓝心怡/蓝心仪 in class"),
    dict(key="j", school="来宾市技工学校", pack="zip", sub="园林技术-绿篱造型修剪", course="garden",
         cls="园林2301班", size=30, seed=152, students=["司徒嘉欣", "宋洋", "宋洋洋"],
         extra_class=["司徒佳欣", "宋杨"], teachers=["韦志勇", "潘美玲"], form="pdf",
         f8="cover_student200", f10="sum_10_20_70", f11="typed_done_by_table", f12="hw_wenkai250_mono",
         findings=[], comment="clean: two of the three are 宋洋 and 宋洋洋 (one the prefix of the other), 宋杨 in class; 司徒嘉欣/司徒佳欣"),
]


def sid(s, i):
    """Student number: year, class code, roll."""
    year = "2021" if s["cls"].startswith("21") else "2023"
    return "%s%02d%02d" % (year, s["seed"] % 100, i + 1)


def sid_of(s, n):
    if n in s["klass"]:
        return sid(s, s["klass"].index(n))
    return "%s%02d%02d" % ("2021" if s["cls"].startswith("21") else "2023", s["seed"] % 100 + 1, 17)


def cls_of(s, n):
    """The class a student gives on a worksheet (an outsider gives his own)."""
    if n in s.get("outsiders", []):
        return s["cls"].replace("1班", "2班") if "1班" in s["cls"] else s["cls"][:-3] + "2304班"
    return s["cls"]


def idx_of(s, n):
    return s["students"].index(n) if n in s["students"] else 3


# ---------------------------------------------------------------- writers

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, font="Noto Sans CJK SC", size="10.5pt", extra=""):
    return ('<html><head><meta charset="utf-8"><style>body{font-family:"%s";font-size:%s}'
            'td,th{padding:1px 4px}%s</style></head><body>\n%s\n</body></html>\n' % (font, size, extra, body))


def page_break():
    return '<p style="page-break-before:always"></p>'


def form_html(s, c):
    t = s["teachers"]
    rows = "".join("<tr><td>%d</td><td>%s</td><td>198%d.%02d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        i + 1, n, 1 + i * 2, 2 + i * 3, TITLES[(i + s["seed"]) % len(TITLES)],
        "在合作企业顶岗实践%d个月" % (3 + i * 2), "已获得" if i != 1 else "未获得") for i, n in enumerate(t))
    count = "%d人" % s["size"] if s["seed"] % 3 == 0 else "%d" % s["size"]
    duties = "；".join("%s：%s" % (n, d) for n, d in zip(t, ["课堂总体设计与实施", "工作页与考核方案编写", "学习工作站与数字资源建设", "企业案例引入与评价"]))
    return html("""<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位（盖章）：{school}</p><p>专业名称：{major}　　专业编码：{code}</p><p>课堂负责人：{lead}</p><p>填报时间：2025年3月{day}日</p>
<h3>一、基本信息</h3>
<table border="1" cellspacing="0">
<tr><td>课堂负责人</td><td>{lead}</td><td>联系电话</td><td>138{tel}</td></tr>
<tr><td>负责人所在单位</td><td colspan="3">{school}</td></tr>
<tr><td>专业名称</td><td colspan="3">{major}</td></tr>
<tr><td>授课课程名称</td><td>{course}</td><td>总学时</td><td>{total}</td></tr>
<tr><td>授课学习任务名称</td><td>{task}</td><td>学时</td><td>{hours}</td></tr>
<tr><td>培养层级</td><td colspan="3">□中级工　☑高级工　□技师（预备技师）</td></tr>
<tr><td>授课年级</td><td>{grade}</td><td>授课班级</td><td>{cls}</td></tr>
<tr><td>班级人数</td><td>{count}</td><td>工位数</td><td>{seats}</td></tr>
<tr><td>授课实训室或学习工作站名称</td><td colspan="3">{station}</td></tr>
</table>
<h3>二、授课教师信息</h3>
<table border="1" cellspacing="0">
<tr><th>序号</th><th>姓名</th><th>出生年月</th><th>职称/职业技能等级</th><th>企业实践经历</th><th>一体化教师培训证书</th></tr>
{rows}
</table>
<p>团队分工：{duties}。</p>
<h3>三、目标与内容</h3>
<p>以企业真实订单“{task}”为载体，学生经历接受任务、分析计划、实施检查、交付评价的完整工作过程，形成规范操作、质量意识和沟通协作能力。</p>
<h3>四、资源与环境</h3>
<p>{station}设工位{seats}个，按资讯区、实操区、评价展示区布置，配套工作页、操作视频和企业标准。</p>
<h3>五、考核评价</h3>
<p>采用过程性评价与终结性评价相结合，学生自评、小组互评、教师和企业导师评价共同构成学习任务成绩。</p>
<h3>六、组织实施</h3>
<p>按照获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个步骤组织教学，每一步明确学生活动和教师指导要点。</p>
<h3>七、学习成效</h3>
<p>学生任务完成率高，作品质量达到企业验收要求，合作企业给予好评。</p>
<h3>八、创新与特色</h3>
<p>真实订单进课堂，企业导师全程参与评价。</p>
<h3>九、授课教师诚信承诺</h3>
<p>以上内容真实，如有不实，愿意承担相应责任。</p><p>授课教师签名：{signs}</p>
""".format(school=s["school"], major=c["major"], code=c["code"], lead=t[0], day=3 + s["seed"] % 20,
           tel="%08d" % (s["seed"] * 97331 % 100000000), course=c["course"], total=c["hours"] * 5, task=c["task"],
           hours=c["hours"], grade="2021级" if s["cls"].startswith("21") else "2023级", cls=s["cls"], count=count,
           seats=c["seats"], station=c["station"], rows=rows, duties=duties, signs="、".join(t)))


SHORT = {
    1: ("课程标准（校本转化）", "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程是{major}专业高级工阶段的核心一体化课程，依据国家课程标准，结合本市合作企业的岗位要求进行转化。\n二、学习任务\n本课程包括五个代表性工作任务，“{task}”为其中之一，{hours}学时。\n三、考核\n过程性考核与终结性考核相结合。"),
    2: ("学习任务分析", "{school}  学习任务分析\n任务名称：{task}\n工作情境：{situation}\n工作过程：接单与沟通—方案制定—实施—检验—交付。\n职业能力：能读懂任务要求，能按规范操作，能自检互检，能与客户沟通。"),
    3: ("教学活动策划", "{school}  教学活动策划\n{task}（{hours}学时）\n活动1 接受任务，明确要求\n活动2 收集信息，制定方案\n活动3 分组实施，过程检查\n活动4 成果展示，总结评价"),
    4: ("教学进度计划", "{school}  教学进度计划\n课程：{course}\n第一周：任务导入与信息收集\n第二周：方案制定与决策\n第三周：任务实施\n第四周：检查评价与拓展"),
    5: ("教学活动方案", "{school}  教学活动方案\n学习任务：{task}\n第1—2课时：情境引入，发放任务书，学生阅读并提问。\n第3—4课时：小组查资料，完成工作页问题。\n第5—8课时：分组实施，教师巡视指导，记录问题。\n第9—10课时：展示成果，自评互评，教师总结。"),
    6: ("学习任务资源及清单", "{school}  学习任务资源清单\n1. 工作页  每人一册\n2. 微课视频  8个\n3. 企业作业标准  1套\n4. {station}  {seats}个工位"),
    7: ("工学一体化学习工作站图文说明", "{school}\n{station}说明\n工作站面积约一百二十平方米，分为资讯区、实操区、展示区和工具区，{seats}个工位，墙面张贴安全规程和6S标准。"),
    9: ("学习任务考核方案", "{school}  学习任务考核方案\n学习任务：{task}\n考核由过程考核和结果考核构成，过程考核看工作页、出勤和职业素养，结果考核看任务成果，按评分标准打分并记入考核记录表。"),
}


def short_item(n, c, s):
    title, body = SHORT[n]
    return body.format(school=s["school"], course=c["course"], major=c["major"], task=c["task"], hours=c["hours"],
                       situation=c["situation"], station=c["station"], seats=c["seats"]) + "\n"


# ------------------------------------------------------------ item 8

def group_of(s, n, rng, k=3):
    others = [x for x in s["klass"] if x not in s["students"] and x not in s.get("items", {}).get(8, [])]
    g = [n] + rng.sample(others, k)
    rng.shuffle(g)
    return g


def item8(s, c, names):
    """Returns [(source name, text)] (two for a typed cover + scanned pages)."""
    st = s["f8"]
    rng = random.Random(s["seed"] * 5)
    t1, t2 = s["teachers"][0], s["teachers"][-1]
    if st == "header_table":  # typed worksheet with a header table (姓名 column), answers in brush font, printed and scanned
        parts = []
        for k, n in enumerate(names):
            g = group_of(s, n, rng)
            qa = "".join('<p><b>%s</b></p><p style="font-family:\'AR PL UKai CN\';font-size:13pt;color:#20307a">%s</p>' % (q, a[idx_of(s, n)])
                         for q, a in c["qs"])
            parts.append(("" if k == 0 else page_break()) + """
<p style="text-align:center"><b>{course}  工作页</b></p>
<table border="1" cellspacing="0" width="100%"><tr><th>班级</th><th>姓名</th><th>学号</th><th>组号</th><th>日期</th></tr>
<tr><td>{cls}</td><td style="font-family:'AR PL UKai CN';font-size:13pt">{n}</td><td>{sid}</td><td>{grp}</td><td>2024.10.{d}</td></tr></table>
<p>【工作情境】{sit}</p>
<p>本组成员：{members}</p>
{qa}
<p style="color:#b0201a;font-family:'AR PL UKai CN'">评语：命令正确，注意规范书写。　成绩：{score}　指导教师：{t}</p>
""".format(course=c["course"], cls=s["cls"], n=n, sid=sid_of(s, n), grp=k + 2, d=10 + k, sit=c["situation"],
           members="、".join(g), qa=qa, score=88 - k * 2, t=t1))
        return [("08.html", html("".join(parts)))]
    pages = []
    for k, n in enumerate(names):
        i = idx_of(s, n)
        qa = [(q, a[i % len(a)]) for q, a in c["qs"]]
        g = group_of(s, n, rng)
        L = []
        if st in ("cover_trainee_mono250", "cover_trainee200", "cover_student200"):
            label = "学生：" if st == "cover_student200" else "实训学生："
            L += ["", "", s["school"], "", "%s" % c["course"], "学习工作页", "", "学习任务：%s" % c["task"],
                  "%s%s" % (label, n), "班　　级：%s" % cls_of(s, n), "学　　号：%s" % sid_of(s, n),
                  "指导教师：%s、%s" % (t1, s["teachers"][1]), "", "2024年10月", "----"]
            L += ["%s　工作页" % c["task"], "一、接受任务", "【工作情境】" + c["situation"], "小组成员：" + "、".join(g)]
            for j, (q, a) in enumerate(qa):
                L += [q, "> " + a]
                if j == 1:
                    L += ["----", "%s　工作页（续）" % c["task"]]
            L += ["! 评分教师：%s　　得分：%d" % (t1, 87 - k)]
        elif st == "sameline_mono300":
            L += ["%s 工作页" % c["course"],
                  "班级：%s  姓名：%s  学号：%s" % (cls_of(s, n), n, sid_of(s, n)),
                  "【任务情境】" + c["situation"],
                  "小组成员：%s" % "  ".join(g)]
            for j, (q, a) in enumerate(qa):
                L += [q, "> " + a]
                if j == 1:
                    L += ["----", "%s 工作页  第2页" % c["course"], "班级：%s  姓名：%s" % (cls_of(s, n), n)]
            L += ["! 评分教师：%s  %d分" % (s["teachers"][1], 84 + k * 3)]
        elif st == "student_ascii_sungti":
            L += ["%s 工作页" % c["task"], "学生:%s    学号:%s    班级:%s" % (n, sid_of(s, n), s["cls"]),
                  "【工作情境】" + c["situation"],
                  "小组分工  组长：%s  示教编程：%s  安全监护：%s" % (g[0], g[1], g[2])]
            for j, (q, a) in enumerate(qa):
                L += [q, "> " + a]
                if j == 0:
                    L += ["----", "%s 工作页（二）" % c["task"], "学生:%s" % n]
            L += ["! 评分教师：%s　成绩：%d" % (s["teachers"][1], 90 - k * 3)]
        elif st == "spaced_label_color200":
            L += ["%s  工作页" % c["course"], "姓 名：%s　　学 号：%s" % (n, sid_of(s, n)), "班 级：%s　　小组：第%d组" % (s["cls"], k + 3),
                  "【业务情境】" + c["situation"], "同组同学：%s" % "，".join(x for x in g if x != n)]
            for j, (q, a) in enumerate(qa):
                L += [q, "> " + a]
                if j == 1:
                    L += ["----", "%s  工作页" % c["course"], "姓 名：%s" % n]
            L += ["! 指导教师：%s　　评分：%d" % (t1, 85 + k * 2)]
        elif st == "mixed_cover_wenkai":
            L += ["%s  学习工作页" % c["task"], "学生姓名:%s　　学号:%s" % (n, sid_of(s, n)), "【活动情境】" + c["situation"]]
            for q, a in qa:
                L += [q, "> " + a]
            L += ["小组互评人：%s" % [x for x in g if x != n][0], "! 指导教师：%s　等级：优" % t1]
        elif st == "name_ascii200":
            L += ["%s 工作页" % c["task"], "姓名: %s      班级: %s      第%d组" % (n, s["cls"], k + 1), "【工作情境】" + c["situation"],
                  "小组成员：%s" % "、".join(g)]
            for j, (q, a) in enumerate(qa):
                L += [q, "> " + a]
                if j == 1:
                    L += ["----", "%s 工作页（续）" % c["task"], "姓名: %s" % n]
            L += ["! 得分：%d　　教师：%s" % (82 + k * 4, t1)]
        elif st == "student_name_scan200":
            L += ["%s 工作页" % c["course"], "学生姓名：%s　　班级：%s" % (n, cls_of(s, n)), "学号：%s" % sid_of(s, n),
                  "【任务情境】" + c["situation"], "小组成员：%s" % "、".join(g)]
            for q, a in qa:
                L += [q, "> " + a]
            L += ["! 指导教师：%s　成绩：%d" % (s["teachers"][1], 86 + k)]
        else:
            raise SystemExit("unknown f8 " + st)
        pages.append("\n".join(L))
    text = "\n----\n".join(pages) + "\n"
    if st == "mixed_cover_wenkai":
        cover = "%s\n\n%s\n%s\n\n学习工作页（学生作品）\n\n学生：%s\n班级：%s\n指导教师：%s\n" % (
            s["school"], c["course"], c["task"], "、".join(names), s["cls"], "、".join(s["teachers"]))
        return [("08cover.txt", cover), ("08.txt", text)]
    return [("08.txt", text)]


# ------------------------------------------------------------ item 10

def item10(s, c, rec):
    rng = random.Random(s["seed"] * 11)
    st = s["f10"]
    bad = s.get("bad_scores", {})
    ids = {n: sid_of(s, n) for n in rec}
    head = '<h3 style="text-align:center">%s学习任务考核记录表</h3><p>学习任务：%s　　班级：%s　　任课教师：%s</p>' % (
        c["course"], c["task"], s["cls"], "、".join(s["teachers"][:2]))
    sign = "<p>评分教师：%s　　　审核：%s　　　2024年12月27日</p>" % (s["teachers"][0], s["teachers"][-1])

    def table(hdr, rows, width=""):
        return '<table border="1" cellspacing="0"%s><tr>%s</tr>%s</table>' % (
            width, "".join("<th>%s</th>" % h for h in hdr), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % v for v in r) for r in rows))

    if st == "weights_two_pages":  # weights, 总评 weighted; split with repeated header
        hdr = ["序号", "学号", "姓名", "平时成绩(30%)", "实训成绩(70%)", "总评"]
        rows = []
        for i, n in enumerate(rec):
            a, b = rng.randint(70, 98), rng.randint(62, 97)
            rows.append([i + 1, ids[n], n, a, b, "%d" % int(a * 0.3 + b * 0.7 + 0.5)])
        cut = 24
        body = head + table(hdr, rows[:cut]) + page_break() + "<p>（续表）%s</p>" % s["cls"] + table(hdr, rows[cut:]) + sign
        return "10.html", html(body), "pdf"
    if st == "grades_remarks":  # grade letters and remarks
        hdr = ["序号", "学号", "姓名", "咨询沟通", "修剪技术", "造型效果", "等级", "备注"]
        rows = []
        notes = ["", "", "", "组长", "请假一次，已补做", "", "作品展示", ""]
        for i, n in enumerate(rec):
            g = [rng.choice("优良良中") for _ in range(3)]
            overall = "优" if g.count("优") >= 2 else ("中" if g.count("中") >= 2 else "良")
            rows.append([i + 1, ids[n], n] + g + [overall, notes[i % len(notes)]])
        body = head + "<p>评价等级：优（90分以上）、良（75—89分）、中（60—74分）</p>" + table(hdr, rows) + sign
        return "10.html", html(body, size="10pt"), "pdf"
    if st in ("tasks_scan300", "fodt_landscape"):
        hdr = ["序号", "学号", "姓名", "任务一(20分)", "任务二(30分)", "任务三(50分)", "合计"]
        rows = []
        for i, n in enumerate(rec):
            a, b, e = rng.randint(12, 20), rng.randint(18, 29), rng.randint(30, 48)
            if bad.get(n) == "over":
                b = 34
            t = a + b + e + (5 if bad.get(n) == "sum" else 0)
            rows.append([i + 1, ids[n], n, a, b, e, t])
        if st == "tasks_scan300":
            body = head + table(hdr, rows) + sign
            return "10.html", html(body, size="10pt"), "scanpdf:300"
        return "10.fodt", fodt(s, c, hdr, rows), "pdf"
    if st == "typed_40_60":
        hdr = ["序号", "学号", "姓名", "平时成绩（40分）", "期末实训（60分）", "总分"]
        rows = []
        for i, n in enumerate(rec):
            a, b = rng.randint(25, 39), rng.randint(35, 58)
            rows.append([i + 1, ids[n], n, a, b, a + b])
        body = head + table(hdr, rows) + sign
        return "10.html", html(body, size="9.5pt"), "pdf"
    if st == "grade_letters":
        hdr = ["序号", "姓名", "学号", "过程评价", "作品评价", "总评", "等级"]
        rows = []
        for i, n in enumerate(rec):
            a, b = rng.randint(70, 96), rng.randint(68, 98)
            t = int((a + b) / 2 + 0.5)
            rows.append([i + 1, n, ids[n], a, b, t, "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 70 else "及格"])
        body = head + "<p>总评＝过程评价与作品评价的平均分</p>" + table(hdr, rows) + sign
        return "10.html", html(body), "pdf"
    if st == "remarks_scan200":
        hdr = ["序号", "学号", "姓名", "自评", "互评", "师评", "总评", "备注"]
        notes = ["", "组长", "", "缺勤2次", "", "请假，已补做", "", "安全员"]
        rows = []
        for i, n in enumerate(rec):
            a, b, e = rng.randint(75, 98), rng.randint(72, 96), rng.randint(65, 97)
            rows.append([i + 1, ids[n], n, a, b, e, int(a * 0.2 + b * 0.2 + e * 0.6 + 0.5), notes[i % len(notes)]])
        body = head + "<p>总评＝自评×20%＋互评×20%＋师评×60%</p>" + table(hdr, rows) + sign
        return "10.html", html(body, size="10pt"), "scanpdf:200"
    if st == "theory_practice_scan250":
        hdr = ["序号", "姓名", "学号", "理论(满分30)", "实操(满分70)", "总分"]
        rows = []
        for i, n in enumerate(rec):
            a, b = rng.randint(18, 29), rng.randint(45, 66)
            if bad.get(n) == "over":
                b = 76
            rows.append([i + 1, n, ids[n], a, b, a + b])
        body = head + table(hdr, rows) + sign
        return "10.html", html(body), "scanpdf:250"
    if st == "grades_scan200":
        hdr = ["序号", "姓名", "学号", "蛋糕成品", "操作规范", "卫生习惯", "综合评定"]
        rows = []
        for i, n in enumerate(rec):
            g = [rng.choice(["优", "良", "良", "合格"]) for _ in range(3)]
            rows.append([i + 1, n, ids[n]] + g + [max(g, key=g.count)])
        body = head + table(hdr, rows) + sign
        return "10.html", html(body), "scanpdf:200"
    if st == "sum_10_20_70":
        hdr = ["序号", "姓名", "性别", "学号", "考勤(10)", "作业(20)", "实操(70)", "合计"]
        rows = []
        for i, n in enumerate(rec):
            a, b, e = rng.randint(7, 10), rng.randint(13, 20), rng.randint(48, 68)
            rows.append([i + 1, n, "男" if rng.random() < 0.5 else "女", ids[n], a, b, e, a + b + e])
        body = head + table(hdr, rows) + sign
        return "10.html", html(body), "pdf"
    raise SystemExit("unknown f10 " + st)


def fodt(s, c, hdr, rows):
    """A flat ODF text document: landscape A4, the table's header row repeated on every page."""
    from xml.sax.saxutils import escape

    def cell(v, bold=False):
        return '<table:table-cell table:style-name="C" office:value-type="string"><text:p%s>%s</text:p></table:table-cell>' % (
            ' text:style-name="B"' if bold else "", escape(str(v)))
    header = "<table:table-row>%s</table:table-row>" % "".join(cell(h, True) for h in hdr)
    body = "".join("<table:table-row>%s</table:table-row>" % "".join(cell(v) for v in r) for r in rows)
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="11pt" style:font-size-asian="11pt"/></style:default-style>
<style:style style:name="B" style:family="paragraph"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="T" style:family="table"><style:table-properties style:width="25.7cm" table:align="margins"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<text:p text:style-name="H">{school}学习任务考核记录表</text:p>
<text:p>课程：{course}　　学习任务：{task}　　班级：{cls}　　任课教师：{t}</text:p>
<table:table table:name="T1" table:style-name="T"><table:table-column table:number-columns-repeated="{ncol}"/>
<table:table-header-rows>{header}</table:table-header-rows>
{body}
</table:table>
<text:p>评分教师：{t0}　　　审核：{t1}　　　2024年12月26日</text:p>
</office:text></office:body></office:document>
""".format(school=s["school"], course=c["course"], task=c["task"], cls=s["cls"], t="、".join(s["teachers"][:2]),
           ncol=len(hdr), header=header, body=body, t0=s["teachers"][1], t1=s["teachers"][0])


# ------------------------------------------------------------ item 11

def item11(s, c, names):
    st = s["f11"]
    nums = "一二三四五"
    outs = [(k, n, c["outputs"][idx_of(s, n)]) for k, n in enumerate(names)]
    head = "%s  %s\n学习成果汇编\n班级：%s\n" % (s["school"], c["task"], s["cls"])
    if st == "typed_done_by":
        secs = ["成果%s：%s\n完成人：%s　　学号：%s\n指导教师：%s\n%s" % (nums[k], t, n, sid_of(s, n), s["teachers"][k % len(s["teachers"])], d)
                for k, n, (t, d) in outs]
        return "11.txt", head + "\n" + "\n\n".join(secs) + "\n", "pdf"
    if st == "typed_student_label":
        secs = ["作品%s  %s\n学生姓名:%s\n作品说明：%s\n教师点评：%s" % (nums[k], t, n, d, "造型自然，层次衔接好。" if k % 2 else "轮廓清晰，打理方便。")
                for k, n, (t, d) in outs]
        return "11.txt", head + "指导教师：%s\n\n" % "、".join(s["teachers"]) + "\n\n".join(secs) + "\n", "pdf"
    if st == "scan_done_by_ukai":
        secs = ["成果%s\n成果名称：%s\n完成人：%s　班级：%s\n> %s\n! 评分教师：%s　合格" % (nums[k], t, n, cls_of(s, n), d, s["teachers"][1])
                for k, n, (t, d) in outs]
        return "11.txt", head + "\n" + "\n----\n".join(secs) + "\n", "scan:250:3"
    if st == "typed_author_table":
        rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (k + 1, t, n, sid_of(s, n), d) for k, n, (t, d) in outs)
        return "11.html", html('<h3>%s 学习成果汇编</h3><p>%s　%s　指导教师：%s</p><table border="1" cellspacing="0"><tr><th>序号</th><th>成果名称</th><th>作者</th><th>学号</th><th>成果简介</th></tr>%s</table>' % (
            c["task"], s["school"], s["cls"], "、".join(s["teachers"][:2]), rows)), "pdf"
    if st == "typed_author":
        secs = ["%d. %s\n作者：%s（%s）\n%s" % (k + 1, t, n, cls_of(s, n), d) for k, n, (t, d) in outs]
        return "11.txt", head + "指导教师：%s\n\n" % s["teachers"][0] + "\n\n".join(secs) + "\n", "pdf"
    if st == "scan_author150":
        secs = ["成果%s　%s\n作者：%s\n> %s\n! 阅 %s" % (nums[k], t, n, d, s["teachers"][0]) for k, n, (t, d) in outs]
        return "11.txt", head + "\n" + "\n----\n".join(secs) + "\n", "scan:150:1"
    if st == "typed_done_by_table":
        rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (t, n, d) for k, n, (t, d) in outs)
        return "11.html", html('<h3 style="text-align:center">学习成果汇编</h3><p>%s　%s　%s</p><table border="1" cellspacing="0" width="100%%"><tr><th width="25%%">成果名称</th><th width="15%%">完成人</th><th>成果说明</th></tr>%s</table><p>指导教师：%s</p>' % (
            s["school"], c["task"], s["cls"], rows, "、".join(s["teachers"]))), "pdf"
    raise SystemExit("unknown f11 " + st)


# ------------------------------------------------------------ item 12

def item12(s, c, names):
    st = s["f12"]
    method = {"hw_wenkai200": "scan:200:4", "hw_ukai150": "scan:150:3", "hw_ukai200_sameline": "scan:200:3",
              "hw_wenkai300_mono": "scan:300:4:mono", "hw_ukai250_mono_student": "scan:250:3:mono",
              "hw_wenkai200_mono_spaced": "scan:200:4:mono", "hw_ukai300_student_name": "scan:300:3",
              "hw_ukai200": "scan:200:3", "hw_wenkai250_mono": "scan:250:4:mono"}[st]
    pages = []
    for k, n in enumerate(names):
        i = idx_of(s, n)
        if st == "hw_ukai200_sameline":
            line = "班级：%s  姓名：%s  学号：%s" % (cls_of(s, n), n, sid_of(s, n))
        elif st == "hw_wenkai300_mono":
            line = "姓名:%s　　学号:%s" % (n, sid_of(s, n))
        elif st == "hw_ukai250_mono_student":
            line = "学生：%s　　%s" % (n, s["cls"])
        elif st == "hw_wenkai200_mono_spaced":
            line = "姓 名：%s　　班 级：%s" % (n, s["cls"])
        elif st == "hw_ukai300_student_name":
            line = "学生姓名：%s　　班级：%s" % (n, s["cls"])
        else:
            line = "姓名：%s　　班级：%s" % (n, cls_of(s, n))
        L = ["%s  课后作业" % c["task"], line, "日期：2024年11月%d日" % (5 + k * 3)]
        for q, a in c["hw"]:
            L += [q, "> " + a[i % len(a)]]
        L += ["! 批改：%s  %s" % (s["teachers"][-1], ["优", "良", "优-", "良+"][k % 4])]
        pages.append("\n".join(L))
    return "12.txt", "\n----\n".join(pages) + "\n", method


M8 = {"header_table": "scanpdf:200", "cover_trainee_mono250": "scan:250:0:mono", "sameline_mono300": "scan:300:1:mono",
      "student_ascii_sungti": "scan:200:2", "spaced_label_color200": "scan:200:0:color", "mixed_cover_wenkai": "mixed:200:4",
      "name_ascii200": "scan:200:1", "cover_trainee200": "scan:200:0", "student_name_scan200": "scan:200:1",
      "cover_student200": "scan:200:2"}

NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def file_name(s, n):
    style = s["seed"] // 100
    name = NAMES[n]
    if style == 6:
        return "%d.%s.pdf" % (n, name)
    if style == 7:
        return "%02d-%s.pdf" % (n, name)
    if style == 8:
        return "%d、%s.pdf" % (n, name)
    if style == 9:
        return "%d_%s.pdf" % (n, name)
    return "%02d %s.pdf" % (n, name)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Second held-out people corpus (testdata/heldout2), same format as testdata/heldout/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    for s in SUBS:
        c = COURSES[s["course"]]
        rng = random.Random(s["seed"])
        inclass = [n for n in s["students"] if n not in s.get("outsiders", [])]
        fixed = inclass + [n for n in s.get("extra_class", []) if n not in inclass]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in s.get("outsiders", [])]
        klass = draw_class(rng, s["size"], fixed)
        s["klass"] = klass
        rec = [n for n in klass if n not in s.get("absent_from_10", [])] + s.get("extra_in_10", [])
        if s.get("drop_from_10"):
            drop = [n for n in klass if n not in fixed][:s["drop_from_10"]]
            rec = [n for n in rec if n not in drop]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        write(os.path.join(d, "form.html"), form_html(s, c))
        formname = "附件2 申报书.docx" if s["form"] == "docx" else "申报书（%s）.pdf" % c["task"]
        man.append("form.html\t%s\t%s\tform\t0" % (formname, s["form"]))
        for n in (1, 2, 3, 4, 5, 6, 7, 9):
            write(os.path.join(d, "%02d.txt" % n), short_item(n, c, s))
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n), n))
        srcs8 = item8(s, c, items[8])
        for nm, tx in srcs8:
            write(os.path.join(d, nm), tx)
        man.append("%s\t%s\t%s\titem\t8" % ("+".join(nm for nm, _ in srcs8), file_name(s, 8), M8[s["f8"]]))
        meths = {8: M8[s["f8"]]}
        for n, (nm, tx, meth) in ((10, item10(s, c, rec)), (11, item11(s, c, items[11])), (12, item12(s, c, items[12]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n), meth, n))
            meths[n] = meth
        if s.get("roster") == "csv":
            write(os.path.join(d, "roster.csv"), "序号,学号,姓名,性别,联系电话\n" + "".join(
                "%d,%s,%s,%s,1597744%04d\n" % (i + 1, sid(s, i), n, "女" if (i * 5 + s["seed"]) % 3 == 0 else "男", (i * 37 + 11) % 10000)
                for i, n in enumerate(klass)))
            man.append("roster.csv\t%s花名册.csv\tcopy\troster\t0" % s["cls"])
        elif s.get("roster") == "xlsx":
            write(os.path.join(d, "roster.csv"), "%s学生花名册,,,\n学号,姓名,性别,备注\n" % s["cls"] + "".join(
                "%s,%s,%s,%s\n" % (sid(s, i), n, "男" if (i * 7 + s["seed"]) % 3 else "女", "班长" if i == 3 else "")
                for i, n in enumerate(klass)))
            man.append("roster.csv\t花名册.xlsx\txlsx\troster\t0")
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
            truth["optional"].append({"rule": rule, "submission_id": subid, "item": item, "any_item": anyi})
        truth["submissions"][subid] = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s["size"], "class": klass, "item10_records": rec, "roster": s.get("roster", ""),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
