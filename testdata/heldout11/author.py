#!/usr/bin/env python3
"""Write the sources of the eleventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Eight submissions of four invented schools in Zhejiang
(宁波, 温州, 绍兴, 金华), one major each out of the twelve of 附件1 with its
catalogue code, with courses and tasks no earlier corpus used.

    python3 author.py      (rewrites src/ and truth.json)
    sh build.sh OUT

Methods beyond the othertools builder's are made by ./prebuild.py (heldout7's
x-scanpdf, x-scan, x-photo, plus this corpus's :showthrough option).
"""
import csv
import io
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
# Every earlier corpus; heldout12 (written at the same time by someone else)
# is read too when it is there.
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 11)] + ["othertools", "heldout12"]

# Surnames common in Zhejiang (宁波 应 楼 竺 虞 邬, 温州 池 季 缪, 绍兴 裘 屠 宣,
# 金华 钭 娄 厉) and two compound surnames.
SURNAMES = list("应楼竺童俞郑裘屠胡虞邵舒毛施鲍谢钭娄蒋金钱沈陆翁夏方葛岑缪宣戚池季厉贺")
COMPOUND = ["欧阳", "端木"]
GIVEN2 = ("越凡 可馨 之恒 亦舒 若水 听澜 知远 书韵 启航 嘉禾 逸飞 栖梧 清和 望舒 问渠 晓岚 佳音 锦瑟 南星 浩渺 "
          "靖川 时雨 沐风 陌桑 承泽 昭宁 乐琪 心怡 晨阳 梓航 楚瑶 伊诺 泽宇 梦婷 丽君 海燕 春晖 夏莲 惠芳 美玲 "
          "佩瑶 依依 芷若 卓然 宇辰 涵予 景澄 正楷 月明 亚萍 江帆 潮生 雁行 溪亭 湖生 书航 柯宇 如意 静姝 "
          "晓燕 思远 文韬 天佑 一鹏 子睿 宏伟 建新 雅琪 欣妍 雨桐 诗涵 俊杰 家乐 博文 宸宇 涵睿 若琳 语嫣 嘉怡 "
          "梓涵 浩宇 子轩 佳琪 欣怡 思彤 明轩 奕博 海峰 伟东 丹妮 可欣 瑶瑶 婷婷 晓峰 永康 东阳 兰亭 越秀").split()
GIVEN1 = list("洁斌婕昊晟颖萍琦骏铮瑜璐珂岚")


def earlier_names():
    """Every 2-4 character run of Chinese in the earlier truth files."""
    names = set()

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", x):
            names.add(x)
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            continue
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names


USED_BEFORE = earlier_names()


def near(a, b):
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1:
        return True
    return a in b or b in a


def draw_class(rng, n, fixed, avoid):
    """fixed names first (a name may stand twice: namesakes), then drawn ones
    that are not near any fixed or avoided name and not in an earlier corpus."""
    names = list(fixed)
    while len(names) < n:
        s = rng.choice(COMPOUND) if rng.random() < 0.01 else rng.choice(SURNAMES)
        g = rng.choice(GIVEN1) if rng.random() < 0.15 else rng.choice(GIVEN2)
        name = s + g
        if name in names or name in USED_BEFORE or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    return names


# ---------------------------------------------------------------- courses

C = {
 "imm": dict(major="机电一体化技术", code="0127", course="变频与伺服控制系统安装与调试", task="注塑机螺杆变频调速控制系统装调",
   hours=24, station="变频调速一体化学习工作站", seats=24, parts=[("设备接线", 30), ("参数设置", 30), ("调试运行", 40)],
   situation="宁波北仑一家注塑机厂的老式注塑机螺杆由定速电机带动，能耗高、塑化不稳定。企业委托学校机电专业学徒班把螺杆驱动改造为变频调速：按注射、保压、预塑三个阶段设定不同转速，由PLC向变频器发出多段速指令。学徒要完成主电路和控制电路接线、变频器参数设置和联机调试，并填写调试记录。",
   qs=[("引导问题1 三个阶段的转速怎样由PLC控制变频器？", ["用PLC的三个输出接变频器的多段速端子，组合出不同的速度。", "PLC按工步输出不同组合，变频器里预先设好各段频率。", "多段速端子加上正转信号，每段转速在参数里设定。"]),
       ("引导问题2 加减速时间设得太短会出现什么问题？", ["电流冲击大，变频器会报过流或过压故障。", "启动时过流跳闸，停车时母线电压升高。", "电机和螺杆受冲击，容易报故障。"])],
   hw=[("1. 变频器输出端为什么不能接电容或浪涌吸收器？", ["输出是高频脉冲，电容会引起过流，损坏变频器。", "会产生很大的充放电电流，使变频器保护。", "输出电压是PWM波，接电容会发热损坏。"]),
       ("2. 通电调试前要做哪些检查？", ["核对主电路相序和接地，测绝缘，确认参数已恢复出厂值。", "先查接线和接地，再空载低速试运行。", "检查电源电压等级，急停按钮有效。"])],
   outputs=[("螺杆变频调速电气原理图", "画出主电路、PLC输入输出和变频器控制端子接线。"),
            ("变频器参数设置表", "列出三段速频率、加减速时间等十二个参数。"),
            ("联机调试记录", "记录三段转速的设定值、实测值和电流。")]),
 "fish": dict(major="烹饪(中式烹调)", code="0501", course="浙菜制作", task="雪菜大汤黄鱼制作",
   hours=12, station="中式烹调一体化学习工作站", seats=18, parts=[("理论", 30), ("实操", 70)],
   situation="宁波一家老字号甬菜馆推出“宁波十大名菜”套餐，要求后厨按统一标准出品雪菜大汤黄鱼：黄鱼新鲜完整，汤色乳白浓厚，雪菜咸鲜脆嫩。厨师长要求学员完成黄鱼初加工、煎鱼、吊汤、调味和装盘，按出品标准自检，并填写出品记录。",
   qs=[("引导问题1 怎样让鱼汤变得乳白浓厚？", ["鱼要煎透，冲入滚开水，大火滚煮，让油和汤融合。", "用猪油煎鱼，加沸水后保持大火。", "冲开水，不能加冷水，要一直大火。"]),
       ("引导问题2 雪菜为什么要后放？", ["雪菜久煮会发黄变软，失去脆嫩和鲜味。", "保持颜色翠绿，口感脆。", "早放会发酸，颜色也不好看。"])],
   hw=[("1. 黄鱼初加工要注意什么？", ["从口中绞出内脏，保持鱼身完整，刮净鳞，撕去头皮。", "不破肚，用筷子从嘴里取内脏，洗净血水。", "去鳞去鳃，鱼身划刀，保持完整。"]),
       ("2. 出品时怎样检查这道菜是否合格？", ["看汤色是否乳白，鱼身是否完整，尝咸鲜度，温度要烫。", "汤白、鱼整、味鲜、雪菜脆。", "检查装盘、色泽和口味。"])],
   outputs=[("雪菜大汤黄鱼成品", "按出品标准完成一份成品，拍照记录。"),
            ("出品记录单", "记录原料用量、火候和出品时间。")]),
 "eps": dict(major="汽车维修", code="0403", course="汽车转向与悬架系统检修", task="电动助力转向沉重故障诊断与排除",
   hours=16, station="汽车底盘检修一体化学习工作站", seats=20, parts=[("故障诊断", 40), ("维修操作", 40), ("职业素养", 20)],
   situation="温州一家汽车维修厂接修一辆家用轿车，车主反映低速转弯时方向盘特别沉，仪表上的转向故障灯偶尔点亮。服务顾问开出派工单，要求学员按维修手册检查电动助力转向系统：读取故障码和数据流，检查扭矩传感器、助力电机及其线路，找出故障点并修复，交车前路试确认。",
   qs=[("任务1 用诊断仪读数据流时重点看哪些数据？", ["扭矩传感器信号、助力电机电流、车速信号和蓄电池电压。", "转向扭矩、电机电流、车速。", "传感器电压和电机工作电流。"]),
       ("任务2 扭矩传感器信号异常时怎样检查线路？", ["断开插接器，测电源、搭铁和信号线的电压和导通。", "先看插头有没有松动腐蚀，再用万用表测量。", "测量传感器供电5V和信号电压。"])],
   hw=[("一、电动助力转向和液压助力转向相比有什么优点？", ["只在转向时耗电，节能，助力大小能随车速变化。", "结构简单，没有油泵，省油。", "低速轻便，高速稳定。"]),
       ("二、更换扭矩传感器后为什么要做零点标定？", ["不标定电脑不知道中间位置，左右助力不一样。", "保证方向盘回正时助力为零。", "防止跑偏和助力不均。"])],
   outputs=[("维修派工单及检测记录", "记录故障码、数据流和线路测量值。"), ("故障诊断报告", "写明故障点是扭矩传感器插接器端子腐蚀。")]),
 "xb": dict(major="电子商务", code="0603", course="跨境电子商务实务", task="温州鞋履跨境店铺商品刊登与定价",
   hours=16, station="跨境电商运营一体化学习工作站", seats=40, parts=[("选品分析", 20), ("商品刊登", 40), ("定价与物流", 40)],
   situation="温州鹿城一家做女鞋外贸的工厂准备在跨境电商平台开店。运营主管给学员三款样鞋，要求完成选品分析，撰写英文标题和五点描述，检查主图是否符合平台规范，并按头程运费、平台佣金和汇率算出售价，把商品刊登上架。",
   qs=[("问题一 选品时要分析哪些数据？", ["目标市场的搜索热度、竞品价格和评价、季节和尺码需求。", "看平台热销榜和关键词搜索量。", "分析竞争对手的价格、销量和差评原因。"]),
       ("问题二 售价怎样计算？", ["成本加头程运费、平台佣金、广告费和利润，再按汇率换算。", "出厂价加运费和佣金，除以汇率。", "把所有费用加起来再加上利润率。"])],
   hw=[("1. 英文标题一般包括哪些内容？", ["品牌、核心关键词、材质、款式、适用场景。", "品牌加关键词加卖点。", "产品名称、特点和尺码范围。"]),
       ("2. 为什么鞋类商品要放尺码对照表？", ["各国尺码标准不同，减少买家选错尺码引起的退货。", "方便买家选码，降低退货率。", "欧美尺码和中国尺码不一样。"])],
   outputs=[("选品分析表", "比较了三款样鞋的搜索热度和竞品价格。"), ("商品刊登页", "英文标题、五点描述和尺码表。"), ("定价核算表", "算出三款鞋的售价和利润率。")]),
 "beimu": dict(major="中药", code="1301", course="中药饮片加工技术", task="浙贝母趁鲜切片与干燥加工",
   hours=14, station="中药饮片加工一体化学习工作站", seats=21, parts=[("切片", 40), ("干燥", 30), ("鉴别", 30)],
   situation="浙贝母是“浙八味”之一。一家饮片企业在产地收购新鲜浙贝母，改用趁鲜切片代替传统的硫熏干燥。质量部要求学员按工艺规程完成去杂、大小分档、趁鲜切厚片和低温烘干，测定水分，并按药典对饮片做性状鉴别，填写批生产记录。",
   qs=[("问题1 为什么要趁鲜切片？", ["鲜货含水多、质地软，好切，干燥快，不用硫熏。", "减少加工环节，避免硫黄残留。", "鲜切片干得快，颜色白。"]),
       ("问题2 烘干温度为什么不能太高？", ["温度高了饮片会起泡、变黄，有效成分损失。", "超过六十度容易焦化变色。", "温度太高表面结壳，里面干不透。"])],
   hw=[("一、浙贝片的性状特征有哪些？", ["类圆形厚片，外皮黄褐色，切面白色，粉性，味微苦。", "切面白色粉性，边缘有黄褐色外皮。", "白色，粉性足，质脆易折断。"]),
       ("二、怎样判断饮片已经干透？", ["测水分不超过规定，手折易断，断面无湿心。", "用快速水分测定仪测量。", "折断听声音清脆，里面不潮。"])],
   outputs=[("浙贝片样品标签", "填写了品名、批号和加工人。"), ("批生产记录", "记录了切片厚度和烘干温度。")]),
 "opera": dict(major="计算机动画制作", code="0306", course="定格动画制作", task="越剧《梁祝》定格动画短片制作",
   hours=20, station="定格动画一体化学习工作站", seats=33, parts=[("角色制作", 0), ("场景搭建", 0), ("拍摄与合成", 100)],
   situation="嵊州是越剧的发源地。越剧博物馆要为暑期研学做一部一分钟的定格动画《十八相送》，需要用黏土做梁山伯、祝英台两个角色，搭一个长亭和小桥的微缩场景，逐帧拍摄后合成配乐。馆方美术老师要求学员完成角色制作、场景搭建、逐帧拍摄和后期合成。",
   qs=[("问题一 黏土角色为什么要先做骨架？", ["用铝丝做骨架，关节才能弯曲，拍摄时动作能保持住。", "骨架让角色站得住，能摆动作。", "没有骨架黏土会塌，手脚动不了。"]),
       ("问题二 一秒钟的动画要拍多少张？", ["按每秒十二帧，一拍二，要拍十二张。", "一般十二张，动作快的地方多拍。", "十二到二十四张。"])],
   hw=[("1. 拍摄时怎样防止画面闪烁？", ["关掉自动曝光和自动白平衡，用固定的灯光，遮住窗户。", "相机用手动模式，灯光不变。", "固定相机和灯光，不要开窗。"]),
       ("2. 越剧人物的服装有什么特点？", ["水袖、褶子，颜色淡雅，小生戴方巾。", "长袖飘逸，颜色素雅。", "祝英台女扮男装穿褶子，梁山伯戴巾。"])],
   outputs=[("梁祝黏土角色", "两个角色，带铝丝骨架。"), ("十八相送场景", "长亭、小桥和柳树的微缩场景。")]),
 "thread": dict(major="数控加工(数控车工)", code="0106", course="螺纹类零件数控车削加工", task="保温杯杯盖螺纹座数控车削加工",
   hours=18, station="数控车削一体化学习工作站", seats=17, parts=[("工艺编制", 20), ("编程与仿真", 30), ("零件加工", 40), ("6S管理", 10)],
   situation="永康一家保温杯企业要试制一批不锈钢杯盖螺纹座，图纸要求外螺纹M48×1.5，与杯体旋合顺畅、不漏水。生产主管把试制任务交给学员：读懂图纸，编写加工工艺和数控程序，仿真无误后在数控车床上加工，用螺纹环规检验，并做好6S管理。",
   qs=[("引导问题1 车削M48×1.5外螺纹前，外圆要车到多大？", ["比公称直径小0.1到0.2，车到47.85左右。", "大径车小一点，约47.8。", "外圆车到47.85，倒角。"]),
       ("引导问题2 不锈钢车螺纹要注意什么？", ["不锈钢粘刀，切削深度逐次减小，用切削液，刀具要锋利。", "分多次进刀，加冷却液。", "转速不能太高，注意排屑。"])],
   hw=[("1. 螺纹环规的通规和止规怎样使用？", ["通规能旋合通过，止规旋入不超过两圈为合格。", "通规要过，止规不过。", "通端顺利旋入，止端旋不进去。"]),
       ("2. 6S管理包括哪些内容？", ["整理、整顿、清扫、清洁、素养、安全。", "整理整顿清扫清洁素养安全。", "六个S，最后一个是安全。"])],
   outputs=[("杯盖螺纹座加工工艺卡", "三道工序，写明刀具和切削用量。"), ("螺纹座零件及检测报告", "螺纹环规检验合格。")]),
 "fall": dict(major="健康与社会照护", code="0529", course="社区居家照护", task="独居老人居家跌倒风险评估与环境改造",
   hours=14, station="居家照护一体化学习工作站", seats=20, parts=[("风险评估", 30), ("环境改造建议", 40), ("沟通宣教", 30)],
   situation="金华一个社区有一百多位独居老人，去年冬天有三位在家里跌倒。社区居家养老服务中心要求照护员上门，用跌倒风险评估量表给老人评估，检查卫生间、卧室、过道等处的隐患，提出适老化改造建议，并教老人和家属预防跌倒的方法。",
   qs=[("问题一 上门评估要查看哪些地方？", ["卫生间地面和扶手、卧室床高、过道照明、门槛和地毯。", "浴室、床边、楼梯和夜间照明。", "地面是否湿滑，有没有扶手和夜灯。"]),
       ("问题二 老人不愿意改造怎么沟通？", ["先听老人的想法，用身边跌倒的例子说明，从花钱少的改起。", "耐心解释，请子女一起商量。", "尊重老人意愿，先做小的改动。"])],
   hw=[("1. 老人跌倒后自己怎样起身？", ["先别急着起来，检查有无疼痛，侧身慢慢爬到椅子边再扶着起身。", "先休息，再翻身跪起，扶稳东西站起来。", "确认没受伤再慢慢起来，不能起来就呼救。"]),
       ("2. 卫生间适老化改造有哪些做法？", ["铺防滑垫，装扶手，改坐便，装夜灯和紧急呼叫。", "防滑、扶手、淋浴椅。", "地面防滑，马桶边加扶手。"])],
   outputs=[("跌倒风险评估报告", "用量表评估了一位独居老人。"), ("居家环境改造建议书", "列出七条改造建议和费用。"), ("防跌倒宣教单", "图文并茂的宣教材料。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SCHOOLS = {
    1: dict(name="宁波市甬江技工学校", short="甬江技校", pack="dir"),
    2: dict(name="温州市瓯江高级技工学校", short="瓯江高级技校", pack="zip"),
    3: dict(name="绍兴市越州技师学院", short="越州技师学院", pack="gbkzip"),
    4: dict(name="金华市婺江技工学校", short="婺江技校", pack="zip"),
}

SUBS = [
    dict(seed=11, course="imm", cls="机电2302班", size=42, sidp="20230215",
         students=["楼建萍", "应可凡", "欧阳明澈"], extra_class=["应可帆", "竺文韬"],
         teachers=["楼建平", "郑海波", "虞国良"], form_count="42", roster="gbk_csv",
         f8="apprentice_group", f10="sign_column", f11="toc_typed", f12="apprentice_hand", findings=[],
         comment="clean: teacher 楼建平 (学校导师, 批改) and student 楼建萍 (one of the three) one character apart, both "
                 "handwritten on item 12 (`学徒：楼建萍`, red `批改：楼建平`); 应可凡 (one of the three) and classmate 应可帆; "
                 "compound 4-char 欧阳明澈 (one of the three); item 8 a group table `组长 记录员 操作员 安全员` naming the "
                 "three and classmate 竺文韬 (安全员) on every worksheet, the owner in `学徒：`; item 10 with a handwritten "
                 "学生签名 column and the foot `应考42人，实考42人`; roster a GBK-encoded CSV with a title row (42); "
                 "form `班级人数 | 42 | 工位数 | 24`"),
    dict(seed=12, course="fish", cls="烹饪2301班", size=36, sidp="20230311",
         students=["舒梓航", "钭佳音", "屠一鹏"], extra_class=["鲍子睿"], bad={"鲍子睿": "over"},
         teachers=["金国庆", "邵美玲"], form_count="36人",
         f8="stove", f10="note_maxima", f11="dish_scan", f12="cover_table",
         findings=[("records.invalid_score", 10, False, "鲍子睿")],
         comment="item 10 (scanned 250 dpi gray) has the columns `理论 实操 总分` with NO maxima in the header; they "
                 "stand only in a note under the table `注：理论30分，实操70分，总分100分。`; 鲍子睿 has 实操 76 "
                 "(理论 22, 总分 98 = the sum): records.invalid_score"),
    dict(seed=21, course="eps", cls="汽修2301班", size=40, sidp="230401",
         students=["胡宇辰", "虞启航", "池海峰"], extra_class=["缪佳豪"], absent_from_10=["缪佳豪"],
         teachers=["叶正楷", "戴国强"], form_count="40人（均为男生）", roster="pdf",
         f8="pair", f10="three_up", f11="report_typed", f12="photo_short_sid",
         findings=[("records.missing_student", 10, False, "缪佳豪"), ("records.count_mismatch", 10, False)],
         comment="the roster 汽修2301班学生名单.pdf (typed, 40) and the form (`40人（均为男生）`) list 缪佳豪; item 10 "
                 "is a THREE-UP register (three students per printed row: `序号 姓名 成绩` ×3, 13 rows, no 学号, numbered "
                 "1–39 down each block), scanned 250 dpi gray, with no record of him: records.missing_student and "
                 "records.count_mismatch. Item 8 names a second of the three on each worksheet (`主修学员：… 辅修学员：…`)"),
    dict(seed=22, course="xb", cls="电商2301班", size=38, sidp="2306010",
         students=["谢可馨", "林芷若", "季沐风"], outsiders={"季沐风": "电商2302班"}, extra_class=["翁晓岚"],
         bad={"翁晓岚": "sum"}, teachers=["郑丽君", "黄亦舒"], form_count="38",
         f8="pledge", f10="distribution", f11="operator_typed", f12="ukai_whole",
         findings=[("students.not_in_class", 8, True, "季沐风"), ("records.invalid_score", 10, False, "翁晓岚")],
         comment="季沐风 of 电商2302班 (a parallel class, `电商2302班` beside his name on each of his pages) is the third "
                 "student of 8/11/12; item 10 (38 rows = 班级人数 38) has no record of him: students.not_in_class. "
                 "Item 8 opens each student's pages with a safety pledge, the name inside the sentence "
                 "`本人＿季沐风＿（班级＿电商2302班＿）已认真阅读…` and `承诺人（签名）：`. Item 10 (scanned colour 200 dpi) "
                 "ends with a score-distribution table (`分数段 | 90分以上 …` / `人数 | …`) and 及格率/优秀率; 翁晓岚's "
                 "总分 is 83 for 17 + 31 + 25 = 73: records.invalid_score"),
    dict(seed=31, course="beimu", cls="中药2301班", size=41, form_size=42, sidp="2313010",
         students=["孙书韵", "裘南星", "宣婉清"], items={12: ["孙书韵", "裘南星", "娄听澜"]}, extra_class=["娄听澜"],
         teachers=["陶春晖", "俞惠芳"], form_count=None,
         f8="nocolon", f10="grader_column", f11="label_typed", f12="photo",
         findings=[("students.mismatch", 12, True), ("records.count_mismatch", 10, False)],
         comment="item 12 (phone photos) holds the homework of classmate 娄听澜 (with an item-10 record) instead of "
                 "宣婉清's (items 8 and 11 hold 孙书韵, 裘南星, 宣婉清): students.mismatch. The form has NO 班级人数 "
                 "cell; its section 七 says `授课班级中药2301班全班共42名学生，其中女生35名`; item 10 (scanned 250 dpi "
                 "gray, a 评分教师 column naming the teachers in every row) lists 41: records.count_mismatch. Item 8: "
                 "labels without colons (`班级 中药2301班　组别 第2组　姓名 孙书韵`). No roster"),
    dict(seed=32, course="opera", cls="动画2302班", size=33, sidp="2307020",
         students=["马越凡", "金楚瑶", "钱亦然"], items={11: ["马越凡", "金楚瑶", "钱亦然", "沈陌桑"]}, extra_class=["沈陌桑"],
         teachers=["袁望舒", "姚承泽"], form_count="共33人",
         f8="drawn_group", f10="grades_typed", f11="collage", f12="no_label",
         findings=[("students.count", 11, False)], optional=[("students.mismatch", 11, True)],
         comment="item 11 is a photo collage (scanned colour 200 dpi): a grid of photos, each captioned "
                 "`作品：… 作者：…`; eight photos by four authors, the three and classmate 沈陌桑 (with an item-10 "
                 "record): students.count on 11, students.mismatch optional. Item 10 typed: 角色制作 and 场景搭建 as "
                 "grades (优/良/中), 拍摄与合成 and 总评 numeric (总评 is no sum, legal). Item 12 drawn in LXGW WenKai, "
                 "the name with NO label, right-aligned at the top (`马越凡　动画2302班　12号`)"),
    dict(seed=41, course="thread", cls="数控2302班", size=34, sidp="2301020",
         students=["俞洁", "楼正铮", "吴逸飞"], items={8: ["俞洁", "楼正铮"]}, extra_class=["应昭宁"],
         bad={"应昭宁": "over6s"}, teachers=["胡卫东", "蒋志刚"], form_count="34",
         f8="operator", f10="spaced_names", f11="inspect_mono", f12="ukai_hand",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "应昭宁")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, printed double-sided: the back of each sheet shows through) holds the "
                 "worksheets of only 俞洁 and 楼正铮 (吴逸飞's are missing; items 11 and 12 hold all three): "
                 "students.count on 8, students.mismatch optional. Item 10 (scanned 200 dpi gray, JPEG q40) writes "
                 "every 2-char name with a full-width space (`俞　洁`); 应昭宁 has 12 under `6S管理(10)` (总分 is the "
                 "sum): records.invalid_score. The school's zip nests each submission in folders "
                 "(`一、申报书/`, `二、建设成果/`)"),
    dict(seed=42, course="fall", cls="照护2301班", size=38, sidp="2305010", namesake="施雨欣",
         students=["施雨欣", "毛丹", "端木晓雯"], extra_class=["毛丹妮", "邵佳琪"],
         teachers=["葛秀珍", "厉伟民"], clients=["童桂英", "鲍阿根", "钱月娥"],
         notes={"邵佳琪": "缺考", "@12": "缺考（病假）", "@20": "请假1次", "@31": "补交作业"},
         form_count="38", roster="xlsx",
         f8="carer", f10="absent_foot", f11="cover_scribe", f12="photo_sid",
         findings=[],
         comment="clean: TWO students named 施雨欣 in the class (学号 …07 is one of the three, …29 is not), told apart "
                 "by 学号 in items 8, 10, 12 and the roster; 2-char 毛丹 (one of the three) with 3-char classmate 毛丹妮; "
                 "compound 4-char 端木晓雯 (one of the three); each worksheet names the elder visited (`服务对象：童桂英"
                 "（82岁，独居）`, 鲍阿根, 钱月娥) and the teacher; item 10 has two 缺考 rows (`缺考` in every score "
                 "cell), a 职业素养 grade column (优/良/中, not in the total) and the foot `应考38人，实考36人，缺考2人`; "
                 "roster xlsx (38). Nested folders as 数控"),
]

NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def file_name(s, n):
    g = s["seed"] // 10
    if g == 1:   # 宁波: "甬江技校_08_工作页.pdf" (a school prefix, underscores)
        return "甬江技校_%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 温州: "成果08 工作页.pdf" (a word before the number)
        return "成果%02d %s.pdf" % (n, NAMES[n])
    if g == 3:   # 绍兴: "附件3-08 工作页.pdf" (the 附件 number first)
        return "附件3-%02d %s.pdf" % (n, NAMES[n])
    return "二、建设成果/%02d %s.pdf" % (n, NAMES[n])  # 金华: in a nested folder


def form_name(s, c):
    return {1: ("甬江技校_优质课堂申报书_%s.docx" % c["task"], "docx"),
            2: ("%s优质课堂项目申报书.pdf" % c["major"], "pdf"),
            3: ("附件2 申报书（%s）.docx" % c["course"], "docx"),
            4: ("一、申报书/申报书-%s.pdf" % c["major"], "pdf")}[s["seed"] // 10]


def sid_of(s, n, k=None):
    if n in s.get("outsiders", {}):
        return s["sidp"][:-2] + "2017"   # the parallel class
    if k is None:
        k = s["klass"].index(n)
    return "%s%02d" % (s["sidp"], k + 1)


def seat(s, n):
    """the number in the class list (学号's last two digits)"""
    return 17 if n in s.get("outsiders", {}) else s["klass"].index(n) + 1


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def write(path, text, enc="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=enc, newline="") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", page=""):
    return ('<html><head><meta charset="utf-8"><style>%sbody{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, font, size, body))


PB = '<p style="page-break-before:always"></p>'
HAND = 'style="font-family:\'AR PL UKai CN\';color:#1d2f6b;font-size:15pt"'
HANDS = 'style="font-family:\'AR PL UKai CN\';color:#1d2f6b;font-size:11pt"'
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


def hand(x, small=False):
    return '<span %s>%s</span>' % (HANDS if small else HAND, x)


def red(x):
    return '<span %s>%s</span>' % (RED, x)


def td(x, extra="", pad="2px 4px"):
    return '<td style="border:0.75pt solid #000;padding:%s"%s>%s</td>' % (pad, extra, x)


def tbl(rows, width="100%", pad="2px 4px", bold=(), align="center"):
    out = []
    for i, r in enumerate(rows):
        out.append("<tr>%s</tr>" % "".join(td(("<b>%s</b>" % x) if i in bold else x, ' align="%s"' % align, pad) for x in r))
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(out))


def day(s, k):
    return "2024年%d月%d日" % (10 + (s["seed"] + k) % 3, 2 + (s["seed"] * 5 + k * 3) % 26)


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 要点全", "√ 清楚", "√ 9分", "√ 10分", "√ 思路对"])


# ---------------------------------------------------------------- the form

def form_html(s, c):
    t = s["teachers"]
    sch = SCHOOLS[s["seed"] // 10]["name"]
    trs = [["序号", "姓名", "出生年月", "职称/职业技能等级", "企业工作经历或相关资质", "是否获得一体化教师培训证书"]]
    for i, n in enumerate(t):
        trs.append([str(i + 1), n, "19%d年%d月" % (72 + (i * 7 + s["seed"]) % 20, 1 + (i * 5 + s["seed"]) % 12),
                    TITLES[(i + s["seed"]) % 5], ["企业工作5年", "合作企业技术骨干", "省级技能大师工作室成员"][i % 3], "是" if i < 2 else "否"])

    def row(a, b, c2=None, d=None):
        if c2 is None:
            return "<tr>%s%s</tr>" % (td(a), td(b, ' colspan="3"'))
        return "<tr>%s%s%s%s</tr>" % (td(a), td(b), td(c2), td(d))
    kv = [row("课堂负责人", t[0]), row("负责人所在单位", sch), row("专业名称", c["major"]), row("专业代码", c["code"]),
          row("授课课程名称", c["course"], "总学时", str(c["hours"] * 8)), row("授课学习任务名称", c["task"], "学时", str(c["hours"])),
          row("培养层级", "☑中级工　□高级工　□技师（预备技师）")]
    if s["form_count"] is None:
        kv.append(row("授课年级", "2023级", "授课班级", s["cls"]))
    else:
        kv.append(row("授课年级", "2023级", "授课班级", s["cls"]))
        kv.append(row("班级人数", s["form_count"], "工位数", str(c["seats"])))
    kv.append(row("授课实训室或学习工作站名称", c["station"]) if s["form_count"] is not None else
              row("授课实训室或学习工作站名称", c["station"], "工位数", str(c["seats"])))
    kv.append(row("主要教材", "□出版教材　☑校本教材　□其他"))
    kv = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(kv)
    if s["form_count"] is None:
        effect = ("授课班级%s全班共%d名学生，其中女生35名，全部完成了学习任务，产出切片样品、批生产记录等成果。"
                  "学生在真实的饮片生产情境中掌握了趁鲜切片和低温干燥的工艺要点，质量意识明显增强。"
                  % (s["cls"], s["form_size"]))
    else:
        effect = "学生全部完成了学习任务并提交了成果，成果质量达到合作企业的验收要求，学生的职业素养和规范意识明显提升。"
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>专业名称：{major}</p><p>专业编码：{code}</p><p>课程名称：{course}</p><p>学习任务：{task}</p>
<p>课堂负责人：{lead}</p><p>联系电话：0{tel}</p><p>申报单位：{school}</p><p>填报日期：2025年2月{d}日</p>
<p style="page-break-before:always"></p>
<h3>一、基本信息</h3>{kv}
<h3>二、授课教师信息</h3>{tm}
<p>团队成员职责分工情况及主要工作成果：{lead}负责课堂整体设计和组织实施，其余成员分别负责工作页开发、实训指导和企业对接。</p>
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、资源与环境</h3><p>学习工作站按企业真实工作环境布置，配有学习工作页、微课、操作视频和企业作业规范。</p>
<h3>五、考核评价</h3><p>考核评价由过程考核和结果考核组成，学生自评、小组互评和教师评价相结合，企业人员参与成果验收。</p>
<h3>六、组织实施</h3><p>课堂按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织：学生明确任务要求后分组制定工作计划，经教师审核决策后实施，教师在过程中检查质量与安全，任务完成后展示成果、自评互评并由企业人员点评。</p>
<h3>七、学习成效</h3><p>{effect}</p>
<h3>八、创新与特色</h3><p>任务取自浙江省合作企业的真实工作，校企双导师共同指导。</p>
<h3>九、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        major=c["major"], code=c["code"], course=c["course"], task=c["task"], lead=t[0], tel="57%d-8%07d" % (4 + s["seed"] % 5, s["seed"] * 7919 % 1000000),
        school=sch, d=5 + s["seed"] % 19, kv=kv, tm=tbl(trs), situation=c["situation"], effect=effect)
    return html(body, font="Noto Sans CJK SC")


SHORT = {
    1: "{school}\n{course}课程标准（校本转化）\n一、课程定位\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合浙江省合作企业的岗位要求进行校本转化。\n二、学习任务\n其中“{task}”为{hours}学时。\n三、考核评价\n过程考核与结果考核相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务来源\n{situation}\n二、工作过程\n明确任务、计划决策、实施、检查、评价。",
    3: "{school}\n{task}　教学活动策划\n活动一 接受任务\n活动二 制定计划\n活动三 实施作业\n活动四 检查验收与评价",
    4: "{school}\n{course}教学进度计划\n本学习任务共{hours}学时\n第1周 接受任务、收集信息\n第2周 制定并审定计划\n第3周 分组实施\n第4周 检查验收与评价",
    5: "{school}\n{task}教学活动方案\n第1学时 情境导入、明确任务\n第2—4学时 引导问题学习\n其余学时 分组实施、巡回指导、成果展示与评价",
    6: "{school}\n学习任务资源及清单\n学习工作页、企业作业规范、微课视频、{station}设备与耗材清单。",
    7: "{school}\n{station}图文说明\n工作站设集中教学区、分组工作区、资料查阅区和成果展示区，共{seats}个工位。",
    9: "{school}\n{task}考核方案\n考核分过程考核和结果考核，成绩记入学习任务考核记录表。\n{scheme}",
}


def scheme(s, c):
    if s["f10"] == "note_maxima":
        return "理论考核30分（笔试），实操考核70分（现场出品评分），满分100分。"
    if s["f10"] == "grades_typed":
        return "角色制作、场景搭建按优、良、中评定等级，拍摄与合成按百分制评分，总评由指导教师综合评定。"
    return "评分项目：" + "、".join("%s%d分" % p for p in c["parts"]) + "。"


# ------------------------------------------------------------------ item 8

def item8(s, c, names):
    f, t = s["f8"], s["teachers"]
    rng = random.Random(s["seed"] * 8)
    if f == "drawn_group":   # drawn page, the name line handwritten
        lines = []
        for i, n in enumerate(names):
            if i:
                lines.append("----")
            lines += ["%s　学习工作页" % c["task"], "> 组别：第3组　　姓名：%s" % n, "指导教师：%s　　日期：%s" % (t[0], day(s, i)),
                      "", "【工作情境】", c["situation"], ""]
            for qi, (q, a) in enumerate(c["qs"]):
                lines += [q, "> " + a[(i + qi) % 3], "! " + mark(rng), ""]
            lines += ["! 评阅：%s　%s" % (t[0], day(s, i + 1))]
        return "08.txt", "\n".join(lines) + "\n", "x-scan:250:1"
    pages = []
    three = s["students"]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        sid = sid_of(s, n)
        H = hand(n)
        extra = ""
        if f == "apprentice_group":
            head = ('<h3 style="text-align:center">%s　学习工作页</h3><p>学徒：%s　　学号：%s　　班级：%s</p>'
                    '<p>企业师傅：%s　　学校导师：%s　　日期：%s</p>' % (c["task"], H, hand(sid), cl, t[1], t[0], day(s, i)))
            group = [three[0], three[1], three[2], s["extra_class"][1]]
            head += "<p>小组分工：</p>" + tbl([["组长", "记录员", "操作员", "安全员"], [hand(x) for x in group]], width="70%")
        elif f == "stove":
            head = ('<h3 style="text-align:center">%s　实训工作页</h3><p>灶位：%d号灶　　姓名：%s　　学号：%s</p>'
                    '<p>厨师长（指导教师）：%s　　日期：%s</p>' % (c["task"], 3 + i, H, hand(sid), t[0], day(s, i)))
            head += "<p>原料准备单：</p>" + tbl([["原料", "用量", "加工要求"], ["大黄鱼", hand("1条 约600克", True), hand("绞出内脏，保持完整", True)],
                                             ["雪菜", hand("100克", True), hand("切末，挤干", True)], ["熟猪油", hand("50克", True), hand("煎鱼用", True)]], width="80%")
        elif f == "pair":
            partner = three[(three.index(n) + 1) % 3]
            head = ('<h3 style="text-align:center">%s　学习工作页</h3><p>主修学员：%s　　辅修学员：%s　　工位：%d号举升机</p>'
                    '<p>班级：%s　　指导教师：%s　　派工日期：%s</p>' % (c["task"], H, hand(partner), 2 + i, cl, t[0], day(s, i)))
        elif f == "pledge":
            head = ('<h3 style="text-align:center">实训安全与诚信承诺</h3><p>本人<u>　%s　</u>（班级<u>　%s　</u>）已认真阅读跨境电商'
                    '实训室管理规定，承诺在实训中遵守平台规则，不刊登侵权商品，不抄袭他人作品，独立完成学习任务。</p>'
                    '<p style="text-align:right">承诺人（签名）：%s　　%s</p><p>&nbsp;</p>'
                    '<h3 style="text-align:center">%s　学习工作页</h3><p>指导教师：%s</p>'
                    % (H, hand(cl, True), H, day(s, i), c["task"], t[0]))
        elif f == "nocolon":
            head = ('<h3 style="text-align:center">%s　学习工作页</h3><p>班级 %s　　组别 第2组　　姓名 %s　　日期 %s</p>'
                    '<p>指导教师 %s</p>' % (c["task"], cl, H, hand(day(s, i), True), t[0]))
        elif f == "operator":
            head = ('<h3 style="text-align:center">%s　学习工作页</h3><p>操作者：%s　　学号：%s　　机床：CK6140-%02d号</p>'
                    '<p>检验员：%s　　日期：%s</p>' % (c["task"], H, hand(sid), 5 + i, t[0], day(s, i)))
            extra = "<p>尺寸检测记录：</p>" + tbl([["检测项目", "图纸要求", "实测", "结论"],
                                             ["外螺纹", "M48×1.5", hand("环规通过", True), hand("合格", True)],
                                             ["外圆", "φ52 0/-0.03", hand("51.98", True), hand("合格", True)],
                                             ["总长", "28±0.05", hand("28.02", True), hand("合格", True)]], width="80%")
        elif f == "carer":
            client = s["clients"][i]
            age = [82, 79, 86][i]
            head = ('<h3 style="text-align:center">%s　学习工作页</h3><p>照护员：%s　　班级：%s　　学号：%s</p>'
                    '<p>服务对象：%s（%d岁，独居）　　带教老师：%s</p>' % (c["task"], H, cl, hand(sid), client, age, t[0]))
            extra = "<p>跌倒风险评估记录：</p>" + tbl([["评估项目", "结果"], ["近一年跌倒史", hand("有，1次", True)],
                                                ["行走是否需要辅助", hand("需要拐杖", True)], ["卫生间有无扶手", hand("无", True)],
                                                ["夜间照明", hand("不足", True)]], width="70%")
        else:
            raise SystemExit(f)
        body = head + "<p><b>【工作情境】</b>%s</p>" % c["situation"]
        for qi, (q, a) in enumerate(c["qs"]):
            body += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p>' % (q, HAND, a[(i + qi) % 3], RED, mark(rng))
        body += extra
        if f == "apprentice_group":
            body += '<p>师傅评价：%s　　导师签名：%s</p>' % (red(["优", "良", "良"][i % 3]), red(t[0]))
        else:
            body += '<p>教师评价：%s　　评阅人：%s</p>' % (red(["优", "良", "良", "中"][i % 4]), t[0])
        pages.append(body)
    meth = {"apprentice_group": "x-scanpdf:250:showthrough", "stove": "x-scanpdf:200:color", "pair": "x-scanpdf:200:mono",
            "pledge": "x-scanpdf:200:color", "nocolon": "x-scanpdf:200", "operator": "x-scanpdf:250:showthrough",
            "carer": "x-scanpdf:250"}[f]
    return "08.html", html(PB.join(pages)), meth


# ------------------------------------------------------------------ item 10

def resolve_notes(s, rec):
    """notes keyed by name, or by "@k" (the k-th record, moved on past a name
    that has a note already, is one of the three or a namesake)"""
    out = {}
    keep = set(s["students"]) | {s.get("namesake")}
    for k, v in s.get("notes", {}).items():
        if k.startswith("@"):
            i = int(k[1:])
            while rec[i] in out or rec[i] in keep or rec[i] in s.get("notes", {}):
                i += 1
            k = rec[i]
        out[k] = v
    s["notes_resolved"] = out


def make_scores(s, rng, n, parts):
    vals = [int(round(m * rng.uniform(0.6, 0.96))) for _, m in parts]
    kind = s.get("bad", {}).get(n)
    total = sum(vals)
    if kind == "over":       # 理论 22, 实操 76 > 70, 总分 98 = the sum
        vals, total = [22, 76], 98
    elif kind == "sum":      # 17 + 31 + 25 = 73, written 83
        vals, total = [17, 31, 25], 83
    elif kind == "over6s":   # 6S管理 12 > 10, the sum right
        vals = [16, 24, 31, 12]
        total = sum(vals)
    return vals, total


def spaced(n):
    return n[0] + "　" + n[1] if len(n) == 2 else n


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    parts = c["parts"]
    notes = s["notes_resolved"]
    rows = []
    for k, (n, ki) in enumerate(zip(rec, s["rec_idx"])):
        note = notes.get(n, "")
        if note.startswith("缺考"):
            vals, total = ["缺考"] * len(parts), "缺考"
        else:
            vals, total = make_scores(s, rng, n, parts)
        rows.append((k + 1, sid_of(s, n, ki), n, vals, total, note))
    sch = SCHOOLS[s["seed"] // 10]["name"]
    title = ('<p style="text-align:center"><b>%s学习任务考核记录表</b></p><p>学校：%s　　课程：%s</p><p>学习任务：%s　　班级：%s　　考核时间：%s</p>'
             % (c["course"], sch, c["course"], c["task"], s["cls"], day(s, 11)))
    sign = "<p>考核教师：%s　　%s　　　审核：%s</p>" % (t[0], "、".join(t[1:]), t[-1])
    pad = "0px 3px"
    pm = ["%s(%d)" % p for p in parts]
    if f == "sign_column":
        tr = [["序号", "学号", "姓名"] + pm + ["总分", "学生签名"]]
        tr += [[str(k), sid, n] + [str(x) for x in v] + [str(tot), hand(n, True)] for k, sid, n, v, tot, _ in rows]
        foot = "<p>应考%d人，实考%d人。　　成绩经学生本人签名确认。</p>" % (len(rows), len(rows))
        return "10.html", html(title + tbl(tr, pad=pad) + foot + sign, "9pt"), "x-scanpdf:200"
    if f == "note_maxima":
        tr = [["序号", "学号", "姓名", "理论", "实操", "总分"]]
        tr += [[str(k), sid, n] + [str(x) for x in v] + [str(tot)] for k, sid, n, v, tot, _ in rows]
        note = "<p>注：理论30分，实操70分，总分100分。</p>"
        return "10.html", html(title + tbl(tr, pad=pad) + note + sign, "9.5pt"), "x-scanpdf:250"
    if f == "three_up":
        per = (len(rows) + 2) // 3
        tr = [["序号", "姓名", "成绩"] * 3]
        for r in range(per):
            line = []
            for b in range(3):
                k = b * per + r
                if k < len(rows):
                    line += [str(rows[k][0]), rows[k][2], str(rows[k][4])]
                else:
                    line += ["", "", ""]
            tr.append(line)
        cap = "<p>成绩＝故障诊断（40分）＋维修操作（40分）＋职业素养（20分），百分制。</p>"
        return "10.html", html(title + cap + tbl(tr, pad="2px 3px") + sign, "10pt"), "x-scanpdf:250"
    if f == "distribution":
        tr = [["序号", "学号", "姓名"] + pm + ["总分"]]
        tr += [[str(k), sid, n] + [str(x) for x in v] + [str(tot)] for k, sid, n, v, tot, _ in rows]
        tots = [r[4] for r in rows]
        bands = [("90分以上", lambda x: x >= 90), ("80～89分", lambda x: 80 <= x < 90), ("70～79分", lambda x: 70 <= x < 80),
                 ("60～69分", lambda x: 60 <= x < 70), ("60分以下", lambda x: x < 60)]
        dist = tbl([["分数段"] + [b for b, _ in bands], ["人数"] + [str(sum(1 for x in tots if fn(x))) for _, fn in bands]], width="80%", pad=pad)
        stat = "<p>平均分：%.1f　　及格率：%d%%　　优秀率：%d%%</p>" % (sum(tots) / len(tots), round(100 * sum(1 for x in tots if x >= 60) / len(tots)),
                                                          round(100 * sum(1 for x in tots if x >= 90) / len(tots)))
        return "10.html", html(title + tbl(tr, pad=pad) + "<p>成绩分布：</p>" + dist + stat + sign, "9pt"), "x-scanpdf:200:color"
    if f == "grader_column":
        tr = [["序号", "学号", "姓名"] + pm + ["总分", "评分教师"]]
        half = (len(rows) + 1) // 2
        tr += [[str(k), sid, n] + [str(x) for x in v] + [str(tot), t[0] if k <= half else t[1]] for k, sid, n, v, tot, _ in rows]
        return "10.html", html(title + tbl(tr, pad=pad) + sign, "9pt"), "x-scanpdf:250:q40"
    if f == "grades_typed":
        tr = [["序号", "学号", "姓名", "角色制作", "场景搭建", "拍摄与合成", "总评"]]
        gv = {"优": 95, "良": 85, "中": 75}
        for k, sid, n, v, tot, _ in rows:
            g1, g2 = rng.choice("优良良中"), rng.choice("优良良中")
            shoot = int(round(rng.uniform(62, 96)))
            total = int(round(0.3 * gv[g1] + 0.3 * gv[g2] + 0.4 * shoot))
            tr.append([str(k), sid, n, g1, g2, str(shoot), str(total)])
        note = "<p>注：角色制作、场景搭建为过程评价（等级制），拍摄与合成为百分制，总评由指导教师综合评定。</p>"
        return "10.html", html(title + tbl(tr, pad=pad) + note + sign, "9.5pt"), "pdf"
    if f == "spaced_names":
        tr = [["序号", "学号", "姓名"] + pm + ["总分"]]
        tr += [[str(k), sid, spaced(n)] + [str(x) for x in v] + [str(tot)] for k, sid, n, v, tot, _ in rows]
        return "10.html", html(title + tbl(tr, pad=pad) + sign, "9.5pt"), "x-scanpdf:200:q40"
    if f == "absent_foot":
        tr = [["序号", "学号", "姓名"] + pm + ["总分", "职业素养", "备注"]]
        n_ok = 0
        for k, sid, n, v, tot, note in rows:
            if tot == "缺考":
                g = "—"
            else:
                n_ok += 1
                g = "优" if tot >= 88 else "良" if tot >= 75 else "中"
            tr.append([str(k), sid, n] + [str(x) for x in v] + [str(tot), g, note])
        foot = "<p>应考%d人，实考%d人，缺考%d人。职业素养按优、良、中评定，不计入总分。</p>" % (len(rows), n_ok, len(rows) - n_ok)
        return "10.html", html(title + tbl(tr, pad=pad) + foot + sign, "9pt"), "x-scanpdf:200:color"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names):
    f, t = s["f11"], s["teachers"]
    sch = SCHOOLS[s["seed"] // 10]["name"]
    if f == "toc_typed":
        toc, pages, pg = [], [], 2
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                toc.append("<p>%d.%d　%s（%s）……………………………………%d</p>" % (i + 1, j + 1, title, n, pg))
                pages.append("<h3>%d.%d　%s</h3><p>完成人：%s　　班级：%s</p><p>%s</p><p>学校导师：%s　　企业师傅：%s</p>"
                             % (i + 1, j + 1, title, n, s["cls"], desc, t[0], t[1]))
                pg += 1
        cover = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><h3>目　录</h3>%s'
                 % (c["task"], sch, s["cls"], "".join(toc)))
        return "11.html", html(PB.join([cover] + pages)), "pdf"
    if f == "dish_scan":
        parts = []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>成果%d　%s</h3><p>出品人：%s　　班级：%s　　出品时间：%s</p><p>%s</p>'
                             '<table style="border-collapse:collapse" width="60%%"><tr><td bgcolor="#9a8f7a" height="160" '
                             'style="border:0.75pt solid #000">&nbsp;</td></tr></table><p>厨师长点评：%s　　%s</p>'
                             % (i * 2 + j + 1, title, hand(n), s["cls"], day(s, 30 + i), desc, red("汤色乳白，口味咸鲜"), t[0]))
        head = '<h2 style="text-align:center">%s　学习成果汇编</h2><p style="text-align:center">%s　%s</p>' % (c["task"], sch, s["cls"])
        return "11.html", html(head + PB.join(parts)), "x-scanpdf:200"
    if f == "collage":
        colors = ["#7d8a6a", "#8c6f5a", "#5f7385", "#a08a62", "#6e6a80", "#7a5c5c", "#5d7d6e", "#8a7d5a"]
        cells = []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                cells.append((title, n, colors[len(cells) % len(colors)]))
        pages = []
        for p in range(0, len(cells), 4):
            rows = ""
            for r in range(p, min(p + 4, len(cells)), 2):
                photo, cap = "", ""
                for k, (title, n, col) in enumerate(cells[r:r + 2]):
                    stamp = "2024/11/%02d %02d:%02d" % (4 + (r + k) // 2, 9 + (r + k) % 5, (17 * (r + k + 3)) % 60)
                    photo += ('<td bgcolor="%s" height="210" width="50%%" align="right" valign="bottom" style="border:1pt solid #444">'
                              '<font color="#f3e3b5" size="2">%s</font></td>' % (col, stamp))
                    cap += '<td align="center" style="padding:2px 4px 12px 4px">作品：%s　作者：%s</td>' % (title, n)
                rows += "<tr>%s</tr><tr>%s</tr>" % (photo, cap)
            head = ('<h2 style="text-align:center">学习成果展示</h2><p style="text-align:center">%s　%s　%s</p>' % (sch, s["cls"], c["task"])
                    if p == 0 else "")
            pages.append(head + '<table style="border-collapse:separate" cellspacing="10" width="100%%">%s</table>' % rows)
        foot = "<p>指导教师：%s、%s</p>" % (t[0], t[1])
        return "11.html", html(PB.join(pages) + foot), "x-scanpdf:200:color"
    if f == "inspect_mono":
        parts = []
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3><p>加工者：%s　　班级：%s</p><p>%s</p>' % (title, hand(n), s["cls"], desc) +
                             tbl([["检测项目", "结果"], ["外螺纹M48×1.5", hand("合格", True)], ["表面粗糙度Ra1.6", hand("合格", True)]], width="60%") +
                             "<p>检验：%s</p>" % t[0])
        head = '<h2 style="text-align:center">%s　学习成果汇编</h2>' % c["task"]
        return "11.html", html(head + PB.join(parts)), "x-scanpdf:200:mono"
    if f == "label_typed":
        parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>' % (c["task"], sch, s["cls"])]
        for i, n in enumerate(names):
            parts.append("<h3>样品%d</h3>" % (i + 1) + tbl([["品名", "浙贝片", "规格", "厚片"],
                                                           ["批号", "ZB2410-%02d" % (i + 3), "加工日期", day(s, 40 + i)],
                                                           ["加工人", n, "检验人", t[1]]], width="80%") +
                         "<p>%s</p><p>%s</p>" % (c["outputs"][0][1], c["outputs"][1][1]))
        return "11.html", html(PB.join(parts)), "pdf"
    if f == "cover_scribe":
        parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>'
                 '<p style="text-align:center">项目组成员：%s</p><p style="text-align:center">指导教师：%s</p>'
                 % (c["task"], sch, s["cls"], "、".join(names), "、".join(t))]
        for i, n in enumerate(names):
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append("<h3>%s（%d）</h3><p>执笔：%s</p><p>服务对象：%s</p><p>%s</p>" % (title, i + 1, n, s["clients"][i], desc))
        return "11.html", html(PB.join(parts)), "pdf"
    lab = {"report_typed": "报告人", "operator_typed": "运营"}[f]
    parts = ['<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p>' % (c["task"], sch, s["cls"])]
    for i, n in enumerate(names):
        for j, (title, desc) in enumerate(c["outputs"]):
            parts.append("<h3>%d.%d　%s</h3><p>%s：%s（%s）</p><p>%s</p><p>指导教师：%s</p>" % (i + 1, j + 1, title, lab, n, cls_of(s, n), desc, t[0]))
    return "11.html", html(PB.join(parts)), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12)
    if f == "cover_table":
        pages = []
        for i, n in enumerate(names):
            body = (tbl([["班级", "学号", "姓名"], [hand(s["cls"], True), hand(sid_of(s, n)), hand(n)]], width="70%") +
                    '<h3 style="text-align:center">课后作业：%s</h3>' % c["task"])
            for qi, (q, a) in enumerate(c["hw"]):
                body += '<p><b>%s</b></p><p %s>%s</p><p %s>%s</p>' % (q, HAND, a[(i + qi + 1) % 3], RED, mark(rng))
            body += '<p>批阅：%s　%s</p>' % (red(t[0]), day(s, 20 + i))
            pages.append(body)
        return "12.html", html(PB.join(pages)), "x-scanpdf:250"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl = cls_of(s, n)
        head = {"apprentice_hand": ["%s　课后作业" % c["course"], "> 学徒：%s　　%s" % (n, cl)],
                "photo_short_sid": ["课后作业　" + c["task"], "> 姓名：%s　　学号：%02d" % (n, seat(s, n))],
                "ukai_whole": ["%s课后作业" % c["task"], "姓名：%s　　班级：%s" % (n, cl)],
                "photo": ["课后作业（%s）" % c["task"], "> 姓名：%s　　%s" % (n, cl)],
                "no_label": ["　" * 14 + "%s　%s　%d号" % (n, cl, seat(s, n)), "课后作业　" + c["task"]],
                "ukai_hand": ["%s　课后练习" % c["course"], "班级：%s　　姓名：%s" % (cl, n)],
                "photo_sid": ["课后作业　" + c["task"], "> 姓名：%s　　学号：%s" % (n, sid_of(s, n))]}[f]
        body = head + [""]
        for qi, (q, a) in enumerate(c["hw"]):
            body += [q, "> " + a[(i + qi + 1) % 3], "! " + mark(rng), ""]
        body += ["! 批改：" + t[0] + "　" + day(s, 20 + i)]
        lines += body
    meth = {"apprentice_hand": "x-scan:250:0:showthrough", "photo_short_sid": "x-photo:200:1", "ukai_whole": "x-scan:200:3",
            "photo": "x-photo:200:0", "no_label": "x-scan:200:4", "ukai_hand": "x-scan:200:3",
            "photo_sid": "x-photo:200:0"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ roster

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return ""
    k = s["klass"]
    if r == "gbk_csv":   # exported from a spreadsheet on Chinese Windows: GBK, CRLF, a title row
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["%s%s学生名单" % (SCHOOLS[1]["name"], s["cls"]), "", "", "", ""])
        w.writerow(["序号", "学号", "姓名", "性别", "生源地"])
        for i, n in enumerate(k):
            w.writerow([str(i + 1), sid_of(s, n), n, "男女"[(i * 3 + s["seed"]) % 7 == 0],
                        ["北仑区", "镇海区", "鄞州区", "慈溪市", "余姚市", "宁海县", "象山县"][i % 7]])
        fname = "%s学生名单.csv" % s["cls"]
        with open(os.path.join(d, "roster_gbk.csv"), "w", encoding="gbk", newline="") as f:
            f.write(buf.getvalue())
        man.append("roster_gbk.csv\t%s\tcopy\troster\t0" % fname)
        return fname
    if r == "pdf":
        tr = [["序号", "学号", "姓名", "性别", "家庭住址"]]
        for i, n in enumerate(k):
            tr.append([str(i + 1), sid_of(s, n), n, "男", ["鹿城区", "瓯海区", "龙湾区", "瑞安市", "乐清市", "永嘉县"][i % 6]])
        body = ('<h3 style="text-align:center">%s%s学生名单</h3>' % (SCHOOLS[2]["name"], s["cls"]) + tbl(tr, pad="1px 4px") +
                "<p>班主任：%s　　制表日期：2024年9月2日</p>" % s["teachers"][1])
        write(os.path.join(d, "roster.html"), html(body, "10pt", font="Noto Sans CJK SC"))
        fname = "%s学生名单.pdf" % s["cls"]
        man.append("roster.html\t%s\tpdf\troster\t0" % fname)
        return fname
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["学号", "姓名", "性别", "民族", "联系电话"])
    for i, n in enumerate(k):
        w.writerow([sid_of(s, n, i), n, "女" if (i * 5 + 1) % 9 else "男", "汉族" if i % 13 else "畲族", "1385790%04d" % (i * 37 % 10000)])
    write(os.path.join(d, "roster.csv"), buf.getvalue())
    fname = "%s花名册.xlsx" % s["cls"]
    man.append("roster.csv\t%s\txlsx\troster\t0" % fname)
    return fname


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Eleventh held-out people corpus (testdata/heldout11), same format as testdata/heldout10/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    all_teachers = [n for s in SUBS for n in s["teachers"]]
    all_clients = [n for s in SUBS for n in s.get("clients", [])]
    all_planted = [n for s in SUBS for n in s["students"] + s.get("extra_class", []) + list(s.get("outsiders", {}))]
    for n in all_teachers + all_planted + all_clients:
        if n in USED_BEFORE:
            raise SystemExit("%s stands in an earlier corpus: rename it" % n)
    per = [set(s["students"] + s.get("extra_class", [])) for s in SUBS]
    assert sum(map(len, per)) == len(set().union(*per)), "a planted name stands in two submissions"
    for s in SUBS:
        c = C[s["course"]]
        sch = SCHOOLS[s["seed"] // 10]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7177)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        others = [n for n in all_planted if n not in fixed] + all_teachers + all_clients + out
        if s.get("namesake"):
            fixed.append(s["namesake"])
        klass = draw_class(rng, s["size"], fixed, others)
        if s.get("namesake"):   # the namesake of the three at 学号 …07, the other at …29
            ns = s["namesake"]
            rest = [n for n in klass if n != ns]
            rest.insert(6, ns)
            rest.insert(28, ns)
            klass = rest
        s["klass"] = klass
        s["rec_idx"] = [i for i, n in enumerate(klass) if n not in s.get("absent_from_10", [])]
        rec = [klass[i] for i in s["rec_idx"]]
        resolve_notes(s, rec)
        items = {i: s.get("items", {}).get(i, s["students"]) for i in (8, 11, 12)}
        d = os.path.join(SRC, sch["name"], s["sub"])
        write(os.path.join(SRC, sch["name"], "pack"), sch["pack"] + "\n")
        man = ["# source\tfile name\tmethod\tkind\titem"]
        write(os.path.join(d, "form.html"), form_html(s, c))
        fn, fm = form_name(s, c)
        man.append("form.html\t%s\t%s\tform\t0" % (fn, fm))
        for n in (1, 2, 3, 4, 5, 6, 7, 9):
            write(os.path.join(d, "%02d.txt" % n), SHORT[n].format(school=sch["name"], scheme=scheme(s, c), **c) + "\n")
            man.append("%02d.txt\t%s\tpdf\titem\t%d" % (n, file_name(s, n), n))
        meths = {}
        for n, (nm, tx, meth) in ((8, item8(s, c, items[8])), (10, item10(s, c, rec)), (11, item11(s, c, items[11])),
                                  (12, item12(s, c, items[12]))):
            write(os.path.join(d, nm), tx)
            man.append("%s\t%s\t%s\titem\t%d" % (nm, file_name(s, n), meth, n))
            meths[n] = meth
        rname = roster(s, d, man)
        write(os.path.join(d, "manifest.tsv"), "\n".join(man) + "\n")
        subid = "%s/%s" % (sch["name"], s["sub"])
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
        if s["form_count"] is None:
            fct = "no 班级人数 cell; section 七: 授课班级%s全班共%d名学生，其中女生35名" % (s["cls"], s["form_size"])
        else:
            fct = "班级人数 | %s" % s["form_count"]
        truth["submissions"][subid] = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): v for k, v in items.items()},
            "class_size_on_form": s.get("form_size", s["size"]), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n, i) for i, n in enumerate(s["klass"])],
            "item10_records": rec, "roster": rname, "roster_officers": {},
            "outsiders": s.get("outsiders", {}),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": s["notes_resolved"], "teachers": s["teachers"], "others_named": s.get("clients", [])}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
