#!/usr/bin/env python3
"""Write the sources of the fifty-third held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 郴州
(Hunan), 仁怀 (Guizhou, 遵义) and 密云 (Beijing, 密云区).

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
# every earlier truth file (heldout54 is written at the same time by another hand and is not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 53)] + ["othertools"]

# surnames weighted roughly as in real classes of the region (the first ones common, the last ones rare):
# 郴州 (李 刘 陈 黄 曹 邓 雷 首 …, compound 欧阳), 仁怀 (王 张 罗 穆 袁 敖, the rare 母), 密云 (王 李 张 刘 赵 …, Manchu 关)
SURNAMES = {
    "cz": list("李李李刘刘刘陈陈黄黄曹曹邓邓罗罗周谢何雷彭王张廖唐首") + ["欧阳"],
    "rh": list("王王王张张李李刘刘陈陈罗罗穆袁袁冯吴杨杨敖赵母"),
    "my": list("王王王李李李张张张刘刘赵赵杨孙高郭马于史徐") + ["关"],
}
# given names: a new list of the ordinary names of pupils born around 2008
GIVEN2 = ("子涵 浩然 梓萱 俊熙 欣怡 宇轩 思远 雨萌 博文 嘉怡 铭泽 佳琪 昊天 可馨 俊杰 诗琪 晨阳 心怡 子豪 语桐 "
          "天佑 若曦 泽宇 雅婷 文轩 安琪 志鹏 梦瑶 家乐 紫琳 一鸣 欣妍 子睿 婉清 锦程 书瑶 宏宇 俊豪 佳怡 "
          "雨泽 思琪 浩宇 梓涵 嘉伟 婧怡 俊宇 雅琪 鑫磊 芷晴 子轩 欣然 晓彤 明轩 嘉豪 思彤 宇航 瑞涵 诗涵").split()
GIVEN1 = list("恒悦辰琳凯娜鑫睿")


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
    for d in EARLIER:
        p = os.path.join(HERE, "..", d, "truth.json")
        if not os.path.isfile(p):
            raise SystemExit("missing %s" % p)
        with open(p, encoding="utf-8") as f:
            walk(json.load(f))
    return names, "\n".join(texts)


USED_BEFORE, EARLIER_TEXT = earlier_strings()
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


def draw_one(rng, region):
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    return rng.choice(SURNAMES[region]) + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        # no earlier name, no name of another class of this corpus, nothing one character from a class-mate or a planted name
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


C = {
 "brake": dict(major="汽车维修", code="0403", course="汽车底盘制动系统检修", task="矿区通勤客车鼓式制动器拖滞故障诊断与修复",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="郴州一家矿业公司的通勤客车每天往返矿区的山路，司机反映车辆滑行距离变短、右后轮毂发烫，下长坡后有焦糊味。车队把车送到学校合作的维修站，站长请汽修班学员接车问诊，拆检右后鼓式制动器，找出拖滞原因，更换损坏零件，调整制动间隙，路试合格后交车。",
   qs=[("1. 制动拖滞会引起哪些现象？", ["车辆滑行距离变短，轮毂发烫，严重时制动鼓冒烟、有焦糊味，油耗增加。", "滑行变短，轮毂发烫。", "有焦糊味，油耗高。"]),
       ("2. 鼓式制动器拖滞常见的原因有哪些？", ["回位弹簧疲劳或折断、制动蹄支承销锈蚀卡滞、轮缸活塞回位不良、制动间隙调得太小。", "回位弹簧坏了，间隙太小。", "轮缸活塞不回位。"])],
   hw=[("1. 怎样检查制动鼓是否失圆？", ["用内径量表在制动鼓内圆的几个方向测量，圆度误差超过规定就要镗削或更换。", "用内径量表多方向测。", "超差就镗鼓。"]),
       ("2. 山区车辆下长坡为什么要用发动机制动？", ["长时间踩制动会让制动鼓过热，摩擦系数下降，容易热衰退，挂低挡用发动机制动可以减轻制动器负担。", "防止制动器过热。", "挂低挡下坡。"])],
   outputs=[("维修工单", "右后制动蹄回位弹簧折断一根。"), ("制动间隙调整记录", "间隙调整为零点三毫米。"), ("路试检验记录", "轮毂温度正常，滑行距离恢复。")]),
 "fishnoodle": dict(major="烹饪(中式烹调)", code="0501", course="湘南地方风味小吃制作", task="栖凤渡鱼粉鱼汤熬制与出品",
   hours=14, station="中式烹调一体化学习工作站",
   situation="郴州一家老字号鱼粉店要在高铁站开新店，店主请学校烹饪班学员协助试做一批栖凤渡鱼粉。学员要按店里的配方选鱼、煎鱼、熬出红亮的鱼汤，调好辣椒油，掌握米粉烫制的火候，每人在规定时间内出品三碗，由店主和教师品评打分。",
   qs=[("1. 熬鱼汤前为什么要先把鱼煎一下？", ["鱼煎到两面金黄再加开水，汤色会变得浓白，腥味也少。", "汤色浓，腥味少。", "两面煎黄再加开水。"]),
       ("2. 烫米粉时要注意什么？", ["水要大开，米粉在漏勺里抖散，烫二十秒左右就捞起，时间长了会断。", "大火开水，烫二十秒。", "时间长了会断。"])],
   hw=[("1. 鱼粉的辣椒油为什么要分两次淋油？", ["第一次油温高，激出香味；第二次油温低，让辣椒油颜色红亮又不焦。", "一次出香，一次出色。", "防止辣椒焦。"]),
       ("2. 出品前要检查哪几项？", ["汤量、鱼块数量、葱花和辣椒油的分量，碗边要擦干净。", "分量和碗边。", "汤量和鱼块。"])],
   outputs=[("鱼粉出品卡（第一碗）", "汤色红亮，鱼块完整。"), ("鱼粉出品卡（第二碗）", "米粉软硬适中。"), ("鱼粉出品卡（第三碗）", "辣度适中，出品用时六分钟。")]),
 "lakefilm": dict(major="计算机动画制作", code="0306", course="景区宣传动画三维场景制作", task="小东江晨雾景区宣传片三维场景建模与渲染",
   hours=18, station="数字媒体一体化学习工作站",
   situation="郴州东江湖风景区要在旅游推介会上播放一段小东江晨雾的宣传动画，景区宣传科请学校动画班学员制作其中的三维场景。学员要根据实景照片搭建湖面、山体和渔船的模型，做出晨雾和水面反光的效果，设置镜头运动，渲染出十五秒的镜头，并写好分镜头脚本。",
   qs=[("1. 搭建湖面山体模型前要准备哪些参考资料？", ["实景照片、景区的地形图、不同时段的光线照片和渔船的尺寸。", "实景照片和地形图。", "渔船尺寸和光线。"]),
       ("2. 怎样做出晨雾的效果？", ["用体积雾或者大气效果，远处浓、近处淡，再配合低饱和度的冷色调灯光。", "用体积雾，远浓近淡。", "冷色调灯光。"])],
   hw=[("1. 渲染时间太长可以怎样优化？", ["减少不必要的面数，降低远处物体的贴图分辨率，先用低采样预览再正式渲染。", "减面数，低采样预览。", "远处贴图小一点。"]),
       ("2. 分镜头脚本要写哪些内容？", ["镜号、景别、镜头运动、画面内容、时长和音效。", "镜号、景别、时长。", "画面内容和音效。"])],
   outputs=[("分镜头脚本", "共六个镜头，总长十五秒。"), ("场景模型清单", "湖面、山体、渔船三组模型。"), ("渲染参数记录", "分辨率一九二〇乘一〇八〇，二十五帧。")]),
 "eucommia": dict(major="中药", code="1301", course="中药饮片炮制", task="杜仲饮片盐炙炮制与质量检查",
   hours=16, station="中药炮制一体化学习工作站",
   situation="仁怀一家中药饮片厂接到医院的订单，需要一批盐杜仲。厂里的质量部请中药班学员按炮制规范把杜仲切成块或丝，用盐水拌匀闷润，再用中火炒到表面焦黑、丝易断，做好炮制记录，按标准检查性状、水分和断丝情况，合格后包装贴签。",
   qs=[("1. 杜仲为什么要用盐水炙？", ["盐炙能引药下行，增强补肝肾的作用，而且炒后胶丝容易断，有效成分更容易煎出。", "引药下行，胶丝易断。", "有效成分易煎出。"]),
       ("2. 盐水拌润时要注意什么？", ["每一百千克杜仲用食盐二千克，盐溶于适量水中，拌匀后闷润到盐水被吸尽。", "用盐二千克，闷到吸尽。", "盐水要拌匀。"])],
   hw=[("1. 怎样判断盐杜仲炒到位了？", ["表面焦黑色，折断时胶丝弹性减弱、容易断，略有咸味。", "焦黑色，丝易断。", "略有咸味。"]),
       ("2. 饮片包装标签要写哪些内容？", ["品名、规格、产地、批号、生产日期、生产企业和执行标准。", "品名、批号、日期。", "产地和生产企业。"])],
   outputs=[("盐杜仲炮制记录", "投料五千克，用盐一百克。"), ("饮片性状检查记录", "表面焦黑，断面胶丝少。"), ("水分测定记录", "水分百分之九点二。")]),
 "bottling": dict(major="机电一体化技术", code="0127", course="自动化生产线安装与调试", task="酱香白酒灌装压盖线PLC控制系统安装与调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="仁怀一家酒厂新购了一条小瓶酱香酒的灌装压盖线，设备到厂后电气部分还没有接线调试。设备科请机电班学员读懂电气原理图，安装传感器和电磁阀，连接PLC的输入输出线路，编写送瓶、定量灌装、压盖和计数的程序，完成空瓶和带水联动调试。",
   qs=[("1. 灌装工位怎样判断瓶子已经到位？", ["用光电传感器检测瓶子，瓶子挡住光线时PLC收到到位信号，再打开灌装阀。", "光电传感器检测。", "挡光后开阀。"]),
       ("2. 定量灌装可以用哪些方法控制？", ["按时间控制灌装阀打开的时间，或者用液位传感器、流量计控制灌装量。", "时间或者液位控制。", "用流量计。"])],
   hw=[("1. 为什么调试时先做空瓶联动再带水？", ["空瓶联动先检查动作顺序和传感器信号，没问题再带水，避免漏液弄湿电气元件。", "先查动作顺序。", "避免漏液。"]),
       ("2. 急停按钮为什么要接常闭触点？", ["接常闭触点时线路断开也会停机，保证断线时设备处于安全状态。", "断线也会停机。", "保证安全。"])],
   outputs=[("PLC输入输出分配表", "输入十二点，输出八点。"), ("电气接线检查记录", "传感器接线全部正确。"), ("联动调试记录", "每分钟灌装三十瓶。")]),
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="城市轨道交通车站客运组织", task="郊区线换乘站节假日大客流组织与乘客引导",
   hours=16, station="城轨客运服务一体化学习工作站",
   situation="北京一条通往郊区景区的地铁线在节假日出现大客流，换乘站站厅和站台十分拥挤。运营公司的带班站长请轨道班学员在实训站里模拟节假日客流，制定三级客流控制方案，设置导流栏杆和广播词，分岗位演练站厅引导、站台乘降组织和票务处理。",
   qs=[("1. 三级客流控制分别在哪里限流？", ["一级在站台，二级在站厅付费区和闸机，三级在车站出入口。", "站台、站厅、出入口。", "一级在站台。"]),
       ("2. 导流栏杆怎样摆放？", ["让进站和出站客流分开，不交叉，留出消防通道和无障碍通道。", "进出站分开。", "留出消防通道。"])],
   hw=[("1. 限流时广播词要包含哪些内容？", ["说明限流原因，请乘客排队、照顾老人和儿童，并告知预计等候时间。", "限流原因和排队。", "预计等候时间。"]),
       ("2. 站台乘客过多时站务员应怎样做？", ["立即报告车控室，在楼梯口拦截，引导乘客往站台两端疏散，必要时申请列车加开。", "报告车控室。", "引导到站台两端。"])],
   outputs=[("客流组织演练岗位卡", "站厅引导岗，负责导流栏杆区。"), ("限流广播词", "三段广播，每段不超过三十秒。"), ("演练记录", "十分钟疏散站台乘客四百人。")]),
 "fallrisk": dict(major="健康与社会照护", code="0529", course="居家老人安全照护", task="山区农村独居老人跌倒风险评估与居家环境改造指导",
   hours=14, station="居家照护一体化学习工作站",
   situation="密云山区的一个村里住着不少独居老人，冬天院子结冰，夜里起床容易摔倒。镇养老服务中心请照护班学员上门为老人做跌倒风险评估，检查院子、卫生间和卧室的环境，提出扶手、防滑垫和夜灯的改造建议，并教老人做简单的平衡练习。",
   qs=[("1. 跌倒风险评估主要看哪些方面？", ["老人的年龄、用药、视力、步态和平衡能力，还有以前有没有摔倒过。", "步态、平衡和用药。", "以前摔过没有。"]),
       ("2. 卫生间改造要注意什么？", ["马桶和淋浴旁装扶手，地面铺防滑垫，门朝外开，安装夜灯。", "装扶手，铺防滑垫。", "门朝外开。"])],
   hw=[("1. 老人夜里起床为什么容易跌倒？", ["刚起床血压低、头晕，屋里光线暗，地上的杂物看不清。", "头晕，光线暗。", "起床太快。"]),
       ("2. 教老人做平衡练习要注意什么？", ["扶着椅背或墙练习，旁边有人保护，每次时间不要太长，感到头晕就停。", "扶着椅背练，有人保护。", "头晕就停。"])],
   outputs=[("跌倒风险评估表", "评估得分十四分，属高风险。"), ("居家环境检查表", "卫生间无扶手，院子台阶无护栏。"), ("改造建议书", "建议安装扶手两处、夜灯三盏。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="郴州市东江湖技工学校", pack="dir", region="cz", course="brake", cls="汽修2401班", size=42, seed=11,
         sidp="2443040301", students=["曹俊熙", "首一鸣", "廖泽宇"], outsiders={"廖泽宇": "汽修2402班"}, out_sidp="2443040302",
         extra_class=["邓瑞涵"], bad={"邓瑞涵": "over"}, teachers=["黄志刚", "李建湘"], form_count="42人",
         f8="head_table", f10="two_row_head", f11="work_order", f12="photo_plain",
         findings=[("students.not_in_class", 8, True, "廖泽宇"), ("records.invalid_score", 10, False, "邓瑞涵")],
         comment="廖泽宇 of the parallel class 汽修2402班 (his class and 学号 on his worksheet, typed work orders and photographed "
                 "homework) is the third student of 8/11/12; item 10 (TYPED, 42 rows = form `42人`) has no record of him: "
                 "students.not_in_class. Item 10 has a two-row head (过程考核（40分）/结果考核（60分）); 邓瑞涵 has 29 under "
                 "`故障诊断(25)` (总分 the sum): records.invalid_score. Item 8: scanned 200 dpi gray with dirt on the scanner "
                 "glass (the same specks and a hair on every page). No roster"),
    dict(school="郴州市东江湖技工学校", pack="dir", region="cz", course="fishnoodle", cls="烹饪2403班", size=36, seed=12,
         sidp="2443050103", students=["欧阳锦程", "何雅婷", "谢鑫磊"], others_named=["唐桂兰"],
         teachers=["陈桂华", "邓国良"], form_count="36人",
         f8="blank_line", f10="plain_remark", f11="dish_card", f12="hand_page",
         findings=[],
         comment="clean. The shop owner 唐桂兰 (企业导师 on every worksheet, 企业品评 on every 出品卡) is not a student. "
                 "Item 10 (TYPED) 36 rows = form `36人`; a 备注 column (组长, 请假后补做). Item 11: colour-scanned 出品卡 with a "
                 "photo box, `出品人：<name>`. The compound surname 欧阳 on every item. No roster"),
    dict(school="郴州市东江湖技工学校", pack="dir", region="cz", course="lakefilm", cls="动画2302班", size=34, seed=13,
         sidp="2343030602", students=["彭诗琪", "罗嘉伟", "唐婉清"], items={11: ["彭诗琪", "罗嘉伟"]},
         teachers=["何素贞", "周卫东"], form_count="34人",
         f8="barcode_label", f10="plain_gender", f11="storyboard", f12="photo_plain2",
         findings=[("students.count", 11, False)], optional=[("students.mismatch", 11, True)],
         comment="item 11 (TYPED 分镜头脚本 etc., `制作者：<name>`) holds the work of only TWO students, 彭诗琪 and 罗嘉伟 "
                 "(唐婉清's is missing; 8 and 12 hold the three): students.count on 11; students.mismatch optional. Item 8 "
                 "(colour scan): the name stands only on a printed BARCODE LABEL (教务处 label: 姓名, 班级, 学号, bars) stuck "
                 "on at the top right. Item 10 scanned 200 dpi gray, 34 rows = form. No roster"),
    dict(school="仁怀市赤水河技工学校", pack="gbkzip", region="rh", course="eucommia", cls="中药2401班", size=40, seed=21,
         sidp="2452130101", students=["穆欣妍", "母子睿", "敖梦瑶"], extra_class=["袁思彤"], absent_from_10=["袁思彤"],
         others_named=["冯德贵"], teachers=["王德顺", "袁秀英"], form_count="40", roster="address_list", headteacher="冯晓燕",
         f8="corner_table", f10="rank_sorted", f11="processing", f12="exercise_book",
         findings=[("records.missing_student", 10, False, "袁思彤"), ("records.count_mismatch", 10, False)],
         comment="the roster (a 学生名单 with 性别, 出生年月 and 家庭住址 by 乡镇, 40) and the form (`学生人数 | 40`) hold 袁思彤; "
                 "item 10 (scanned 200 dpi gray, dirt on the scanner glass) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 10 is SORTED BY 总分 (a 名次 column; the 学号 "
                 "out of order). The supplier 冯德贵 (送货人) on the processing records is not a student"),
    dict(school="仁怀市赤水河技工学校", pack="gbkzip", region="rh", course="bottling", cls="机电2402班", size=38, seed=22,
         sidp="2452012702", students=["杨宏宇", "陈婧怡", "赵俊宇"], items={12: ["杨宏宇", "陈婧怡", "吴天佑"]},
         extra_class=["吴天佑", "刘雨泽"], bad={"刘雨泽": "low"}, teachers=["罗永军", "张明贵"], form_count="38",
         f8="footer_sign", f10="group_col", f11="io_list", f12="photo_thumb",
         findings=[("students.mismatch", 12, True), ("records.invalid_score", 10, False, "刘雨泽")],
         comment="item 12 (phone photos, the photographer's thumb on the sheet) holds the homework of 杨宏宇, 陈婧怡 and classmate "
                 "吴天佑 (with an item-10 record) instead of 赵俊宇's (items 8 and 11 hold the three): students.mismatch. "
                 "Item 10 (1-bit fax-like scan 200 dpi, a 组别 column): 刘雨泽's 总分 is 6 BELOW the sum of his parts: "
                 "records.invalid_score. Item 8: the name only in a signature line at the FOOT of the worksheet. No roster"),
    dict(school="北京市密云区白河技工学校", pack="zip", region="my", course="metro", cls="轨道2401班", size=36, seed=31,
         sidp="2411043101", students=["孙志鹏", "郭芷晴", "徐浩然"], extra_class=["史铭泽", "高书瑶"], absent_from_10=["高书瑶"],
         bad={"史铭泽": "over"}, others_named=["于建民"], teachers=["赵庆山", "高兰芝"], form_count="36人",
         f8="plain_line", f10="gender_date", f11="post_card", f12="hand_dirt",
         findings=[("records.count_mismatch", 10, False), ("records.invalid_score", 10, False, "史铭泽")],
         comment="item 10 (TYPED) lists 35; the form says `36人` (no roster): records.count_mismatch. 史铭泽 has 56 under "
                 "`实操演练(50)` (总分 the sum): records.invalid_score. Item 11: 演练岗位卡 naming the operator's 带班站长 "
                 "于建民 (not a student). Item 12: hand-written pages, colour scan with dirt on the glass"),
    dict(school="北京市密云区白河技工学校", pack="zip", region="my", course="fallrisk", cls="照护2402班", size=32, seed=32,
         sidp="2411052902", students=["关雨萌", "赵语桐", "高紫琳"], items={12: ["关雨萌", "赵语桐", "高紫琳", "孙文轩"]},
         extra_class=["孙文轩"], others_named=["刘凤芹"], teachers=["杨淑萍", "孙建国"], form_count="32人",
         f8="cover_booklet", f10="star_rating", f11="env_assess", f12="photo_thumb2",
         findings=[("students.count", 12, False)], optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, the photographer's thumb on the sheet) holds the homework of FOUR students: the three and "
                 "classmate 孙文轩 (with an item-10 record): students.count on 12; students.mismatch optional. Item 10 "
                 "(TYPED) has a 星级 column (★★★★☆) beside the numeric 总分, 32 rows = form. The old woman 刘凤芹 on the "
                 "assessment forms is not a student. No roster"),
]

PROVINCE = {1: "湖南省郴州市", 2: "贵州省遵义市仁怀市", 3: "北京市密云区"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 郴州: "成果08-工作页.pdf"
        return "成果%02d-%s.pdf" % (n, NAMES[n])
    if g == 2:   # 仁怀: "第8项 工作页.pdf"
        return "第%d项 %s.pdf" % (n, NAMES[n])
    return "%d、%s.pdf" % (n, NAMES[n])   # 密云: "8、工作页.pdf"


def form_name(s, c):
    return {1: ("工学一体化优质课堂申报书（%s）.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报书-%s-%s.pdf" % (c["major"].split("(")[0], s["cls"]), "pdf"),
            3: ("附件2-%s优质课堂申报书.docx" % s["school"], "docx")}[grp(s)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def html(body, size="10.5pt", font="Noto Serif CJK SC", compact=False, page=None):
    page = page or ("margin:1.0cm 1.5cm" if compact else "margin:1.7cm 1.7cm")
    extra = " p{margin-top:0;margin-bottom:3pt}" if compact else ""
    return ('<html><head><meta charset="utf-8"><style>@page{%s}%s body{font-family:"%s";font-size:%s}</style></head><body>\n%s\n'
            '</body></html>\n' % (page, extra, font, size, body))


PB = '<p style="page-break-before:always"></p>'
BLUE, BLACK = "#1f2a5c", "#161616"
RED = 'style="font-family:\'AR PL UKai CN\';color:#b8281d;font-size:13pt"'


def hand(x, small=False, ink=BLUE, size=None, font="AR PL UKai CN"):
    return '<span style="font-family:\'%s\';color:%s;font-size:%s">%s</span>' % (
        font, ink, size or ("13pt" if small else "15pt"), x)


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

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    P = "4px 6px"
    tm = tbl([["姓名", "职称", "承担工作"]] + [[n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"]
                                          for i, n in enumerate(t)], width="76%", pad=P, bold=(0,))
    if g == 1:   # 郴州: label/value list, 授课班级 and 班级人数 on separate rows
        rows = [("专业名称", c["major"]), ("专业编码", c["code"]), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("课堂负责人", t[0]), ("授课班级", s["cls"]), ("班级人数", s["form_count"]), ("学时", "%d" % c["hours"])]
        info = tbl([[("<b>%s</b>" % a, ' width="26%"'), (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    elif g == 2:   # 仁怀: four columns; 学生人数 a bare number
        rows = [[("专业名称", c["major"]), ("专业编码", c["code"])], [("课程名称", c["course"]), ("学时", "%d" % c["hours"])],
                [("授课班级", s["cls"]), ("学生人数", s["form_count"])], [("学习任务", c["task"]), ("课堂负责人", t[0])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="16%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    else:   # 密云: 授课对象 = class and count in one cell
        rows = [("专业名称", "%s（专业编码%s）" % (c["major"], c["code"])), ("课程名称", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s（%s）" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("教学场地", c["station"])]
        info = tbl([[("<b>%s</b>" % a, ' width="24%"'), (b, ' align="left"')] for a, b in rows], width="96%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报学校（公章）：{school}</p><p>课堂负责人：{lead}　　　填表时间：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、教学团队</h3>{tm}
<h3>三、学习任务简介</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>教师以企业真实任务导入，学生分组明确任务要求，查阅资料后制定工作计划，经教师审核后按计划实施；实施中教师巡回指导，记录过程表现；完成后各组展示成果，按评价标准开展自评、组评和师评，最后总结反思。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}本地企业的生产和服务一线，学生按企业标准完成工作，职业素养和岗位能力得到锻炼。</p>
<h3>六、真实性承诺</h3><p>所报材料均为本校教学过程中形成的原始材料，真实可靠。</p>""".format(
        school=s["school"], lead=t[0], d=6 + s["seed"] % 17, info=info, tm=tm, situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Serif CJK SC", 2: "Noto Sans CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的工学一体化课程，依据国家课程标准，结合{prov}行业企业岗位要求进行校本转化。\n二、学习任务\n学习任务“{task}”，参考学时{hours}。\n三、评价方式\n过程评价与结果评价相结合，企业人员参与评价。",
    2: "{school}\n“{task}”学习任务分析\n一、任务情境\n{situation}\n二、工作过程要素\n工作对象、工具材料、工作方法、劳动组织、工作要求。",
    3: "{school}\n“{task}”教学活动策划表\n学习活动1　明确任务与信息收集\n学习活动2　制定工作计划\n学习活动3　任务实施与过程检查\n学习活动4　成果展示与总结评价",
    4: "{school}\n《{course}》教学进度表\n第1—2学时　任务导入\n第3—6学时　信息收集与计划制定\n第7—{hours}学时　实施、检查与评价",
    5: "{school}\n“{task}”教学活动设计方案\n环节一　情境导入（教师讲述企业任务）\n环节二　小组讨论与计划\n环节三　分组实施，教师巡回指导\n环节四　展示、评价与反思",
    6: "{school}\n学习任务资源清单\n工作页、企业作业规范、教学视频、{station}设备及耗材清单、安全操作规程。",
    7: "{school}\n{station}说明\n工作站分信息查询区、计划讨论区、实操区和成果展示区，可同时容纳四十名学生分组学习。",
    9: "{school}\n“{task}”考核方案\n过程考核占百分之四十，结果考核占百分之六十，成绩记入学习任务考核记录。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 9", "√ 很清楚", "√ 8", "√ 完整", "√ 10", "√ 可以"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 7) % 26)


def answers(c, rng, i, ink=BLUE, font="AR PL UKai CN"):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink, font=font), RED, mark(rng))
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
    pages, ovl = [], []
    title = '<h3 style="text-align:center">%s<br/>学习工作页</h3>' % c["task"]
    sit = "<p><b>一、任务情境</b></p><p>%s</p><p><b>二、引导问题</b></p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>评阅意见：<span %s>%s</span>　　评阅教师：%s</p>' % (RED, ["合格", "思路清楚", "良好", "继续努力"][i % 4], t[i % 2])
        if f == "head_table":   # a bordered head row 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True, size="11pt"), "组别", hand("第%d组" % (i + 2), True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿; the shop owner as 企业导师
            head = '<p>姓名：＿%s＿　班级：＿%s＿　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = (title + head + '<p>合作企业：栖凤渡鱼粉老店　　企业导师：%s　　实训日期：%s</p>' % (s["others_named"][0], day(s, i))
                    + sit + answers(c, rng, i) + comment)
        elif f == "barcode_label":   # the name only on a printed barcode label
            body = ('<table width="100%%"><tr><td width="58%%">%s　%s</td><td align="right" style="border:0.75pt dashed #888;height:70px;'
                    'font-size:8pt;color:#888">（条码标签粘贴处）</td></tr></table><p>&nbsp;</p>' % (s["school"], day(s, i))) + title + sit + answers(c, rng, i, BLACK, "LXGW WenKai") + comment
            bars = "".join(rng.choice(["|", "||", "|||", " |", "| "]) for _ in range(22))
            ovl.append({"type": "sticker", "page": i + 1, "x": 0.78, "y": 0.062, "angle": [-2, 1, 3][i % 3], "size": 8,
                        "fill": "#ffffff", "edge": "#bdbdbd",
                        "lines": ["教务处 作业条码", "%s　%s" % (n, cl), bars, sid]})
        elif f == "corner_table":   # a small 学号 | 姓名 | 班级 table at the top
            head = tbl([["学号", hand(sid, True, size="12pt"), "姓名", hand(n, True), "班级", hand(cl, True)]], width="70%", pad="3px 4px")
            body = '<p style="text-align:right">%s</p>' % s["school"] + head + title + sit + answers(c, rng, i) + comment
        elif f == "footer_sign":   # the name only in a signature line at the foot
            body = (title + '<p>班级：%s　　指导教师：%s</p>' % (cl, "、".join(t)) + sit + answers(c, rng, i) + comment +
                    '<p>&nbsp;</p><p style="border-top:0.75pt solid #000">完成人（签名）：%s　　学号：%s　　完成日期：%s</p>'
                    % (hand(n), hand(sid, True), hand(day(s, i)[5:], True)))
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿ line
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "cover_booklet":   # a cover per student, then the worksheet
            cover = ('<p style="text-align:center;font-size:14pt">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:28pt"><b>工 作 页</b></p><p style="text-align:center">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<table width="78%%" align="center">%s</table>'
                     % (s["school"], c["course"], "".join('<tr><td width="30%%" style="font-size:14pt;padding:9px">%s</td>'
                                                        '<td style="border-bottom:1pt solid #000;padding:9px">%s</td></tr>' % (a, b)
                                                        for a, b in [("学习任务", "跌倒风险评估"), ("班　　级", hand(cl)), ("姓　　名", hand(n)),
                                                                     ("学　　号", hand(sid)), ("指导教师", "、".join(t))])))
            body = cover + PB + title + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "cover_booklet" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": ovl}, ensure_ascii=False, indent=1))
    meth = {"head_table": "x-scanpdf:200:glassdirt", "blank_line": "x-scanpdf:200", "barcode_label": "x-scanpdf:200:color",
            "corner_table": "x-scanpdf:200:mono", "footer_sign": "x-scanpdf:200", "plain_line": "x-scanpdf:200:color",
            "cover_booklet": "x-scanpdf:200"}[f]
    font = {"barcode_label": "Noto Sans CJK SC", "footer_sign": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>学校：%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def level(x):
    return "优秀" if x >= 90 else "良好" if x >= 75 else "合格" if x >= 60 else "不合格"


def sex(n):
    return "女" if n[-1] in "涵萱怡萌琪馨桐曦婷琳妍清瑶涵彤悦娜晴" or n[-2:] in ("可馨", "语桐") else "男"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>任课教师：%s　　　　　专业部主任：%s</p>" % ("、".join(t), "（签字）")
    if f == "two_row_head":
        parts = [("出勤", 10), ("工单填写", 15), ("安全规范", 15), ("故障诊断", 25), ("维修作业", 25), ("竣工检验", 10)]
        h1 = ('<tr>%s%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                         td("<b>结果考核（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad),
                                         td("<b>等级</b>", ' align="center" rowspan="2"', pad)))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.96)
            if bad.get(n) == "over":
                v[3] = 29
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), level(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "pdf"
    if f == "plain_remark":
        parts = [("原料初加工", 20), ("鱼汤熬制", 30), ("米粉出品", 30), ("卫生规范", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = {3: "组长", 12: "组长", 21: "组长", 30: "组长", 17: "请假后补做"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学生学习任务考核登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_gender":
        parts = [("资料收集", 10), ("模型搭建", 30), ("材质灯光", 25), ("渲染输出", 25), ("脚本", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, sex(n)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    if f == "rank_sorted":   # sorted by 总分, a 名次 column, the 学号 out of order
        parts = [("净制切制", 20), ("盐水闷润", 20), ("炒制火候", 30), ("质量检查", 20), ("记录填写", 10)]
        rows = []
        for n in rec:
            v = part_scores(rng, parts, 0.58, 0.97)
            rows.append((sum(v), n, v))
        rows.sort(key=lambda x: (-x[0], sid_of(s, x[1])))
        out = [trow(["<b>%s</b>" % x for x in ["名次", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分"]], pad)]
        rank = 0
        for k, (tot, n, v) in enumerate(rows):
            if k == 0 or tot != rows[k - 1][0]:
                rank = k + 1
            out.append(trow([str(rank), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = (head10(s, c, "学习任务考核成绩表（按总分排序）") + table(out) +
                "<p>注：总分相同者名次并列。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:glassdirt"
    if f == "group_col":   # a 组别 column
        parts = [("识图", 15), ("安装接线", 30), ("程序编写", 30), ("联动调试", 15), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "组别", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "low" else 0)
            out.append(trow([str(k + 1), str(k // 6 + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:mono"
    if f == "gender_date":
        parts = [("方案制定", 20), ("广播与引导", 30), ("实操演练", 50)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "性别"] + ["%s(%d)" % p for p in parts] + ["总分", "考核日期"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[2] = 56
            out.append(trow([str(k + 1), sid_of(s, n), n, sex(n)] + [str(x) for x in v] + [str(sum(v)), "11月%d日" % (12 + k % 3)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "star_rating":   # a 星级 column beside the numeric 总分
        parts = [("评估操作", 40), ("环境检查", 30), ("指导沟通", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "星级评价", "评语"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            tot = sum(v)
            st = 5 if tot >= 90 else 4 if tot >= 80 else 3 if tot >= 70 else 2
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "★" * st + "☆" * (5 - st),
                             rng.choice(["沟通耐心", "操作规范", "观察细致", "需加强练习", "表达清楚"])], pad))
        body = head10(s, c, "学习任务考核评价表") + table(out) + "<p>星级：90分以上五星，80—89分四星，70—79分三星，70分以下二星。</p>" + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t)))
    parts = [head]
    meth, font = "pdf", "Noto Serif CJK SC"
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "work_order":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["车牌号", "湘L·%d%d%d7B" % (3 + i, j, 5 + i), "车型", "中型通勤客车"], ["维修人", "%s（%s）" % (n, cl), "质检员", t[j % 2]],
                                  ["项目", "标准", "实测", "结论"], ["制动蹄片厚度", "≥5 mm", "%.1f mm" % (7.2 - 0.3 * j), "合格"],
                                  ["制动间隙", "0.25—0.40 mm", "0.3%d mm" % (i + j), "合格"]], width="92%") + "<p>说明：%s</p>" % desc)
            elif f == "dish_card":   # 出品卡 with a photo box
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["出品人", n, "班级", cl], [("<div style=\"height:150px;background:#d9d9d9\">（成品照片）</div>", ' colspan="4"')],
                                  ["汤色", "红亮", "鱼块", "%d块" % (4 + j)], ["企业品评", s["others_named"][0], "教师品评", t[j % 2]]], width="86%") +
                             "<p>品评意见：%s</p>" % desc)
                meth, font = "x-scanpdf:200:color", "Noto Sans CJK SC"
            elif f == "storyboard":
                parts.append('<h3>%s</h3><p>制作者：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["镜号", "景别", "画面内容", "时长"], ["1", "远景", "晨雾中的小东江湖面", "3秒"],
                                  ["2", "中景", "渔船撒网，雾气流动", "%d秒" % (2 + j)], ["3", "近景", "水面反光", "2秒"]], width="90%") + "<p>%s</p>" % desc)
            elif f == "processing":
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["品名", "盐杜仲", "批号", "DZ2411%02d" % (i * 3 + j + 1)], ["炮制人", n, "复核人", t[j % 2]],
                                  ["药材来源", "仁怀市鲁班镇杜仲种植合作社", "送货人", s["others_named"][0]],
                                  ["投料量", "5.0 kg", "成品量", "%.2f kg" % (4.31 + 0.02 * i)]], width="92%") + "<p>结论：%s</p>" % desc)
            elif f == "io_list":
                parts.append('<h3>%s</h3><p>编程人：%s　　班级：%s　　审核：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["地址", "元件", "说明"], ["I0.0", "SB1", "启动按钮"], ["I0.%d" % (3 + j), "B%d" % (j + 1), "瓶到位光电"],
                                  ["Q0.1", "YV1", "灌装阀"]], width="70%") + "<p>%s</p>" % desc)
            elif f == "post_card":   # drill post card; the operator's 带班站长 named
                parts.append('<h3 style="text-align:center">%s</h3>' % title +
                             tbl([["学员", n, "班级", cl], ["岗位", ["站厅引导岗", "站台乘降岗", "票务岗"][j], "带班站长", s["others_named"][0]],
                                  ["演练时间", day(s, 30 + i), "指导教师", t[j % 2]]], width="90%") + "<p>岗位要点：%s</p>" % desc)
            elif f == "env_assess":
                parts.append('<h3>%s</h3>' % title + tbl([["评估员", n, "班级", cl], ["被评估老人", s["others_named"][0], "年龄", "79岁"],
                                                          ["项目", "情况", "建议", ""], ["卫生间", "无扶手", "安装扶手", ""], ["院子", "台阶结冰", "铺防滑垫", ""]],
                                                         width="90%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font=font), meth


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
            qa += [q, "> " + a[(i + qi + 2) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s" % day(s, 20 + i)[5:]]
        if f == "photo_plain":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["> 课后作业", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "photo_plain2":
            head = ["课后练习", "> %s　%s　%s" % (cl, n, sid[-2:])]
        elif f == "exercise_book":
            head = ["", "　　　　　作　业　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid[-2:], "----", "盐杜仲炮制　课后作业"]
        elif f == "photo_thumb":
            head = ["课后作业（PLC）", "> 姓名：%s　班级：%s" % (n, cl)]
        elif f == "hand_dirt":
            head = ["> 课后作业　%s" % day(s, 20 + i)[5:], "> %s　%s" % (cl, n)]
        elif f == "photo_thumb2":
            head = ["课后作业　跌倒预防", "> 姓名：%s　学号：%s" % (n, sid)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_plain": "x-photo:200:2", "hand_page": "x-scan:200:4", "photo_plain2": "x-photo:200:1",
            "exercise_book": "x-photo:200:1", "photo_thumb": "x-photo:200:2:thumb", "hand_dirt": "x-scan:200:3:color:glassdirt",
            "photo_thumb2": "x-photo:200:1:thumb"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ roster

TOWNS = ["中枢街道", "茅台镇", "鲁班街道", "长岗镇", "五马镇", "合马镇", "喜头镇", "九仓镇", "火石岗乡"]


def roster(s, d, man):
    if s.get("roster") != "address_list":
        return
    rr = random.Random(s["seed"] * 99)
    rows = [["序号", "学号", "姓名", "性别", "出生年月", "家庭住址"]]
    for j, n in enumerate(s["klass"]):
        rows.append([str(j + 1), sid_of(s, n), n, sex(n), "20%02d.%02d" % (rr.choice([7, 8, 8, 9]), rr.randint(1, 12)),
                     "仁怀市" + rr.choice(TOWNS)])
    body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s　2024年秋季学期</p>' % (s["cls"], s["school"]) +
            tbl(rows, width="92%", pad="1px 4px", bold=(0,)) +
            "<p>班主任：%s　　　　　本班共%d人（男%d人，女%d人）</p>" % (s["headteacher"], len(s["klass"]),
                                                          sum(sex(n) == "男" for n in s["klass"]), sum(sex(n) == "女" for n in s["klass"])))
    write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Serif CJK SC", compact=True))
    man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def main():
    if os.path.isdir(SRC):
        shutil.rmtree(SRC)
    truth = {"comment": "Fifty-third held-out people corpus (testdata/heldout53), the format of testdata/heldout28/truth.json. "
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
            if w in EARLIER_TEXT:
                raise SystemExit("%s was used by an earlier corpus" % w)
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
        rng = random.Random(s["seed"] * 7919 + 53)
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
        fct = {1: "班级人数 | %s" % s["form_count"], 2: "学生人数 | %s" % s["form_count"],
               3: "授课对象 | %s（%s）" % (s["cls"], s["form_count"])}[grp(s)]
        sub = {
            "comment": s["comment"], "students": s["students"], "items": {str(k): dedup(v) for k, v in items.items()},
            "class_size_on_form": int(re.search(r"\d+", s["form_count"]).group()), "form_count_text": fct,
            "class": s["klass"], "student_numbers": [sid_of(s, n) for n in s["klass"]],
            "item10_records": rec, "roster": s.get("roster", ""),
            "roster_officers": {"班主任": s["headteacher"]} if s.get("headteacher") else {},
            "roster_former_students": [],
            "outsiders": s.get("outsiders", {}),
            "others_named": s.get("others_named", []),
            "formats": {str(k): "%s (%s)" % (s["f%d" % k], meths[k]) for k in (8, 10, 11, 12)},
            "notes": {}, "corrections": {}, "teachers": s["teachers"]}
        truth["submissions"][subid] = sub
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
