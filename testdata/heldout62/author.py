#!/usr/bin/env python3
"""Write the sources of the sixty-second held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but pipeline/heldout_test.go was read; classaudit
was not run on it). Seven submissions of three invented schools in 奉贤区
(Shanghai), 灵武市 (Ningxia, under 银川) and 同仁市 (Qinghai, 黄南藏族自治州).

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
# the truth files read for names, tasks and courses to avoid (heldout61, written at the same time, was not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 61)] + ["othertools"]

# surnames by region: 奉贤 (沈 陆 顾 朱 蔡 倪 奚 …, one compound 欧阳), 灵武 (Hui and Han: 马 杨 海 拜 纳 锁 丁 …),
# 同仁 (Han and Tu families 李 韩 祁 吕 …; and Tibetan names below, which have no surname)
SURNAMES = {   # surname -> weight (the common surnames of the region far more often than the rare ones)
    "fx": dict(张=4, 王=4, 陆=3, 沈=3, 朱=3, 顾=3, 徐=3, 周=3, 陈=3, 李=3, 吴=2, 金=2, 蔡=2, 倪=2, 姚=2, 钱=2, 唐=2,
               黄=2, 施=2, 奚=0.5, 欧阳=0.3),
    "lw": dict(马=8, 王=4, 杨=4, 李=4, 张=3, 刘=3, 海=1.2, 丁=2, 田=2, 苏=1.2, 周=2, 何=2, 金=1.2, 拜=0.5, 纳=0.5, 锁=0.4, 沙=0.4),
    "tr": dict(李=3, 韩=3, 马=2, 祁=1.5, 吕=1, 张=2, 王=2, 何=1, 赵=1),
}
# Amdo Tibetan names of 黄南 (no surname): a first part and a second part, male and female
TIB_M = ("多杰 才让 更登 桑杰 完玛 华旦 索南 扎西 加羊 仁青 公保 夏吾 尖措 周先 角巴 官却".split(),
         "东智 加 才旦 当周 太 本 旦巴 项秀 多杰 扎西 尖措".split())
TIB_F = ("拉毛 卓玛 吉毛 措毛 娘毛 才让 仁青 完玛 周先 索南".split(), "吉 草 措 卓玛 才措".split())
TIB_A = sorted(set(TIB_M[0] + TIB_F[0]))
# given names: a list of ordinary names of children born about 2008
GIVEN2 = ("浩然 梓涵 欣怡 宇航 佳怡 俊杰 思远 雨萱 子豪 诗琪 晨阳 嘉怡 家乐 文轩 心怡 天佑 逸飞 可馨 昊天 梦瑶 "
          "博涛 静怡 泽楷 语桐 志鹏 晓彤 奕辰 佳琪 睿泽 若彤 婉清 振宇 梓萌 明轩 雅婷 一鸣 欣然 宏伟 思彤 晟睿 "
          "楚涵 亦航 芷若 鑫磊 安琪 立行 书瑶 海峰 子墨 俊熙 嘉乐 天翔 雨辰 佳慧 文静 志远 瑞雪 晨曦 明杰 "
          "凯丽 宇轩 佳欣 永强 丽娜 国栋 晓雯 逸凡 慧敏 鹏飞 雅琴 宏亮 梓轩 志强 思佳 "
          "子骞 思齐 铭泽 皓轩 锦程 翰林 沛然 承志 书豪 嘉懿 景行 伟祺 泓宇 弘毅 昱辰 煜程 骏驰 晋源 尚哲 铭远 浚哲 恺睿 朗清 宸宇 钰涵 沁雅 诗雨 婧琪 芮溪 璟雯 思妍 婉婷 语嫣 欣悦 沐晨 倩文 若汐 梦洁 佩瑶 紫萱 晗玥 雅楠 怡宁 琪瑶 静雯 茹雪 晓萌 悦宁 丹妮 建成 国瑞 志刚 军辉 学斌 宏博 福生 永康 德鑫 晓东 光辉 少杰 海龙 建军 文涛 建华 晓峰 金龙 玉婷 小燕 春梅 秀娟 晓丽 丽萍 艳红 红霞 小芳 晓燕 雪莲 慧琳 佳宁 梦琪 婷婷 亚楠 文慧 淑敏 晓倩 思琪 雅静 家豪 晓宇 浩东 子健 旭东 鹏程 俊宇 泽宇 浩宇 伟杰 国庆 彦博 奕帆 书恒 晟昊 昊宇 永乐 耀文 茂林 佳豪 海洋 思雨 雨欣 璐瑶 梦婷 语涵 若曦 嘉欣 佳琳 雨婷 欣妍 钰婷 诗雅 曼琳 雨晴 艺涵 佳馨 晨雪 心悦").split()
GIVEN1 = list("洋磊婷鑫琳杰")


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


def tibetan(rng):
    first, second = TIB_M if rng.random() < 0.5 else TIB_F
    while True:
        a, b = rng.choice(first), rng.choice(second)
        if a != b:
            return a + b


def draw_one(rng, region):
    if region == "tr" and rng.random() < 0.55:
        return tibetan(rng)
    g = rng.choice(GIVEN1) if rng.random() < 0.1 else rng.choice(GIVEN2)
    sw = SURNAMES[region]
    return rng.choices(list(sw), weights=list(sw.values()))[0] + g


def draw_class(rng, n, fixed, avoid, region):
    names = list(fixed)
    while len(names) < n:
        name = draw_one(rng, region)
        if name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid):
            continue
        names.append(name)
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def is_tib(n):
    return any(n.startswith(a) for a in TIB_A) and not n.startswith(tuple(SURNAMES["tr"]))


C = {
 "metro": dict(major="城市轨道交通运输与管理", code="0431", course="车站客运组织与服务", task="地铁5号线南桥新城站早高峰大客流站台疏导与乘客引导",
   hours=16, station="城轨车站客运服务一体化学习工作站",
   situation="南桥新城站是5号线南延伸段的换乘大站，工作日早高峰进站客流集中在七点到八点半，站台候车乘客常常挤到安全线外。车站值班站长请城轨班学员分析客流数据，制定早高峰限流和站台疏导方案，布置导流栏杆和引导标志，分岗位演练站台引导、广播和应急处置，并做客流组织小结。",
   qs=[("问题1 什么情况下车站要启动三级限流？", ["站台候车乘客超过站台容纳能力的七成、列车连续两趟满载离站时，先在站台限流，再在站厅和出入口分级控制。", "站台人太多、列车满载时启动。", "先站台，再站厅和出入口。"]),
       ("问题2 站台引导员站在什么位置？主要做什么？", ["站在楼扶梯口和车门对应的候车区，引导乘客分散候车、先下后上，提醒不要越过黄色安全线。", "站在楼扶梯口，引导分散候车。", "提醒先下后上，不越安全线。"])],
   hw=[("1. 导流栏杆为什么要摆成蛇形通道？", ["蛇形通道把排队乘客折叠在较小的区域里，延长排队路线，减缓进站速度，队伍也不会堵住通道。", "减缓进站速度。", "不堵通道。"]),
       ("2. 早高峰广播词要包括哪些内容？", ["提醒乘客注意安全、分散候车、先下后上，告知下一趟列车到站时间和限流措施。", "安全提醒和限流措施。", "告知列车到站时间。"])],
   outputs=[("早高峰客流组织方案", "站厅设两处蛇形通道。"), ("站台引导岗位分工表", "共设六个引导岗。"), ("限流演练总结", "演练用时十二分钟。")]),
 "poe": dict(major="计算机网络应用", code="0301", course="安防监控网络部署", task="东方美谷化妆品仓库PoE交换机与网络摄像机部署调试",
   hours=16, station="网络综合布线一体化学习工作站",
   situation="奉贤东方美谷园区一家化妆品企业新建了两层成品仓库，需要在货架通道、装卸月台和出入口安装二十四台网络摄像机。企业信息部请网络班学员勘测安装点位，计算PoE交换机的供电功率，完成交换机配置、摄像机IP规划和录像机接入，并测试画面和录像回放。",
   qs=[("问题1 选择PoE交换机时为什么要算总功率？", ["每台摄像机带红外夜视时功率会增加，所有端口的功率加起来不能超过交换机的PoE总预算，否则部分摄像机会断电重启。", "功率超了摄像机会重启。", "不能超过PoE总预算。"]),
       ("问题2 摄像机的IP地址怎样规划比较好？", ["按楼层和区域分段，每段留出余量，地址和点位编号对应，记在点位表上，方便维护。", "按楼层和区域分段。", "地址和点位编号对应。"])],
   hw=[("1. 网线超过一百米时怎么办？", ["双绞线传输距离一般不超过一百米，超过时加一台PoE延长器或改用光纤。", "加延长器或用光纤。", "不超过一百米。"]),
       ("2. 录像机硬盘容量怎样估算？", ["按每路码率乘以录像时间和路数算出总容量，再留出百分之十左右的余量。", "码率乘时间乘路数。", "留百分之十余量。"])],
   outputs=[("摄像机点位与IP规划表", "一楼十四路，二楼十路。"), ("PoE交换机配置记录", "端口一至二十四开启供电。"), ("画面与回放测试记录", "二十四路画面清晰。")]),
 "jujube": dict(major="数控加工(数控车工)", code="0106", course="轴类零件数控车削", task="灵武长枣去核机冲针推杆数控车削加工",
   hours=18, station="数控车削一体化学习工作站",
   situation="灵武长枣上市季节，一家枣制品厂的去核机冲针推杆频繁折断，设备维修组请学校数控车间加工一批推杆备件。车间主任请数控班学员读懂零件图，编制加工工艺和数控程序，在数控车床上完成细长杆的外圆、锥面和倒角车削，用跟刀架减小变形，并自检和送检。",
   qs=[("问题1 车削细长杆时为什么容易产生腰鼓形？", ["工件细长刚性差，切削力把中间顶弯，中间切得少两头切得多，车出来中间粗两头细。", "刚性差，中间被顶弯。", "中间粗两头细。"]),
       ("问题2 使用跟刀架时要注意什么？", ["跟刀架的支承爪要和工件轻轻接触，加润滑油，随刀架一起移动，支承爪磨损要及时调整。", "支承爪轻接触，加润滑油。", "磨损及时调整。"])],
   hw=[("1. 精车细长杆时切削用量怎样选？", ["切削速度适当提高，进给量和背吃刀量取小值，减小切削力。", "进给和吃刀量取小。", "减小切削力。"]),
       ("2. 推杆的锥面用什么量具检测？", ["用万能角度尺测锥角，或用锥度套规涂色检查接触面积。", "万能角度尺。", "锥度套规涂色。"])],
   outputs=[("推杆加工工艺卡", "分粗车、半精车、精车三道工序。"), ("推杆数控程序单", "精车转速一千二。"), ("推杆自检记录", "直线度零点零三。")]),
 "motor": dict(major="新能源汽车检测与维修", code="0435", course="驱动电机系统检修", task="园区纯电动通勤客车驱动电机过热限功率故障诊断与排除",
   hours=16, station="新能源汽车检修一体化学习工作站",
   situation="宁东能源化工基地的纯电动通勤客车夏季爬坡时仪表提示电机过热，车辆限功率行驶。客车公司维修车间请新能源班学员做好高压防护，读取故障码和数据流，检查电机冷却系统的水泵、散热器和冷却液，测量温度传感器，找出故障原因并修复验证。",
   qs=[("问题1 电机过热时整车控制器为什么要限功率？", ["电机温度过高会使绝缘老化、永磁体退磁，限功率可以降低电流和发热，保护电机。", "保护电机，防止退磁。", "降低电流和发热。"]),
       ("问题2 怎样判断电机温度传感器是否正常？", ["拔下插头，在不同温度下测量传感器电阻，和维修手册的温度电阻对照表比较。", "测电阻，和对照表比较。", "不同温度下测电阻。"])],
   hw=[("1. 电机冷却系统由哪些部件组成？", ["电子水泵、散热器、电子风扇、膨胀水壶、冷却管路和冷却液。", "水泵、散热器、风扇。", "膨胀水壶和管路。"]),
       ("2. 更换冷却液后为什么要排气？", ["管路里有空气会形成气阻，冷却液循环不畅，电机和控制器还会过热。", "防止气阻。", "循环不畅会过热。"])],
   outputs=[("故障诊断报告", "电子水泵插接器端子腐蚀。"), ("冷却系统检查记录", "散热器外部被柳絮堵塞。"), ("修复验证记录", "爬坡二十分钟电机温度七十二度。")]),
 "belt": dict(major="机电一体化技术", code="0127", course="输送设备电气控制装调", task="煤化工输煤皮带机跑偏检测与PLC纠偏控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="宁东一家煤化工企业的输煤皮带机经常跑偏撒煤，设备部打算加装跑偏开关和电动纠偏装置。设备部请机电班学员在实训皮带机上安装跑偏检测开关，连接纠偏电机的正反转电路，编写PLC纠偏和报警程序，完成调试，并编写调试记录和操作说明。",
   qs=[("问题1 皮带机跑偏一般有哪些原因？", ["滚筒轴线和皮带中心线不垂直、托辊安装偏斜、落料点不正、皮带接头不正。", "托辊偏斜、落料不正。", "接头不正。"]),
       ("问题2 为什么跑偏开关要分一级和二级？", ["一级跑偏时报警并启动纠偏，二级跑偏说明偏得严重，要停机，防止撕带和撒煤。", "一级报警纠偏，二级停机。", "防止撕带。"])],
   hw=[("1. 纠偏电机正反转电路为什么要互锁？", ["正转和反转接触器同时吸合会造成电源短路，互锁保证同一时间只有一个吸合。", "防止短路。", "只能一个吸合。"]),
       ("2. PLC程序里纠偏动作为什么要加延时？", ["皮带有短时摆动，延时两三秒确认跑偏再动作，避免纠偏电机频繁启动。", "避免频繁启动。", "确认跑偏再动作。"])],
   outputs=[("跑偏开关安装记录", "两侧各装一级、二级开关。"), ("PLC输入输出分配表", "输入八点，输出四点。"), ("纠偏联动调试记录", "一级跑偏三秒后纠偏。")]),
 "thangka": dict(major="计算机动画制作", code="0306", course="民族纹样动态设计", task="热贡唐卡吉祥八宝纹样二维动画片头制作",
   hours=18, station="数字动画制作一体化学习工作站",
   situation="同仁市要办一届热贡艺术节，宣传部门想用吉祥八宝纹样做一段十五秒的二维动画片头。文化公司请动画班学员到唐卡画院观察纹样，提取线稿，设计分镜和摄影表，在软件里完成纹样生长、色彩渐变和镜头运动的动画，渲染输出，并向客户汇报。",
   qs=[("问题1 提取唐卡纹样线稿时要注意什么？", ["保持纹样对称和比例，线条要闭合，便于后面上色和做生长动画，不能随意改变传统纹样的造型。", "线条闭合，保持对称。", "不改传统造型。"]),
       ("问题2 十五秒片头按每秒二十四帧要画多少帧？", ["十五乘二十四等于三百六十帧，一拍二时原画和动画共画一百八十张。", "三百六十帧。", "一拍二画一百八十张。"])],
   hw=[("1. 摄影表上要填写哪些内容？", ["镜头号、帧数、每一帧对应的画面编号、层的顺序和摄影机运动。", "镜头号、帧数、画面编号。", "层和镜头运动。"]),
       ("2. 纹样生长动画可以用什么方法做？", ["用遮罩从一端逐帧显示线条，或用路径描边动画，再逐渐填色。", "遮罩逐帧显示。", "路径描边再填色。"])],
   outputs=[("片头分镜头脚本", "共六个镜头。"), ("渲染任务记录", "输出一千九百二十乘一千零八十。"), ("客户反馈记录", "客户要求加快第三镜头。")]),
 "guesthouse": dict(major="饭店(酒店)服务", code="0504", course="民宿客房与礼宾服务", task="热贡艺术节藏式民宿客房夜床服务与迎宾献哈达",
   hours=14, station="客房服务一体化学习工作站",
   situation="热贡艺术节期间，同仁市吾屯村附近的藏式民宿住满了外地游客，民宿经理请酒店班学员协助接待：在门口按藏族礼仪为客人献哈达、敬青稞酒，整理客房，晚上为客人开夜床，补充用品，并记录客人的特殊要求。",
   qs=[("问题1 献哈达时的礼仪是怎样的？", ["双手捧着哈达，微微躬身，把哈达献到客人手上或挂在客人颈上，同时说扎西德勒。", "双手捧哈达，躬身献上。", "说扎西德勒。"]),
       ("问题2 开夜床服务包括哪些工作？", ["拉上窗帘，开床角，放好拖鞋和早餐牌，整理卫生间，补充茶包和饮用水，开床头灯。", "开床角、放拖鞋。", "补充用品，开床头灯。"])],
   hw=[("1. 高原民宿客房为什么要准备氧气袋？", ["同仁海拔两千五百米左右，有的游客会有高原反应，备氧气袋可以应急。", "预防高原反应。", "海拔高，应急用。"]),
       ("2. 客人不在房间时能不能开夜床？", ["可以，但挂了请勿打扰牌的房间不能进，要在服务记录上登记。", "请勿打扰的不能进。", "要登记。"])],
   outputs=[("夜床服务记录", "开夜床十二间。"), ("迎宾服务流程", "献哈达、敬青稞酒、引领入住。"), ("客人特殊要求登记", "三零二房需要加被。")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="上海市奉贤区南桥技工学校", pack="dir", region="fx", course="metro", cls="城轨2403班", size=36, seed=11,
         sidp="2431043103", students=["陆嘉琪", "沈昊天", "奚文轩"], others_named=["顾建华"],
         teachers=["沈卫东", "陆静文"], form_count="36名", roster="commute", headteacher="曹雪芬",
         f8="head_row", f10="two_row_head", f11="plan_typed", f12="exercise_book", findings=[],
         comment="clean. The roster is a typed 学生名单 with a 通勤方式 column (走读 / 住校 / 地铁 / 公交), 36 = form `36名` = "
                 "item-10 rows. Item 8 (scanned 200 dpi gray, dirty glass: vertical streaks): a bordered row `班级 | 姓名 | 学号 | "
                 "组别` by hand. Item 10 (TYPED) has a two-row head. Item 11 (typed) names the station's duty manager 顾建华 "
                 "as 审核 (not a student). Item 12: phone photos of an exercise-book cover and the page inside"),
    dict(school="上海市奉贤区南桥技工学校", pack="dir", region="fx", course="poe", cls="网络2402班", size=38, seed=12,
         sidp="2431030102", students=["朱予宁", "蔡欣然", "倪俊豪"], items={12: ["朱予宁", "蔡欣然", "倪俊豪", "姚辰逸"]},
         extra_class=["姚辰逸", "钱晨阳"], bad={"钱晨阳": "over"},
         teachers=["蒋国平", "施雯"], form_count="38名",
         f8="blank_line", f10="draw_exam", f11="config_typed", f12="name_line_glare",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "钱晨阳")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, flash glare on every second page) holds the homework of FOUR students: the three and "
                 "classmate 姚辰逸 (with an item-10 record): students.count on 12; students.mismatch optional. Item 10 (scanned "
                 "200 dpi gray) is a 技能考核抽题评分记录 (抽题号, 工位号, 项目一(40) 项目二(40) 职业素养(20), 总分, 考评员签名 "
                 "by hand); 钱晨阳 has 45 under 项目一(40) (总分 the sum): records.invalid_score. No roster"),
    dict(school="灵武市宁东能源技工学校", pack="gbkzip", region="lw", course="jujube", cls="数控2401班", size=40, seed=21,
         sidp="2464010601", students=["马梓轩", "拜宏亮", "锁志强"], outsiders={"锁志强": "数控2402班"}, out_sidp="2464010602",
         teachers=["马金山", "杨秀琴", "丁建国"], form_count="40人",
         f8="badge", f10="plain_remark", f11="flow_card", f12="thumb_photo",
         findings=[("students.not_in_class", 8, True, "锁志强")],
         comment="锁志强 of the parallel class 数控2402班 (his class and 学号 on his 上岗证, flow cards and homework) is the third "
                 "student of 8/11/12; item 10 (TYPED, 40 rows = form `40人`) has no record of him: students.not_in_class. "
                 "Item 8 (scanned 250 dpi gray, streaks): a copy of the student's printed 实训上岗证 (photo box, 姓名, 班级, 学号, "
                 "工位号) at the top, the name typed on the card and signed by hand at the foot. Item 11 (typed): 产品随件流转卡, "
                 "`操作者` the student, 专检 a teacher. Item 12: phone photos with a thumb holding the sheet. No roster"),
    dict(school="灵武市宁东能源技工学校", pack="gbkzip", region="lw", course="motor", cls="新能2302班", size=40, seed=22,
         sidp="2364043502", students=["海鹏举", "纳思远", "金浩宇"], extra_class=["苏雅琴"], absent_from_10=["苏雅琴"],
         teachers=["沙永福", "周惠琴"], form_count="40人", roster="nation_list", headteacher="田淑芳",
         f8="cover_page", f10="plain_grade", f11="fishbone", f12="hand_page",
         findings=[("records.missing_student", 10, False, "苏雅琴"), ("records.count_mismatch", 10, False)],
         comment="the roster (typed 学生名单 with 民族 回族/汉族 and a masked phone, 40) and the form (`班级学生人数 | 40人`) hold "
                 "苏雅琴; item 10 (scanned 200 dpi gray, dirty-glass streaks) has 39 rows and none for her: "
                 "records.missing_student and records.count_mismatch. Item 8 (colour scan): a cover page per student before the "
                 "worksheet. Item 11 (typed): a 故障诊断鱼骨图 per output with `诊断人`. Item 12: handwritten pages (UKai)"),
    dict(school="灵武市宁东能源技工学校", pack="gbkzip", region="lw", course="belt", cls="机电2401班", size=41, seed=23,
         sidp="2464012701", students=["杨启铭", "丁俊熙", "何嘉乐"], items={11: ["杨启铭", "丁俊熙", "马骁腾"]},
         extra_class=["马骁腾", "李景和"], bad={"李景和": "sum"},
         teachers=["拜学军", "刘振邦"], form_count="41人",
         f8="corner_box", f10="max_row", f11="debug_typed", f12="plain_photo",
         findings=[("students.mismatch", 11, True), ("records.invalid_score", 10, False, "李景和")],
         comment="item 11 (TYPED 调试记录, `调试人：<name>`) holds the work of 杨启铭, 丁俊熙 and classmate 马骁腾 (with an "
                 "item-10 record) instead of 何嘉乐's (items 8 and 12 hold the three): students.mismatch. Item 10 (TYPED) has a "
                 "`满分` row under the head; 李景和's 总分 is 9 above the sum of his parts: records.invalid_score. Item 8 "
                 "(scanned 200 dpi gray): a `学号 | 姓名` box at the top right. No roster"),
    dict(school="同仁市热贡技工学校", pack="zip", region="tr", course="thangka", cls="动画2402班", size=42, seed=31,
         sidp="2463030602", students=["措毛吉", "韩沛瑶", "更登加"], items={8: ["措毛吉", "韩沛瑶"]},
         extra_class=["祁明远"], absent_from_10=["祁明远"],
         teachers=["多杰太", "李存芳"], form_count="42人",
         f8="plain_line", f10="group_rows", f11="render_log", f12="xsheet",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (1-bit, fax-like 200 dpi) holds the worksheets of only TWO students, 措毛吉 and 韩沛瑶 (更登加's is "
                 "missing; 11 and 12 hold the three): students.count on 8; students.mismatch optional. Item 10 (TYPED, grouped "
                 "by 小组 with a head row per group) lists 41; the form says `动画2402班 42人`: records.count_mismatch (no "
                 "roster). Item 11 (typed): 渲染任务单, `提交人` the student. Item 12: an animation 摄影表 (exposure sheet, "
                 "name in its head) photographed with a phone, flash glare"),
    dict(school="同仁市热贡技工学校", pack="zip", region="tr", course="guesthouse", cls="酒店2401班", size=37, seed=32,
         sidp="2463050401", students=["周先草", "祁晓雯", "索南本"], extra_class=["仁青旦巴"], bad={"仁青旦巴": "short"},
         others_named=["官却卓玛"], teachers=["吕桂兰", "昂秀才旦"], form_count="37人",
         f8="room_report", f10="nation_col", f11="turndown_typed", f12="thumb_photo2",
         findings=[("records.invalid_score", 10, False, "仁青旦巴")],
         comment="item 10 (scanned 250 dpi gray, a 民族 column 藏族/汉族/土族/回族) has 37 rows = form; 仁青旦巴's 总分 is 6 BELOW "
                 "the sum of his parts: records.invalid_score. Item 8 (colour scan): a 客房做房报表 at the top of the worksheet, "
                 "the student as `服务员` by hand, the 民宿 foreman 官却卓玛 as `领班` (not a student). Tibetan names without surname "
                 "beside Han and Tu names. No roster"),
]

PROVINCE = {1: "上海市奉贤区", 2: "宁夏回族自治区银川市灵武市", 3: "青海省黄南藏族自治州同仁市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 奉贤: "08_工作页_城轨2403班.pdf"
        return "%02d_%s_%s.pdf" % (n, NAMES[n], s["cls"])
    if g == 2:   # 灵武: "（8）工作页.pdf"
        return "（%d）%s.pdf" % (n, NAMES[n])
    return "第%d项 %s.pdf" % (n, NAMES[n])   # 同仁: "第8项 工作页.pdf"


def form_name(s, c):
    return {1: ("南桥技工-优质课堂申报书-%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("申报表-%s.pdf" % c["major"].split("(")[0], "pdf"),
            3: ("%s申报书.docx" % c["task"], "docx")}[grp(s)]
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
BLUE, BLACK = "#1d2f6b", "#151515"
RED = 'style="font-family:\'AR PL UKai CN\';color:#c0251a;font-size:13pt"'


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


def hand2(x, small=False):   # a second hand (LXGW WenKai, black-blue ballpoint)
    return '<span style="font-family:\'LXGW WenKai\';color:#202a48;font-size:%s">%s</span>' % ("12.5pt" if small else "14pt", x)


# ------------------------------------------------------------------ the form

def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["姓名", "职称", "承担工作"]] + [
        [n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "一体化教学、实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    if g == 1:   # 奉贤: label/value pairs, 学生数 in 名
        rows = [[("专业", "%s（%s）" % (c["major"], c["code"])), ("课程", c["course"])],
                [("授课班级", s["cls"]), ("学生数", s["form_count"])], [("学习任务", c["task"]), ("学时", "%d" % c["hours"])]]
        info = '<table style="border-collapse:collapse" width="100%%">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join(td("<b>%s</b>" % a, ' align="center" width="15%"', P) + td(b, ' align="left"', P) for a, b in r)
            for r in rows)
    elif g == 2:   # 灵武: 班级学生人数
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("课程名称", c["course"]), ("学习任务名称", c["task"]),
                ("授课班级", s["cls"]), ("班级学生人数", s["form_count"]), ("学时", "%d" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    else:   # 同仁: 授课对象, class and size in one cell
        rows = [("所属专业", "%s　专业代码：%s" % (c["major"], c["code"])), ("课程", c["course"]), ("学习任务", c["task"]),
                ("授课对象", "%s %s" % (s["cls"], s["form_count"])), ("学时", "%d学时" % c["hours"]), ("教学场所", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="94%", pad=P)
    body = """<p>附件2</p><h2 style="text-align:center">技工院校工学一体化优质课堂申报书</h2>
<p>学校名称（公章）：{school}</p><p>项目负责人：{lead}　　　　申报时间：2025年2月{d}日</p>
<h3>一、课堂基本信息</h3>{info}
<h3>二、授课教师</h3>{tm}
<h3>三、学习任务来源与描述</h3><p>{situation}</p>
<h3>四、教学实施过程</h3><p>教师以企业真实任务导入，学生分组阅读任务单、查阅资料后制定工作计划，经教师点评修改后按计划实施；实施中教师巡回检查，对安全、规范和质量三方面及时纠偏；任务完成后各组展示成果，按评价表进行学生自评、小组互评和教师评价，并填写反思。</p>
<h3>五、特色与成效</h3><p>任务来自{prov}本地企业，学生在完成任务的过程中熟悉岗位工作流程和标准，企业参与评价，学生的动手能力和沟通合作能力明显提高。</p>
<h3>六、真实性声明</h3><p>我校保证所报材料真实，课堂实录和学生作品均为本校师生原创。</p>""".format(
        school=s["school"], lead=t[0], d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="78%"),
        situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Sans CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的工学一体化核心课程，依据国家课程标准，结合{prov}行业企业岗位要求进行校本转化。\n二、学习任务\n“{task}”，建议{hours}学时。\n三、评价方式\n过程评价占四成，结果评价占六成。",
    2: "{school}\n学习任务分析：{task}\n（一）任务描述\n{situation}\n（二）工作流程\n明确任务—制定方案—组织实施—检查评价—总结改进。",
    3: "{school}\n“{task}”教学活动策划\n学习活动1　明确任务与信息收集\n学习活动2　方案制定与审定\n学习活动3　任务实施与过程检查\n学习活动4　成果展示与总结评价",
    4: "{school}\n{course}教学进度表（共{hours}学时）\n第1周　任务导入与资料收集\n第2周　方案制定\n第3周　实施与检查\n第4周　成果展示、评价与反思",
    5: "{school}\n{task}　教学活动设计方案\n导入环节：播放企业现场视频，发布任务单\n新授环节：引导问题学习，小组讨论\n实践环节：分组实施，教师巡回指导\n评价环节：展示汇报，三方评价",
    6: "{school}\n学习任务资源清单\n工作页、企业作业指导书、操作视频、{station}设备与耗材清单、评价表。",
    7: "{school}\n{station}说明\n工作站按信息区、决策区、实操区和展评区布置，配有多媒体讲台和分组工位。",
    9: "{school}\n{task}　考核方案\n考核由过程考核和结果考核组成，采用学生自评、小组互评和教师评价，成绩登记在学习任务考核记录中。",
}


def mark(rng):
    return rng.choice(["√", "√ 好", "√ 正确", "√ 8", "√ 要点全", "√ 9", "√ 可", "√ 10", "√ 较好"])


def day(s, k):
    return "2024年%d月%d日" % (9 + (s["seed"] + k) % 4, 2 + (s["seed"] * 5 + k * 3) % 26)


def answers(c, rng, i, hf=hand):
    out = ""
    for qi, (q, a) in enumerate(c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hf(a[k]), RED, mark(rng))
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
    rng = random.Random(s["seed"] * 8 + 62)
    pages = []
    title = '<h3 style="text-align:center">%s<br/>学生工作页</h3>' % c["task"]
    sit = "<p><b>一、任务情境</b></p><p>%s</p><p><b>二、引导问题</b></p>" % c["situation"]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        comment = '<p>教师评价：<span %s>%s</span>　　教师：%s　%s</p>' % (RED, ["合格", "完成较好", "良", "书写认真"][i % 4], t[i % 2], day(s, i)[5:])
        if f == "head_row":   # a bordered row 班级 | 姓名 | 学号 | 组别
            head = tbl([["班级", hand(cl, True), "姓名", hand(n, True), "学号", hand(sid, True), "组别", hand("第%d组" % (i + 2), True)]],
                       width="100%", pad="4px 3px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：<u>　%s　</u>　班级：<u>　%s　</u>　学号：<u>　%s　</u></p>' % (hand(n), hand(cl, True), hand(sid[-2:], True))
            body = title + head + sit + answers(c, rng, i, hand2) + comment
        elif f == "badge":   # a copy of the printed 实训上岗证 at the top
            card = ('<table style="border-collapse:collapse;border:1.5pt solid #000" width="62%%"><tr>'
                    '<td rowspan="5" width="26%%" style="border:0.75pt solid #000;background:#c8c8c8" align="center">照片</td>'
                    '<td colspan="2" align="center" style="border-bottom:0.75pt solid #000"><b>%s<br/>数控实训中心 实训上岗证</b></td></tr>'
                    '<tr><td width="28%%">姓　名</td><td><b>%s</b></td></tr><tr><td>班　级</td><td>%s</td></tr>'
                    '<tr><td>学　号</td><td>%s</td></tr><tr><td>工位号</td><td>CK-%02d　有效期至2025年1月</td></tr></table>'
                    % (s["school"], n, cl, sid, 3 + 2 * i))
            body = (card + "<p>（上岗证复印件）</p>" + title + sit + answers(c, rng, i) + comment +
                    "<p>学生签名：%s</p>" % hand(n, True))
        elif f == "cover_page":   # a cover page per student, then the worksheet
            cover = ('<p>&nbsp;</p><p style="text-align:center;font-size:14pt">%s</p><p>&nbsp;</p><p>&nbsp;</p>'
                     '<p style="text-align:center;font-size:28pt"><b>一体化学习工作页</b></p><p style="text-align:center">%s</p>'
                     '<p>&nbsp;</p><p>&nbsp;</p><table width="74%%" align="center">%s</table>'
                     % (s["school"], c["course"], "".join('<tr><td width="30%%" style="font-size:14pt;padding:9px">%s</td>'
                                                         '<td style="border-bottom:1pt solid #000;padding:9px">%s</td></tr>' % (a, b)
                                                         for a, b in [("学习任务", c["task"][:10]), ("班　　级", hand(cl)),
                                                                      ("姓　　名", hand(n)), ("学　　号", hand(sid)), ("指导教师", "、".join(t))])))
            body = cover + PB + title + sit + answers(c, rng, i) + comment
        elif f == "corner_box":   # a small 学号 | 姓名 box at the top right
            box = ('<table width="100%%"><tr><td></td><td width="42%%">%s</td></tr></table>'
                   % tbl([["学号", hand(sid, True)], ["姓名", hand(n, True)]], width="100%"))
            body = box + title + '<p>班级：%s　　实训台：%d号　　%s</p>' % (cl, 4 + i, day(s, i)) + sit + answers(c, rng, i) + comment
        elif f == "plain_line":   # plain 班级＿ 学号＿ 姓名＿
            head = '<p>班级＿%s＿　学号＿%s＿　姓名＿%s＿</p>' % (hand(cl, True), hand(sid, True), hand(n))
            body = title + head + sit + answers(c, rng, i, hand2) + comment
        elif f == "room_report":   # a housekeeping room report at the top: 服务员 the student, 领班 the foreman
            rep = tbl([[("<b>客房做房报表</b>", ' colspan="6"')],
                       ["日期", hand(day(s, i)[5:], True), "楼层", "二楼", "服务员", hand(n, True)],
                       ["房号", "201", "202", "203", "205", "206"],
                       ["房态", hand("VD", True), hand("OD", True), hand("VC", True), hand("OD", True), hand("OOO", True)],
                       ["领班", hand(s["others_named"][0], True, BLACK), "查房时间", hand("%d:%02d" % (15 + i, 10 * i), True), "备注", ""]],
                      width="100%", pad="3px 4px")
            body = rep + title + '<p>班级：%s　　学号：%s</p>' % (hand(cl, True), hand(sid, True)) + sit + answers(c, rng, i) + comment
        else:
            raise SystemExit(f)
        pages.append(body)
    per = 2 if f == "cover_page" else 1
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": per * len(names), "sheets_per_student": per, "items": []}, ensure_ascii=False, indent=1))
    meth = {"head_row": "x-scanpdf:200:streak", "blank_line": "x-scanpdf:250", "badge": "x-scanpdf:250:streak",
            "cover_page": "x-scanpdf:200:color", "corner_box": "x-scanpdf:200", "plain_line": "x-scanpdf:200:mono",
            "room_report": "x-scanpdf:200:color"}[f]
    font = {"head_row": "Noto Sans CJK SC", "room_report": "Noto Sans CJK SC", "badge": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), font=font), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>学校：%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核时间：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 13)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


def grade(x):
    return "优秀" if x >= 90 else "良好" if x >= 75 else "合格" if x >= 60 else "不合格"


def nation(s, n):
    if grp(s) == 3:
        return "藏族" if is_tib(n) else ("土族" if n[0] in "祁吕" else "回族" if n[0] == "马" else "汉族")
    return "回族" if n[0] in "马海拜纳锁沙" else "汉族"


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10 + 62)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "two_row_head":
        parts = [("考勤", 10), ("工作页", 15), ("团队协作", 15), ("方案", 20), ("演练", 30), ("汇报", 10)]
        h1 = '<tr>%s%s%s%s%s%s</tr>' % (td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                       td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程评价（40分）</b>", ' align="center" colspan="3"', pad),
                                       td("<b>结果评价（60分）</b>", ' align="center" colspan="3"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad))
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "draw_exam":   # a skill test: drawn question number and work station, signed by the examiner
        parts = [("项目一", 40), ("项目二", 40), ("职业素养", 20)]
        hd = ["序号", "学号", "姓名", "抽题号", "工位号"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "考评员签名"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.97)
            if bad.get(n) == "over":
                v[0] = 45
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d号" % rng.randint(1, 6), "%02d" % (k % 12 + 1)] + [str(x) for x in v] +
                            [str(sum(v)), hand(t[k % 2], True, BLACK, "10pt")], pad))
        body = (head10(s, c, "技能考核抽题评分记录") + "<p>考核形式：学生现场抽题，按工位独立完成，两名考评员轮流评分。</p>" + table(out) + sign)
        return "10.html", html(body, "8.5pt", compact=True), "x-scanpdf:200"
    if f == "plain_remark":
        parts = [("工艺编制", 20), ("程序编制", 20), ("车削操作", 40), ("自检", 10), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            note = {3: "组长", 14: "组长", 25: "组长", 36: "组长"}.get(k, "")
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), note], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "pdf"
    if f == "plain_grade":
        parts = [("安全防护", 10), ("检测诊断", 40), ("维修操作", 30), ("报告", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), grade(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Serif CJK SC", compact=True), "x-scanpdf:200:streak"
    if f == "max_row":
        parts = [("元件安装", 20), ("电路连接", 25), ("PLC编程", 25), ("联调", 20), ("6S", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>满分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (9 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "group_rows":   # grouped by 小组: a head row per group, no group score
        parts = [("线稿", 20), ("分镜", 20), ("动画", 40), ("汇报", 20)]
        hd = ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]
        out = [trow(["<b>%s</b>" % x for x in hd], pad)]
        sizes = [7, 7, 7, 7, 7, 6]
        k = 0
        for gi, sz in enumerate(sizes):
            members = rec[k:k + sz]
            out.append('<tr><td colspan="8" style="border:0.75pt solid #000;padding:0px 6px;background:#e8e8e8">第%s小组（%s）</td></tr>'
                       % ("一二三四五六"[gi], ["八宝", "莲花", "法轮", "宝伞", "金鱼", "海螺"][gi]))
            for j, n in enumerate(members):
                v = part_scores(rng, parts)
                out.append(trow([str(k + j + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
            k += sz
        assert k == len(rec), (k, len(rec))
        body = head10(s, c, "学习任务考核记录") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "nation_col":
        parts = [("礼仪迎宾", 30), ("夜床服务", 40), ("沟通记录", 30)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "民族"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (6 if bad.get(n) == "short" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n, nation(s, n)] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:250"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl = cls_of(s, n)
        for j, (title, desc) in enumerate(c["outputs"]):
            if f == "plan_typed":   # a plan: 编制人, checked by the station's duty manager
                parts.append('<h3 style="text-align:center">%s</h3><p>编制人：%s（%s）　　审核：%s（值班站长）　　%s</p>' % (title, n, cl, s["others_named"][0], day(s, 30 + i)) +
                             tbl([["时段", "进站客流（人次）", "措施", "岗位"], ["7:00-7:30", str(2100 + 40 * i + 15 * j), "站厅蛇形通道", "站厅岗2人"],
                                  ["7:30-8:30", str(3400 + 55 * i), "出入口分批放行", "出入口岗2人"]], width="92%") + "<p>说明：%s</p>" % desc)
            elif f == "config_typed":   # a configuration record: 配置人
                parts.append('<h3>%s</h3><p>配置人：%s　　班级：%s　　日期：%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["设备", "型号", "管理地址", "说明"], ["PoE交换机", "24口千兆", "192.168.%d.2" % (10 + i), "PoE预算370W"],
                                  ["网络录像机", "32路", "192.168.%d.3" % (10 + i), "硬盘8TB×2"]], width="92%") + "<p>%s</p>" % desc)
            elif f == "flow_card":   # a card that travels with the parts: 操作者, 专检 a teacher
                parts.append('<h3 style="text-align:center">产品随件流转卡</h3><p style="text-align:center">（%s）</p>' % title +
                             tbl([["零件名称", "去核机冲针推杆", "图号", "ZH-TG-0%d" % (2 + j)], ["材料", "45钢", "数量", "%d件" % (4 + j)],
                                  ["工序", "内容", "操作者", "自检结果"], ["10", "粗车外圆", "%s（%s）" % (n, cl), "合格"],
                                  ["20", "精车外圆、锥面", "%s（%s）" % (n, cl), "合格"], ["专检", desc, t[j % 2], "合格"]], width="92%"))
            elif f == "fishbone":   # a fault fishbone diagram drawn as a table: 诊断人
                parts.append('<h3>%s</h3><p>诊断人：%s　　班级：%s　　车辆：纯电动通勤客车　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             '<p style="text-align:center"><b>故障原因鱼骨图</b></p>' +
                             tbl([["人", "机", "料"], ["未按期保养", "电子水泵不转", "冷却液冰点不足"],
                                  [("━━━━━━━━━━━━━━━━━━▶　电机过热限功率", ' colspan="3"'), ],
                                  ["法", "环", "测"], ["排气不彻底", "夏季爬坡、柳絮", "温度传感器漂移"]], width="92%") +
                             "<p>结论：%s</p>" % desc)
            elif f == "debug_typed":   # a commissioning record: 调试人
                parts.append('<h3>%s</h3><p>调试人：%s　　班级：%s　　记录员：%s</p>' % (title, n, cl, t[j % 2]) +
                             tbl([["项目", "要求", "实测", "结论"], ["一级跑偏报警", "≤1 s", "0.%d s" % (5 + i), "合格"],
                                  ["纠偏动作延时", "3 s", "3 s", "合格"], ["二级跑偏停机", "≤2 s", "1.%d s" % (2 + j), "合格"]], width="80%") + "<p>%s</p>" % desc)
            elif f == "render_log":   # a render job sheet: 提交人
                parts.append('<h3>%s</h3>' % title + tbl([["任务编号", "R-1%02d%d" % (i + 3, j), "提交人", n], ["班级", cl, "提交时间", day(s, 30 + i)],
                                                          ["镜头", "帧范围", "渲染节点", "用时"], ["SC0%d" % (j + 1), "1-%d" % (60 + 30 * j), "node-0%d" % (i + 1), "%d分" % (14 + 3 * j)]],
                                                         width="92%") + "<p>备注：%s</p>" % desc)
            elif f == "turndown_typed":   # a turn-down service record: 服务员
                parts.append('<h3>%s</h3><p>服务员：%s　　班级：%s　　%s</p>' % (title, n, cl, day(s, 30 + i)) +
                             tbl([["房号", "开床时间", "补充物品", "客人要求"], ["30%d" % (j + 1), "19:%02d" % (10 + 8 * i), "饮用水2瓶、酥油茶包", "无"],
                                  ["30%d" % (j + 4), "19:%02d" % (25 + 8 * i), "氧气袋1个", "加被"]], width="88%") + "<p>%s</p>" % desc)
            else:
                raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

def item12(s, c, names, d):
    f, t = s["f12"], s["teachers"]
    rng = random.Random(s["seed"] * 12 + 62)
    if f == "xsheet":   # an animation exposure sheet (摄影表), the name in its head, photographed
        pages = []
        for i, n in enumerate(names):
            rows = [["帧", "动作", "A层", "B层", "C层", "镜头"]]
            for fr in range(1, 25):
                rows.append([str(fr), hand("生长" if fr < 9 else "填色" if fr < 17 else "定格", True) if fr % 4 == 1 else "",
                             hand("A%d" % ((fr + 1) // 2), True) if fr % 2 == 1 else "│", hand("B1", True) if fr == 1 else "│", "", hand("推", True) if fr == 13 else ""])
            qa = "".join('<p><b>%s</b><br/>%s　<span %s>%s</span></p>' % (q, hand(a[(i + qi) % 3], True), RED, mark(rng)) for qi, (q, a) in enumerate(c["hw"]))
            pages.append('<h3 style="text-align:center">动画摄影表（课后作业）</h3>' +
                         tbl([["片名", "吉祥八宝片头", "镜头号", hand("SC0%d" % (i + 2), True)], ["姓名", hand(n, True), "班级", hand(cls_of(s, n), True)]], width="100%") +
                         tbl(rows, width="100%", pad="0px 3px") + qa + '<p %s>阅 %s</p>' % (RED, t[0]))
        return "12.html", html(PB.join(pages), "9.5pt", font="Noto Sans CJK SC", compact=True), "x-scanpdf:200:photo:glare"
    lines = []
    for i, n in enumerate(names):
        if i:
            lines.append("----")
        cl, sid = cls_of(s, n), sid_of(s, n)
        qa = []
        for qi, (q, a) in enumerate(c["hw"]):
            qa += [q, "> " + a[(i + qi + 2) % 3], "! " + mark(rng), ""]
        end = ["! 阅 %s %s" % (t[i % 2], day(s, 20 + i)[5:])]
        if f == "exercise_book":
            head = ["", "", "　　　　　练　习　本", "", s["school"], "", "科目：%s" % c["course"], "> 班级：%s" % cl, "> 姓名：%s" % n,
                    "> 学号：%s" % sid, "----", "课后作业　%s" % c["task"][:8]]
        elif f == "name_line_glare":
            head = ["%s　课后作业" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:])]
        elif f in ("thumb_photo", "thumb_photo2"):
            head = ["课后作业　%s" % c["course"], "> %s　%s　%s" % (cl, n, sid)]
        elif f == "hand_page":
            head = ["课后作业（%s）" % c["course"], "班级：%s　姓名：%s" % (cl, n)]
        elif f == "plain_photo":
            head = ["课后练习", "> 班级 %s　姓名 %s" % (cl, n)]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"exercise_book": "x-photo:200:1", "name_line_glare": "x-photo:200:2:glare", "thumb_photo": "x-photo:200:1:thumb",
            "hand_page": "x-scan:250:3", "plain_photo": "x-photo:200:2", "thumb_photo2": "x-photo:200:2:thumb"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return
    k = s["klass"]
    rr = random.Random(s["seed"] * 97 + 62)
    male = set("浩然 宇航 俊杰 思远 子豪 晨阳 家乐 文轩 天佑 逸飞 昊天 博涛 泽楷 志鹏 奕辰 睿泽 振宇 明轩 一鸣 宏伟 晟睿 亦航 鑫磊 立行 海峰 子墨 俊熙 嘉乐 天翔 志远 明杰 宇轩 永强 国栋 逸凡 鹏飞 宏亮 梓轩 志强 磊 鑫 杰 洋".split())

    def sex(n):
        g = n[2:] if n.startswith("欧阳") else n[1:]
        return "男" if g in male else "女"
    if r == "commute":   # a typed 学生名单 with a 通勤方式 column
        rows = [["序号", "学号", "姓名", "性别", "通勤方式", "备注"]]
        duty = {0: "班长", 6: "团支书", 13: "学习委员", 21: "安全委员"}
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), rr.choice(["走读", "住校", "地铁5号线", "公交", "住校", "走读"]), duty.get(j, "")])
        body = ('<h2 style="text-align:center">%s　%s学生名单</h2><p style="text-align:center">2024学年第一学期</p>' % (s["school"], s["cls"]) +
                tbl(rows, width="88%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　　　本班共%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
    if r == "nation_list":   # a typed 学生名单 with 民族 and a masked phone
        rows = [["序号", "学号", "姓名", "性别", "民族", "联系电话"]]
        for j, n in enumerate(k):
            rows.append([str(j + 1), sid_of(s, n), n, sex(n), nation(s, n), "1%d%d****%04d" % (rr.choice([3, 5, 8]), rr.randint(0, 9), rr.randint(0, 9999))])
        body = ('<h2 style="text-align:center">%s学生名单</h2><p style="text-align:center">%s</p>' % (s["cls"], s["school"]) +
                tbl(rows, width="86%", pad="1px 4px", bold=(0,)) + "<p>班主任：%s　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9.5pt", font="Noto Serif CJK SC", compact=True))
        man.append("roster.html\t%s班级学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return
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
    truth = {"comment": "Sixty-second held-out people corpus (testdata/heldout62), the format of testdata/heldout28/truth.json. "
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
        rng = random.Random(s["seed"] * 7919 + 62)
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
                                  (12, item12(s, c, items[12], d))):
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
        fct = {1: "学生数 | %s" % s["form_count"], 2: "班级学生人数 | %s" % s["form_count"],
               3: "授课对象 | %s %s" % (s["cls"], s["form_count"])}[grp(s)]
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
