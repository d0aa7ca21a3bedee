#!/usr/bin/env python3
"""Write the sources of the fifth held-out people corpus (src/ and truth.json).

Written apart from the checks: nothing under checks/, internal/ or extractors/
(nor their tests) was read. testdata/heldout4 (README, build.sh, prebuild.py,
author.py) and testdata/othertools (build.sh, build.py, README) were read only
to learn the builder's file formats, pipeline/heldout_test.go only for the
truth format. No class list, name, school, course, text or layout of the
earlier held-out corpora or othertools is reused.

Seven submissions of four invented schools in Jiangxi (江西: 九江, 赣州, 上饶,
吉安), one major each out of the twelve of 附件1 with its catalogue code.

Run it after editing:  python3 author.py   (rewrites src/ and truth.json)
Build:                 sh build.sh OUT      (see README.md)

Methods beyond the othertools builder's (prebuild.py turns them into `copy`
rows before the builder runs):
  x-scanpdf:<dpi>[:mono][:color][:q<quality>][:rot<page>=<deg>]   typed HTML printed and scanned
  x-scan:<dpi>:<font>[:mono][:color][:q<quality>][:rot<page>=<deg>] text drawn and scanned
"""
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

# Jiangxi-flavoured surnames (熊 涂 饶 聂 詹 帅 晏 揭 缪 危 游 简 喻 付 …) and
# compound surnames not used before (欧阳 上官 司马 诸葛 皇甫 端木).
SURNAMES = list("刘王张陈李黄杨吴胡周徐曾邓熊罗朱涂饶聂詹付万钟邹肖廖龚喻帅晏甘揭缪危游简车彭程谢袁"
                "汪叶余江蔡卢习章闵艾姜童漆桂敖况舒雷易温梅谌巫鄢")
COMPOUND = ["欧阳", "上官", "司马", "诸葛", "皇甫", "端木"]
GIVEN2 = ("晨阳 书瑶 子昂 嘉怡 俊熙 若曦 浩宇 欣怡 梓豪 雨涵 泽宇 思彤 宇辰 语桐 明哲 雅婷 家乐 诗琪 凯瑞 佳慧 "
          "文轩 梦琪 天佑 紫萱 承泽 心怡 皓轩 依诺 锦程 可欣 煜城 婉婷 逸飞 静怡 博宇 舒涵 鸿涛 晓彤 志豪 晴雯 "
          "昊然 佩琪 振宇 思琪 睿哲 芷若 子轩 乐瑶 建华 秀英 国庆 海燕 永强 丽萍 伟东 春兰 卫国 桂芳 立军 红英 "
          "奕辰 沐晨 柯宇 景行 清扬 岚欣 宏伟 怡然 安然 鑫磊 晟睿 汐月 翊航 星辰 蔓菁 芸熙").split()
GIVEN1 = list("斌聪丹菲刚晗昊珏凯磊琳玫娜宁鹏琪蕊瑞森帅韬薇伟霞骁璇妍扬颖昭哲卓")


# Names that stand in the earlier corpora: never drawn here.
USED_BEFORE = {"王嘉怡"}


def near(a, b):
    """One character apart (same length) or one contained in the other."""
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_class(rng, n, fixed, avoid):
    names = list(fixed)
    while len(names) < n:
        s = rng.choice(COMPOUND) if rng.random() < 0.035 else rng.choice(SURNAMES)
        g = rng.choice(GIVEN1) if rng.random() < 0.25 else rng.choice(GIVEN2)
        name = s + g
        if name in names or name in USED_BEFORE or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    return names


# --------------------------------------------------------------------- courses

COURSES = {
    "cnc": dict(
        major="数控加工(数控车工)", code="0106", course="数控车削加工", task="阶梯轴零件数控车削加工",
        hours=24, station="数控车削一体化学习工作站", seats=38,
        situation="九江一家船用配件厂接到一批传动阶梯轴订单，材料45钢，批量60件，最大直径φ40，有两处外圆公差为0.021毫米，另有一段M20×1.5螺纹。车间主任要求学徒在三天内编制加工工艺、编写程序并完成首件加工和自检。",
        qs=[("一、分析零件图，写出本零件的加工顺序。",
             ["先车端面打中心孔，粗车各外圆留余量0.5，再精车外圆、切退刀槽，最后车螺纹，调头车另一端保证总长。",
              "夹毛坯一端，粗车φ40、φ32、φ25三段外圆，精车到尺寸，切槽，车M20螺纹，调头装夹车端面控制总长。",
              "端面、粗车、精车、切槽、螺纹，调头以后用软爪夹已加工外圆，车另一端。"]),
            ("二、精车φ32外圆时，切削用量怎样选？为什么？",
             ["转速每分钟1200转，进给0.08毫米每转，背吃刀量0.25毫米。精车要保证表面粗糙度，所以进给小、转速高。",
              "主轴转速1000转左右，进给量0.1，吃刀深度0.3，小进给可以让Ra达到1.6。",
              "用涂层刀片，线速度150米每分钟，进给0.08，吃刀0.2到0.3之间。"])],
        hw=[("1. G71指令中各参数的含义是什么？",
             ["U是每次背吃刀量，R是退刀量，P和Q是精加工程序的起止段号，第二段的U、W是精加工余量。",
              "第一行U为切深，R为退刀，第二行P、Q指定轮廓程序段，U是X向余量，W是Z向余量，F是进给。",
              "G71是外圆粗车复合循环，U切深、R退刀，PQ是轮廓的开始和结束段号。"]),
            ("2. 首件检测时发现φ25外圆大了0.04毫米，怎样处理？",
             ["在刀具磨耗里把X方向补偿减0.04，再精车一刀，重新测量。",
              "修改磨耗值X负0.04，直径方向，然后重新运行精车程序。",
              "检查刀尖是否磨损，在刀补里输入负0.04再精车。"])],
        outputs=[("阶梯轴加工工艺卡", "编写了工序卡，写明装夹方式、刀具和切削用量。"),
                 ("阶梯轴数控加工程序单", "用G71、G70和G92编写了完整程序，仿真无误后上机加工。"),
                 ("首件检验记录表", "用外径千分尺和螺纹环规检测了首件，全部尺寸合格。")]),
    "brake": dict(
        major="汽车维修", code="0403", course="汽车底盘检修", task="盘式制动器异响检查与修复",
        hours=18, station="汽车底盘检修一体化学习工作站", seats=40,
        situation="一位车主驾驶一辆行驶六万公里的家用轿车来到九江某维修站，反映低速踩刹车时前轮有“吱吱”的尖叫声。服务顾问接车后派工给我们，要求按维修手册检查前轮盘式制动器，找出异响原因，修复后路试确认。",
        qs=[("1. 拆卸制动钳之前要做哪些准备工作？",
             ["安放车轮挡块，举升车辆并锁止，拆下车轮，准备好挂钩把制动钳挂起来，不能让制动软管受力。",
              "铺好翼子板布，用举升机把车举起，松开轮胎螺栓，取下前轮。",
              "查维修手册找到拧紧力矩，准备好扭力扳手和活塞回位工具。"]),
            ("2. 制动盘要测量哪些项目？标准是多少？",
             ["测量厚度和端面跳动。厚度不能小于最小厚度标记，跳动不超过0.05毫米。",
              "用千分尺测厚度，用百分表测跳动，超过极限就要更换。",
              "厚度、磨损沟槽深度和圆跳动，按手册的极限值判断。"])],
        hw=[("一、制动片更换后为什么要踩几次制动踏板？",
             ["因为活塞压回去了，要踩几次让活塞顶出来贴住制动片，不然第一次刹车会踩空。",
              "让制动片和制动盘贴合，恢复正常的踏板行程。",
              "活塞回位后和制动片之间有间隙，不踩的话刹车没有力。"]),
            ("二、本次异响的原因和处理方法是什么？",
             ["制动片磨到报警片了，报警片刮制动盘发出尖叫，更换了一套前制动片。",
              "内侧制动片磨损到极限，报警片接触制动盘。更换制动片，打磨了制动盘表面。",
              "摩擦片太薄，金属报警片发声，换片以后试车异响消失。"])],
        outputs=[("前制动器检测报告", "记录了制动片厚度、制动盘厚度和跳动的测量值，给出维修建议。"),
                 ("制动片更换作业流程图", "按拆卸、检查、安装、路试四个阶段画出作业流程。"),
                 ("维修工单与交车说明", "填写了维修工单，向车主说明了故障原因和保养建议。")]),
    "cook": dict(
        major="烹饪(中式烹调)", code="0501", course="热菜制作", task="赣南小炒鱼制作",
        hours=16, station="中式烹调一体化学习工作站", seats=36,
        situation="赣州一家赣菜馆准备在周末推出“客家小炒”套餐，主菜是赣南小炒鱼。厨师长要求学徒按照店里的标准，选用草鱼中段，用米酒和酸辣椒调味，四十分钟内完成十份出品，色泽红亮、鱼块不碎。",
        qs=[("问题1 制作小炒鱼时鱼块为什么要先腌制再煎？",
             ["腌制去腥入味，用盐和米酒腌十分钟；先煎定型，后面翻炒鱼块不容易碎。",
              "去除腥味，让鱼肉有底味，煎到两面金黄表皮收紧，炒的时候才不散。",
              "腌过的鱼块水分少一点，下锅不溅油，煎完外皮变硬。"]),
            ("问题2 怎样掌握火候和调味的顺序？",
             ["大火热锅，小火煎鱼，下酸辣椒和姜蒜炒香后转中火，淋米酒，最后加醋和葱段出锅。",
              "先中火煎，再大火爆香配料，醋要最后沿锅边淋入，香味才出来。",
              "米酒在高温时下，酒香挥发出来，醋不能早放，不然会酸得发苦。"])],
        hw=[("1. 草鱼初加工要经过哪些步骤？",
             ["去鳞、去鳃、开腹去内脏、刮去腹内黑膜、冲洗干净，再切成三厘米见方的块。",
              "刮鳞，剖腹，取内脏，把黑膜刮干净，冲洗，改刀成块。",
              "宰杀放血，去鳞去鳃，去内脏和黑膜，洗净以后沥干水分。"]),
            ("2. 这道菜装盘时要注意什么？",
             ["鱼块码放整齐，皮朝上，把汤汁淋在上面，盘边擦干净。",
              "用圆盘，鱼块堆成小山形，红椒和葱段点缀在上面。",
              "动作要快，保持热度，盘子边缘不能有油渍。"])],
        outputs=[("赣南小炒鱼成品展示", "按标准完成一份小炒鱼，拍摄了成品照片并写了制作要点。"),
                 ("标准菜谱卡", "写明用料、用量、工艺流程和质量标准。"),
                 ("成本核算表", "计算了一份小炒鱼的主料、配料和调料成本及毛利率。")]),
    "herb": dict(
        major="中药", code="1301", course="中药鉴定技术", task="常用根及根茎类中药材性状鉴别",
        hours=14, station="中药鉴定一体化学习工作站", seats=34,
        situation="赣州一家中药饮片公司从樟树药市采购了一批根及根茎类药材，质检部在入库验收时发现其中有疑似伪品。质检主管要求我们用眼看、手摸、鼻闻、口尝、水试和火试的方法，对十种药材逐一进行性状鉴别并填写验收记录。",
        qs=[("一、性状鉴别一般从哪几个方面进行描述？",
             ["形状、大小、颜色、表面特征、质地、断面、气和味。",
              "先看形状大小和表面颜色纹理，再折断看断面，最后闻气尝味。",
              "按形、色、质、断面、气味的顺序，还可以做水试和火试。"]),
            ("二、怎样区分黄芪和它的常见伪品？",
             ["黄芪断面有“菊花心”，皮部黄白色，木部淡黄色，味微甜，嚼之有豆腥味；伪品没有豆腥味。",
              "正品质地坚韧，折断面纤维性强，有粉性，有豆腥气；伪品断面不一样。",
              "看断面的菊花心和裂隙，再尝一下有没有甜味和豆腥味。"])],
        hw=[("1. 写出“怀中抱月”“狮子头”各指哪种药材的什么特征。",
             ["怀中抱月是川贝母松贝的外层两瓣鳞叶大小悬殊；狮子头是党参根头部的多数疣状茎痕。",
              "松贝大瓣抱住小瓣叫怀中抱月，党参的根头有很多疣状突起叫狮子头。",
              "川贝母、党参。"]),
            ("2. 入库验收发现伪品后应该怎么处理？",
             ["单独存放，贴上不合格标识，填写记录，报告质量负责人，通知供应商退货。",
              "不能入库，隔离存放，拍照留证，按公司流程上报。",
              "做好记录和标识，放到不合格品区，等待处理意见。"])],
        outputs=[("十种药材性状鉴别记录", "对十种根及根茎类药材逐一描述了性状特征并作出判断。"),
                 ("正伪品对比图册", "拍摄了黄芪、党参和它们的伪品，标注鉴别要点。"),
                 ("入库验收报告", "写出本批药材的验收结论和不合格品处理建议。")]),
    "wlan": dict(
        major="计算机网络应用", code="0301", course="无线网络规划与部署", task="学生公寓无线网络部署",
        hours=20, station="网络工程一体化学习工作站", seats=36,
        situation="上饶某职业学校新建的学生公寓共六层，每层二十四间宿舍，现有有线网络已经不能满足需要。信息中心要求在暑假前完成无线网络覆盖，每间宿舍信号强度不低于负六十五dBm，并实现统一认证上网。请完成勘测、点位设计、设备安装和调试。",
        qs=[("1. 现场勘测时要记录哪些信息？",
             ["楼层平面图、墙体材质、宿舍面积、弱电井位置、现有交换机端口和供电情况。",
              "每间宿舍的尺寸、墙的厚度和材料，还有网线能不能走到。",
              "测量现有信号干扰情况，记录弱电间的位置和机柜空间。"]),
            ("2. 为什么宿舍楼一般采用面板式AP入室的方案？",
             ["墙体多，信号穿墙衰减大，AP放在房间里覆盖最好，而且每个AP接入人数少。",
              "放在走廊的话要穿两道墙，信号差，入室以后每间都有好信号。",
              "面板AP可以装在原来的网口位置，用PoE供电，施工方便。"])],
        hw=[("一、2.4G和5G频段各有什么特点？",
             ["2.4G穿墙能力强但干扰多、信道少；5G速率高、信道多，但是穿墙差。",
              "2.4G覆盖远，5G速度快，宿舍里两个频段都要开。",
              "2.4G只有三个不重叠信道，5G不重叠信道多，适合高密度。"]),
            ("二、写出在AC上创建SSID并绑定VLAN的主要步骤。",
             ["创建WLAN配置，设置SSID名称，配置认证方式，绑定业务VLAN，再下发到AP组。",
              "先建VLAN和地址池，然后建SSID模板、安全模板，最后在AP组里引用。",
              "配置SSID、加密方式和VLAN，应用到AP上，测试终端能不能获取地址。"])],
        outputs=[("无线点位设计图", "在公寓平面图上标出每层AP点位和信道规划。"),
                 ("AC与AP配置文档", "整理了AC的VLAN、SSID、认证和AP组配置，并逐条注释。"),
                 ("信号测试报告", "用测试软件测量了三个楼层的信号强度和速率，附测试截图。")]),
    "shop": dict(
        major="电子商务", code="0603", course="网店运营推广", task="网店运营数据分析与优化",
        hours=16, station="电子商务运营一体化学习工作站", seats=42,
        situation="上饶一家经营婺源绿茶和皇菊的网店上个月访客数不少，但成交转化率只有百分之零点八，低于同行平均水平。店长把后台近三十天的流量、转化和客单价数据导出来，要求我们找出问题，提出优化方案，并在两周内跟踪效果。",
        qs=[("任务1 网店销售额可以分解成哪几个指标？",
             ["销售额等于访客数乘以转化率再乘以客单价。",
              "访客数、转化率、客单价三个，再往下可以拆成流量来源和购买件数。",
              "流量乘转化乘客单价，分析时逐个指标和同行比较。"]),
            ("任务2 本店转化率低的可能原因有哪些？",
             ["主图不够吸引人，详情页没有讲清楚茶叶的产地和等级，评价里有几条说包装差。",
              "价格比同行高，没有优惠活动，客服响应慢。",
              "流量不精准，很多访客是搜皇菊进来的，但主推的是绿茶。"])],
        hw=[("一、什么是跳失率？跳失率高说明什么？",
             ["只看了一个页面就离开的访客占比。跳失率高说明页面不吸引人或者流量不精准。",
              "访客进店只浏览一页就走了的比例，高了要优化首页和详情页。",
              "跳失率等于只访问一个页面的访客数除以总访客数。"]),
            ("二、写出你提出的一条优化措施和预期效果。",
             ["重新拍摄主图，突出婺源高山茶园的场景，预计点击率提高百分之二十。",
              "设置满减和第二件半价，提高客单价和转化率。",
              "详情页加上检测报告和冲泡方法，减少客户的疑虑。"])],
        outputs=[("店铺数据分析报告", "用图表分析了近三十天的流量、转化和客单价，找出三个问题。"),
                 ("店铺优化方案", "从主图、详情页、促销活动三个方面提出了优化措施。"),
                 ("优化效果跟踪表", "跟踪了两周的数据变化，转化率提高到百分之一点三。")]),
    "ticket": dict(
        major="城市轨道交通运输与管理", code="0431", course="城市轨道交通票务管理", task="车站客服中心票务处理",
        hours=16, station="城市轨道交通票务一体化实训室", seats=40,
        situation="某地铁车站客服中心在晚高峰接连遇到几件票务问题：一位乘客的单程票进站后丢失，一位乘客的交通卡显示余额不足无法出站，还有一位外地游客要办理超时补票。值班站长要求客服员按照票务规则快速、准确地处理，并做好票务台账。",
        qs=[("1. 乘客单程票丢失，无法出站，应怎样处理？",
             ["询问乘客进站车站，按线网最高票价或规定补票，发售出站票，做好登记。",
              "按规定请乘客补交全程最高票价，给出站票，并向乘客解释规定。",
              "先安抚乘客，说明票务规则，补票后发出站票，在台账上记录。"]),
            ("2. 客服员交接班时票款要怎样清点？",
             ["双人清点现金和备用金，核对系统数据，填写交接班记录，双方签字。",
              "当面点清票款，和系统报表对账，差错要马上报告。",
              "按面额分类清点，核对车票数量，做好交接登记。"])],
        hw=[("一、什么情况下需要为乘客办理超时补票？",
             ["乘客在付费区停留时间超过规定时限时，出站要补超时车费。",
              "进站以后超过规定的时间才出站，就要补票。",
              "超过车站规定的付费区停留时间。"]),
            ("二、处理票务纠纷时应注意什么？",
             ["态度友好，耐心解释规则，不和乘客争吵，必要时请值班站长处理。",
              "先听乘客说明情况，按规定处理，做好解释和记录。",
              "文明用语，按章办事，遇到解决不了的问题及时上报。"])],
        outputs=[("票务异常处理案例集", "整理了八个票务异常案例的处理过程和依据。"),
                 ("客服中心交接班记录", "模拟完成了一次交接班，填写了票款清点记录。"),
                 ("票务服务用语卡", "编写了常见票务场景的标准服务用语。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师/技师", "高级实习指导教师/高级技师", "企业兼职教师/高级工"]

# ----------------------------------------------------------------- submissions
# students: the three of items 8/11/12; items: what an item really holds when
# it differs; extra_class: planted classmates; outsiders: {name: class} of
# students not in the class; absent_from_10: class members without an item-10
# record; form_size: 班级人数 on the form when it differs from the item-10
# list; bad: {name: kind} planted score errors; notes: {name or @k: note}.

SUBS = [
    dict(school="九江市浔阳技工学校", pack="dir", sub="数控加工(数控车工)-阶梯轴零件数控车削加工", course="cnc",
         cls="数控2301班", size=38, seed=61, students=["欧阳子健", "钟宇航", "饶婧"],
         extra_class=["钟雨航", "饶婧雯", "上官文博"], teachers=["胡立平", "涂美兰", "詹国胜"],
         officers={"班长": "钟雨航", "团支书": "@6"}, notes={"@9": "请假2次", "@25": "缺1次"},
         form="docx", form_count="38名", roster="pdf", f8="cnc_header_line", f10="cnc_sid_first_2p", f11="cnc_author_typed",
         f12="cnc_ukai_mono300", findings=[],
         comment="clean: 钟宇航/钟雨航 (one character apart), 2-char 饶婧 with 3-char classmate 饶婧雯, compound 欧阳子健 "
                 "(one of the three) and 上官文博; teacher 胡立平 (任课教师) on every worksheet page; item 8 page header "
                 "`班级：… 姓名：… 学号：…` on one line; item 10 学号 first, a 考勤 column that is no score (全勤/请假2次), "
                 "two pages, 1-bit 300 dpi; roster pdf with 学号 and a class-officer line `班长：钟雨航 团支书：… "
                 "班主任：涂美兰` under it; 班级人数 written `38名`"),
    dict(school="九江市浔阳技工学校", pack="dir", sub="汽车维修-盘式制动器异响检查与修复", course="brake",
         cls="汽修2302班", size=40, seed=62, students=["熊俊辉", "聂思琪", "帅家豪"],
         outsiders={"帅家豪": "汽修2301班"}, extra_class=["詹志远"], bad={"詹志远": "over"},
         teachers=["万建新", "黄秋菊"],
         form="pdf", form_count="40", f8="brake_cover_below_mono300", f10="brake_projects_half_color",
         f11="brake_signed_scan", f12="brake_wenkai_sign_color",
         findings=[("students.not_in_class", 8, True, "帅家豪"), ("records.invalid_score", 10, False, "詹志远")],
         comment="帅家豪 (汽修2301班, a parallel class, stated on every page) is the third student of items 8/11/12 "
                 "(all scanned); item 10 (scanned colour 200 dpi, 40 rows = 班级人数 40) has no record of him: "
                 "students.not_in_class; item 10 `项目一(20) 项目二(30) 项目三(50) 合计` with .5 scores: 詹志远 has "
                 "33.5 under 项目二(30) (合计 the sum): records.invalid_score; no roster"),
    dict(school="赣州市章贡高级技工学校", pack="gbkzip", sub="烹饪(中式烹调)-赣南小炒鱼制作", course="cook",
         cls="烹饪2301班", size=36, seed=71, students=["晏雨欣", "揭文涛", "甘宇轩"],
         extra_class=["缪佳怡"], absent_from_10=["缪佳怡"], teachers=["谢春生", "敖丽华", "习海波"],
         form="docx", form_count="36人", roster="xlsx", f8="cook_signed_label_q35", f10="cook_side_by_side",
         f11="cook_maker_typed", f12="cook_wenkai_color",
         findings=[("records.missing_student", 10, False, "缪佳怡"), ("records.count_mismatch", 10, False)],
         comment="roster 烹饪2301班花名册.xlsx (36, with 学号) and form (36人) list 缪佳怡; item 10 (scanned 250 dpi "
                 "gray, JPEG quality 35, one table split into two side-by-side halves 序号 姓名 刀工(30) 火候(40) "
                 "成菜(30) 总分 | 序号 …, 18 + 17 rows) has 35 records without her: records.missing_student, "
                 "records.count_mismatch"),
    dict(school="赣州市章贡高级技工学校", pack="gbkzip", sub="中药-常用根及根茎类中药材性状鉴别", course="herb",
         cls="中药2302班", size=34, seed=72, students=["司马晓燕", "游琳", "危梦瑶"],
         extra_class=["游琳娜", "危梦遥", "诸葛亦骁"], teachers=["桂志明", "漆小红"],
         notes={"诸葛亦骁": "缺考", "@4": "请假（已补考）", "@19": "事假"},
         form="docx", form_count="34", roster="xlsx", f8="herb_sid_first_mono200", f10="herb_grades_only",
         f11="herb_kv_typed", f12="herb_ukai_sign_bottom", findings=[],
         comment="clean: 4-char 司马晓燕, 2-char 游琳 with 3-char classmate 游琳娜, 危梦瑶/危梦遥 (one character apart), "
                 "compound 诸葛亦骁 marked 缺考 (等级 `—`); item 10 grades only (优秀/良好/合格), no total, notes "
                 "请假/事假, scanned 250 dpi gray; item 8 `学号：… 姓名：…` (学号 first) 1-bit 200 dpi; item 12 "
                 "handwritten `学生签名：` at the page bottom only; roster xlsx (34, 学号 first)"),
    dict(school="上饶市信江技师学院", pack="dir", sub="计算机网络应用-学生公寓无线网络部署", course="wlan",
         cls="网络2301班", size=36, seed=81, students=["喻子涵", "简博文", "付雅琪"],
         items={8: ["喻子涵", "简博文"]}, extra_class=["简博"], teachers=["程国华", "艾晓东"],
         form="pdf", form_count="36人", f8="wlan_group_line_color", f10="wlan_term_typed", f11="wlan_student_typed",
         f12="wlan_wenkai_mono",
         findings=[("students.count", 8, False)], optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned colour 200 dpi) holds the worksheets of only 喻子涵 and 简博文 (付雅琪's are missing; "
                 "items 11 and 12 hold all three): students.count on 8; students.mismatch optional; 3-char 简博文 "
                 "with 2-char classmate 简博; item 10 typed `学号 姓名 平时成绩 期中 期末 总评` (weighted, one "
                 "decimal); no roster"),
    dict(school="上饶市信江技师学院", pack="dir", sub="电子商务-网店运营数据分析与优化", course="shop",
         cls="电商2302班", size=42, seed=82, students=["车梦婷", "龚浩然", "万思远"],
         items={12: ["车梦婷", "龚浩然", "邹奕辰"]}, extra_class=["邹奕辰", "廖晨曦"], bad={"廖晨曦": "sum"},
         notes={"@15": "补考"}, teachers=["叶志坚", "温丽娟", "江海"],
         form="docx", form_count="42", f8="shop_sign_bottom_q40", f10="shop_attendance_color", f11="shop_name_scan",
         f12="shop_hand_name",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "廖晨曦")],
         comment="item 12 (drawn, scanned) holds the homework of 邹奕辰 (a classmate with an item-10 record) instead "
                 "of 万思远: students.mismatch; item 10 (scanned colour 200 dpi) `考勤(10) 任务一(30) 任务二(30) "
                 "任务三(30) 合计` with .5 scores: 廖晨曦's 合计 86.5 for 9 + 27.5 + 24 + 21 = 81.5: "
                 "records.invalid_score; no roster"),
    dict(school="吉安市庐陵技工学校", pack="dir", sub="城市轨道交通运输与管理-车站客服中心票务处理", course="ticket",
         cls="城轨2301班", size=38, form_size=40, seed=91, students=["肖雨桐", "黄博涛", "吴佳琪"],
         items={11: ["肖雨桐", "黄博涛", "吴佳琪", "刘子昂"]}, extra_class=["刘子昂"], teachers=["彭卫东", "章丽君"],
         form="pdf", form_count="40人", f8="ticket_kv_sid_first", f10="ticket_theory_practice_q45",
         f11="ticket_cover_color", f12="ticket_wenkai_gray",
         findings=[("students.count", 11, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 11, True)],
         comment="item 11 (scanned colour 200 dpi) holds four works, one each by 肖雨桐, 黄博涛, 吴佳琪 and classmate "
                 "刘子昂: students.count on 11 (students.mismatch optional); form says 班级人数 40人, item 10 "
                 "(scanned 200 dpi, JPEG quality 45) lists 38 (序号 1–38), no roster: records.count_mismatch"),
]


# ---------------------------------------------------------------- helpers

def sid(s, n):
    """Student number: 2-digit year, 36 (Jiangxi), school seed, 1|2 class, roll."""
    year = s["cls"][-5:-3]
    if n in s.get("outsiders", {}):
        return "%s36%02d2%02d" % (year, s["seed"], 11 + len(n))
    return "%s36%02d1%02d" % (year, s["seed"], s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, font="Noto Sans CJK SC", size="10.5pt", page=""):
    style = "body{font-family:\"%s\";font-size:%s}" % (font, size)
    if page:
        style += "@page{%s}" % page
    return '<html><head><meta charset="utf-8"><style>%s</style></head><body>\n%s\n</body></html>\n' % (style, body)


PB = '<p style="page-break-before:always"></p>'
UKAI = 'style="font-family:\'AR PL UKai CN\';color:#1d2f6b;font-size:14pt"'
WENKAI = 'style="font-family:\'LXGW WenKai\';color:#1d2f6b;font-size:14pt"'
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0241c"'


def cell(x, extra="", pad="2px 5px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


def table(header, rows, width="100%", pad="2px 5px"):
    h = "".join(cell("<b>%s</b>" % x, ' align="center"', pad) for x in header)
    body = "".join("<tr>%s</tr>" % "".join(cell(x, ' align="center"', pad) for x in r) for r in rows)
    return '<table style="border-collapse:collapse" width="%s"><tr>%s</tr>%s</table>' % (width, h, body)


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 3 + (s["seed"] * 3 + k * 5) % 24)


def num(x):
    """A score: integer or .5."""
    return ("%d" % x) if x == int(x) else ("%.1f" % x)


def form_html(s, c):
    t = s["teachers"]
    rows = "".join("<tr>%s</tr>" % "".join(cell(x) for x in (
        i + 1, n, "女" if (i + s["seed"]) % 3 == 0 else "男", TITLES[(i + s["seed"]) % len(TITLES)],
        "%d年" % (6 + 3 * i), "是" if i != 1 else "否")) for i, n in enumerate(t))
    kv = [("专业名称", c["major"], "专业代码", c["code"]), ("课程名称", c["course"], "学习任务", c["task"]),
          ("任务学时", "%d学时" % c["hours"], "授课班级", s["cls"]), ("班级人数", s["form_count"], "学习工作站工位", "%d个" % c["seats"]),
          ("课堂负责人", t[0], "联系电话", "0797-86%02d%03d" % (s["seed"], 100 + s["seed"] * 7))]
    kvrows = "".join("<tr>%s</tr>" % "".join(cell(x) for x in r) for r in kv)
    return html("""<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}</p><p>专业编码：{code}</p><p>课程名称：{course}</p><p>学习任务：{task}</p>
<p>课堂负责人：{lead}</p><p>申报单位：{school}</p><p>填报日期：2025年1月{d}日</p>
<h3>一、课堂基本情况</h3><table style="border-collapse:collapse" width="100%">{kvrows}</table>
<h3>二、授课教师团队</h3><table style="border-collapse:collapse" width="100%"><tr>{hd}</tr>{rows}</table>
<h3>三、学习任务与目标</h3><p>本课堂选取“{task}”作为学习任务，来源于江西本地合作企业的真实工作，学生在完成任务的过程中形成岗位所需的专业能力和职业素养。</p>
<h3>四、学习资源与环境</h3><p>依托{station}开展教学，配备{seats}个工位以及企业技术文件、视频资源和分层工作页。</p>
<h3>五、考核与评价</h3><p>过程评价与结果评价结合，教师、学生和企业导师共同参与评价。</p>
<h3>六、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六步组织：学生领取任务并查阅资料，小组制定计划，师生共同决策，学生按计划实施，教师全程监控质量与安全，最后展示成果、评价反馈。</p>
<h3>七、实施成效</h3><p>学生完成任务的质量和效率明显提高，企业导师对成果给予肯定。</p>
<h3>八、特色与创新</h3><p>任务来自企业订单，评价引入企业标准。</p>
<h3>九、诚信承诺</h3><p>我们承诺所填内容及提交的建设成果真实、原创。</p><p>授课教师签名：{sign}</p>
""".format(major=c["major"], code=c["code"], course=c["course"], task=c["task"], lead=t[0], school=s["school"],
           d=5 + s["seed"] % 20, kvrows=kvrows,
           hd="".join(cell("<b>%s</b>" % x) for x in ("序号", "姓名", "性别", "职称/技能等级", "企业实践经历", "一体化教师培训证书")),
           rows=rows, station=c["station"], seats=c["seats"], sign="、".join(t)))


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n1 课程性质\n本课程是{major}专业的一体化核心课程，在国家工学一体化课程标准的基础上，结合赣鄱地区企业岗位需求进行校本转化。\n2 学习任务\n本课程由若干典型工作任务组成，“{task}”安排{hours}学时。\n3 实施与评价\n以学生为中心，按完整工作过程组织教学，过程评价占六成。",
    2: "{school}\n学习任务分析：{task}\n任务描述：{situation}\n工作流程：接受任务—收集信息—制定方案—实施作业—质量检查—交付评价。\n学习目标：能按企业规范独立完成任务并做好记录，能与同伴合作并清楚表达工作结果。",
    3: "{school}\n教学活动策划（{task}）\n学习活动1 明确任务与收集信息\n学习活动2 制定计划与决策\n学习活动3 实施与过程控制\n学习活动4 检验交付与评价反馈",
    4: "{school}\n教学进度计划　{course}\n第一阶段（第1—2次课）任务导入与信息收集\n第二阶段（第3—4次课）计划决策\n第三阶段（第5—7次课）任务实施\n第四阶段（第8次课）评价反馈\n合计{hours}学时",
    5: "{school}\n教学活动方案　{task}\n第1—2学时：创设情境，发放工作页，学生明确任务要求。\n第3—4学时：分组查阅资料，完成引导问题。\n第5学时起：按计划实施，教师巡视指导并记录。\n最后2学时：成果展示、互评和教师点评，布置课后作业。",
    6: "{school}\n学习任务资源及清单\n一、工作页（人手一册）\n二、企业标准与技术手册\n三、教学视频与课件\n四、学习工作站：{station}（{seats}个工位）\n样例附后。",
    7: "{school}\n{station}图文说明\n工作站划分为信息资料区、计划研讨区、实操区和成果展示区，共{seats}个工位，墙面有安全操作规程和6S看板。\n（照片略）",
    9: "{school}\n{task}考核方案\n1. 考核构成：过程考核与终结考核。\n2. 评分依据：工作页、操作过程、成果质量、职业素养。\n3. 结果记入学习任务考核记录表，由任课教师签字确认。",
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
    if style == 6:  # 九江: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, name)
    if style == 7:  # 赣州: zero-padded, 、
        return "%02d、%s.pdf" % (n, name)
    if style == 8:  # 上饶: no number, school prefix
        return "信江技师学院_%s.pdf" % name.replace("(", "（").replace(")", "）")
    return "%02d-%s.pdf" % (n, name)  # 吉安


def ans(c, part, qi, pos):
    q, answers = c[part][qi]
    return q, answers[pos % len(answers)]


def mark(rng):
    return rng.choice(["√", "√ 很好", "√ 正确", "√ 9分", "√ 要点齐全", "√ 8分", "√ 再规范些", "√ 10分"])


def questions(c, i, rng, font):
    out = ""
    for qi in range(len(c["qs"])):
        q, a = ans(c, "qs", qi, i)
        out += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p><p>&nbsp;</p>' % (q, font, a, RED, mark(rng))
    return out


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f = s["f8"]
    t = s["teachers"]
    rng = random.Random(s["seed"] * 8)
    parts = []
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        if f == "cnc_header_line":
            for page in range(2):
                parts.append('<p style="font-size:9pt">{sch}　{course}　学习工作页</p>'
                             '<p>班级：{cl}　　姓名：<span {u}>{n}</span>　　学号：{sid}</p><hr/>'
                             '<h3 style="text-align:center">{title}</h3>{body}'
                             '<p>&nbsp;</p><p style="text-align:right">任课教师：{t0}　　{d}</p>'.format(
                                 sch=s["school"], course=c["course"], cl=cl, u=UKAI, n=n, sid=sid(s, n),
                                 title=["学习活动一　明确任务", "学习活动二　工艺与编程"][page], t0=t[0], d=day(s, i + page),
                                 body=("<p><b>【任务描述】</b>%s</p><p>请阅读零件图和任务描述，回答后面的问题。</p>" % c["situation"])
                                 if page == 0 else questions(c, i, rng, UKAI)))
        elif f == "brake_cover_below_mono300":
            parts.append('<p>&nbsp;</p><p>&nbsp;</p><h1 style="text-align:center">{course}</h1>'
                         '<h2 style="text-align:center">学 习 工 作 页</h2><p style="text-align:center;font-size:13pt">{task}</p>'
                         '<p>&nbsp;</p><p>&nbsp;</p><p style="text-align:center;font-size:14pt">学生：</p>'
                         '<p style="text-align:center"><span {u}>{n}</span></p><p>&nbsp;</p>'
                         '<p style="text-align:center;font-size:13pt">班级：{cl}</p>'
                         '<p style="text-align:center;font-size:13pt">指导教师：{t0}</p>'
                         '<p style="text-align:center">{sch}</p>'.format(course=c["course"], task=c["task"], u=UKAI, n=n,
                                                                        cl=cl, t0=t[0], sch=s["school"]))
            parts.append('<h3>【维修任务】</h3><p>%s</p><h3>【引导问题】</h3>%s<p>&nbsp;</p>'
                         '<p>学生签名：<span %s>%s</span>　　　　　教师签名：%s</p>'
                         % (c["situation"], questions(c, i, rng, UKAI), UKAI, n, t[0]))
        elif f == "cook_signed_label_q35":
            parts.append('<h2 style="text-align:center">{task}　工作页</h2><p>姓名（签字）：<span {w}>{n}</span>　　班级：{cl}</p>'
                         '<p>指导教师：{t0}　　实训日期：{d}</p><hr/><p><b>任务情境：</b>{sit}</p>{qs}'.format(
                             task=c["task"], w=WENKAI, n=n, cl=cl, t0=t[0], d=day(s, i), sit=c["situation"],
                             qs=questions(c, i, rng, WENKAI)))
        elif f == "herb_sid_first_mono200":
            parts.append('<h2 style="text-align:center">{course}　工作页</h2><p style="text-align:center">{task}</p>'
                         '<p>学号：{sid}　　姓名：<span {u}>{n}</span>　　{cl}</p><p>带教教师：{t0}</p><hr/>'
                         '<p><b>工作情境</b>　{sit}</p>{qs}'.format(course=c["course"], task=c["task"], sid=sid(s, n), u=UKAI,
                                                                   n=n, cl=cl, t0=t[0], sit=c["situation"],
                                                                   qs=questions(c, i, rng, UKAI)))
        elif f == "wlan_group_line_color":
            parts.append('<h2 style="text-align:center">{course}　学习工作页</h2>'
                         '<p>小组：第{g}组　　姓名：<span {u}>{n}</span>　　班级：{cl}　　任课教师：{t0}</p><hr/>'
                         '<p><b>项目背景：</b>{sit}</p>{qs}'.format(course=c["course"], g=i + 1, u=UKAI, n=n, cl=cl, t0=t[0],
                                                                 sit=c["situation"], qs=questions(c, i, rng, UKAI)))
        elif f == "shop_sign_bottom_q40":
            parts.append('<h2 style="text-align:center">{task}　工作页</h2><p>班级：{cl}　　指导教师：{t0}</p><hr/>'
                         '<p><b>任务背景</b>　{sit}</p>{qs}<p>&nbsp;</p><p>&nbsp;</p>'
                         '<p style="text-align:right">学生签名：<span {w}>{n}</span>　　日期：{d}</p>'.format(
                             task=c["task"], cl=cl, t0=t[0], sit=c["situation"], qs=questions(c, i, rng, WENKAI), w=WENKAI,
                             n=n, d=day(s, i)))
        elif f == "ticket_kv_sid_first":
            kv = '<table style="border-collapse:collapse" width="100%%"><tr>%s%s%s%s</tr><tr>%s%s%s%s</tr></table>' % (
                cell("学号"), cell(sid(s, n)), cell("学生姓名"), cell('<span %s>%s</span>' % (UKAI, n)),
                cell("班级"), cell(cl), cell("指导教师"), cell(t[0]))
            parts.append('<h2 style="text-align:center">%s　工作页</h2>%s<p>&nbsp;</p><p><b>情境描述：</b>%s</p>%s'
                         % (c["task"], kv, c["situation"], questions(c, i, rng, UKAI)))
        else:
            raise SystemExit("item8 format %s" % f)
    meth = {"cnc_header_line": "scanpdf:200", "brake_cover_below_mono300": "x-scanpdf:300:mono",
            "cook_signed_label_q35": "x-scanpdf:250:q35", "herb_sid_first_mono200": "x-scanpdf:200:mono",
            "wlan_group_line_color": "x-scanpdf:200:color", "shop_sign_bottom_q40": "x-scanpdf:250:q40",
            "ticket_kv_sid_first": "scanpdf:200"}[f]
    return "08.html", html(PB.join(parts)), meth


# ------------------------------------------------------------------ item 10

def grade(total):
    return "优秀" if total >= 90 else "良好" if total >= 80 else "中等" if total >= 70 else "合格" if total >= 60 else "不合格"


def resolve_notes(s, rec):
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


def parts_for(rng, maxima, half=False):
    level = rng.uniform(0.6, 0.97)
    out = []
    for m in maxima:
        v = m * (level + rng.uniform(-0.08, 0.08))
        v = round(v * 2) / 2 if half else round(v)
        out.append(max(0, min(m, v)))
    return out


def item10(s, c, rec):
    f = s["f10"]
    rng = random.Random(s["seed"] * 10)
    t = s["teachers"]
    bad = s.get("bad", {})
    notes = s["notes_resolved"]
    head = '<h3 style="text-align:center">%s　学习任务考核记录表</h3><p>学习任务：%s　　班级：%s　　考核时间：%s</p>' % (
        s["school"], c["task"], s["cls"], day(s, 11))
    sign = '<p>任课教师：%s　　　　审核：%s</p>' % ("、".join(t[:2]), t[-1])
    rows = []
    if f == "cnc_sid_first_2p":
        for i, n in enumerate(rec):
            p = parts_for(rng, [60, 20, 20])
            rows.append([sid(s, n), n, notes.get(n, "全勤")] + p + [sum(p)])
        hd = ["学号", "姓名", "考勤", "工件质量(60)", "工艺文件(20)", "安全文明(20)", "总分"]
        body = head + table(hd, rows[:20]) + '<p style="text-align:center">— 1 —</p>' + PB + \
            '<p>%s　考核记录（接上页）</p>' % s["cls"] + table(hd, rows[20:]) + \
            '<p>注：考勤栏记录出勤情况，不计入总分。</p>' + sign + '<p style="text-align:center">— 2 —</p>'
        return "10.html", html(body, size="10pt"), "x-scanpdf:300:mono"
    if f == "brake_projects_half_color":
        for i, n in enumerate(rec):
            p = parts_for(rng, [20, 30, 50], half=True)
            if bad.get(n) == "over":
                p = [16.5, 33.5, 42]  # 33.5 > 30
            rows.append([i + 1, n] + [num(x) for x in p] + [num(sum(p))])
        body = head + table(["序号", "姓名", "项目一(20)", "项目二(30)", "项目三(50)", "合计"], rows, width="80%", pad="0px 4px") + \
            '<p>项目一：制动器拆装；项目二：制动盘、片检测；项目三：故障诊断与修复。</p>' + sign
        return "10.html", html(body, size="8.5pt"), "x-scanpdf:200:color"
    if f == "cook_side_by_side":
        for i, n in enumerate(rec):
            p = parts_for(rng, [30, 40, 30])
            rows.append([i + 1, n] + p + [sum(p)])
        half = (len(rows) + 1) // 2
        left, right = rows[:half], rows[half:]
        hd = ["序号", "姓名", "刀工(30)", "火候(40)", "成菜(30)", "总分"]
        joined = [l + (right[k] if k < len(right) else [""] * 6) for k, l in enumerate(left)]
        body = head + table(hd + hd, joined, pad="1px 3px") + sign
        return "10.html", html(body, size="8.5pt"), "x-scanpdf:250:q35"
    if f == "herb_grades_only":
        g = ["优秀", "良好", "良好", "合格", "优秀", "良好", "合格"]
        for i, n in enumerate(rec):
            note = notes.get(n, "")
            if note == "缺考":
                rows.append([i + 1, sid(s, n), n, "—", "—", "—", note])
                continue
            a, b = rng.choice(g), rng.choice(g)
            rows.append([i + 1, sid(s, n), n, a, b, a if rng.random() < 0.5 else b, note])
        body = head + table(["序号", "学号", "姓名", "过程评价", "成果评价", "综合等级", "备注"], rows, pad="1px 4px") + \
            '<p>评价等级：优秀、良好、合格、不合格。</p>' + sign
        return "10.html", html(body, size="9pt"), "scanpdf:250"
    if f == "wlan_term_typed":
        for i, n in enumerate(rec):
            a, b, d = parts_for(rng, [100, 100, 100])
            rows.append([sid(s, n), n, a, b, d, "%.1f" % (0.3 * a + 0.2 * b + 0.5 * d)])
        body = head + table(["学号", "姓名", "平时成绩", "期中", "期末", "总评"], rows, pad="1px 4px") + \
            '<p>总评＝平时成绩×30%＋期中×20%＋期末×50%。</p>' + sign
        return "10.html", html(body, size="9.5pt"), "pdf"
    if f == "shop_attendance_color":
        for i, n in enumerate(rec):
            p = parts_for(rng, [10, 30, 30, 30], half=True)
            total = sum(p)
            if bad.get(n) == "sum":
                p, total = [9, 27.5, 24, 21], 86.5  # the sum is 81.5
            note = notes.get(n, "")
            rows.append([i + 1, n] + [num(x) for x in p] + [num(total), note])
        body = head + table(["序号", "姓名", "考勤(10)", "任务一(30)", "任务二(30)", "任务三(30)", "合计", "备注"], rows,
                            pad="0px 4px") + sign
        return "10.html", html(body, size="8pt"), "x-scanpdf:200:color"
    if f == "ticket_theory_practice_q45":
        for i, n in enumerate(rec):
            a, b = parts_for(rng, [30, 70])
            rows.append([i + 1, n, sid(s, n), a, b, a + b])
        body = head + table(["序号", "姓名", "学号", "理论（30分）", "实操（70分）", "成绩"], rows, width="85%", pad="0px 4px") + sign
        return "10.html", html(body, size="8.5pt"), "x-scanpdf:200:q45"
    raise SystemExit("item10 format %s" % f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f = s["f11"]
    t = s["teachers"]
    outs = c["outputs"]
    parts = []
    if f in ("cnc_author_typed", "cook_maker_typed", "wlan_student_typed"):
        label = {"cnc_author_typed": "完成人：", "cook_maker_typed": "制作人：", "wlan_student_typed": "学生："}[f]
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h3>%s</h3><p>%s%s　　%s</p><p>%s</p><p>（附件：成果照片、文件打印件）</p><p>指导教师评价：优秀　%s</p>'
                         % (title, label, n, cls_of(s, n), desc, t[0]))
        body = '<h1 style="text-align:center">学习成果汇编</h1><p style="text-align:center">%s　%s</p>' % (
            c["task"], s["cls"]) + PB.join(parts)
        return "11.html", html(body), "pdf"
    if f == "herb_kv_typed":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h3 style="text-align:center">成果%d</h3><table style="border-collapse:collapse" width="100%%">'
                         '<tr>%s%s%s%s</tr><tr>%s%s</tr><tr>%s%s</tr></table>'
                         % (i + 1, cell("学生姓名"), cell(n), cell("学号"), cell(sid(s, n)), cell("成果名称"),
                            cell(title, ' colspan="3"'), cell("成果简介"), cell(desc, ' colspan="3" height="180"')))
        return "11.html", html('<h2 style="text-align:center">%s 学习成果</h2>' % c["task"] + PB.join(parts)), "pdf"
    if f == "brake_signed_scan":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h2 style="text-align:center">学习成果　%s</h2><p>学生姓名（签字）：<span %s>%s</span>　　班级：%s</p>'
                         '<p>%s</p><p>&nbsp;</p><p>（检测数据与照片附后）</p><p %s>评语：数据完整，结论正确。%s</p>'
                         % (title, UKAI, n, cls_of(s, n), desc, RED, t[1]))
        return "11.html", html(PB.join(parts)), "x-scanpdf:200"
    if f == "shop_name_scan":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<h2 style="text-align:center">%s</h2><p>姓名：%s　　班级：%s</p><p>%s</p><p>（报告正文共6页，此处为摘要页）</p>'
                         % (title, n, cls_of(s, n), desc))
        return "11.html", html(PB.join(parts)), "scanpdf:200"
    if f == "ticket_cover_color":
        for i, n in enumerate(names):
            title, desc = outs[i % len(outs)]
            parts.append('<p>&nbsp;</p><h1 style="text-align:center">学习成果</h1><h3 style="text-align:center">%s</h3>'
                         '<p>&nbsp;</p><p style="text-align:center;font-size:14pt">学生：%s</p>'
                         '<p style="text-align:center">班级：%s　　指导教师：%s</p><p>&nbsp;</p><p>成果说明：%s</p>'
                         % (title, n, cls_of(s, n), t[0], desc))
        body = PB.join(parts)
        return "11.html", html(body), "x-scanpdf:200:color"
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
        tail = []
        if f == "cnc_ukai_mono300":
            head = ["数控车削加工　课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid(s, n)), ""]
        elif f == "brake_wenkai_sign_color":
            head = ["汽车底盘检修　课后作业", "姓名（签字）：%s" % n, "班级：%s" % cl, ""]
        elif f == "cook_wenkai_color":
            head = ["赣南小炒鱼制作　课后作业", "学生：%s　　%s" % (n, cl), ""]
        elif f == "herb_ukai_sign_bottom":
            head = ["中药鉴定技术　课后作业（%s）" % cl, ""]
            tail = ["学生签名：%s" % n]
        elif f == "wlan_wenkai_mono":
            head = ["无线网络规划与部署　课后作业", "姓名：%s　班级：%s" % (n, cl), ""]
        elif f == "shop_hand_name":
            head = ["网店运营推广　课后作业", "> 姓名：%s　%s" % (n, cl), ""]
        elif f == "ticket_wenkai_gray":
            head = ["票务管理　课后作业", "学生姓名：%s　　班级：%s" % (n, cl), ""]
        else:
            raise SystemExit("item12 format %s" % f)
        lines += head
        for qi in range(len(c["hw"])):
            q, a = ans(c, "hw", qi, i)
            lines += [q, "> " + a, "! " + mark(rng), ""]
        lines.append("! 批阅：%s  %s" % (t[-1], day(s, 30 + i)))
        if tail:  # pushed down to the foot of the page
            start = max(k for k, x in enumerate(lines) if x == "----") + 1 if "----" in lines else 0
            lines += [""] * max(2, 27 - (len(lines) - start))
            lines += tail
    meth = {"cnc_ukai_mono300": "x-scan:300:3:mono", "brake_wenkai_sign_color": "x-scan:200:4:color",
            "cook_wenkai_color": "x-scan:200:4:color:q50", "herb_ukai_sign_bottom": "scan:250:3",
            "wlan_wenkai_mono": "x-scan:200:4:mono", "shop_hand_name": "scan:200:1",
            "ticket_wenkai_gray": "scan:150:4"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ roster

def roster(s, d, man):
    k = s["klass"]
    r = s.get("roster")
    if r == "xlsx":
        if s["seed"] == 71:
            text = "学号,姓名,性别,籍贯\n" + "".join("%s,%s,%s,%s\n" % (
                sid(s, n), n, "女" if (i * 5 + s["seed"]) % 3 == 0 else "男", ["赣州市", "吉安市", "抚州市", "萍乡市"][i % 4])
                for i, n in enumerate(k))
        else:
            text = "学号,姓名,性别,出生日期\n" + "".join("%s,%s,%s,2008-%02d-%02d\n" % (
                sid(s, n), n, "女" if (i + s["seed"]) % 2 else "男", 1 + i % 12, 1 + (i * 7) % 28) for i, n in enumerate(k))
        write(os.path.join(d, "roster.csv"), text)
        man.append("roster.csv\t%s花名册.xlsx\txlsx\troster\t0" % s["cls"])
    elif r == "pdf":
        rows = [[i + 1, sid(s, n), n, "男" if (i + s["seed"]) % 4 else "女"] for i, n in enumerate(k)]
        off = "　".join("%s：%s" % (role, who) for role, who in s["officers_resolved"].items())
        write(os.path.join(d, "roster.html"), html(
            '<h3 style="text-align:center">%s　%s学生花名册</h3>' % (s["school"], s["cls"]) +
            table(["序号", "学号", "姓名", "性别"], rows, width="70%", pad="0px 4px") +
            '<p>%s　　班主任：%s</p><p>本班共%d人。</p>' % (off, s["teachers"][1], len(k)), size="9.5pt"))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])


# -------------------------------------------------------------------- main

def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Fifth held-out people corpus (testdata/heldout5), same format as testdata/heldout4/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"]]
    all_planted = [n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    for s in SUBS:
        c = COURSES[s["course"]]
        rng = random.Random(s["seed"] * 7919)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        klass = draw_class(rng, s["size"], fixed, out + all_teachers + all_planted)
        s["klass"] = klass
        rec = [n for n in klass if n not in s.get("absent_from_10", [])]
        resolve_notes(s, rec)
        offs = {}
        for role, who in s.get("officers", {}).items():
            if who.startswith("@"):
                k = int(who[1:])
                while klass[k] in fixed:
                    k += 1
                who = klass[k]
            offs[role] = who
        s["officers_resolved"] = offs
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, s["school"], s["sub"])
        write(os.path.join(SRC, s["school"], "pack"), s["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        write(os.path.join(d, "form.html"), form_html(s, c))
        formname = {"docx": "附件2：%s申报书.docx" % c["major"].split("(")[0], "pdf": "申报书-%s.pdf" % c["task"]}[s["form"]]
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
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": s["form_count"],
            "class": klass, "item10_records": rec, "roster": s.get("roster", ""), "officers": offs,
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s["notes_resolved"], "teachers": s["teachers"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
