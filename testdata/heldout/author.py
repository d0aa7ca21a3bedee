#!/usr/bin/env python3
"""Write the sources of the held-out people corpus (src/ and truth.json).

The texts below were written for this corpus, as teachers and students of
technical schools write them; nothing is taken from internal/corpusgen or
from the checks. Class lists are drawn once from a fixed seed (so the files
do not change between runs) from common Guangxi surnames and given names,
plus planted hard cases per class (compound surnames, two names one
character apart, a name that is the prefix of another, shared surnames).

Run it after editing: python3 author.py   (rewrites src/ and truth.json)
Then build with ../othertools/build.sh OUT --src . (see README.md).
"""
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

SURNAMES = list("韦黄覃莫陆蒙农梁李陈刘廖蓝卢潘谢吴周罗苏何邓唐杨林甘凌黎岑冯钟施赵兰谭罗韩")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华丹萍鑫宇浩凯健俊帆晨欣怡婷雪琳嘉鹏辉斌宁凤兰玲梅燕海春志文振家宏永玉思雨豪轩涵晴萱彤诗锦荣昌达")


def draw_class(rng, n, fixed):
    """n distinct names: the fixed ones plus drawn ones, shuffled into roll order."""
    names = list(fixed)
    while len(names) < n:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN) if rng.random() < 0.25 else rng.choice(GIVEN) + rng.choice(GIVEN)
        if g[0] == g[-1] and len(g) == 2 and rng.random() < 0.7:
            continue
        name = s + g
        if name in names:
            continue
        names.append(name)
    rng.shuffle(names)
    return names


# ------------------------------------------------------------------- courses
# Per course: the worksheet questions with one answer per student (index
# 0..3), homework questions and the students' outputs for item 11.

COURSES = {
    "brake": dict(
        major="汽车维修", code="0403", course="汽车底盘维修", task="盘式制动器制动片更换", hours=24,
        station="汽车底盘一体化学习工作站", seats=36,
        situation="客户王先生驾驶一辆2019款轩逸轿车到店，反映踩刹车时前轮有“吱吱”的金属摩擦声，仪表制动警告灯偶尔点亮。服务顾问接车后开具任务委托书，要求维修技师在90分钟内完成前轮制动片的检查与更换，并向客户说明检查结果。",
        qs=[("引导问题1：制动片磨损到什么程度必须更换？怎样测量？",
             ["摩擦材料剩2毫米以下就要换，用游标卡尺量最薄的地方。",
              "厚度小于2mm或者报警片碰到制动盘了就要换，要量内外两片。",
              "用卡尺测，标准是新片10mm，极限2mm，我们这台左前只剩1.6mm。",
              "听到报警片响就说明快到极限了，要拆下来用卡尺量厚度。"]),
            ("引导问题2：压回制动分泵活塞前要做什么？为什么？",
             ["先打开储液罐盖子看液面，防止液体溢出来腐蚀漆面。",
              "要用抹布包住储液罐口，液面太高时先抽出一点制动液。",
              "检查制动液液位，活塞压回去液面会升高，可能会溢出。",
              "先松开储液罐盖，再用专用工具慢慢压，不能用撬棍硬撬。"]),
            ("引导问题3：装好后第一次踩制动踏板有什么要求？",
             ["要连续踩几下踏板，直到踏板变硬，活塞回到位才可以试车。",
              "起动前多踩几脚让间隙消除，不然第一脚会踩空很危险。",
              "踩到踏板有力为止，然后检查液位，再低速试车磨合。",
              "踩三到五次，感觉踏板高度正常后再路试。"])],
        hw=[("1. 写出制动片更换的主要步骤。",
             ["举升车辆拆车轮，拆卡钳导向销螺栓，取下旧片，压回活塞，装新片和卡钳，按规定力矩拧紧，装车轮，踩踏板。",
              "准备工具→拆轮胎→拆卡钳→换片→回位活塞→装复→力矩检查→试车。",
              "先检查再拆装：量厚度，拆卡钳不能让它吊在软管上，装新片前清洁卡钳支架，最后试车。",
              "拆卸车轮后松开卡钳螺栓，把卡钳挂好，换上新片，装回去后踩几脚刹车。"]),
            ("2. 为什么更换制动片要左右同时更换？",
             ["左右摩擦系数不一样会跑偏。",
              "只换一边两边制动力不平衡，刹车时车往一边拉。",
              "保证两侧制动效果一致，防止制动跑偏。",
              "两边磨损不同步，刹车时方向盘会偏。"])],
        outputs=[("制动片更换作业指导卡", "把十二个步骤做成图文卡片，每一步配了实拍照片和力矩数值，贴在工位上给下一届同学用。"),
                 ("制动系统检查记录表（改进版）", "在原来的检查表上增加了制动盘跳动量和制动液含水量两项，并在三台车上试用。"),
                 ("客户交车说明话术", "写了向客户解释制动片磨损原因和驾驶建议的话术，在角色扮演中用了两次，老师建议再精简。"),
                 ("制动异响原因分析图", "用鱼骨图整理了制动异响的六类原因，每类写了检查方法。")]),
    "coolant": dict(
        major="汽车维修", code="0403", course="汽车发动机维修", task="发动机冷却液检查与更换", hours=16,
        station="发动机维修学习工作站", seats=30,
        situation="一辆行驶六万公里的卡罗拉到店做保养，客户反映最近水温表指针偏高。按保养手册需要更换冷却液，并检查冷却系统有无渗漏。",
        qs=[("引导问题1：冷却液冰点怎样检测？本地区要求多少？",
             ["用冰点测试仪滴一滴看刻度，南宁冬天不冷，零下25度就够了。",
              "用折射仪测，读蓝色分界线，我们测的是零下18度，偏高要换。",
              "冰点仪先用清水校零，再测冷却液，要求不高于零下25℃。",
              "滴在棱镜上对着光看，刻度在零下30左右。"]),
            ("引导问题2：放冷却液前要注意什么？",
             ["发动机要冷下来，不能热车开水箱盖，会烫伤。",
              "等水温降下来，准备好接液盆，旧液不能倒进下水道。",
              "先拧松膨胀箱盖泄压，车下放好接油盆再打开放水螺塞。",
              "冷车操作，戴手套和护目镜。"])],
        hw=[("1. 冷却液为什么要定期更换？",
             ["时间长了防锈防腐的添加剂会失效，水箱会生锈结垢。",
              "冷却液会变质，冰点升高，还会腐蚀水泵。",
              "添加剂消耗完以后散热变差，发动机容易开锅。",
              "旧冷却液有杂质，会堵塞散热器的小管子。"]),
            ("2. 加注新冷却液后怎样排空气？",
             ["打开暖风开到最大，怠速运转，边看边补加到MAX线。",
              "发动机运转到节温器打开，上水管变热，再补液。",
              "拧开排气螺栓，等流出来的液体没有气泡再拧紧。",
              "怠速十分钟左右，捏上水管，液面下降就继续加。"])],
        outputs=[("冷却系统结构手绘图", "画出了水泵、节温器、散热器和膨胀箱的连接关系，用两种颜色标出大循环和小循环。"),
                 ("冷却液更换微课脚本", "写了一个三分钟微课的分镜头脚本，包括放液、加注和排气三个镜头。"),
                 ("废液回收规范海报", "做了一张A3海报，说明旧冷却液要装桶贴标签，交给有资质的单位回收。"),
                 ("冷却液检测记录汇总", "把全组测的八台车冰点数据做成表格，发现两台车冰点不合格。")]),
    "live": dict(
        major="电子商务", code="0603", course="直播电商运营", task="农特产品直播带货脚本撰写", hours=20,
        station="直播电商学习工作站", seats=24,
        situation="钦州某合作社准备在周五晚上直播销售坭兴陶茶具和海鸭蛋，委托我班完成一场两小时直播的整场脚本和单品脚本，要求突出产地特色，符合平台规则。",
        qs=[("引导问题1：整场直播脚本一般包括哪些部分？",
             ["直播主题、时间、人员分工、产品顺序、每个时段的话术和福利。",
              "开场暖场、产品讲解、互动抽奖、逼单、下播预告。",
              "要写清楚主播和助播各做什么，产品上架的顺序和优惠节点。",
              "目标、流程表、话术、道具清单。"]),
            ("引导问题2：海鸭蛋的卖点你准备怎样介绍？",
             ["红树林里放养的鸭子，蛋黄红心起沙，可以现场切开给观众看。",
              "讲产地故事，鸭子吃小鱼小虾，蛋黄颜色自然，不是加色素。",
              "用对比的方法，和普通咸蛋一起切开，让大家看出油。",
              "强调北部湾特产，送礼有面子，再说一下保质期和发货。"]),
            ("引导问题3：直播中哪些用语是平台禁止的？",
             ["“全网最低”“第一”这种绝对化用语不能说。",
              "不能说最好、最便宜，也不能说能治病。",
              "极限词，比如国家级、最高级，还有虚假承诺。",
              "不能引导私下交易，不能说绝对化的词。"])],
        hw=[("1. 写一段坭兴陶茶壶的开场话术（100字左右）。",
             ["家人们晚上好！今天带大家看看我们钦州的坭兴陶，这把壶是老师傅手工拉坯的，泡茶不走味，喜欢喝茶的朋友一定要留下来。",
              "欢迎来到直播间，我是今天的主播，先给大家看这把紫红色的坭兴陶壶，窑变的颜色每一把都不一样。",
              "哈喽大家好，今天的福利特别多，第一个上场的就是坭兴陶茶壶，点个关注不迷路。",
              "朋友们好，坭兴陶是四大名陶之一，今天我们直接从窑口给大家带货。"])],
        outputs=[("整场直播脚本（两小时）", "完成了五个产品的上架顺序和时间表，设计了三次福利节点。"),
                 ("海鸭蛋单品脚本", "写了开场、卖点、试吃、价格、逼单五段话术，并在模拟直播中试讲。"),
                 ("直播间违禁词自查表", "整理了四十多个不能用的词和替换说法，全班共享使用。"),
                 ("直播复盘报告", "根据模拟直播的数据分析了停留时长和转化率，提出三条改进意见。")]),
    "chicken": dict(
        major="烹饪(中式烹调)", code="0501", course="粤菜制作", task="白切鸡制作", hours=12,
        station="中式烹调学习工作站", seats=40,
        situation="学校餐厅下周接待一场六十人的宴席，菜单中有白切鸡一道，厨师长要求我们按酒楼标准完成八只鸡的浸烫、冰镇、斩件和装盘，并调好沙姜蘸料。",
        qs=[("引导问题1：白切鸡浸烫时水温和时间怎样控制？",
             ["水烧开后转小火，保持虾眼水，大约九十五度，浸二十分钟左右。",
              "三提三放让鸡腔里外温度一样，然后小火浸十八分钟。",
              "水不能大滚，不然鸡皮会破，用筷子插大腿不出血水就熟了。",
              "一千五百克的鸡浸二十二分钟，中间翻一次身。"]),
            ("引导问题2：为什么浸熟后要马上放进冰水？",
             ["让鸡皮收紧变脆，颜色更亮。",
              "冰镇以后皮爽肉滑，还能防止继续受热变老。",
              "快速降温，皮和肉之间形成一层啫喱。",
              "热胀冷缩，皮会变得爽脆。"])],
        hw=[("1. 沙姜蘸料怎样调制？",
             ["沙姜剁碎加盐，淋上烧热的花生油，再加一点鸡汤。",
              "沙姜末、葱白、盐和味精，用热油一浇就香了。",
              "沙姜要现剁，油要烧到冒烟，激出香味。",
              "姜葱和沙姜各一半，加生抽和热油。"]),
            ("2. 斩件装盘有什么要求？",
             ["先斩头颈和翅膀，再把鸡身斩成一样宽的块，按鸡的形状摆回去。",
              "刀要快，一刀下去不能拖，摆盘时鸡皮朝上。",
              "块要均匀，大约两指宽，摆成整鸡的样子。",
              "斩件要干净利落，骨头不能碎。"])],
        outputs=[("白切鸡标准化操作卡", "记录了鸡的重量、水温、浸烫时间和冰镇时间，做成一张表贴在灶台边。"),
                 ("三种蘸料对比试验", "做了沙姜、姜葱和酱油三种蘸料，请十位同学盲评打分。"),
                 ("宴席装盘作品照片集", "整理了八只鸡的装盘照片，写了每盘的优点和不足。"),
                 ("成本核算表", "算出一只白切鸡的原料成本和毛利率。")]),
    "tofu": dict(
        major="烹饪(中式烹调)", code="0501", course="川菜制作", task="麻婆豆腐制作", hours=8,
        station="中式烹调学习工作站", seats=32,
        situation="学校教工餐厅推出川菜周，需要每天中午供应麻婆豆腐三十份，要求麻、辣、烫、香、酥、嫩、鲜、活八个特点都做出来。",
        qs=[("引导问题1：豆腐下锅前为什么要用盐水焯一下？",
             ["去掉豆腥味，豆腐也不容易碎。",
              "盐水焯过豆腐更有韧性，烧的时候不会烂。",
              "让豆腐入一点底味，同时去除豆腥。",
              "焯水以后豆腐嫩而不碎。"]),
            ("引导问题2：勾芡为什么要分三次？",
             ["一次勾芡容易结团，分三次汁能均匀地包住豆腐。",
              "少量多次，芡汁薄厚才好控制，做到亮油包芡。",
              "第一次收汁，第二次挂芡，第三次亮油。",
              "这样豆腐不会被铲碎，芡汁更均匀。"])],
        hw=[("1. 麻婆豆腐的“八字”特点是什么？",
             ["麻、辣、烫、香、酥、嫩、鲜、活。",
              "麻辣烫香酥嫩鲜活，其中酥是指牛肉末炒酥。",
              "麻辣烫香酥嫩鲜活八个字，活是指蒜苗要鲜活。",
              "麻、辣、烫、香、酥、嫩、鲜、活，要趁热上桌。"])],
        outputs=[("麻婆豆腐出品标准", "规定了一份的用料、油温和出品温度，拍了标准样品照片。"),
                 ("郫县豆瓣炒制试验", "对比了小火和中火炒豆瓣的颜色和香味。"),
                 ("学生川菜周销售统计", "统计了五天的销售份数和顾客评价。"),
                 ("花椒面自制流程", "把汉源花椒焙香磨粉的过程写成流程图。")]),
    "sorting": dict(
        major="机电一体化技术", code="0127", course="自动化生产线安装与调试", task="传送带物料分拣控制系统安装与调试", hours=30,
        station="机电一体化学习工作站", seats=42,
        situation="某食品厂的包装车间要改造一条传送带分拣线，按颜色把金属和塑料两种工件分到两个料槽。设备科委托我们完成气动元件、传感器和PLC的安装接线与程序调试，并交付调试记录。",
        qs=[("引导问题1：分拣线上用了哪几种传感器？各检测什么？",
             ["电感式传感器检测金属工件，光纤传感器检测颜色，光电传感器检测有没有工件。",
              "三种：电感、光纤和漫反射光电，金属的用电感式来分。",
              "入口的光电开关检测来料，电感式检测金属，光纤分辨白色和黑色。",
              "有磁性开关检测气缸到位，还有电感和光纤传感器。"]),
            ("引导问题2：推料气缸动作太快撞坏工件，怎样调整？",
             ["调节气缸上的单向节流阀，把排气节流调小。",
              "拧节流阀让速度慢下来，气压也可以调到0.4MPa。",
              "用排气节流的方式调速，调好以后锁紧螺母。",
              "减小进气量，检查缓冲有没有调好。"]),
            ("引导问题3：变频器怎样设置传送带的速度？",
             ["用多段速，把P1000设成30Hz，PLC给一个信号就启动。",
              "面板上设定频率，运行方式改成外部端子控制。",
              "设定上限频率和加减速时间，速度用模拟量给定。",
              "参数恢复出厂后再设电机参数和运行频率。"])],
        hw=[("1. 画出分拣单元的I/O分配表（写出主要的点）。",
             ["X0启动 X1停止 X2入料检测 X3电感 X4光纤 Y0推杆一 Y1推杆二 Y2变频器正转。",
              "输入：启动、停止、光电、金属、颜色；输出：两个推料电磁阀和变频器。",
              "X0~X5是按钮和传感器，Y0~Y3是电磁阀和变频器、指示灯。",
              "启动X0，急停X1，传感器X2到X4，输出Y0到Y2。"]),
            ("2. 调试时金属工件被推进了塑料料槽，可能是什么原因？",
             ["电感传感器离工件太远，检测不到。",
              "推料的延时时间不对，工件还没到位就推了。",
              "程序里两个料槽的输出写反了。",
              "传感器的灵敏度没调好，或者接线接错了。"])],
        outputs=[("分拣单元电气接线图", "用CAD画出了PLC、传感器和电磁阀的接线图，标了线号。"),
                 ("PLC分拣程序及注释", "写了分拣程序，每一段都加了中文注释，调试通过。"),
                 ("调试记录与故障排除表", "记录了调试中遇到的五个故障和解决办法。"),
                 ("设备点检表", "设计了每天开机前的点检表，共十二项。")]),
    "shaft": dict(
        major="数控加工(数控车工)", code="0106", course="数控车削加工", task="阶梯轴数控车削加工", hours=18,
        station="数控车削学习工作站", seats=28,
        situation="某机械厂委托加工一批阶梯轴共五十件，材料45钢，最大直径φ40，总长120毫米，两处外圆公差为0.02毫米，要求一周内交货。",
        qs=[("引导问题1：怎样选择粗车和精车的切削用量？",
             ["粗车转速600，进给0.25，背吃刀量2毫米；精车转速1200，进给0.08。",
              "粗车吃刀深一点、进给大一点，精车转速高、进给小，保证粗糙度。",
              "查手册，45钢粗车线速度取100米每分钟左右。",
              "先保证效率再保证精度，精车余量留0.3毫米。"]),
            ("引导问题2：对刀的步骤是什么？",
             ["试切外圆，测直径输入X值；试切端面，输入Z0。",
              "用试切法，车一刀外圆不动X，退出测量，在刀补里输入。",
              "每把刀都要对，对完用MDI验证一下位置。",
              "手轮慢慢靠近工件，听到声音就停，然后输入数值。"])],
        hw=[("1. 写出精车φ30外圆的程序段。",
             ["G00 X32 Z2；G01 X30 F0.08；Z-40；X42；",
              "G70 P10 Q20 S1200 F0.08；",
              "N10 G00 X30；N20 G01 Z-40 F0.1；",
              "G01 X30 Z-40 F0.08 S1200；"]),
            ("2. 测量φ30h7外圆用什么量具？",
             ["外径千分尺，测量范围25到50。",
              "用25-50毫米的外径千分尺，多测几个位置。",
              "千分尺，用之前要校零。",
              "游标卡尺精度不够，要用千分尺。"])],
        outputs=[("阶梯轴加工工艺卡", "写出了装夹、刀具、切削用量和检测方法，共五道工序。"),
                 ("阶梯轴零件成品及检测报告", "加工了三件，用千分尺检测，两处外圆都在公差内。"),
                 ("数控程序单", "写了粗精车程序，用仿真软件验证过刀路。"),
                 ("刀具磨损记录", "记录了加工五十件过程中刀尖的磨损和换刀时间。")]),
    "metro": dict(
        major="城市轨道交通运输与管理", code="0431", course="城市轨道交通客运组织", task="站台乘客乘降组织", hours=16,
        station="城轨客运实训车站", seats=40,
        situation="某线路早高峰时段列车满载率超过百分之一百二十，站台候车乘客拥挤，站务员需要在列车进站、开门、关门三个阶段组织乘客有序乘降，并处理夹人夹物的情况。",
        qs=[("引导问题1：列车进站前站务员应站在什么位置？",
             ["站在站台中部黄色安全线外，面向来车方向，做好接车手势。",
              "在站台监控亭旁边，看着乘客不要越过安全线。",
              "站在车头停车位置附近，手持喇叭提醒乘客后退。",
              "站在安全线以外，和乘客保持一臂距离。"]),
            ("引导问题2：发现车门夹住乘客的包怎样处理？",
             ["立即按紧急停车按钮并报告行车值班员，配合司机打开车门。",
              "马上用手信号通知司机，不能让列车开走。",
              "先报告再处理，帮乘客取出物品，确认安全后给司机好了信号。",
              "按下站台紧急停车按钮。"])],
        hw=[("1. 高峰期站台客流组织有哪些方法？",
             ["分区候车，用导流栏杆分开上下车的乘客，广播提醒先下后上。",
              "限流、分流和引导，必要时在站厅分批放行。",
              "增加站台岗，用喇叭疏导，引导乘客往车尾走。",
              "先下后上，排队候车，不要挤在车门中间。"])],
        outputs=[("高峰期站台乘降组织方案", "画了站台分区候车图，写了三个阶段的岗位职责。"),
                 ("站台广播词汇编", "整理了十二条广播词，包括进站、关门和夹人夹物的情况。"),
                 ("情景模拟视频脚本", "写了一段五分钟的情景剧脚本，模拟车门夹包的处理。"),
                 ("客流观察报告", "到南湖站观察了一个早高峰，统计了每五分钟的上下车人数。")]),
    "feeding": dict(
        major="健康与社会照护", code="0529", course="生活照护", task="协助老年人进食进水", hours=12,
        station="生活照护学习工作站", seats=24,
        situation="养老院的李奶奶八十二岁，左侧肢体偏瘫，能坐起来但吞咽比较慢，午饭时需要照护员协助进食，并观察有没有呛咳。",
        qs=[("引导问题1：协助进食前要评估老人哪些情况？",
             ["意识清不清楚，能不能坐起来，吞咽功能怎么样，有没有假牙。",
              "看老人精神状态，问有没有饿，检查口腔和吞咽情况。",
              "评估体位、吞咽、食欲和有无过敏的食物。",
              "先洗手，再评估老人的意识和坐姿。"]),
            ("引导问题2：偏瘫老人喂饭应该从哪一侧喂？为什么？",
             ["从健侧喂，因为健侧有感觉，吞咽容易，不会把食物留在患侧。",
              "健侧，患侧没有感觉，食物会积在嘴里引起呛咳。",
              "从右边健侧喂，每一口不要太多，等咽下去再喂下一口。",
              "从没有瘫痪的那一边喂。"])],
        hw=[("1. 老人进食时发生呛咳应该怎么办？",
             ["马上停止喂食，让老人身体前倾，轻拍背部，严重时叫医生。",
              "停喂，协助老人低头弯腰咳出来，观察呼吸和脸色。",
              "立即停止，拍背，如果不能说话就用海姆立克法。",
              "停止喂食，报告护士。"])],
        outputs=[("协助进食操作流程图", "把评估、准备、协助进食、整理和记录五步画成流程图。"),
                 ("老人饮食观察记录表", "设计了一张记录进食量、饮水量和呛咳情况的表格。"),
                 ("照护沟通情景对话", "写了和老人沟通的对话，语气亲切，注意尊重老人的选择。"),
                 ("防呛咳小知识卡片", "做了一张给家属看的卡片，说明食物要软烂和坐姿要求。")]),
}

TEACHER_TITLES = ["高级讲师/一级实习指导教师", "讲师/高级技师", "一级实习指导教师", "企业兼职教师/技师", "讲师/技师"]

# ---------------------------------------------------------------- submissions
# students: the three of the submission; per item the names that item
# really holds (override); klass: item-10 list is the class list minus
# `absent_from_10` plus `extra_in_10`; form_count: 班级人数 on the form.

SUBS = [
    dict(school="南宁市第三技工学校", pack="dir", sub="汽车维修-制动片更换", course="brake", cls="汽修2301班", size=32,
         seed=101, students=["韦家豪", "黄俊杰", "覃思雨"], extra_class=["黄俊洁", "陆洋", "韦家浩"],
         teachers=["李国平", "陈雪梅", "莫振华", "杨帆"], form="docx", roster="xlsx",
         f8="cover", f10="table_a", f11="typed_sections", f12="hand_ukai300",
         findings=[], comment="clean: per-student cover pages in item 8 with group lists and 批阅 marks; 黄俊洁/韦家浩 in class one character away from two of the three"),
    dict(school="南宁市第三技工学校", pack="dir", sub="汽车维修-发动机冷却液更换", course="coolant", cls="汽修2302班", size=28,
         seed=102, students=["梁文杰", "陆嘉欣", "甘雨萱"], extra_class=["罗志鹏"],
         items={12: ["梁文杰", "陆嘉欣", "甘雨萱", "罗志鹏"]},
         teachers=["苏建林", "何丽娟", "黄永强"], form="pdf",
         f8="plain150", f10="table_b", f11="scan_works", f12="hand_wenkai_mono",
         findings=[("students.count", 12, False), ("students.mismatch", 12, True)],
         comment="item 12 holds a fourth student (罗志鹏, a classmate, in item 10): students.count on 12 and students.mismatch"),
    dict(school="钦州港湾技工学校", pack="zip", sub="电子商务-直播带货脚本撰写", course="live", cls="电商2302班", size=22,
         seed=201, students=["欧阳晓琳", "司马俊", "刘婷"], extra_class=["刘婷婷", "欧阳明"],
         teachers=["钟海燕", "谢志明", "邓敏"], form="docx", roster="pdf",
         f8="header_table_scan", f10="sheets", f11="scan_typed_sections", f12="hand_ukai_mono250",
         findings=[], comment="clean: 2-char 刘婷 with 刘婷婷 in class, compound surnames 欧阳/司马, header-table worksheets scanned, one assessment sheet per student"),
    dict(school="百色右江技师学院", pack="gbkzip", sub="中式烹调-白切鸡制作", course="chicken", cls="烹饪2301班", size=38,
         seed=301, students=["岑海涛", "黎秋菊", "凌子轩"], extra_class=["黎秋琼"], outsiders=["凌子轩"],
         teachers=["黄伟东", "农丽萍", "梁少华", "韦春兰"], form="pdf",
         f8="spaced_label300", f10="table_c", f11="typed_table", f12="hand_ukai200",
         findings=[("students.not_in_class", 8, True, "凌子轩")],
         comment="凌子轩 (of another class) is the third student in 8, 11 and 12 but has no item-10 record (38 records = 班级人数 38): students.not_in_class only"),
    dict(school="百色右江技师学院", pack="gbkzip", sub="中式烹调-麻婆豆腐制作", course="tofu", cls="烹饪2302班", size=30,
         seed=302, students=["蓝天宇", "农小凤", "潘俊宇"], extra_class=["莫海燕"], absent_from_10=["莫海燕"], extra_in_10=["覃立新"],
         teachers=["岑国栋", "罗晓梅"], form="docx", roster="xlsx",
         f8="cover_sungti", f10="scan_table", f11="mixed_cover", f12="hand_ukai150",
         findings=[("records.missing_student", 10, False, "莫海燕")],
         comment="roster and form have 30 (with 莫海燕); item 10 has 30 records but 覃立新 instead of 莫海燕: records.missing_student only (counts agree)"),
    dict(school="玉林机电技工学校", pack="dir", sub="机电一体化技术-传送带分拣控制系统安装与调试", course="sorting", cls="机电2301班", size=41,
         seed=401, students=["上官文杰", "陈子豪", "陈子涵"], extra_class=["欧阳振宇", "冯俊", "唐晓东"],
         bad_scores={"冯俊": "over", "唐晓东": "sum"},
         teachers=["施永明", "赵红英", "林志刚", "兰海"], form="pdf",
         f8="group_table", f10="table_d", f11="typed_sections", f12="hand_wenkai300",
         findings=[("records.invalid_score", 10, False, "冯俊"), ("records.invalid_score", 10, False, "唐晓东")],
         comment="冯俊 has 65 under 结果考核（满分60）; 唐晓东's 总评 is not the sum of his two parts: records.invalid_score; the three include 陈子豪/陈子涵 (same surname, one character apart)"),
    dict(school="玉林机电技工学校", pack="dir", sub="数控加工(数控车工)-阶梯轴车削", course="shaft", cls="数控2301班", size=26,
         seed=402, students=["何振宇", "廖文强", "蒙佳"], items={8: ["何振宇", "廖文强"]},
         teachers=["施永明", "唐建华", "周宁"], form="docx",
         f8="mono250", f10="side_by_side", f11="typed_sections", f12="hand_ukai200",
         findings=[("students.count", 8, False)], optional=[("students.mismatch", 8, True)],
         comment="蒙佳's worksheets are missing from item 8 (two students): students.count on 8; students.mismatch is accepted either way"),
    dict(school="河池民族技工学校", pack="zip", sub="城市轨道交通运输与管理-站台乘客乘降组织", course="metro", cls="城轨2301班", size=36,
         seed=501, students=["韦丽娟", "班秋月", "谭宇航"], extra_class=["黄振东"], items={11: ["韦丽娟", "班秋月", "黄振东"]},
         drop_from_10=2, teachers=["覃海军", "韦美玲", "蓝志强"], form="pdf",
         f8="plain200", f10="scan_table300", f11="scan_works_wenkai", f12="hand_ukai_mono300",
         findings=[("records.count_mismatch", 10, False), ("students.mismatch", 11, True)],
         comment="item 10 lists 34 students for 班级人数 36 (no roster): records.count_mismatch; item 11's third student is 黄振东 (a classmate) instead of 谭宇航: students.mismatch"),
    dict(school="河池民族技工学校", pack="zip", sub="健康与社会照护-协助老年人进食", course="feeding", cls="照护2301班", size=20,
         seed=502, students=["蒙雪", "罗佳怡", "司马晴"], extra_class=["罗佳仪"],
         teachers=["蒙秀英", "潘丽华"], form="docx",
         f8="mixed_cover", f10="table_e", f11="scan_works150", f12="hand_wenkai200",
         findings=[], comment="clean: typed cover listing the three, scanned worksheets; 罗佳仪 in class next to 罗佳怡; maxima in a second header row"),
]


def sid(s, i):
    """A student number: year, class code, roll number."""
    return "2023%02d%02d%02d" % (s["seed"] % 100, s["seed"] // 100, i + 1)


def sid_of(s, klass, n):
    """The student number of n; one of another class has another class code."""
    if n in klass:
        return sid(s, klass.index(n))
    return "2023%02d%02d%02d" % (s["seed"] % 100 + 1, s["seed"] // 100, 7)


# ---------------------------------------------------------------- writers

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, font="Noto Serif CJK SC", size="11pt"):
    return ('<html><head><meta charset="utf-8"><style>body{font-family:"%s";font-size:%s}'
            'td,th{padding:2px 4px}</style></head><body>\n%s\n</body></html>\n' % (font, size, body))


def page_break():
    return '<p style="page-break-before:always"></p>'


def form_html(s, c, school):
    t = s["teachers"]
    rows = "".join("<tr><td>%d</td><td>%s</td><td>19%d年%d月</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        i + 1, n, 72 + i * 5, 3 + i, TEACHER_TITLES[i % len(TEACHER_TITLES)],
        "曾在%s相关企业工作%d年" % (c["major"].split("(")[0], 2 + i), "是" if i < 2 else "否") for i, n in enumerate(t))
    count = "%d" % s["size"] if s["seed"] % 2 else "%d人" % s["size"]
    duties = "；".join("%s%s" % (n, d) for n, d in zip(t, ["负责课堂整体设计和学习任务分析", "负责教学活动方案和工作页编写", "负责学习工作站建设和资源开发", "负责企业真实任务引入和考核评价"]))
    return html("""<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}</p><p>专业编码：{code}</p><p>课程名称：{course}</p><p>学习任务：{task}</p>
<p>课堂负责人：{lead}</p><p>联系电话：0771-58{tel}</p><p>申报单位：{school}</p><p>填报日期：2025年2月{day}日</p>
<h3>一、基本信息</h3>
<table border="1" cellspacing="0">
<tr><td>课堂负责人</td><td colspan="3">{lead}</td></tr>
<tr><td>负责人所在单位</td><td colspan="3">{school}</td></tr>
<tr><td>专业名称</td><td colspan="3">{major}</td></tr>
<tr><td>授课课程名称</td><td>{course}</td><td>总学时</td><td>{total}</td></tr>
<tr><td>授课学习任务名称</td><td>{task}</td><td>学时</td><td>{hours}</td></tr>
<tr><td>培养层级</td><td colspan="3">☑中级工　□高级工　□技师（预备技师）</td></tr>
<tr><td>授课年级</td><td>2023级</td><td>授课班级</td><td>{cls}</td></tr>
<tr><td>班级人数</td><td>{count}</td><td>工位数</td><td>{seats}</td></tr>
<tr><td>授课实训室或学习工作站名称</td><td colspan="3">{station}</td></tr>
<tr><td>主要教材</td><td colspan="3">□出版教材　☑校本教材　□其他</td></tr>
</table>
<h3>二、授课教师信息</h3>
<table border="1" cellspacing="0">
<tr><th>序号</th><th>姓名</th><th>出生年月</th><th>职称/职业技能等级</th><th>企业工作经历或相关资质</th><th>是否获得一体化教师培训证书</th></tr>
{rows}
</table>
<p>团队成员职责分工情况及主要工作成果：{duties}。团队近三年共同完成校本教材一部，指导学生参加省级技能竞赛获三等奖两项。</p>
<h3>三、目标与内容</h3>
<p>本学习任务是《{course}》课程中的典型工作任务，以“{task}”为载体，学生在完成任务的过程中掌握相关的操作规范、安全要求和质量标准，能按照企业的工作流程独立或合作完成任务，并能与客户或同事进行有效沟通。学习内容按照工作过程分为明确任务、制订计划、实施作业和检查评价四个学习活动，逻辑清晰，难度由浅入深。</p>
<h3>四、资源与环境</h3>
<p>学习在{station}进行，工位{seats}个，配有工作页、微课视频、操作视频和企业作业规范等资源，满足分组学习和独立操作的需要。</p>
<h3>五、考核评价</h3>
<p>考核由过程考核和结果考核组成，过程考核看工作页、课堂表现和安全规范，结果考核看任务完成质量，学生自评、小组互评和教师评价相结合，企业导师参与终结性考核。</p>
<h3>六、组织实施</h3>
<p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织。获取信息阶段学生阅读任务委托书并查阅资料；制定计划阶段各小组写出工作计划；做出决策阶段小组汇报，教师点评后确定方案；实施计划阶段学生按方案操作，教师巡回指导；过程控制阶段小组按检查表自查互查；评价反馈阶段进行展示和总结。</p>
<h3>七、学习成效</h3>
<p>全班学生都完成了学习任务，工作页完成率百分之百，大部分学生能独立完成操作，职业素养明显提高。</p>
<h3>八、创新与特色</h3>
<p>引入企业真实任务，校企共同评价，学生的作品直接服务于学校和合作企业。</p>
<h3>九、授课教师诚信承诺</h3>
<p>本人已认真填写并检查以上材料，保证内容真实有效。</p><p>授课教师（签字）：{signs}</p>
""".format(major=c["major"], code=c["code"], course=c["course"], task=c["task"], lead=t[0], tel=s["seed"] + 1000,
           school=school, day=10 + s["seed"] % 15, total=c["hours"] * 4, hours=c["hours"], cls=s["cls"], count=count,
           seats=c["seats"], station=c["station"], rows=rows, duties=duties, signs="　".join(t)))


SHORT_ITEMS = {
    1: ("课程标准（校本转化）", "一、课程性质\n《{course}》是{major}专业的一体化课程，本校依据国家技能人才培养工学一体化课程标准，结合本地企业需求进行校本转化。\n二、学习任务设计\n本课程设计四个学习任务，其中“{task}”为第二个学习任务，参考学时{hours}学时。\n三、课程目标\n学生能读懂任务单，按规范完成作业，遵守安全和环保要求，能进行自检和交付。"),
    2: ("学习任务分析", "学习任务：{task}\n一、任务描述\n{situation}\n二、工作过程分析\n接受任务、制订计划、实施作业、检查交付。\n三、学习内容\n工作对象、工具材料设备、工作方法、劳动组织、工作要求。"),
    3: ("教学活动策划", "学习任务：{task}\n学习活动一 明确任务（{h1}学时）：阅读任务单，明确要求。\n学习活动二 制订计划（{h1}学时）：查阅资料，小组讨论。\n学习活动三 实施作业（{h2}学时）：分组操作，教师巡回指导。\n学习活动四 评价反馈（{h1}学时）：展示成果，自评互评。"),
    4: ("教学进度计划", "学习任务：{task}  共{hours}学时\n第1周 明确任务\n第2周 制订计划\n第3周 实施作业\n第4周 检查评价与总结"),
    5: ("教学活动方案", "学习任务：{task}\n课时1–2 情境导入：教师展示任务情境，学生阅读任务单，提出问题。\n课时3–4 资讯：学生分组查阅资料，完成工作页引导问题。\n课时5–8 实施：学生按计划操作，教师观察并记录。\n课时9–10 评价：学生展示成果，填写评价表。"),
    6: ("学习任务资源及清单", "序号 资源名称 类型 数量\n1 工作页 文本 每人一份\n2 操作视频 视频 6个\n3 企业作业规范 文本 1份\n4 {station}设备 设备 {seats}工位"),
    7: ("工学一体化学习工作站图文说明", "{station}\n工作站分为资讯区、操作区、展示区和工具材料区，共{seats}个工位，满足一个班分组学习。墙上张贴安全操作规程和6S管理要求。"),
    9: ("学习任务考核方案", "学习任务：{task}\n一、考核方式：过程考核占40%，结果考核占60%。\n二、过程考核：工作页、课堂表现、安全文明。\n三、结果考核：按任务完成质量评分，企业导师参与。\n四、成绩记入学习任务考核记录表。"),
}


def short_item(n, c, s, school):
    title, body = SHORT_ITEMS[n]
    h = c["hours"]
    text = body.format(course=c["course"], major=c["major"], task=c["task"], hours=h, situation=c["situation"],
                       station=c["station"], seats=c["seats"], h1=max(2, h // 6), h2=h - 3 * max(2, h // 6))
    return "%s\n%s  %s\n\n%s\n" % (school, c["course"], title, text)


# ------------------------------------------------------------ item 8 styles

def ws_answers(c, idx):
    return [(q, answers[idx % len(answers)]) for q, answers in c["qs"]]


def item8(s, c, klass, names):
    """Returns (source file name, text) for item 8 in the submission's style."""
    st = s["f8"]
    title = "%s 工作页" % c["task"]
    rng = random.Random(s["seed"] * 7)
    others = [n for n in klass if n not in s["students"]]
    pages = []
    if st == "header_table_scan":  # an HTML form with a header table, answers in a brush font, printed and scanned
        parts = []
        for k, n in enumerate(names):
            idx = s["students"].index(n) if n in s["students"] else 3
            grp = rng.sample(others, 3)
            qa = "".join('<p><b>%s</b></p><p style="font-family:\'AR PL UKai CN\';font-size:13pt;color:#1b2a5e">%s</p>' % (q, a)
                         for q, a in ws_answers(c, idx))
            parts.append(("" if k == 0 else page_break()) + """
<p style="text-align:center"><b>{title}</b></p>
<table border="1" cellspacing="0" width="100%"><tr><td>学生姓名</td><td style="font-family:'AR PL UKai CN';font-size:13pt">{n}</td><td>学号</td><td>{sid}</td></tr>
<tr><td>班级</td><td>{cls}</td><td>日期</td><td>2024年10月{d}日</td></tr></table>
<p>【学习情境】{sit}</p>
<p>小组分工：</p>
<table border="1" cellspacing="0" width="100%"><tr><th>角色</th><th>主播</th><th>助播</th><th>场控</th><th>运营</th></tr>
<tr><td>小组成员</td><td>{n}</td><td>{g0}</td><td>{g1}</td><td>{g2}</td></tr></table>
{qa}
<p style="color:#b0201a;font-family:'AR PL UKai CN'">教师评语：完成较好，话术再口语化一些。　得分：{score}　批阅：{teacher}</p>
""".format(title=title, n=n, sid=sid_of(s, klass, n), cls=s["cls"], d=8 + k, sit=c["situation"], g0=grp[0], g1=grp[1],
           g2=grp[2], qa=qa, score=85 + k * 3, teacher=s["teachers"][0]))
        return "08.html", html("".join(parts))
    for k, n in enumerate(names):
        idx = s["students"].index(n) if n in s["students"] else 3
        qa = ws_answers(c, idx)
        grp = [n] + rng.sample(others, 3)
        rng.shuffle(grp)
        t1, t2 = s["teachers"][0], s["teachers"][1 % len(s["teachers"])]
        lines = []
        if st in ("cover", "cover_sungti"):
            lines += ["", "", title, "", "工作页", "", "学生：%s" % n, "班级：%s" % s["cls"], "学号：%s" % sid_of(s, klass, n),
                      "指导教师：%s" % t1, "", "", "%s" % s["school"], "2024年9月", "----"]
            lines += ["%s    工作页" % c["course"], "学习活动一  明确任务", "【学习情境】" + c["situation"],
                      "小组成员：" + "、".join(grp)]
            for i, (q, a) in enumerate(qa):
                lines += [q, "> " + a]
                if i == 0:
                    lines += ["----", "%s    工作页" % c["course"], "学习活动二  制订计划"]
            lines += ["! 批阅：%s  10月%d日  得分：%d" % (t1, 9 + k, 86 + k * 2)]
        elif st in ("plain150", "plain200", "mono250"):
            label = {"plain150": "姓名：", "plain200": "学生姓名：", "mono250": "学生姓名:"}[st]
            lines += ["%s  工作页（第%d页）" % (c["task"], 1), "%s%s　　班级：%s　　组别：第%d组" % (label, n, s["cls"], k + 1),
                      "【学习情境】" + c["situation"]]
            for i, (q, a) in enumerate(qa):
                lines += [q, "> " + a]
                if i == 0 and k != 1:
                    lines += ["----", "%s  工作页（第%d页）" % (c["task"], 2), "%s%s" % (label, n)]
            lines += ["! 得分：%d  %s" % (80 + k * 4, "教师签名：" + t1)]
        elif st == "spaced_label300":
            colon = "：" if k != 1 else ": "
            lines += ["%s 工作页" % c["course"], "姓  名%s%s    学  号%s%s" % (colon, n, colon, sid_of(s, klass, n)),
                      "班  级：%s    组  长：%s" % (s["cls"], grp[0] if grp[0] != n else grp[1]),
                      "【任务情境】" + c["situation"]]
            for q, a in qa:
                lines += [q, "> " + a]
            lines += ["----", "%s 工作页" % c["course"], "学习活动三  评价反馈", "自我评价：",
                      "> " + ["这次浸鸡的火候掌握得比较好，斩件还不够整齐。", "蘸料调得有点咸，下次要少放盐。", "冰镇时间太短，鸡皮不够爽。"][idx % 3],
                      "! 教师签名：%s　评分：%d" % (t2, 88 - k * 3)]
        elif st == "group_table":
            lines += ["%s 工作页" % c["task"], "学生姓名：%s　学号：%s　班级：%s" % (n, sid_of(s, klass, n), s["cls"]),
                      "【工作情境】" + c["situation"], "小组分工表",
                      "组长：%s　　组员：%s" % (grp[0], "、".join(g for g in grp[1:])),
                      "电气安装：%s　程序编写：%s　调试记录：%s" % (grp[1], grp[2], grp[3])]
            for i, (q, a) in enumerate(qa):
                lines += [q, "> " + a]
                if i == 1:
                    lines += ["----", "%s 工作页（续）" % c["task"], "学生姓名：%s" % n]
            lines += ["! 教师签名：%s" % t1, "! 成绩：%d　日期：2024.11.%d" % (85 + k, 12 + k)]
            if k == 2:  # a fourth page: the test record
                lines += ["----", "%s 工作页（续）" % c["task"], "调试记录", "> 第一次通电，金属工件能分拣，白色塑料件没有推出，光纤灵敏度调高后正常。",
                          "> 第二次连续运行二十个工件，分拣正确十九个。"]
        elif st == "mixed_cover":
            lines += ["%s  工作页" % c["task"], "学生姓名：%s　　班级：%s" % (n, s["cls"]), "【工作情境】" + c["situation"]]
            for q, a in qa:
                lines += [q, "> " + a]
            lines += ["! 批阅：%s　得分：%d" % (t1, 90 - k * 2)]
        pages.append("\n".join(lines))
    text = "\n----\n".join(pages) + "\n"
    if st == "mixed_cover":
        cover = "%s\n%s\n\n%s\n\n工作页（3名学生）\n\n学生：%s\n班级：%s\n指导教师：%s\n" % (
            s["school"], c["course"], c["task"], "、".join(names), s["cls"], "、".join(s["teachers"]))
        return ("08cover.txt", cover), ("08.txt", text)
    return "08.txt", text


# ----------------------------------------------------------- item 10 styles

def scores(rng, n, s):
    """Per student: process (max 40) and result (max 60) parts, total."""
    out = {}
    for name in n:
        p = rng.randint(26, 38)
        r = rng.randint(36, 57)
        t = p + r
        bad = s.get("bad_scores", {}).get(name)
        if bad == "over":
            r = 65
            t = p + r
        elif bad == "sum":
            t = p + r + 4
        out[name] = (p, r, t)
    return out


def item10(s, c, rec, school):
    rng = random.Random(s["seed"] * 13)
    sc = scores(rng, rec, s)
    st = s["f10"]
    head = "<h3 style=\"text-align:center\">%s学习任务考核记录表</h3><p>学习任务：%s　　班级：%s　　授课教师：%s</p>" % (
        c["course"], c["task"], s["cls"], "、".join(s["teachers"][:2]))
    ids = {n: sid(s, i) for i, n in enumerate(s["klass"])}
    for n in rec:
        ids.setdefault(n, "2023%02d%02d99" % (s["seed"] % 100, s["seed"] // 100))
    sign = "<p>考核教师：%s　　　日期：2024年12月20日</p>" % s["teachers"][0]
    if st in ("table_a", "scan_table", "scan_table300", "table_d"):
        hdr = {"table_a": ["序号", "学号", "姓名", "过程考核(40)", "结果考核(60)", "总评"],
               "scan_table": ["序号", "姓名", "学号", "过程考核（40分）", "结果考核（60分）", "总成绩"],
               "scan_table300": ["序号", "学号", "姓名", "过程考核(满分40)", "结果考核(满分60)", "总评(满分100)"],
               "table_d": ["序号", "学号", "姓名", "过程考核（满分40）", "结果考核（满分60）", "总评（满分100）"]}[st]
        rows = []
        for i, n in enumerate(rec):
            p, r, t = sc[n]
            cells = {"序号": str(i + 1), "学号": ids[n], "姓名": n}
            vals = [cells.get(h, "") for h in hdr[:3]] + [str(p), str(r), str(t)]
            rows.append("<tr>" + "".join("<td>%s</td>" % v for v in vals) + "</tr>")
        body = head + '<table border="1" cellspacing="0"><tr>%s</tr>%s</table>' % ("".join("<th>%s</th>" % h for h in hdr), "".join(rows)) + sign
        return "10.html", html(body)
    if st == "table_b":  # name first, group column, maxima in 分
        rows = "".join("<tr><td>%s</td><td>第%d组</td><td>%d</td><td>%d</td><td>%d</td></tr>" % ((n, i % 6 + 1) + sc[n]) for i, n in enumerate(rec))
        body = head + '<table border="1" cellspacing="0"><tr><th>姓名</th><th>小组</th><th>过程考核（40分）</th><th>结果考核（60分）</th><th>总评</th></tr>%s</table>' % rows + sign
        return "10.html", html(body, font="Noto Sans CJK SC", size="10.5pt")
    if st == "table_c":  # three parts 10/20/70, sex column, 满分：100 line
        rows = []
        for i, n in enumerate(rec):
            p, r, t = sc[n]
            a = rng.randint(7, 10)
            b = rng.randint(14, 19)
            e = rng.randint(45, 66)
            rows.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td></tr>" % (
                ids[n], n, "男" if rng.random() < 0.6 else "女", a, b, e, a + b + e))
        body = head + "<p>满分：100　　自评占10%，互评占20%，教师评价占70%</p>" + \
            '<table border="1" cellspacing="0"><tr><th>学号</th><th>姓名</th><th>性别</th><th>自评(10)</th><th>互评(20)</th><th>教师评价(70)</th><th>总分</th></tr>%s</table>' % "".join(rows) + sign
        return "10.html", html(body)
    if st == "table_e":  # maxima in a second header row
        rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%s</td></tr>" % (
            (i + 1, n, ids[n]) + sc[n] + ("优秀" if sc[n][2] >= 85 else "良好" if sc[n][2] >= 75 else "合格",)) for i, n in enumerate(rec))
        body = head + '<table border="1" cellspacing="0"><tr><th rowspan="2">序号</th><th rowspan="2">姓名</th><th rowspan="2">学号</th><th>过程考核</th><th>结果考核</th><th>总评</th><th rowspan="2">等级</th></tr>' \
            '<tr><th>满分40</th><th>满分60</th><th>满分100</th></tr>%s</table>' % rows + sign
        return "10.html", html(body)
    if st == "side_by_side":  # two halves of the class side by side on one sheet
        half = (len(rec) + 1) // 2
        rows = []
        for i in range(half):
            cells = []
            for j in (i, i + half):
                if j < len(rec):
                    n = rec[j]
                    cells += [str(j + 1), n] + [str(v) for v in sc[n]]
                else:
                    cells += [""] * 5
            rows.append("<tr>" + "".join("<td>%s</td>" % v for v in cells) + "</tr>")
        h = "<th>序号</th><th>姓名</th><th>过程(40)</th><th>结果(60)</th><th>总评</th>"
        body = head + '<table border="1" cellspacing="0"><tr>%s%s</tr>%s</table>' % (h, h, "".join(rows)) + sign
        return "10.html", html(body, size="10pt")
    if st == "sheets":  # one assessment sheet per student
        parts = []
        for i, n in enumerate(rec):
            p, r, t = sc[n]
            a1, a2 = rng.randint(6, 10), rng.randint(10, 15)
            a3 = p - a1 - a2
            if a3 < 0 or a3 > 15:
                a2 = max(0, min(15, p - a1 - 10)); a3 = p - a1 - a2
            parts.append(("" if i == 0 else page_break()) + """
<h3 style="text-align:center">学习任务考核评价表</h3>
<p>学习任务：{task}</p>
<table border="1" cellspacing="0" width="100%"><tr><td>姓名</td><td>{n}</td><td>学号</td><td>{id}</td><td>班级</td><td>{cls}</td></tr></table>
<table border="1" cellspacing="0" width="100%">
<tr><th>评价项目</th><th>评价内容</th><th>配分</th><th>得分</th></tr>
<tr><td rowspan="3">过程考核</td><td>工作页完成情况</td><td>10</td><td>{a1}</td></tr>
<tr><td>课堂参与与团队协作</td><td>15</td><td>{a2}</td></tr>
<tr><td>职业素养（纪律、6S）</td><td>15</td><td>{a3}</td></tr>
<tr><td>结果考核</td><td>直播脚本质量与模拟直播表现</td><td>60</td><td>{r}</td></tr>
<tr><td colspan="2">合计</td><td>100</td><td>{t}</td></tr>
</table>
<p>评价教师：{teacher}　　　2024年12月{d}日</p>""".format(task=c["task"], n=n, id=ids[n], cls=s["cls"], a1=a1, a2=a2, a3=a3, r=r, t=t,
                                                    teacher=s["teachers"][i % 2], d=16 + i % 3))
        return "10.html", html("".join(parts))
    raise SystemExit("unknown f10 " + st)


# ---------------------------------------------------------- item 11 styles

def item11(s, c, names):
    st = s["f11"]
    nums = "一二三四"
    outs = []
    for k, n in enumerate(names):
        idx = s["students"].index(n) if n in s["students"] else 3
        outs.append((k, n, c["outputs"][idx]))
    head = "%s\n%s  学习成果汇编\n%s\n" % (s["school"], c["task"], s["cls"])
    if st in ("typed_sections", "scan_typed_sections"):
        secs = ["成果%s  %s\n作者：%s　　指导教师：%s\n%s" % (nums[k], t, n, s["teachers"][k % len(s["teachers"])], d) for k, n, (t, d) in outs]
        return "11.txt", head + "\n" + "\n\n".join(secs) + "\n"
    if st in ("scan_works", "scan_works_wenkai", "scan_works150"):
        secs = ["作品%s\n作品名称：%s\n完成人：%s（%s）\n> %s\n! 指导教师：%s" % (nums[k], t, n, s["cls"], d, s["teachers"][0]) for k, n, (t, d) in outs]
        return "11.txt", head + "\n" + "\n----\n".join(secs) + "\n"
    if st == "typed_table":
        rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (k + 1, t, n, s["teachers"][0], d) for k, n, (t, d) in outs)
        return "11.html", html("<h3>%s 学习成果汇编</h3><p>%s　%s</p><table border=\"1\" cellspacing=\"0\"><tr><th>序号</th><th>作品名称</th><th>完成人</th><th>指导教师</th><th>成果说明</th></tr>%s</table>" % (
            c["task"], s["school"], s["cls"], rows))
    if st == "mixed_cover":
        cover = head + "\n学习成果汇编\n\n收录学生：%s\n" % "、".join(names)
        secs = ["成果%s：%s\n学生：%s\n> %s" % (nums[k], t, n, d) for k, n, (t, d) in outs]
        return ("11cover.txt", cover), ("11.txt", "\n----\n".join(secs) + "\n")
    raise SystemExit("unknown f11 " + st)


# ---------------------------------------------------------- item 12

def item12(s, c, names):
    pages = []
    for k, n in enumerate(names):
        idx = s["students"].index(n) if n in s["students"] else 3
        lines = ["%s  课后作业" % c["course"], "姓名：%s　　班级：%s　　日期：2024年11月%d日" % (n, s["cls"], 3 + k * 2)]
        for q, ans in c["hw"]:
            lines += [q, "> " + ans[idx % len(ans)]]
        lines += ["! 阅：%s  %s" % (s["teachers"][-1], ["A", "B+", "A-", "B"][k % 4])]
        pages.append("\n".join(lines))
    return "12.txt", "\n----\n".join(pages) + "\n"


# method of items 8/11/12 by style
M8 = {"cover": "scan:200:0", "plain150": "scan:150:1", "header_table_scan": "scanpdf:200", "spaced_label300": "scan:300:1:mono",
      "cover_sungti": "scan:200:2", "group_table": "scan:200:0", "mono250": "scan:250:0:mono", "plain200": "scan:200:1",
      "mixed_cover": "mixed:200:0"}
M11 = {"typed_sections": "pdf", "scan_works": "scan:200:0:color", "scan_typed_sections": "scanpdf:200", "typed_table": "pdf",
       "mixed_cover": "mixed:200:2", "scan_works_wenkai": "scan:200:4", "scan_works150": "scan:150:0"}
M12 = {"hand_ukai300": "scan:300:3", "hand_wenkai_mono": "scan:200:4:mono", "hand_ukai_mono250": "scan:250:3:mono",
       "hand_ukai200": "scan:200:3", "hand_ukai150": "scan:150:3", "hand_wenkai300": "scan:300:4",
       "hand_ukai_mono300": "scan:300:3:mono", "hand_wenkai200": "scan:200:4"}
M10 = {"scan_table": "scanpdf:200", "scan_table300": "scanpdf:300"}

NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def file_name(s, n):
    """File names as the schools would give them, one convention per school."""
    style = s["seed"] // 100
    name = NAMES[n]
    if style == 1:
        return "%02d.%s.pdf" % (n, name)
    if style == 2:
        return "%d、%s.pdf" % (n, name)
    if style == 3:
        return "附件3-%d %s.pdf" % (n, name)
    if style == 4:
        return "%d_%s.pdf" % (n, name)
    return "%d %s.pdf" % (n, name)


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Held-out people corpus (testdata/heldout). Findings of the people/records rules that a "
                        "correct tool must report; 'optional' ones may be reported or not. A finding with any_item "
                        "matches whatever item the tool names; with 'student' the finding's message must name that student. 'submissions' gives each submission's three students, "
                        "the names each item really holds, and the class.",
             "findings": [], "optional": [], "submissions": {}}
    for s in SUBS:
        c = COURSES[s["course"]]
        rng = random.Random(s["seed"])
        inclass = [n for n in s["students"] if n not in s.get("outsiders", [])]
        klass = draw_class(rng, s["size"], inclass + s.get("extra_class", []))
        s["klass"] = klass
        rec = [n for n in klass if n not in s.get("absent_from_10", [])] + s.get("extra_in_10", [])
        if s.get("drop_from_10"):
            drop = [n for n in klass if n not in s["students"] and n not in s.get("extra_class", [])][:s["drop_from_10"]]
            rec = [n for n in rec if n not in drop]
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        write(os.path.join(d, "form.html"), form_html(s, c, s["school"]))
        formname = "附件2 申报书.docx" if s["form"] == "docx" else "申报书-%s.pdf" % c["task"]
        man.append("form.html\t%s\t%s\tform\t0" % (formname, s["form"]))
        for n in (1, 2, 3, 4, 5, 6, 7, 9):
            write(os.path.join(d, "%02d.txt" % n), short_item(n, c, s, s["school"]))
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n), n))
        for n, res, meth in ((8, item8(s, c, klass, items[8]), M8[s["f8"]]),
                             (10, item10(s, c, rec, s["school"]), M10.get(s["f10"], "pdf")),
                             (11, item11(s, c, items[11]), M11[s["f11"]]),
                             (12, item12(s, c, items[12]), M12[s["f12"]])):
            if isinstance(res[0], tuple):  # typed cover + scanned pages
                (cn, ct), (sn, stx) = res
                write(os.path.join(d, cn), ct)
                write(os.path.join(d, sn), stx)
                man.append("%s+%s\t%s\t%s\titem\t%d" % (cn, sn, file_name(s, n), meth, n))
            else:
                write(os.path.join(d, res[0]), res[1])
                man.append("%s\t%s\t%s\titem\t%d" % (res[0], file_name(s, n), meth, n))
        if s.get("roster") == "xlsx":
            write(os.path.join(d, "roster.csv"), "序号,学号,姓名,性别,备注\n" + "".join(
                "%d,%s,%s,%s,\n" % (i + 1, sid(s, i), n, "男" if (i * 7 + s["seed"]) % 3 else "女") for i, n in enumerate(klass)))
            man.append("roster.csv\t花名册.xlsx\txlsx\troster\t0")
        elif s.get("roster") == "pdf":
            rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (i + 1, sid(s, i), n) for i, n in enumerate(klass))
            write(os.path.join(d, "roster.html"), html("<h3>%s %s学生名单</h3><p>班主任：%s</p><table border=\"1\" cellspacing=\"0\"><tr><th>序号</th><th>学号</th><th>姓名</th></tr>%s</table>" % (
                s["school"], s["cls"], s["teachers"][-1], rows)))
            man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
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
            "class_size_on_form": s["size"], "class": klass, "item10_records": rec,
            "roster": s.get("roster", ""), "formats": {"8": "%s (%s)" % (s["f8"], M8[s["f8"]]),
                                                        "10": "%s (%s)" % (s["f10"], M10.get(s["f10"], "pdf")),
                                                        "11": "%s (%s)" % (s["f11"], M11[s["f11"]]),
                                                        "12": "%s (%s)" % (s["f12"], M12[s["f12"]])},
            "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
