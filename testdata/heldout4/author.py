#!/usr/bin/env python3
"""Write the sources of the fourth held-out people corpus (src/ and truth.json).

Written apart from the checks: nothing under checks/, internal/ or extractors/
(nor their tests) was read. testdata/heldout3 (README, build.sh, prebuild.py,
author.py) and testdata/othertools (build.sh, build.py, README) were read only
to learn the builder's file formats; no class list, name, school, text or
layout of testdata/heldout, heldout2, heldout3 or othertools is reused.
Nine submissions of five invented schools in Sichuan (四川), one major each
out of the twelve of 附件1, with their catalogue codes.

Class lists are drawn once from fixed seeds out of a surname mix with Sichuan
surnames (母 苟 冉 敬 鄢 蒲 税 庹 昝 谯 牟 卿 …) and rare compound surnames
(令狐 慕容 东方 公孙 夏侯 申屠), plus the planted hard cases of each class.

Run it after editing:  python3 author.py   (rewrites src/ and truth.json)
Build:                 sh build.sh OUT      (see README.md)

Methods beyond the othertools builder's (prebuild.py turns them into `copy`
rows before the builder runs):
  x-scanpdf:<dpi>[:mono][:color][:q<quality>][:rot<page>=<deg>]  typed HTML printed and scanned
  x-scan:<dpi>:<font>[:mono][:color][:q<quality>][:rot<page>=<deg>] text drawn and scanned
"""
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

SURNAMES = list("王李张刘陈杨黄赵周吴徐孙胡朱高林何郭罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜"
                "夏钟汪田任姜范方石姚谭廖邹熊金陆郝白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤黎易常武乔贺赖龚文"
                "母苟冉敬鄢蒲税庹昝兰谯岳邬牟阳向卿屈闵伍舒")
COMPOUND = ["令狐", "慕容", "东方", "公孙", "夏侯", "申屠"]
GIVEN2 = ("安琪 柏林 宝华 碧瑶 灿阳 辰逸 成蹊 春晓 丹阳 德胜 东升 朵朵 恩泽 尔雅 芳菲 飞扬 国栋 海峰 翰林 浩天 "
          "红梅 鸿飞 华清 欢欢 慧敏 嘉欣 建新 金花 锦华 晶晶 静雯 俊逸 凯旋 坤鹏 兰芝 乐天 丽君 立新 林峰 玲玲 "
          "美琪 梦洁 妙然 明辉 沐阳 楠楠 宁远 鹏飞 琪琪 巧玲 庆丰 秋实 睿涵 若彤 润泽 少华 胜利 诗涵 书豪 "
          "淑芬 顺利 思源 天赐 婷婷 旺财 维嘉 文静 小龙 晓光 欣然 新宇 馨予 旭东 雪琴 雅雯 艳玲 一帆 亦菲 "
          "逸凡 永红 宇翔 玉洁 元昊 远航 悦然 云飞 泽楷 振华 志远 智勇 子墨 梓航 紫薇 佳豪 俊楠 婉清 佩瑶").split()
GIVEN1 = list("彬丹帆刚钢航豪鹤红华欢吉佳杰娟珂兰莉琳玲露曼敏楠鹏萍倩琴蓉锐珊爽涛婷巍霞翔鑫旭妍焱毅瑜越忠")


def near(a, b):
    """One character apart (same length) or one contained in the other."""
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_class(rng, n, fixed, avoid):
    names = list(fixed)
    while len(names) < n:
        r = rng.random()
        s = rng.choice(COMPOUND) if r < 0.04 else rng.choice(SURNAMES)
        g = rng.choice(GIVEN1) if rng.random() < 0.3 else rng.choice(GIVEN2)
        name = s + g
        if name in names or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    return names


# --------------------------------------------------------------------- courses
# qs: worksheet questions (one answer per student position); hw: homework
# questions; outputs: item-11 works (title, description).

COURSES = {
    "plc": dict(
        major="机电一体化技术", code="0127", course="可编程控制系统安装与调试", task="物料分拣传送带PLC控制系统安装调试",
        hours=20, station="机电设备装调一体化学习工作站", seats=40,
        situation="绵阳一家食品包装厂的传送带分拣装置控制柜老化，设备科要求改用PLC控制：金属物料推入一号料槽，白色塑料物料推入二号料槽，其余放行，按下急停后全线停止。请在两周内完成接线、编程和联机调试。",
        qs=[("任务一 读懂控制要求后，列出本系统的输入点和输出点。",
             ["输入：启动、停止、急停按钮，电感传感器，光纤传感器，两个推料气缸的到位开关。输出：变频器运行信号，两个推料电磁阀，运行指示灯。",
              "输入有按钮三个、传感器四个；输出有电机正转、电磁阀1、电磁阀2、绿灯和红灯。",
              "I0.0启动，I0.1停止，I0.2急停，I0.3金属检测，I0.4颜色检测；Q0.0电机，Q0.1推料一，Q0.2推料二。"]),
            ("任务二 急停回路为什么要同时接入硬件回路和PLC程序？",
             ["程序可能出故障，硬件回路直接断开主电源才可靠；程序里也要复位各输出，防止恢复后误动作。",
              "只靠程序不安全，PLC死机时急停就没用了，所以主回路也要串急停触点。",
              "硬件切断动力，程序负责记录状态和复位，两边都要有。"])],
        hw=[("1. 画出推料气缸的梯形图，并说明自锁的作用。",
             ["检测到金属后置位推料线圈，到位开关动作后复位。自锁让推料动作保持到气缸伸出到位。",
              "用SET和RST指令，检测信号是短脉冲，不自锁气缸只会抖一下。",
              "推料一用Q0.1自锁，到位开关常闭触点串在回路里断开自锁。"]),
            ("2. 调试时白色物料没有推出，可能的原因有哪些？",
             ["光纤传感器灵敏度没调好，或者推料延时太短，物料还没到推杆前面。",
              "电磁阀线圈接错端子，或者气压不够。",
              "程序里颜色信号和金属信号的优先级写反了。"])],
        outputs=[("分拣系统电气接线图", "按国标符号画出主电路和PLC输入输出接线图，标注线号。"),
                 ("PLC控制程序及注释", "编写了分拣程序，每个网络都写了注释，下载后联机运行正常。"),
                 ("系统调试记录表", "记录了传感器调整、气缸节流阀调整和三种物料的分拣结果。")]),
    "battery": dict(
        major="新能源汽车检测与维修", code="0435", course="新能源汽车动力电池检修", task="动力电池绝缘故障检测与排除",
        hours=16, station="新能源汽车高压系统一体化学习工作站", seats=40,
        situation="一辆纯电动轿车仪表点亮“动力电池绝缘故障”报警灯，车辆无法上高压。服务站安排我们在做好高压安全防护的前提下，用兆欧表逐段测量绝缘电阻，找出故障部件并出具检测报告。",
        qs=[("引导问题1 进行高压系统作业前要做好哪些安全防护？",
             ["穿绝缘鞋、戴绝缘手套和护目镜，设置隔离围挡和警示牌，断开维修开关后等待五分钟再验电。",
              "断开低压蓄电池负极，拔下维修开关自己保管，用万用表确认高压母线电压低于安全值。",
              "检查绝缘手套有没有漏气，工位铺绝缘垫，监护人在旁边。"]),
            ("引导问题2 兆欧表测量绝缘电阻时选择多大电压档？合格标准是多少？",
             ["选1000伏档，绝缘电阻除以系统最高电压要大于每伏500欧姆。",
              "用500伏或1000伏档，按厂家手册，一般要大于20兆欧。",
              "电压档高于系统工作电压，测得的阻值按每伏500欧姆折算判断。"])],
        hw=[("一、说明绝缘故障报警的检测原理。",
             ["电池管理系统给正负母线对车身注入信号，测出漏电流算绝缘电阻，低于阈值就报警。",
              "BMS周期性测量正极和负极对地的电阻，阻值太小就判定绝缘故障。",
              "通过电桥法比较母线对地的电压变化，得出绝缘阻值。"]),
            ("二、本次故障的排查顺序是什么？",
             ["先分段断开空调压缩机、PTC、电机控制器，逐个测量，最后确定是PTC加热器绝缘下降。",
              "从负载端往电池端查，断开一个部件测一次，阻值恢复正常就找到了。",
              "先查电池包本体，再查高压线束和各用电器。"])],
        outputs=[("绝缘检测报告单", "记录了各段高压回路的绝缘电阻测量值和判定结果。"),
                 ("高压安全作业流程卡", "把下电、验电、测量、上电的步骤做成了卡片。"),
                 ("故障诊断思维导图", "画出绝缘故障从报警到定位的排查思路。")]),
    "network": dict(
        major="计算机网络应用", code="0301", course="网络组建与管理", task="小型办公网络组建与配置",
        hours=18, station="网络综合布线与配置一体化学习工作站", seats=36,
        situation="乐山一家旅行社新租了一层写字楼，有财务、计调、销售三个部门共二十八台电脑和两台网络打印机，要求部门之间网络隔离、都能上网，财务部不能访问外网视频网站。请设计方案并完成设备配置和测试。",
        qs=[("1. 为三个部门规划VLAN和IP地址。",
             ["财务VLAN10，192.168.10.0/24；计调VLAN20，192.168.20.0/24；销售VLAN30，192.168.30.0/24，网关都用点1。",
              "三个部门各一个VLAN，打印机单独放VLAN40，用三层交换机做VLAN间路由。",
              "按部门划分VLAN，每个网段留出打印机和服务器的固定地址。"]),
            ("2. 交换机和路由器之间的链路要怎样配置？",
             ["交换机上行口设成Trunk，允许VLAN10、20、30通过，路由器配置子接口。",
              "用单臂路由，路由器子接口封装dot1q。",
              "三层交换机配置默认路由指向出口路由器，出口路由器做NAT。"])],
        hw=[("一、写出在交换机上创建VLAN并划分端口的命令。",
             ["vlan 10，然后进入接口，port link-type access，port default vlan 10。",
              "system-view进入系统视图，vlan batch 10 20 30，再把端口加进去。",
              "先建VLAN，再在接口视图下设置access类型并指定VLAN。"]),
            ("二、用哪些命令测试网络连通性？",
             ["ping测试连通，tracert看路径，display ip interface brief看接口状态。",
              "ping网关和外网地址，ipconfig查看本机地址。",
              "ping和tracert，还用display vlan查看端口划分。"])],
        outputs=[("办公网络拓扑图与IP规划表", "用软件画出拓扑图，列出每个部门的VLAN和地址段。"),
                 ("交换机与路由器配置文件", "导出了设备的配置文件并逐条写了注释。"),
                 ("网络测试报告", "记录了连通性、隔离性和上网限制的测试结果。")]),
    "service": dict(
        major="电子商务", code="0603", course="网店客户服务", task="网店售后纠纷处理",
        hours=14, station="电子商务运营实训中心", seats=42,
        situation="乐山一家经营钵钵鸡调料的网店在“双十一”后收到大量售后咨询：有买家说包装破损，有买家要求无理由退货，还有一条差评说味道不正宗。店长要求客服组按平台规则在四十八小时内处理完毕，并整理一份售后话术。",
        qs=[("问题1 处理售后纠纷的一般流程是什么？",
             ["倾听买家诉求，安抚情绪，核实订单和物流信息，提出解决方案，跟进结果，记录归档。",
              "先道歉，再查订单，拍照凭证，给出退款或补发方案，最后回访。",
              "了解问题、查证事实、协商方案、执行方案、回访评价。"]),
            ("问题2 买家收到包装破损的商品，你会怎样回复？",
             ["亲，非常抱歉让您收到破损的商品，麻烦拍一张外包装和商品的照片，我们马上为您补发或退款。",
              "先道歉，请买家提供照片，同时联系快递公司核实，给买家补发一份。",
              "给买家两个选择：补发新商品或者部分退款，让买家自己选。"])],
        hw=[("一、什么情况下可以拒绝七天无理由退货？",
             ["食品拆封以后影响二次销售的，可以按规则拒绝，但要跟买家解释清楚。",
              "商品已经食用或者包装被破坏，不影响买家举证的除外。",
              "生鲜和已拆封的食品不支持无理由退货，页面上要提前说明。"]),
            ("二、怎样回复一条说味道不正宗的差评？",
             ["感谢买家反馈，说明我们是乐山本地配方，欢迎私信告诉我们口味偏好，下次推荐微辣款。",
              "态度诚恳，不和买家争辩，附上产品的产地和工艺介绍。",
              "先道歉，再邀请买家联系客服，给一张优惠券。"])],
        outputs=[("售后纠纷处理记录表", "整理了十二个售后案例的问题、处理方案和结果。"),
                 ("售后服务话术手册", "按破损、退货、差评三类编写了标准话术。"),
                 ("差评回复与回访记录", "回复了五条差评，三位买家修改了评价。")]),
    "care": dict(
        major="健康与社会照护", code="0529", course="生活照护", task="卧床老年人协助翻身与压疮预防",
        hours=12, station="健康照护一体化学习工作站", seats=36,
        situation="南充市一家养老院的护理部反映，三楼有五位长期卧床的老人，其中一位骶尾部皮肤发红。院方请我们制定协助翻身计划，完成一次规范的翻身操作，并向家属说明压疮预防要点。",
        qs=[("一、协助老人翻身前要评估哪些内容？",
             ["老人的意识、病情、体重、皮肤情况，有没有管路，能不能配合。",
              "看老人身上有没有导尿管和输液管，骨突处皮肤有没有发红。",
              "评估老人的自理能力和合作程度，准备好软枕和翻身记录单。"]),
            ("二、怎样判断是否已经出现一期压疮？",
             ["皮肤完整，局部发红，用手指按压后红色不消退。",
              "受压部位出现不褪色的红斑，可能有热感或者硬结。",
              "解除压力三十分钟后发红还没有消退。"])],
        hw=[("1. 协助翻身时怎样保护老人的安全？",
             ["先拉起对侧床栏，动作轻稳，不拖拉推拽，翻身后检查管路是否通畅。",
              "两人配合翻身，一人托肩腰，一人托臀腿，同时用力。",
              "和老人说明以后再动，翻身时注意观察老人的面色。"]),
            ("2. 向家属说明压疮预防的要点。",
             ["至少两小时翻身一次，保持床单平整干燥，加强营养。",
              "用减压床垫，骨突处垫软枕，大小便以后及时清洁。",
              "每天检查皮肤，发现发红及时告诉护理员。"])],
        outputs=[("协助翻身操作视频截图与说明", "完成了一次轴线翻身，截取了八个关键动作并写了说明。"),
                 ("翻身计划与记录单", "为五位老人制定了翻身时间表并填写了记录。"),
                 ("压疮预防家属宣传单", "设计了一张给家属看的宣传单，用图画说明翻身和皮肤检查。")]),
    "herbs": dict(
        major="中药", code="1301", course="中药调剂", task="中药饮片处方调剂",
        hours=14, station="中药调剂一体化学习工作站", seats=40,
        situation="南充一家中医馆上午接到十二张饮片处方，其中一张处方有十八反配伍问题，还有两张需要先煎、后下的药材。药房主任安排我们完成审方、计价、调配、复核和包装发药，并向患者交代煎服方法。",
        qs=[("1. 审方时要审查哪些内容？",
             ["处方前记是否完整，药名、剂量、剂数，有没有配伍禁忌和妊娠禁忌，医师有没有签名。",
              "看有没有十八反和十九畏，毒性药材有没有超量。",
              "核对患者信息和医师签名，检查用法用量是否合理。"]),
            ("2. 一方多剂时怎样分剂量？",
             ["用戥秤按“等量递减，逐剂复戥”分到每一剂，每剂误差不超过百分之五。",
              "先称出总量，再平均分到每一剂的包药纸上。",
              "逐剂称量，不能凭手估。"])],
        hw=[("一、哪些药材需要先煎？举三个例子。",
             ["石膏、龙骨、牡蛎这类矿物和贝壳类药材要先煎。",
              "附子要先煎减毒，还有磁石、代赭石。",
              "石决明、鳖甲、生石膏。"]),
            ("二、向患者交代煎药方法时要说哪些内容？",
             ["用砂锅，加水浸泡三十分钟，先武火后文火，一剂煎两次。",
              "先煎、后下的药要单独说明，还有服药时间和饮食禁忌。",
              "告诉患者煎药的水量、时间，以及一天喝几次。"])],
        outputs=[("处方调剂操作记录", "完成了三张处方的调剂，记录了称量数据和复核结果。"),
                 ("常用饮片辨识卡", "拍照整理了四十种常用饮片并写明性状特征。"),
                 ("煎服方法告知单", "为患者写了一份煎药和服药说明。")]),
    "metro": dict(
        major="城市轨道交通运输与管理", code="0431", course="城市轨道交通客运组织", task="站台乘客乘降组织",
        hours=16, station="城市轨道交通车站综合实训室", seats=42,
        situation="宜宾某地铁车站早高峰时段站台客流密集，一列车因故晚点六分钟，站台上滞留乘客越来越多。值班站长要求站务员做好站台广播、引导乘客分散候车、组织有序乘降，必要时启动限流措施。",
        qs=[("1. 站台站务员在列车进站前要做哪些工作？",
             ["巡视站台，提醒乘客站在黄线以内，确认站台门状态正常，准备好手信号。",
              "引导乘客分散到各个车门候车，注意老人和带小孩的乘客。",
              "站在指定位置立岗，注意列车进站情况。"]),
            ("2. 列车晚点时怎样做好站台广播？",
             ["按标准广播词播报晚点原因和预计时间，每隔三分钟播报一次。",
              "先道歉，告诉乘客列车晚点，请大家耐心等待，不要拥挤。",
              "广播和人工引导结合，重点提醒乘客注意安全。"])],
        hw=[("一、客流组织中的三级限流是什么？",
             ["一级在站台，二级在站厅付费区，三级在出入口，逐级控制进站人数。",
              "站台、站厅、出入口三道防线，从里往外启动。",
              "根据站台拥挤程度，依次在三个位置限流。"]),
            ("二、发现乘客被站台门夹住怎么处理？",
             ["立即按压紧急停车按钮，报告车控室，打开站台门解救乘客。",
              "马上用手信号通知司机停车，然后开门放出乘客。",
              "先保证乘客安全，再报告值班站长，做好记录。"])],
        outputs=[("站台客流组织方案", "制定了早高峰和列车晚点两种情况的站台客流组织方案。"),
                 ("站台广播词汇编", "编写了十条常用站台广播词并录音练习。"),
                 ("乘降组织演练记录", "记录了一次模拟晚点演练的分工和处置过程。")]),
    "animation": dict(
        major="计算机动画制作", code="0306", course="三维动画制作", task="三维角色行走动画制作",
        hours=20, station="数字动画制作一体化学习工作站", seats=36,
        situation="宜宾一家动画工作室承接了一部本地旅游宣传短片，其中需要一段卡通熊猫在竹林小路上行走的镜头，时长八秒，每秒二十五帧。项目组长要求按给定的角色模型完成行走循环动画，并交出可以合成的序列帧。",
        qs=[("任务1 一个完整的行走循环包含哪几个关键姿势？",
             ["接触、下降、经过、上升四个姿势，左右脚各一次，一共八个关键帧。",
              "接触帧、最低点、过渡帧、最高点，然后换另一只脚。",
              "先定两个接触帧，再加中间的经过帧和高低点。"]),
            ("任务2 怎样让行走看起来有重量感？",
             ["重心在下降帧最低，身体有上下起伏，手臂和腿反向摆动。",
              "脚落地时有一点停顿，身体要有前后重心转移。",
              "熊猫比较胖，起伏要大一点，肚子可以加一点跟随动作。"])],
        hw=[("一、曲线编辑器里的曲线平直代表什么？",
             ["代表这段时间属性值不变，物体是静止的。",
              "曲线平的地方速度为零。",
              "没有变化，比如脚踩在地上不动的那几帧。"]),
            ("二、二十五帧每秒、八秒的镜头要渲染多少帧？",
             ["二十五乘八等于两百帧。",
              "两百帧，编号从1到200。",
              "一共200帧，行走循环24帧重复使用。"])],
        outputs=[("熊猫行走循环动画序列帧", "完成了二十四帧的行走循环，输出两百帧序列。"),
                 ("动作分析草图", "画了八个关键姿势的草图并标出重心位置。"),
                 ("镜头合成样片", "把行走动画和竹林背景合成了一段八秒样片。")]),
    "housekeeping": dict(
        major="饭店(酒店)服务", code="0504", course="客房服务", task="客房中式铺床",
        hours=12, station="酒店客房服务实训室", seats=36,
        situation="达州一家新开业的温泉酒店即将迎来第一个旅游团，客房部需要在下午两点前完成四十间标准间的做床工作。客房部经理要求实习生按酒店中式铺床标准操作，每张床不超过三分钟，由领班逐间检查。",
        qs=[("问题一 中式铺床的操作顺序是什么？",
             ["拉床、铺床单、套被套、装枕芯、放枕头、推床复位。",
              "先把床拉出来，甩单定位，包角，然后套被套，最后整理枕头。",
              "床单、被套、枕套，四角包成四十五度角，最后推床归位。"]),
            ("问题二 床单定位有什么要求？",
             ["一次甩单到位，中线居中，四边垂下的长度相等。",
              "床单正面朝上，中缝对准床的中线。",
              "不能反复调整，甩一次最多调一次。"])],
        hw=[("一、包角要达到什么标准？",
             ["四个角都包成四十五度，紧密、平整、角度一致。",
              "角要包紧，不能松散，四个角样子一样。",
              "包成直角或者四十五度，床单塞到床垫下面。"]),
            ("二、铺床时怎样保护自己的腰部？",
             ["拉床时两脚前后站开，屈膝下蹲，用腿部力量。",
              "不要弯腰太久，推床用身体的重量。",
              "动作要连贯，床的高度不合适要调整。"])],
        outputs=[("中式铺床作品照片", "完成了一张标准间大床的中式铺床，用时两分五十秒。"),
                 ("铺床操作标准卡", "把每一步的动作要领和质量标准写成卡片。"),
                 ("查房记录表", "作为领班角色检查了六间客房并填写查房记录。")]),
}

TITLES = ["高级讲师", "一级实习指导教师/技师", "讲师", "高级实习指导教师/高级技师", "企业兼职教师/工程师"]

# ----------------------------------------------------------------- submissions
# students: the three of items 8/11/12; items: what an item really holds when
# it differs; extra_class: planted classmates; outsiders: {name: class} of
# students not in the class; absent_from_10: class members without an item-10
# record; form_size: 班级人数 on the form when it differs from the item-10
# list; bad: {name: "over"|"sum"} planted score errors; notes: {name: note}
# in the 备注 column (缺考: no score or 0).

SUBS = [
    dict(school="绵阳市涪江技工学校", pack="dir", sub="机电一体化技术-物料分拣传送带PLC控制", course="plc",
         cls="机电2301班", size=40, seed=11, students=["母俊豪", "罗梓涵", "何静"],
         extra_class=["罗子涵", "何静怡", "令狐晓峰"], teachers=["蒲建平", "赵海燕", "伍国强"],
         notes={"令狐晓峰": "缺考", "@3": "理论补考", "@17": "请假1次"},
         form="docx", roster="xlsx", f8="jd_student_name_line", f10="jd_weighted_2p", f11="jd_done_by",
         f12="jd_wenkai250", findings=[],
         comment="clean: 罗梓涵/罗子涵 (one character apart), 2-char 何静 with 何静怡 in class, rare surname 母, "
                 "compound 令狐晓峰 marked 缺考 in item 10 (scores empty: not an invalid score, still a record); "
                 "teacher 蒲建平 (指导教师) on every worksheet page; item 10 typed over 2 pages with the header "
                 "repeated (续表), 学号 column, 理论考核(40%) 实操考核(60%) 总评 (weighted) 备注; roster 机电2301班花名册.xlsx (40)"),
    dict(school="绵阳市涪江技工学校", pack="dir", sub="新能源汽车检测与维修-动力电池绝缘故障检测", course="battery",
         cls="新能2301班", size=40, seed=12, students=["税浩然", "蒲雨萱", "兰天宇"],
         outsiders={"兰天宇": "新能2302班"}, extra_class=["税浩南", "蒲雨轩"], teachers=["邓文斌", "谯丽华"],
         form="pdf", f8="xn_cover_trainee_mono300", f10="xn_score_grade_color", f11="xn_kv_table_scan",
         f12="xn_ukai_ascii_colon",
         findings=[("students.not_in_class", 8, True, "兰天宇")],
         comment="兰天宇 (新能2302班, a parallel class) is the third student of items 8/11/12 (all scanned); item 10 "
                 "(scanned colour 200 dpi, 40 rows = 班级人数 40, `成绩/100` + `等级`) has no record of him: "
                 "students.not_in_class; 税浩然/税浩南 and 蒲雨萱/蒲雨轩 in class; no roster"),
    dict(school="乐山市嘉州技工学校", pack="zip", sub="计算机网络应用-小型办公网络组建与配置", course="network",
         cls="网络2301班", size=36, seed=21, students=["谯子轩", "岳思彤", "邬俊杰"],
         items={11: ["谯子轩", "岳思彤"]}, extra_class=["岳思桐", "邬俊"], teachers=["牟永康", "陈晓琳", "龚德明"],
         form="docx", roster="csv", f8="net_kv_table", f10="net_parts_typed", f11="net_scan_color",
         f12="net_wenkai_mono250",
         findings=[("students.count", 11, False)], optional=[("students.mismatch", 11, True)],
         comment="item 11 (scanned colour, 成果提交人：) holds the works of only two of the three students (邬俊杰's "
                 "are missing): students.count on 11; students.mismatch optional; 岳思彤/岳思桐, 3-char 邬俊杰 with "
                 "2-char classmate 邬俊; roster 学生名单.csv (36); item 10 typed, 姓名 before 学号, 考核成绩（百分制）"),
    dict(school="乐山市嘉州技工学校", pack="zip", sub="电子商务-网店售后纠纷处理", course="service",
         cls="电商2301班", size=42, seed=22, students=["向晓琳", "阳博文", "牟家乐"],
         outsiders={"牟家乐": "电商2302班"}, extra_class=["向晓林", "敬思雨"], bad={"敬思雨": "over"},
         notes={"@8": "请假（已补考）", "@30": "缺考"}, teachers=["冉丽萍", "钟志勇"],
         form="pdf", f8="ec_trainee_line150", f10="ec_total_first_q30", f11="ec_trainee_typed",
         f12="ec_sungti_hand", findings=[("records.invalid_score", 10, False, "敬思雨"), ("students.not_in_class", 8, True, "牟家乐")],
         comment="item 10 (scanned 200 dpi, JPEG recompressed at quality 30, 总分 column before the parts): 敬思雨 has "
                 "68 under 实操（满分60分） (总分 = the sum): records.invalid_score; 牟家乐 (电商2302班) is the third "
                 "student of 8/11/12 and has no item-10 record (42 rows = 班级人数): students.not_in_class; one "
                 "student 缺考 with 0 everywhere (legal); 向晓琳/向晓林"),
    dict(school="南充市嘉陵高级技工学校", pack="gbkzip", sub="健康与社会照护-卧床老年人协助翻身", course="care",
         cls="照护2301班", size=33, seed=31, students=["慕容晓雯", "苟敏", "冉秋月"],
         extra_class=["苟敏佳", "冉秋悦", "东方雨桐"], teachers=["庹红梅", "李国华", "鄢志强", "孙明霞"],
         notes={"东方雨桐": "缺考", "@5": "补考", "@21": "病假，已补考"},
         form="docx", roster="pdf", f8="care_spaced_name_250", f10="care_landscape", f11="care_done_by_cover",
         f12="care_wenkai_rot90", findings=[],
         comment="clean: 4-char 慕容晓雯, 2-char 苟敏 with 苟敏佳 in class, 冉秋月/冉秋悦, compound 东方雨桐 marked 缺考 "
                 "with 0 in every column (legal); teacher 庹红梅 (批阅教师) on every worksheet; item 10 a landscape page, "
                 "scanned 200 dpi, 等级 and 备注 columns (补考, 病假); item 12 page 2 (苟敏) scanned sideways (90°); "
                 "roster 照护2301班学生名单.pdf (33)"),
    dict(school="南充市嘉陵高级技工学校", pack="gbkzip", sub="中药-中药饮片处方调剂", course="herbs",
         cls="中药2201班", size=38, seed=32, students=["邓若溪", "杜欣悦", "贾文韬"],
         extra_class=["冯梓萱", "杜欣月"], absent_from_10=["冯梓萱"], teachers=["昝国平", "王淑芬"],
         form="pdf", roster="pdf", f8="tcm_ascii_name", f10="tcm_2p_mono250", f11="tcm_kv_typed",
         f12="tcm_ukai_mono300",
         findings=[("records.missing_student", 10, False, "冯梓萱"), ("records.count_mismatch", 10, False)],
         comment="roster 中药2201班学生名单.pdf and form: 38 with 冯梓萱; item 10 (1-bit 250 dpi scan, two pages with "
                 "the header repeated) has 37 rows without her: records.missing_student, records.count_mismatch; "
                 "杜欣悦/杜欣月"),
    dict(school="宜宾市三江技师学院", pack="dir", sub="城市轨道交通运输与管理-站台乘客乘降组织", course="metro",
         cls="城轨2302班", size=41, seed=41, students=["屈浩宇", "唐诗语", "闵晨阳"],
         items={11: ["屈浩宇", "唐诗语", "龙家铭"]}, extra_class=["龙家铭", "文俊"], bad={"文俊": "sum"},
         teachers=["卿志华", "舒晓梅", "黄建军"],
         form="docx", f8="metro_intern_color", f10="metro_sum_scan200", f11="metro_intern_typed",
         f12="metro_ukai_intern",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "文俊")],
         comment="item 11 (typed) holds 龙家铭 (a classmate with an item-10 record) instead of 闵晨阳: students.mismatch; "
                 "item 10 (scanned 200 dpi) `出勤（10分） 工作页（30分） 实操考核（60分） 合计 评定`: 文俊's 合计 "
                 "is not the sum of his parts: records.invalid_score"),
    dict(school="宜宾市三江技师学院", pack="dir", sub="计算机动画制作-三维角色行走动画", course="animation",
         cls="动画2301班", size=30, form_size=32, seed=42, students=["宋雨泽", "卿佳琪", "黎明轩"],
         items={12: ["宋雨泽", "卿佳琪"]}, extra_class=["宋雨", "公孙佳怡"], teachers=["易红", "彭立新"],
         form="pdf", f8="anim_cover_student", f10="anim_weighted_typed", f11="anim_trainee_typed",
         f12="anim_wenkai_two",
         findings=[("students.count", 12, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (scanned, WenKai) holds the homework of only 宋雨泽 and 卿佳琪 (黎明轩's is missing): "
                 "students.count on 12 (students.mismatch optional); form says 班级人数 32, item 10 (typed) lists 30 "
                 "students, no roster: records.count_mismatch; 3-char 宋雨泽 with 2-char classmate 宋雨"),
    dict(school="达州市巴山技工学校", pack="zip", sub="饭店(酒店)服务-客房中式铺床", course="housekeeping",
         cls="酒店2301班", size=35, seed=51, students=["敬雨涵", "庹鑫", "鄢俊熙"],
         extra_class=["敬雨菡", "庹鑫怡", "夏侯文杰"], teachers=["阳春燕", "苟建波"],
         notes={"@12": "请假", "@26": "补考"},
         form="docx", f8="hotel_cover_ascii150", f10="hotel_percent_typed", f11="hotel_kv_scan",
         f12="hotel_sungti_mono300", findings=[],
         comment="clean: 敬雨涵/敬雨菡, 2-char 庹鑫 with 庹鑫怡, compound 夏侯文杰 in class; item 8 cover page per "
                 "student with `姓名:` (ASCII colon), 150 dpi, JPEG quality 40; item 10 typed, 铺床用时 column "
                 "(not a score), 考核成绩（百分制） and 等级; no roster"),
]


# ---------------------------------------------------------------- helpers

def sid(s, n):
    """Student number: 4-digit year, school+major code, roll (11 digits)."""
    year = "20" + s["cls"][-5:-3]
    if n in s.get("outsiders", {}):
        return "%s%04d2%02d" % (year, 5100 + s["seed"], 7 + len(n))
    return "%s%04d1%02d" % (year, 5100 + s["seed"], s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, font="Noto Serif CJK SC", size="10.5pt", page=""):
    style = "body{font-family:\"%s\";font-size:%s}" % (font, size)
    if page:
        style += "@page{%s}" % page
    return '<html><head><meta charset="utf-8"><style>%s</style></head><body>\n%s\n</body></html>\n' % (style, body)


PB = '<p style="page-break-before:always"></p>'
UKAI = 'style="font-family:\'AR PL UKai CN\';color:#20306e;font-size:13pt"'
WENKAI = 'style="font-family:\'LXGW WenKai\';color:#20306e;font-size:13pt"'
RED = 'style="font-family:\'AR PL UKai CN\';color:#b01e1e"'
CELL = 'style="border:1pt solid #000;padding:3px 6px"'


def td(x, extra=""):
    return '<td %s%s>%s</td>' % (CELL, extra, x)


def day(s, k):
    return "2024年%d月%d日" % (10 + (s["seed"] + k) % 3, 2 + (s["seed"] * 5 + k * 7) % 25)


def form_html(s, c):
    t = s["teachers"]
    size = s.get("form_size", s["size"])
    count = ("%d人" if s["seed"] % 2 else "%d") % size
    rows = "".join("<tr>%s%s%s%s%s%s</tr>" % (
        td(i + 1), td(n), td("%d年%d月" % (1978 + 4 * i + s["seed"] % 5, 1 + (s["seed"] + i) % 12)),
        td(TITLES[(i + s["seed"]) % len(TITLES)]), td("%d年企业实践" % (3 + 2 * i)), td("是" if i % 3 != 2 else "否"))
        for i, n in enumerate(t))
    return html("""<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}</p><p>专业编码：{code}</p><p>课程名称：{course}</p><p>学习任务：{task}</p>
<p>课堂负责人：{lead}</p><p>申报单位：{school}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>
<table style="border-collapse:collapse" width="100%">
<tr>{a}{b}{c2}{d2}</tr>
<tr>{e}{f}{g}{h}</tr>
<tr>{i}{j}{k}{l}</tr>
<tr>{m}{n}{o}{p}</tr>
<tr>{q}{r}{s1}{t1}</tr>
<tr>{u}{v}{w}{x}</tr>
</table>
<h3>二、授课教师信息</h3>
<table style="border-collapse:collapse" width="100%"><tr>{h1}{h2}{h3}{h4}{h5}{h6}</tr>{rows}</table>
<p>团队成员职责分工情况及主要工作成果：负责人统筹课堂设计与实施，其余成员分别负责工作页编写、学习工作站建设和考核评价，团队近三年指导学生参加市级技能竞赛获奖。</p>
<h3>三、目标与内容</h3><p>本学习任务来自{course}课程，以“{task}”为载体，学生按照企业真实流程完成任务，学习目标覆盖专业能力、方法能力和社会能力。</p>
<h3>四、资源与环境</h3><p>{station}设有工位{seats}个，配有企业技术资料、微课和分层工作页，满足分组学习和独立操作的需要。</p>
<h3>五、考核评价</h3><p>采用过程性评价与终结性评价相结合，学生自评、组间互评、教师评价和企业评价共同形成任务成绩。</p>
<h3>六、组织实施</h3><p>教学按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节展开：学生先阅读任务单获取信息，再分组制定计划，经教师审核做出决策后实施，教师在实施中巡视把关，最后展示成果并评价反馈。</p>
<h3>七、学习成效</h3><p>全班按时完成学习任务，作品合格率较高，学生的规范意识和沟通能力明显提升。</p>
<h3>八、创新与特色</h3><p>校企共同开发任务，企业技术人员参与成果验收。</p>
<h3>九、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p><p>授课教师（签字）：{sign}</p>
""".format(major=c["major"], code=c["code"], course=c["course"], task=c["task"], lead=t[0], school=s["school"],
           d=3 + s["seed"] % 20,
           a=td("课堂负责人"), b=td(t[0]), c2=td("负责人所在单位"), d2=td(s["school"]),
           e=td("专业名称"), f=td(c["major"]), g=td("专业编码"), h=td(c["code"]),
           i=td("授课课程名称"), j=td(c["course"]), k=td("总学时"), l=td(c["hours"] * 6),
           m=td("授课学习任务名称"), n=td(c["task"]), o=td("学时"), p=td(c["hours"]),
           q=td("授课年级"), r=td("20%s级" % s["cls"][-5:-3]), s1=td("授课班级"), t1=td(s["cls"]),
           u=td("班级人数"), v=td(count), w=td("工位数"), x=td(c["seats"]),
           h1=td("序号"), h2=td("姓名"), h3=td("出生年月"), h4=td("职称/职业技能等级"), h5=td("企业工作经历或相关资质"),
           h6=td("是否获得一体化教师培训证书"), rows=rows, station=c["station"], seats=c["seats"], sign="、".join(t)))


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化）\n一、课程定位\n本课程为{major}专业一体化课程，依据国家技能人才培养工学一体化课程标准，结合川内合作企业的岗位要求转化而成。\n二、学习任务设计\n本课程设计若干代表性工作任务，“{task}”为其中之一，{hours}学时。\n三、教学实施建议\n采用行动导向教学，按完整工作过程组织学习。\n四、考核建议\n过程考核与终结考核结合。",
    2: "{school}\n学习任务分析——{task}\n（一）任务来源与描述\n{situation}\n（二）工作过程\n明确任务、收集资料、制定方案、组织实施、检查验收、总结评价。\n（三）学习内容与目标\n学生能够独立完成任务，遵守安全与质量规范，并能清楚地向客户或同事说明工作结果。",
    3: "{school}\n“{task}”教学活动策划\n活动一 接受任务，明确要求（2学时）\n活动二 制定工作计划并决策（3学时）\n活动三 分组实施，过程检查（若干学时）\n活动四 交付验收，总结评价（2学时）",
    4: "{school}\n{course}——教学进度计划\n第1周 任务引入与信息收集\n第2周 计划与决策\n第3周 任务实施\n第4周 检查、评价与拓展\n本学习任务共{hours}学时",
    5: "{school}\n{task}教学活动方案（共{hours}学时）\n课时1—2：情境导入，学生阅读任务单，提出问题。\n课时3—4：小组讨论，完成工作页引导问题，教师点评。\n课时5及以后：按计划实施，教师巡回指导，记录过程表现。\n最后两课时：成果展示与评价，布置课后作业。",
    6: "{school}\n{task}学习资源清单\n1. 学习工作页（每生一册）\n2. 企业技术资料与操作规范\n3. 微课视频若干\n4. 学习工作站：{station}，工位{seats}个\n资源样例附后（略）。",
    7: "{school}\n{station}图文说明\n工作站按资讯区、计划决策区、实施区、评价展示区布置，共{seats}个工位，配有工具柜、安全标识和看板。\n（图片见原件）",
    9: "{school}\n{task}学习任务考核方案\n一、考核方式：过程考核与结果考核相结合。\n二、考核内容：工作页完成情况、操作规范、成果质量和职业素养。\n三、成绩评定：按评分标准评分，记入学习任务考核记录，并给出等级。",
}


def short_item(n, c, s):
    return SHORT[n].format(school=s["school"], course=c["course"], major=c["major"], task=c["task"],
                           hours=c["hours"], situation=c["situation"], station=c["station"], seats=c["seats"]) + "\n"


NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def file_name(s, n, c):
    style = s["seed"] // 10
    name = NAMES[n]
    if style == 1:  # 绵阳: hyphen
        return "%d-%s.pdf" % (n, name)
    if style == 2:  # 乐山: zero-padded, full-width stop
        return "%02d．%s.pdf" % (n, name.replace("(", "（").replace(")", "）"))
    if style == 3:  # 南充: a space
        return "%d %s.pdf" % (n, name)
    if style == 4:  # 宜宾: underscore, no bracketed part
        return "%d_%s.pdf" % (n, name.split("(")[0])
    return "%s_%s.pdf" % (c["task"], name)  # 达州: no number, the task first


def ans(c, part, qi, pos):
    q, answers = c[part][qi]
    return q, answers[pos % len(answers)]


def mark(rng):
    return rng.choice(["√", "√ 答得好", "√ 10分", "√ 较完整", "√ 8分", "√ 思路清楚", "√ 9分", "√ 再补充一点"])


# ------------------------------------------------------------------ item 8

def worksheet_questions(c, i, rng, font, teacher, box=False):
    out = ""
    for qi in range(len(c["qs"])):
        q, a = ans(c, "qs", qi, i)
        if box:
            out += '<table style="border-collapse:collapse" width="100%%"><tr>%s</tr><tr>%s</tr></table><p>&nbsp;</p>' % (
                td("<b>%s</b>" % q), td('<span %s>%s</span><br/><span %s>%s</span>' % (font, a, RED, mark(rng)), ' height="120"'))
        else:
            out += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p><p>&nbsp;</p>' % (q, font, a, RED, mark(rng))
    return out


def item8(s, c, names):
    """(source name, text, method)."""
    f = s["f8"]
    t = s["teachers"]
    rng = random.Random(s["seed"] * 8)
    parts = []
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        if f == "jd_student_name_line":
            for page in range(2):
                parts.append('<p style="text-align:right">{sch}　{course}</p><h3 style="text-align:center">学习活动{k}　工作页</h3>'
                             '<p>学生姓名：<span {u}>{n}</span>　　班级：{cl}　　学号：{sid}</p><p>指导教师：{t0}　　日期：{d}</p>'
                             '<hr/>{body}'.format(sch=s["school"], course=c["course"], k="一二"[page], u=UKAI, n=n, cl=cl,
                                                   sid=sid(s, n), t0=t[0], d=day(s, i + page),
                                                   body=("<p><b>【工作情境】</b>%s</p>" % c["situation"]) if page == 0 else
                                                   worksheet_questions(c, i, rng, UKAI, t[0])))
        elif f == "xn_cover_trainee_mono300":
            parts.append('<p>&nbsp;</p><p style="text-align:center;font-size:15pt">{sch}</p><p>&nbsp;</p>'
                         '<h1 style="text-align:center">工　作　页</h1><p style="text-align:center;font-size:14pt">{task}</p>'
                         '<p>&nbsp;</p><p>&nbsp;</p><p style="margin-left:4cm;font-size:14pt">学员：<span {u}>{n}</span></p>'
                         '<p style="margin-left:4cm;font-size:14pt">班级：{cl}</p><p style="margin-left:4cm;font-size:14pt">学号：{sid}</p>'
                         '<p style="margin-left:4cm;font-size:14pt">指导教师：{t0}</p>'.format(
                             sch=s["school"], task=c["task"], u=UKAI, n=n, cl=cl, sid=sid(s, n), t0=t[0]))
            parts.append('<h3>一、任务描述</h3><p>%s</p><h3>二、引导问题</h3>%s<p style="text-align:right">教师评阅：%s</p>'
                         % (c["situation"], worksheet_questions(c, i, rng, UKAI, t[0]), t[0]))
        elif f == "net_kv_table":
            parts.append('<h3 style="text-align:center">《{course}》学习工作页</h3>'
                         '<table style="border-collapse:collapse" width="100%">'
                         '<tr>{a}{b}{c2}{d}</tr><tr>{e}{f2}{g}{h}</tr><tr>{i2}{j}{k}{l}</tr></table><p>&nbsp;</p>'
                         '<p><b>学习情境：</b>{sit}</p>{qs}'.format(
                             course=c["course"], a=td("姓名"), b=td('<span %s>%s</span>' % (UKAI, n)), c2=td("学号"), d=td(sid(s, n)),
                             e=td("班级"), f2=td(cl), g=td("小组"), h=td("第%d组" % (i + 1)),
                             i2=td("任务"), j=td(c["task"]), k=td("指导教师"), l=td(t[0]),
                             sit=c["situation"], qs=worksheet_questions(c, i, rng, UKAI, t[0], box=True)))
        elif f == "ec_trainee_line150":
            parts.append('<h3 style="text-align:center">{task}　工作页</h3><p>学员：<span {w}>{n}</span>　　所在班级：{cl}</p>'
                         '<p>指导教师：{t0}　　完成日期：{d}</p><hr/><p><b>任务情境</b>　{sit}</p>{qs}'.format(
                             task=c["task"], w=WENKAI, n=n, cl=cl, t0=t[0], d=day(s, i), sit=c["situation"],
                             qs=worksheet_questions(c, i, rng, WENKAI, t[0])))
        elif f == "care_spaced_name_250":
            for page in range(2):
                parts.append('<p style="text-align:center;font-size:14pt"><b>{task}</b></p><p style="text-align:center">学习工作页（第{k}页）</p>'
                             '<p>姓　名：<span {u}>{n}</span>　　班　级：{cl}　　批阅教师：{t0}</p><hr/>{body}'.format(
                                 task=c["task"], k=page + 1, u=UKAI, n=n, cl=cl, t0=t[0],
                                 body=("<p><b>情境描述：</b>%s</p><p>请阅读情境，完成下面的引导问题。</p>" % c["situation"]) if page == 0
                                 else worksheet_questions(c, i, rng, UKAI, t[0], box=True)))
        elif f == "tcm_ascii_name":
            parts.append('<h3 style="text-align:center">{course}　工作页</h3><p>学习任务：{task}</p>'
                         '<p>姓名:<span {u}>{n}</span>　　班级:{cl}　　学号:{sid}</p><p>带教老师:{t0}</p><hr/>'
                         '<p><b>情境</b>　{sit}</p>{qs}'.format(course=c["course"], task=c["task"], u=UKAI, n=n, cl=cl,
                                                               sid=sid(s, n), t0=t[0], sit=c["situation"],
                                                               qs=worksheet_questions(c, i, rng, UKAI, t[0])))
        elif f == "metro_intern_color":
            parts.append('<p style="text-align:center;font-size:14pt"><b>{task} 工作页</b></p>'
                         '<p>实习生：<span {w}>{n}</span>　　班级：{cl}　　岗位：站台站务员</p><p>指导教师：{t0}　　日期：{d}</p><hr/>'
                         '<p><b>情境</b>　{sit}</p>{qs}'.format(task=c["task"], w=WENKAI, n=n, cl=cl, t0=t[0], d=day(s, i),
                                                               sit=c["situation"], qs=worksheet_questions(c, i, rng, WENKAI, t[0])))
        elif f == "anim_cover_student":
            parts.append('<p>&nbsp;</p><p>&nbsp;</p><h1 style="text-align:center">{course}</h1><h2 style="text-align:center">工作页</h2>'
                         '<p style="text-align:center">学习任务：{task}</p><p>&nbsp;</p><p>&nbsp;</p>'
                         '<p style="text-align:center;font-size:14pt">学生：<span {u}>{n}</span></p>'
                         '<p style="text-align:center;font-size:14pt">{cl}</p><p style="text-align:center">指导教师：{t0}</p>'
                         '<p style="text-align:center">{sch}</p>'.format(course=c["course"], task=c["task"], u=UKAI, n=n, cl=cl,
                                                                        t0=t[0], sch=s["school"]))
            parts.append('<p><b>镜头要求：</b>%s</p>%s<p style="text-align:right">评阅：%s</p>'
                         % (c["situation"], worksheet_questions(c, i, rng, UKAI, t[0]), t[0]))
        elif f == "hotel_cover_ascii150":
            parts.append('<p>&nbsp;</p><h1 style="text-align:center">客房服务 工作页</h1><p style="text-align:center">{task}</p>'
                         '<p>&nbsp;</p><p style="margin-left:4.5cm;font-size:14pt">姓名:<span {u}>{n}</span></p>'
                         '<p style="margin-left:4.5cm;font-size:14pt">班级:{cl}</p>'
                         '<p style="margin-left:4.5cm;font-size:14pt">指导教师:{t0}</p><p>&nbsp;</p>'
                         '<p><b>任务情境：</b>{sit}</p>{qs}'.format(task=c["task"], u=UKAI, n=n, cl=cl, t0=t[0], sit=c["situation"],
                                                                  qs=worksheet_questions(c, i, rng, UKAI, t[0])))
        else:
            raise SystemExit("item8 format %s" % f)
    meth = {"jd_student_name_line": "scanpdf:200", "xn_cover_trainee_mono300": "x-scanpdf:300:mono",
            "net_kv_table": "scanpdf:200", "ec_trainee_line150": "x-scanpdf:150",
            "care_spaced_name_250": "x-scanpdf:250", "tcm_ascii_name": "scanpdf:200",
            "metro_intern_color": "x-scanpdf:200:color", "anim_cover_student": "scanpdf:200",
            "hotel_cover_ascii150": "x-scanpdf:150:q40"}[f]
    return "08.html", html(PB.join(parts)), meth


# ------------------------------------------------------------------ item 10

def grade(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 70:
        return "中"
    if total >= 60:
        return "及格"
    return "不及格"


def resolve_notes(s, rec):
    """Notes given by position (@k: the k-th record) go to the k-th record or,
    when that is one of the three students or a planted classmate, the next
    ordinary one."""
    special = set(s["students"]) | set(s.get("extra_class", [])) | set(s.get("bad", {}))
    out = {}
    for key, note in s.get("notes", {}).items():
        if not key.startswith("@"):
            out[key] = note
            continue
        k = int(key[1:]) - 1
        while rec[k] in special or rec[k] in out:
            k += 1
        out[rec[k]] = note
    s["notes_resolved"] = out


def note_of(s, n, idx):
    return s["notes_resolved"].get(n, "")


def parts_for(rng, maxima):
    """Part scores out of their maxima, a plausible student."""
    level = rng.uniform(0.62, 0.97)
    return [max(0, min(m, int(round(m * (level + rng.uniform(-0.08, 0.08)))))) for m in maxima]


def table_html(header, rows, width="100%", font="", compact=False):
    cell = (lambda x, e="": '<td style="border:1pt solid #000;padding:0px 4px"%s>%s</td>' % (e, x)) if compact else td
    h = "".join(cell("<b>%s</b>" % x, ' align="center"') for x in header)
    body = "".join("<tr>%s</tr>" % "".join(cell(x, ' align="center"') for x in r) for r in rows)
    st = ' style="border-collapse:collapse%s"' % (";" + font if font else "")
    return '<table%s width="%s"><tr>%s</tr>%s</table>' % (st, width, h, body)


def item10(s, c, rec):
    f = s["f10"]
    rng = random.Random(s["seed"] * 10)
    t = s["teachers"]
    bad = s.get("bad", {})
    sch, cls = s["school"], s["cls"]
    head = '<h3 style="text-align:center">%s学习任务考核记录</h3><p>学习任务：%s　　授课班级：%s　　考核日期：%s</p>' % (
        c["course"], c["task"], cls, day(s, 9))
    sign = '<p>考核教师：%s　　　教研组长审核：%s　　　%s</p>' % ("、".join(t[:2]), t[-1], sch)
    rows = []
    if f == "jd_weighted_2p":
        for i, n in enumerate(rec):
            note = note_of(s, n, i)
            if note == "缺考":
                rows.append([sid(s, n), n, "", "", "", note])
                continue
            th, pr = parts_for(rng, [100, 100])
            rows.append([sid(s, n), n, th, pr, "%.1f" % (0.4 * th + 0.6 * pr), note])
        header = ["学号", "姓名", "理论考核(40%)", "实操考核(60%)", "总评", "备注"]
        cut = 23
        body = head + table_html(header, rows[:cut]) + '<p style="text-align:center">第1页　共2页</p>' + PB + \
            '<p>（续表）%s　%s</p>' % (cls, c["task"]) + table_html(header, rows[cut:]) + \
            '<p>说明：总评＝理论考核×40%＋实操考核×60%；缺考学生须参加补考后登记成绩。</p>' + sign + \
            '<p style="text-align:center">第2页　共2页</p>'
        return "10.html", html(body, size="10pt"), "pdf"
    if f == "xn_score_grade_color":
        for i, n in enumerate(rec):
            (sc,) = parts_for(rng, [100])
            rows.append([i + 1, n, sid(s, n), sc, grade(sc)])
        body = head + table_html(["序号", "姓名", "学号", "成绩/100", "等级"], rows, width="85%", compact=True) + \
            '<p>等级：90分及以上为优，80—89分为良，70—79分为中，60—69分为及格，60分以下为不及格。</p>' + sign
        return "10.html", html(body, size="8.5pt"), "x-scanpdf:200:color"
    if f == "net_parts_typed":
        for i, n in enumerate(rec):
            p = parts_for(rng, [20, 50, 20, 10])
            rows.append([n, sid(s, n)] + p + [sum(p)])
        body = head + table_html(["姓名", "学号", "网络规划(20)", "设备配置(50)", "测试验收(20)", "技术文档(10)", "考核成绩（百分制）"], rows) + sign
        return "10.html", html(body, size="9.5pt"), "pdf"
    if f == "ec_total_first_q30":
        for i, n in enumerate(rec):
            note = note_of(s, n, i)
            if note == "缺考":
                rows.append([i + 1, n, 0, 0, 0, note])
                continue
            th, pr = parts_for(rng, [40, 60])
            if bad.get(n) == "over":
                th, pr = 27, 68
            rows.append([i + 1, n, th + pr, th, pr, note])
        body = head + table_html(["序号", "姓名", "总分", "理论（满分40分）", "实操（满分60分）", "备注"], rows, width="90%", compact=True) + sign
        return "10.html", html(body, size="8.5pt"), "x-scanpdf:200:q30"
    if f == "care_landscape":
        for i, n in enumerate(rec):
            note = note_of(s, n, i)
            if note == "缺考":
                rows.append([i + 1, sid(s, n), n, 0, 0, 0, 0, "—", note])
                continue
            p = parts_for(rng, [50, 30, 20])
            rows.append([i + 1, sid(s, n), n] + p + [sum(p), grade(sum(p)), note])
        body = head + table_html(["序号", "学号", "姓名", "操作流程（50分）", "沟通关怀（30分）", "安全防护（20分）", "总分", "等级", "备注"],
                                 rows, compact=True) + sign
        return "10.html", html(body, size="7.5pt", page="size:29.7cm 21cm;margin:0.6cm 1.5cm"), "x-scanpdf:200"
    if f == "tcm_2p_mono250":
        for i, n in enumerate(rec):
            p = parts_for(rng, [20, 50, 30])
            rows.append([i + 1, sid(s, n), n] + p + [sum(p), note_of(s, n, i)])
        header = ["序号", "学号", "姓名", "审方（20分）", "调配（50分）", "复核包装（30分）", "合计", "备注"]
        body = head + table_html(header, rows[:20]) + PB + '<p>%s　学习任务考核记录（续）</p>' % cls + \
            table_html(header, rows[20:]) + sign
        return "10.html", html(body, size="10.5pt"), "x-scanpdf:250:mono"
    if f == "metro_sum_scan200":
        for i, n in enumerate(rec):
            p = parts_for(rng, [10, 30, 60])
            total = sum(p)
            if bad.get(n) == "sum":
                p = [9, 24, 47]
                total = 88  # 9 + 24 + 47 = 80
            rows.append([sid(s, n), n] + p + [total, grade(total)])
        body = head + table_html(["学号", "姓名", "出勤（10分）", "工作页（30分）", "实操考核（60分）", "合计", "评定"], rows, compact=True) + sign
        return "10.html", html(body, size="9pt"), "x-scanpdf:200"
    if f == "anim_weighted_typed":
        for i, n in enumerate(rec):
            a, b, d = parts_for(rng, [100, 100, 100])
            tot = round(0.5 * a + 0.3 * b + 0.2 * d, 1)
            rows.append([i + 1, n, sid(s, n), a, b, d, "%.1f" % tot, grade(tot)])
        body = head + table_html(["序号", "姓名", "学号", "作品质量（50%）", "制作过程（30%）", "职业素养（20%）", "综合得分", "等级"], rows, compact=True) + \
            '<p>综合得分＝作品质量×50%＋制作过程×30%＋职业素养×20%（各项按百分制评分）。</p>' + sign
        return "10.html", html(body, size="10pt"), "pdf"
    if f == "hotel_percent_typed":
        for i, n in enumerate(rec):
            (sc,) = parts_for(rng, [100])
            secs = 150 + (100 - sc) * 3 + rng.randint(-10, 10)
            rows.append([i + 1, sid(s, n), n, "%d′%02d″" % (secs // 60, secs % 60), sc, grade(sc), note_of(s, n, i)])
        body = head + table_html(["序号", "学号", "姓名", "铺床用时", "考核成绩（百分制）", "等级", "备注"], rows, compact=True) + \
            '<p>说明：超过3分钟未完成的按评分标准扣分，已计入考核成绩。</p>' + sign
        return "10.html", html(body, size="10pt"), "pdf"
    raise SystemExit("item10 format %s" % f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f = s["f11"]
    t = s["teachers"]
    outs = c["outputs"]
    if f in ("jd_done_by", "ec_trainee_typed", "metro_intern_typed", "anim_trainee_typed"):
        label = {"jd_done_by": "完成学生：", "ec_trainee_typed": "学员：", "metro_intern_typed": "实习生：",
                 "anim_trainee_typed": "学员："}[f]
        parts = []
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h3>成果%d　%s</h3><p>%s%s　　班级：%s</p><p>%s</p><p>（成果图片、文件见附页）</p>'
                         '<p>教师点评：成果完整，达到任务要求。　点评人：%s</p>'
                         % (i + 1, title, label, n, cls_of(s, n), desc, t[i % len(t)]))
        body = '<h2 style="text-align:center">%s 学习成果汇编</h2><p style="text-align:center">%s　%s</p>' % (
            c["task"], s["school"], s["cls"]) + PB.join(parts)
        return "11.html", html(body), "pdf"
    if f == "care_done_by_cover":
        parts = ['<h2 style="text-align:center">学习成果汇编</h2><p style="text-align:center">%s</p><p>&nbsp;</p>'
                 '<p>完成学生：%s</p><p>指导教师：%s</p>' % (c["task"], "、".join(names), "、".join(t[:2]))]
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h3>%s</h3><p>完成学生：%s</p><p>%s</p>' % (title, n, desc))
        return "11.html", html(PB.join(parts)), "pdf"
    if f in ("xn_kv_table_scan", "tcm_kv_typed", "hotel_kv_scan"):
        parts = []
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h3 style="text-align:center">学习成果%d</h3><table style="border-collapse:collapse" width="100%%">'
                         '<tr>%s%s%s%s</tr><tr>%s%s</tr><tr>%s%s</tr><tr>%s%s</tr></table>'
                         % (i + 1, td("姓名"), td(n), td("班级"), td(cls_of(s, n)), td("成果名称"), td(title, ' colspan="3"'),
                            td("成果说明"), td(desc + "<br/>（成果照片附后）", ' colspan="3" height="200"'),
                            td("教师评语"), td("完成较好，符合要求。%s" % t[-1], ' colspan="3"')))
        body = '<h2 style="text-align:center">%s学习成果汇编</h2>' % c["task"] + PB.join(parts)
        meth = {"xn_kv_table_scan": "x-scanpdf:200:color", "tcm_kv_typed": "pdf", "hotel_kv_scan": "scanpdf:200"}[f]
        return "11.html", html(body), meth
    if f == "net_scan_color":
        lines = []
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            if i:
                lines.append("----")
            lines += ["%s  学习成果" % c["task"], "", "成果名称：%s" % title, "成果提交人：%s    班级：%s" % (n, cls_of(s, n)),
                      "", "成果说明：", "> " + desc, "", "（设备配置截图、拓扑图打印件附后）", "", "! 教师意见：合格  %s" % t[0]]
        return "11.txt", "\n".join(lines) + "\n", "scan:200:0:color"
    raise SystemExit("item11 format %s" % f)


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f = s["f12"]
    t = s["teachers"]
    rng = random.Random(s["seed"] * 12)
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl = cls_of(s, n)
        if f == "jd_wenkai250":
            head = ["%s 课后作业" % c["task"], "姓　名：%s　　班级：%s" % (n, cl), ""]
        elif f == "xn_ukai_ascii_colon":
            head = ["课后作业（%s）" % c["task"], "> 姓名: %s   班级: %s" % (n, cl), ""]
        elif f == "net_wenkai_mono250":
            head = ["《%s》课后作业" % c["course"], "学生姓名：%s　学号：%s" % (n, sid(s, n)), ""]
        elif f == "ec_sungti_hand":
            head = ["%s 课后练习" % c["task"], "> 姓名：%s  %s" % (n, cl), "批改教师：%s" % t[0], ""]
        elif f == "care_wenkai_rot90":
            head = ["课后作业　%s" % c["task"], "学生姓名：%s　　班级：%s" % (n, cl), ""]
        elif f == "tcm_ukai_mono300":
            head = ["中药调剂 课后作业", "姓　名：%s　　%s" % (n, cl), ""]
        elif f == "metro_ukai_intern":
            head = ["%s 课后作业" % c["task"], "> 实习生：%s  %s" % (n, cl), "批阅：%s" % t[0], ""]
        elif f == "anim_wenkai_two":
            head = ["三维动画制作 课后作业", "姓名：%s　%s" % (n, cl), ""]
        elif f == "hotel_sungti_mono300":
            head = ["客房服务 课后作业", "学生姓名：", "> %s" % n, "班级：%s" % cl, ""]
        else:
            raise SystemExit("item12 format %s" % f)
        lines += head
        for qi in range(len(c["hw"])):
            q, a = ans(c, "hw", qi, i)
            lines += [q, "> " + a, "! " + mark(rng), ""]
        lines.append("! 阅：%s  %s" % (t[0], day(s, 20 + i)))
    meth = {"jd_wenkai250": "scan:250:4", "xn_ukai_ascii_colon": "scan:200:0", "net_wenkai_mono250": "x-scan:250:4:mono",
            "ec_sungti_hand": "scan:200:2", "care_wenkai_rot90": "x-scan:200:4:rot2=90",
            "tcm_ukai_mono300": "x-scan:300:3:mono", "metro_ukai_intern": "scan:200:1",
            "anim_wenkai_two": "scan:200:4", "hotel_sungti_mono300": "x-scan:300:2:mono"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ roster

def roster(s, d, man):
    k = s["klass"]
    r = s.get("roster")
    if r == "xlsx":
        write(os.path.join(d, "roster.csv"), "学号,姓名,性别,联系电话,备注\n" + "".join(
            "%s,%s,%s,138%08d,%s\n" % (sid(s, n), n, "男" if (i * 7 + s["seed"]) % 3 else "女", 10000000 + i * 37351,
                                       "班长" if i == 4 else "") for i, n in enumerate(k)))
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
    elif r == "csv":
        write(os.path.join(d, "roster.csv"), "序号,姓名,学号,宿舍\n" + "".join(
            "%d,%s,%s,%d-%d\n" % (i + 1, n, sid(s, n), 5 + i % 2, 301 + i // 6) for i, n in enumerate(k)))
        man.append("roster.csv\t学生名单.csv\tcopy\troster\t0")
    elif r == "pdf":
        rows = [[i + 1, n, sid(s, n), "女" if (i + s["seed"]) % 3 else "男"] for i, n in enumerate(k)]
        write(os.path.join(d, "roster.html"), html('<h3 style="text-align:center">%s学生名单</h3>' % s["cls"] +
                                                   table_html(["序号", "姓名", "学号", "性别"], rows, width="70%") +
                                                   '<p>班主任：%s　　共%d人</p>' % (s["teachers"][-1], len(k)), size="10pt"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])


# -------------------------------------------------------------------- main

def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Fourth held-out people corpus (testdata/heldout4), same format as testdata/heldout3/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"]]
    all_planted = [n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    for s in SUBS:
        c = COURSES[s["course"]]
        rng = random.Random(s["seed"] * 1009)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        klass = draw_class(rng, s["size"], fixed, out + all_teachers + all_planted)
        s["klass"] = klass
        rec = [n for n in klass if n not in s.get("absent_from_10", [])]
        resolve_notes(s, rec)
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        write(os.path.join(d, "form.html"), form_html(s, c))
        formname = {"docx": "附件2 工学一体化优质课堂项目申报书.docx" if s["seed"] % 2 else "申报书.docx",
                    "pdf": "申报书（%s）.pdf" % c["task"]}[s["form"]]
        man.append("form.html\t%s\t%s\tform\t0" % (formname, s["form"]))
        for n in (1, 2, 3, 4, 5, 6, 7, 9):
            write(os.path.join(d, "%02d.txt" % n), short_item(n, c, s))
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n, c), n))
        meths = {}
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8])), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
                                  (12, item12(s, c, items[12]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n, c), meth, n))
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
        truth["submissions"][subid] = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "class": klass, "item10_records": rec,
            "roster": s.get("roster", ""),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s["notes_resolved"], "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
