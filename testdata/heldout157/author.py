#!/usr/bin/env python3
"""Write the sources of the hundred-and-fifty-seventh held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 天津市宁河区 (Tianjin), 灵宝市
(Henan, 三门峡) and 米林市 (Tibet, 林芝).

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
# the truth files read for names, tasks and courses to avoid (heldout157 is this one; heldout158-160 are
# written at the same time by other hands and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 157)] + ["othertools"]
# the cities, school names and landmarks of this corpus: none may stand in an earlier truth file or cut README
OWN_PLACES = ["宁河", "七里海", "灵宝", "函谷", "米林", "南伊"]


def cut_readme(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^#.*([Mm]easure|After|Result|first sweep)", line):
                break
            out.append(line)
    return "".join(out)


# surnames by region, weighted by repetition: 宁河 (the 蓟运河 plain: 王 李 张 刘 杨 赵 孙 于 高 and 邢 霍 窦 齐 田),
# 灵宝 (豫西: 王 张 李 杨 刘 赵 and 许 屈 姚 常 段 苏 贾 焦 杜 卫), 米林 (Han families of the town; most students
# of the 米林 classes carry a whole Tibetan name without surname, drawn from TIB1 + TIB2 below)
SURNAMES = {
    "nh": list("王王王王李李李张张张刘刘刘杨杨赵赵孙孙于于高高徐马郭董田邢霍窦齐"),
    "lb": list("王王王王张张张李李李杨杨刘刘赵赵许许屈屈姚姚常段苏贾焦杜卫"),
    "ml": list("李王张刘陈杨周赵"),
}
TIB1 = "扎西 次仁 尼玛 达瓦 米玛 拉巴 普布 巴桑 边巴 格桑 索朗 白玛 德吉 央金 顿珠 洛桑 强巴 旦增 贡嘎 益西 仁增 阿旺 罗布 平措 次旦 嘎玛 朗杰 群培 德庆 琼达".split()
TIB2 = "卓玛 曲珍 拉姆 央宗 措姆 卓嘎 平措 旺堆 多吉 顿珠 罗布 次旦 旺姆 玉珍 白珍 仓决 拉珍 央拉 曲吉 桑布 加措 欧珠 群宗 普赤 尼珍 吉宗".split()
# given names: the everyday names of students born around 2008 (a list of this corpus)
GIVEN2 = ("雨桐 子涵 浩宇 梓萱 思远 一诺 俊杰 欣怡 宇航 嘉怡 子墨 佳琪 晨曦 明轩 诗涵 梦洁 昊天 语嫣 博文 若曦 "
          "家豪 雅琪 天宇 紫涵 俊熙 可欣 泽宇 梦瑶 皓轩 静怡 宇轩 思彤 志强 晓雯 鑫磊 婉婷 凯瑞 嘉欣 逸飞 梓睿 "
          "文静 子健 怡然 晟睿 雨欣 鹏程 佳慧 骏驰 婧怡 铭宇 书航 睿涵 奕辰 梦琪 宇澄 浩然 俊豪 晓彤 思琪 玉洁 "
          "新宇 心悦 永康 雅楠 振宇 芷若 家乐 锦程 欣妍 子航 沐阳 若彤 文博 欣然 佳乐 烨磊 诗琪 晋豪 佳悦 弘毅 "
          "宏杰 晴雯 靖瑶 星辰 梓航 舒涵 宇豪 雨萌 天乐 润泽 安然 瑞泽 明哲 嘉慧 冠宇 依琳 泽楷 语彤 "
          "嘉伟 芊芊 懿轩 思雨 晨阳 可心 承轩 雨菲 奕涵 子豪 佳颖 立新 昊然 丹妮 朝阳 海洋 晓宇 慧敏 亦凡 舒雅 "
          "景澄 沐宸 知远 修齐 谨言 承志 钧皓 鸿飞 恩泽 向阳 铮铮 卓远 牧云 清扬 砚秋 叶蓁 晚晴 南乔 "
          "若溪 之恒 元朗 楚凡 佑宁 庭轩 煦阳 柏川 亦航 谦和 乐言 梓灏 浩楠 耀文 嘉禾 峻熙 锐锋 益铭 "
          "笑笑 宛童 昕冉 语汐 嫣然 芮涵 沁雪 一丹 书蕾 筱雨 悠然 念慈 婉清 晨露 思颖 诗语 秋实 禹辰").split()
GIVEN1 = list("鑫磊婷阳悦琳博昊")


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


def draw_head(rng, region):
    """The surname (or, for a Tibetan name, its first part) first, so that refusals do not thin out the common ones."""
    if region == "ml" and rng.random() < 0.78:
        return ("tib", rng.choice(TIB1))
    return ("han", rng.choice(SURNAMES[region]))


def draw_name(rng, head):
    kind, a = head
    if kind == "tib":
        return a + rng.choice([x for x in TIB2 if x != a])
    return a + (rng.choice(GIVEN1) if rng.random() < 0.08 else rng.choice(GIVEN2))


def draw_class(rng, n, fixed, avoid, region, place):
    names = list(fixed)
    while len(names) < n:
        head = draw_head(rng, region)
        for _ in range(400):
            name = draw_name(rng, head)
            if not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid)):
                names.append(name)
                break
    rng.shuffle(names)
    for nm, k in sorted(place.items(), key=lambda x: x[1]):   # a planted row kept clear of a scanner fault
        names.remove(nm)
        names.insert(k, nm)
    TAKEN.update(names)
    return names


C = {
 "ev": dict(major="新能源汽车检测与维修", code="0435", course="纯电动汽车动力电池系统检修", task="冷链城配纯电动厢式物流车动力电池包绝缘故障检测与模组更换",
   hours=18, station="新能源汽车高压系统检修一体化学习工作站",
   situation="宁河区一家冷链物流公司用纯电动厢式物流车把七里海的河蟹和蔬菜送往市区。一辆车早上启动时仪表报“动力电池绝缘故障”，无法上高压电。车队长把车送到学校的校企合作维修车间，车间主任请新能源班学员按高压安全规程断电验电，用绝缘电阻测试仪逐段查找绝缘下降的位置，拆解电池包，更换进水受潮的模组，装复后做气密性试验和绝缘复检，并填写检测记录。",
   qs=[("问题1 拆动力电池包前为什么要先断开维修开关并等待五分钟？", ["断开维修开关切断了电池包内部的高压回路，等五分钟让电机控制器里的电容放电，再用万用表验电确认低于安全电压才能动手。", "让电容放电，验电后再动手。", "切断高压回路，等电容放完电。"]),
       ("问题2 绝缘电阻测试仪的测试电压怎样选？", ["按电池包的额定电压选，三百多伏的电池包用五百伏挡，测量时一端接高压正极或负极，一端接车身搭铁。", "按额定电压选五百伏挡。", "一端接高压，一端接车身。"])],
   hw=[("1. 国家标准对动力电池绝缘电阻有什么要求？", ["直流部分每伏不小于一百欧姆，交流部分每伏不小于五百欧姆，三百五十伏的电池包至少要三十五千欧。", "每伏不小于一百欧。", "直流一百欧每伏，交流五百欧每伏。"]),
       ("2. 模组更换后为什么要做气密性试验？", ["电池包进水就是因为密封不好，装复后充气保压，看压降是否在规定范围内，防止再次进水。", "防止再次进水。", "充气保压看压降。"])],
   outputs=[("动力电池包拆解爆炸图与零部件清单", ""), ("绝缘检测与模组更换记录", "")]),
 "meet": dict(major="饭店(酒店)服务", code="0504", course="酒店会议服务", task="湿地生态研讨会小型会议室布置与会中茶水服务",
   hours=16, station="酒店会议服务一体化学习工作站",
   situation="七里海湿地旁的一家度假酒店承接一场二十四人的湿地鸟类保护研讨会，会期一天。酒店会议部经理请酒店班学员根据主办方的会议通知单布置回字形会议室，摆放桌签、席卡和会议用品，调试投影和话筒，会中按时续水、更换毛巾，茶歇时补充点心，会后清点物品并填写会议服务记录。",
   qs=[("问题1 回字形台型适合什么样的会议？", ["二三十人的研讨会，大家面对面坐，便于讨论交流，主持人和主讲人坐在正对门的一侧。", "人数不多的研讨会。", "面对面坐，方便讨论。"]),
       ("问题2 会中续水要注意什么？", ["从客人右侧续水，杯盖反扣在手里，水倒七分满，发言人讲话时暂停，不在客人面前交叉走动。", "从右侧续水，倒七分满。", "有人发言时暂停。"])],
   hw=[("1. 桌签怎样摆放？", ["桌签正面朝外对着参会者，字体大小一致，主宾的桌签按主办方给的座次表摆放。", "正面朝外，按座次表摆。", "主宾按座次表。"]),
       ("2. 会后要清点哪些物品？", ["话筒、激光笔、翻页器、插线板和会议资料，发现客人遗留物品要登记并交给会务联系人。", "话筒、翻页器和遗留物品。", "遗留物品要登记。"])],
   outputs=[("会中服务记录", ""), ("会后物品清点单", "")]),
 "apple": dict(major="电子商务", code="0603", course="生鲜农产品网店开设与运营", task="灵宝高山苹果网店新品上架与首月运营数据分析",
   hours=16, station="电子商务运营一体化学习工作站",
   situation="十月，灵宝寺河山上的苹果成熟了。一家果园在电商平台开了网店，想把高山红富士卖给外地的消费者。果园负责人请电商班学员拍摄商品图、撰写标题和详情页，设置运费模板和优惠券，开店后每天查看访客数、转化率和客单价，一个月后写出运营月报，提出下个月的改进办法。",
   qs=[("问题1 苹果的商品标题要包含哪些关键词？", ["产地灵宝、高山红富士、果径规格、净重和现摘现发，这些是买家搜索最多的词。", "产地、品种、果径和净重。", "现摘现发。"]),
       ("问题2 为什么要设置不同的运费模板？", ["偏远地区运费高、路上时间长，单独设模板，既不亏本也能提醒买家到货时间。", "偏远地区运费高。", "不亏本，提醒到货时间。"])],
   hw=[("1. 转化率低可能是什么原因？", ["主图不吸引人、价格比同类高、详情页没有讲清楚口感和果径，或者评价里有差评。", "主图和详情页不好。", "价格高或有差评。"]),
       ("2. 苹果磕碰的售后怎样处理？", ["请买家拍照，按坏果个数补发或退款，检查包装的网套和隔板，改进后告诉果园。", "拍照后补发或退款。", "改进包装。"])],
   outputs=[("网店运营月报（十月）", "")]),
 "belt": dict(major="机电一体化技术", code="0127", course="机电设备PLC控制系统装调", task="选矿厂带式输送机顺序起停与跑偏保护PLC控制装调",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="灵宝的一家金矿选矿厂要改造破碎车间的三条带式输送机，原来的继电器控制柜经常出故障，跑偏时也不能及时停机。选矿厂电工班长请机电班学员按工艺要求设计PLC控制：启动时逆着物料方向依次起动，停止时顺着物料方向依次停止，任何一条皮带跑偏或拉绳开关动作，上游的皮带全部停机并报警。学员在实训台上完成接线、编程和调试后交厂方验收。",
   qs=[("问题1 为什么启动要逆着物料方向依次起动？", ["先起下游的皮带，再起上游的，物料落下来时下游已经在转，不会在转接处堆料压死皮带。", "先起下游，不会堆料。", "防止转接处堆料。"]),
       ("问题2 跑偏开关动作后PLC应该怎样处理？", ["立即停止这条皮带和它上游的所有皮带，下游的继续运行把料送走，同时声光报警并记录故障。", "停本条和上游皮带，报警。", "下游继续运行。"])],
   hw=[("1. 定时器在顺序起动里起什么作用？", ["每条皮带起动后延时几秒，等转速稳定了再起动下一条，避免电流冲击。", "延时起动下一条。", "避免电流冲击。"]),
       ("2. 拉绳开关为什么要接常闭触点？", ["接常闭触点，线断了也会停机，出故障时是安全的一方。", "线断了也能停机。", "故障时偏向安全。"])],
   outputs=[("PLC控制系统调试记录", ""), ("I/O地址分配与接线检查表", "")]),
 "aircon": dict(major="汽车维修", code="0403", course="商用车空调系统检修", task="果品运输冷藏车驾驶室空调不制冷故障诊断与维修",
   hours=16, station="汽车空调检修一体化学习工作站",
   situation="苹果收购季节，一位跑灵宝到广州果品运输的冷藏车司机发现驾驶室空调吹出来的是热风。他把车开到学校的汽修实训中心，前台请汽修班学员接车问诊、填写维修估价单，经车主确认后用歧管压力表检测高低压，查找泄漏点，更换冷凝器进口的O形圈，抽真空后按标准加注制冷剂，最后做出风口温度测试并交车。",
   qs=[("问题1 空调高低压都偏低说明什么？", ["系统里制冷剂不足，多半是有泄漏，要先找漏点修好，不能只补充制冷剂。", "制冷剂不足，有泄漏。", "先找漏点。"]),
       ("问题2 为什么加注前要抽真空？", ["把系统里的空气和水分抽走，水分会在膨胀阀结冰堵塞，空气会使高压偏高。", "抽走空气和水分。", "防止膨胀阀结冰。"])],
   hw=[("1. 怎样用检漏仪找泄漏点？", ["发动机熄火后沿管路接头、冷凝器和压缩机轴封慢慢移动探头，探头要在接头下方，因为制冷剂比空气重。", "沿接头慢慢移动探头。", "探头放在接头下方。"]),
       ("2. 估价单为什么要车主签字确认？", ["车主签字说明同意维修项目和费用，增加项目时要重新告诉车主，避免交车时起纠纷。", "同意项目和费用。", "避免纠纷。"])],
   outputs=[("竣工检验单", ""), ("出风口温度测试记录", "")]),
 "gastrodia": dict(major="中药", code="1301", course="中药材采收与产地加工", task="林下仿野生天麻采收分级与蒸制烘干初加工",
   hours=16, station="中药材产地加工一体化学习工作站",
   situation="米林南伊沟一带的林下种植基地种着仿野生天麻。十一月初箭麻休眠，正是采收的时候。基地技术员请中药班学员到地块里按规程采收，避免挖伤块茎，按个头分成箭麻、白麻和米麻，把箭麻洗净后蒸透，低温烘干，检查折断面，填写采收记录和加工记录。",
   qs=[("问题1 为什么要在箭麻休眠期采收？", ["休眠期块茎里的养分积累最多，折干率高，质量好；开春后会抽薹，块茎变空。", "养分最多，质量好。", "开春会抽薹变空。"]),
       ("问题2 天麻为什么要蒸透再烘干？", ["蒸透可以破坏酶，防止有效成分分解，烘干后的断面角质样、半透明，不会空心。", "防止成分分解。", "断面半透明，不空心。"])],
   hw=[("1. 箭麻、白麻、米麻怎样区分？", ["箭麻有红褐色的顶芽，个头大；白麻顶端是白色生长点；米麻最小，留作种麻。", "看顶芽颜色和个头。", "米麻最小，做种麻。"]),
       ("2. 怎样判断天麻烘干到位？", ["手捏坚硬，断面平坦、角质样，含水量在百分之十五以下，敲击声音清脆。", "手捏坚硬，断面角质样。", "敲击声音清脆。"])],
   outputs=[("天麻蒸制烘干加工记录", ""), ("天麻分级验收单", "")]),
 "oxygen": dict(major="健康与社会照护", code="0529", course="居家老年人健康照护", task="高原独居老人夜间低氧监测与居家制氧吸氧照护",
   hours=16, station="居家照护一体化学习工作站",
   situation="米林镇的社区卫生服务站发现，几位独居老人冬季夜里常觉得胸闷、头痛，早上起来嘴唇发紫。服务站为他们配了家用制氧机，请照护班学员两人一组入户，教老人和家属正确使用制氧机，测量吸氧前后的血氧饱和度和脉率，记录夜间低氧的情况，做好湿化瓶清洁和用氧安全宣教，并把情况报告给社区医生。",
   qs=[("问题1 家用制氧机的流量一般调到多少？", ["按医生的医嘱，一般是每分钟一到两升的低流量，高原上的慢性病老人不能随意调大。", "每分钟一到两升。", "按医嘱，不能随意调大。"]),
       ("问题2 用氧安全要告诉老人哪些事？", ["制氧机离火源和暖炉至少两米，吸氧时不抽烟、不点酥油灯，湿化瓶每天换凉开水。", "远离火源，不抽烟。", "湿化瓶每天换水。"])],
   hw=[("1. 血氧饱和度低于多少要报告社区医生？", ["静息时低于百分之八十八，或者吸氧后仍低于百分之九十，同时有胸闷气短，要马上报告。", "低于百分之八十八要报告。", "吸氧后仍低也要报告。"]),
       ("2. 鼻导管怎样清洁？", ["每天用温水清洗、晾干，一周更换一次，不同老人不能混用。", "每天清洗，一周一换。", "不能混用。"])],
   outputs=[("居家吸氧照护计划", "")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="天津市宁河区七里海技工学校", pack="zip", region="nh", course="ev", cls="新能源2401班", size=38, seed=11,
         sidp="2024043501", students=["邢宇澄", "田梓墨", "霍语彤"], items={12: ["邢宇澄", "田梓墨"]},
         extra_class=["郭烨磊"], bad={"郭烨磊": "over"}, place={"郭烨磊": 6}, others_named=["芦长海"],
         teachers=["窦振国", "霍丽敏"], form_count="38人",
         f8="vehicle_head", f10="two_row_modules", f11="exploded", f12="photo_line",
         findings=[("students.count", 12, False), ("records.invalid_score", 10, False, "郭烨磊")],
         optional=[("students.mismatch", 12, True)],
         comment="item 12 (phone photos, `> 班级：… 姓名：… 学号：…` by hand) holds the homework of only TWO students, 邢宇澄 "
                 "and 田梓墨 (霍语彤's missing; 8 and 11 hold the three): students.count on 12; students.mismatch optional. "
                 "Item 10 (scanned 250 dpi gray, a ball bearing on the glass at the edge of the lower half) has a two-row "
                 "head 过程考核（40分）/ 结果考核（60分）; 郭烨磊 (row 7) has 33 under `绝缘检测(30)` (总分 the sum): "
                 "records.invalid_score. Item 8 (scanned 200 dpi gray, bearing): a 送修车辆 head naming the fleet "
                 "captain 芦长海 as 送修人 (not a student), then `学　员 | 班级 | 学号` by hand. Item 11 (typed): an "
                 "EXPLODED VIEW of the battery pack (stacked offset boxes with callouts ①–⑦ and a parts list), the "
                 "title block `绘制 | <name> | 班级 | 学号 | 审核`, then a 检测记录 with `检测人`. No roster"),
    dict(school="天津市宁河区七里海技工学校", pack="zip", region="nh", course="meet", cls="酒店2402班", size=36, seed=12,
         sidp="2024050402", students=["麦尔哈巴·艾则孜", "于舒雅", "杨承轩"], extra_class=["阿卜杜拉·吐尔洪"],
         xj=["麦尔哈巴·艾则孜", "阿卜杜拉·吐尔洪"],
         others_named=["刘淑琴", "孟繁林", "顾海鹰", "白秀清", "宋立忠", "曹冬梅"],
         teachers=["邢淑娟", "高晓燕"], form_count="36人", roster="xj_roster", headteacher="宋婉茹",
         f8="meeting_room", f10="bonus", f11="meeting_log", f12="hand_scan",
         findings=[],
         comment="clean. One of the three is 麦尔哈巴·艾则孜 (Uyghur, middle dot, of the 内地新疆中职班 taught in the class), "
                 "a classmate 阿卜杜拉·吐尔洪 too. The roster (a 学生花名册 with 民族 and 备注 `内地新疆中职班`) holds 36 = form "
                 "`36人` = item 10 (TYPED, an 附加分 column explained under the table: 总分 = 四项之和 + 附加分). Item 8 (colour "
                 "scan 200): a 会议室布置 worksheet naming the organiser's contact 刘淑琴 and five guests on the 主席台 "
                 "桌签 (孟繁林 顾海鹰 白秀清 宋立忠 曹冬梅, not students); item 11 (typed) names 刘淑琴 and a guest again"),
    dict(school="灵宝市函谷技工学校", pack="gbkzip", region="lb", course="apple", cls="电商2401班", size=40, seed=21,
         sidp="2441060301", students=["屈芊芊", "姚晋豪", "许弘毅"], outsiders={"许弘毅": "电商2402班"}, out_sidp="2441060302",
         extra_class=["常宇轩"], bad={"常宇轩": "over"}, others_named=["屈满仓"],
         teachers=["姚红梅", "段建勋"], form_count="40名",
         f8="blank_line", f10="platform_export", f11="monthly_report", f12="review_replies",
         findings=[("students.not_in_class", 8, True, "许弘毅"), ("records.invalid_score", 10, False, "常宇轩")],
         comment="许弘毅 of the parallel class 电商2402班 (his class and 学号 244106030217 on his worksheet, his monthly report "
                 "and his homework) is the third student of 8/11/12; item 10 (40 rows = form `班级总人数 | 40名`) has no record "
                 "of him: students.not_in_class. Item 10 (TYPED) is a training-platform export (`用户名` column "
                 "lbds2401xx beside 学号, `提交次数`); 常宇轩 has 27 under `数据分析(25)` (总分 the sum): records.invalid_score. "
                 "Item 8 (scanned 200 dpi gray, bearing): `姓名：＿ 班级：＿ 学号：＿` by hand. Item 11 (typed): a 网店运营月报 "
                 "per student, `填报人`, the orchard's head 屈满仓 named (not a student). Item 12: phone photos of replies to "
                 "buyers' reviews (buyers by nickname only). No roster"),
    dict(school="灵宝市函谷技工学校", pack="gbkzip", region="lb", course="belt", cls="机电2301班", size=42, seed=22,
         sidp="2341012701", students=["焦宇豪", "苏明哲", "卫嘉乐"], extra_class=["贾铂涵"], absent_from_10=["贾铂涵"],
         others_named=["樊铁柱", "姚玉芝"], teachers=["常新民", "焦志刚", "杜丽萍"], form_count="42人",
         roster="health_check", headteacher="许建平",
         f8="head_box", f10="plain_remark", f11="plc_log", f12="hand_scan_bearing",
         findings=[("records.missing_student", 10, False, "贾铂涵"), ("records.count_mismatch", 10, False)],
         comment="the roster (a typed 新生入学体检结果名单, 42, the school doctor 姚玉芝 at the foot) and the form (a row "
                 "`授课班级 | 机电2301班 | 分组数 | 7组 | 人数合计 | 42人`) hold 贾铂涵; item 10 (scanned 300 dpi 1-bit, "
                 "`共41人`) has 41 rows and none for him: records.missing_student and records.count_mismatch. The plant's "
                 "electrician foreman 樊铁柱 is named on item 8 (企业指导) and item 11 (厂方确认), not a student. Three teachers"),
    dict(school="灵宝市函谷技工学校", pack="gbkzip", region="lb", course="aircon", cls="汽修2402班", size=38, seed=23,
         sidp="2441040302", students=["杜冠宇", "屈志远", "姚书瑾"], items={8: ["杜冠宇", "屈志远", "杨子沐"]},
         extra_class=["杨子沐", "王梓骞"], bad={"王梓骞": "sum"}, others_named=["杜满囤"],
         teachers=["苏建设", "贾秋菊"], form_count="38",
         f8="estimate", f10="rework", f11="final_check", f12="color_hand",
         findings=[("students.mismatch", 8, True), ("records.invalid_score", 10, False, "王梓骞")],
         comment="item 8 (printed 维修估价单 worksheets, hand-filled, PHOTOGRAPHED) holds 杜冠宇, 屈志远 and classmate "
                 "杨子沐 (with an item-10 record) instead of 姚书瑾's (items 11 and 12 hold the three): students.mismatch. "
                 "Item 10 (TYPED) has a `返修次数` column (not a score, explained under the table); 王梓骞's 总分 is 6 above "
                 "the sum of his parts: records.invalid_score. The truck driver 杜满囤 is the 车主 on every 估价单 and "
                 "竣工检验单 (not a student). Form `授课年级 | 2024级 | 授课班级 | 汽修2402班 | 班级人数 | 38` = 38 rows. No roster"),
    dict(school="米林市南伊技工学校", pack="dir", region="ml", course="gastrodia", cls="中药2401班", size=34, seed=31,
         sidp="24541301", students=["格桑群宗", "尼玛桑布", "李芮嘉"], items={8: ["格桑群宗", "尼玛桑布", "李芮嘉", "益西桑布"]},
         extra_class=["益西桑布", "拉巴吉宗"], absent_from_10=["拉巴吉宗"], others_named=["顿珠平措"],
         teachers=["罗布占堆", "李晓红"], form_count="34人",
         f8="harvest", f10="plain_group", f11="processing", f12="khata_photo",
         findings=[("students.count", 8, False), ("records.count_mismatch", 10, False)],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray: a 天麻采收记录 head with 采收地点, 海拔, GPS and `采收人` by hand, the base "
                 "technician 顿珠平措 printed) holds FOUR students: the three and classmate 益西桑布 (with an item-10 record): "
                 "students.count on 8; students.mismatch optional. The form says `班级人数 | 34人（其中门巴族2人）`; item 10 "
                 "(TYPED, 组别 column) lists 33: records.count_mismatch (no roster; 拉巴吉宗 is the member without a row). "
                 "Item 12: phone photos, a khata lying across a corner"),
    dict(school="米林市南伊技工学校", pack="dir", region="ml", course="oxygen", cls="照护2401班", size=32, seed=32,
         sidp="24540529", students=["索朗普赤", "米玛仓决", "张语沫"],
         others_named=["旦增白姆", "阿旺曲扎", "次珍", "洛桑多布杰", "格桑白姆", "仁青", "扎西央宗", "多吉坚参", "陈守疆"],
         teachers=["琼达曲宗", "张敏华"], form_count="32名", roster="sanbao", headteacher="嘎玛曲宗",
         f8="oxygen_log", f10="paired_elder", f11="care_plan", f12="interview",
         findings=[],
         comment="clean. Tibetan teacher 琼达曲宗 and head teacher 嘎玛曲宗; Tibetan names without surname in the class. "
                 "Item 10 (scanned 200 dpi gray) has a `结对老人` column naming the elder each student served "
                 "(旦增白姆（82岁）…, eight elders, not students); 32 rows = form `32名` = the roster (a 享受“三包”政策学生名单 "
                 "with 户籍所在地 and 三包标准, the aid office's clerk 陈守疆 at the foot). Item 8 (printed, PHOTOGRAPHED, "
                 "a khata across a corner): 居家吸氧照护记录 with a 制氧机 box and the elder named; item 12 (phone photos, "
                 "khata): an interview of an elder (`采访对象`)"),
]

PROVINCE = {1: "天津市宁河区", 2: "河南省灵宝市", 3: "西藏自治区米林市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 宁河: "08_工作页.pdf"
        return "%02d_%s.pdf" % (n, NAMES[n])
    if g == 2:   # 灵宝: "8.工作页.pdf"
        return "%d.%s.pdf" % (n, NAMES[n])
    return "%s（成果%d）.pdf" % (NAMES[n], n)   # 米林: "工作页（成果8）.pdf", recognised by the name


def form_name(s, c):
    return {1: ("附件2_申报书_%s.docx" % c["major"].split("(")[0], "docx"),
            2: ("%s申报书（%s）.pdf" % (s["school"], s["cls"]), "pdf"),
            3: ("工学一体化优质课堂项目申报书（%s）.docx" % c["course"], "docx")}[grp(s)]


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

def form_count_text(s):
    g = grp(s)
    if g == 1:
        return "班级人数 | %s" % s["form_count"]
    if g == 2:
        return {"apple": "班级总人数 | %s" % s["form_count"],
                "belt": "授课班级 | %s | 分组数 | 7组 | 人数合计 | %s" % (s["cls"], s["form_count"]),
                "aircon": "授课年级 | 2024级 | 授课班级 | %s | 班级人数 | %s" % (s["cls"], s["form_count"])}[s["course"]]
    if s["course"] == "gastrodia":
        return "班级人数 | %s（其中门巴族2人）" % s["form_count"]
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    P = "4px 6px"
    L = ' align="left"'
    if g == 1:   # 宁河: plain two-cell rows, 班级人数 with 人
        info = tbl([[a, (b, L)] for a, b in [("专业名称", c["major"]), ("专业编码", c["code"]), ("授课课程名称", c["course"]),
                                            ("授课学习任务名称", c["task"]), ("授课班级", s["cls"]), ("班级人数", s["form_count"]),
                                            ("学时", "%d" % c["hours"]), ("授课实训室或学习工作站名称", c["station"])]], width="92%", pad=P)
    elif g == 2:
        head = [["专业名称", (c["major"], ' colspan="5" align="left"')], ["专业编码", (c["code"], ' colspan="5" align="left"')],
                ["授课课程名称", (c["course"], ' colspan="3" align="left"'), "总学时", "%d" % (c["hours"] * 6)],
                ["授课学习任务名称", (c["task"], ' colspan="3" align="left"'), "学时", "%d" % c["hours"]]]
        if s["course"] == "apple":   # 班级总人数 in its own row
            rows = head + [["授课年级", ("2024级", ' colspan="5" align="left"')], ["授课班级", (s["cls"], ' colspan="5" align="left"')],
                           ["班级总人数", (s["form_count"], ' colspan="5" align="left"')]]
        elif s["course"] == "belt":  # the class, the number of groups and the head count in one row (its own table, own widths)
            rows = head + [["授课年级", ("2023级", ' colspan="5" align="left"')]]
            one = "<tr>%s</tr>" % "".join(td(x, ' width="%s" align="center"' % w, P) for x, w in
                                          (("授课班级", "24%"), (s["cls"], "22%"), ("分组数", "14%"), ("7组", "10%"), ("人数合计", "16%"), (s["form_count"], "14%")))
            rows2 = [["授课实训室或学习工作站名称", (c["station"], ' colspan="3" align="left"'), "工位数", "20"]]
            info = (tbl(rows, width="96%", pad=P) + '<table style="border-collapse:collapse" width="96%%">%s</table>' % one +
                    tbl(rows2, width="96%", pad=P))
        else:                        # the official six-cell row
            rows = head + [["授课年级", "2024级", "授课班级", s["cls"], "班级人数", s["form_count"]]]
        if s["course"] != "belt":
            rows.append(["授课实训室或学习工作站名称", (c["station"], ' colspan="3" align="left"'), "工位数", "20"])
            info = tbl(rows, width="96%", pad=P)
    else:        # 米林
        cnt = s["form_count"] + ("（其中门巴族2人）" if s["course"] == "gastrodia" else "")
        info = tbl([[a, (b, L)] for a, b in [("课堂负责人", t[0]), ("负责人所在单位", s["school"]), ("专业名称", c["major"]),
                                            ("专业编码", c["code"]), ("授课课程名称", c["course"]), ("授课学习任务名称", c["task"]),
                                            ("授课班级", s["cls"]), ("班级人数", cnt), ("学时", "%d" % c["hours"])]], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、资源与环境</h3><p>学习工作站按工作过程分为信息区、计划区、实操区和展示评价区，配有合作单位提供的真实设备与材料。</p>
<h3>五、考核评价</h3><p>过程考核与结果考核相结合，考核记录覆盖授课班级全体学生。</p>
<h3>六、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>七、学习成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>
<h3>八、创新与特色</h3><p>引入合作单位人员参与指导和评价。</p>
<h3>九、授课教师诚信承诺</h3><p>本人已认真填写并检查以上材料，保证内容真实有效。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=4 + s["seed"] % 20, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
    return html(body, font={1: "Noto Sans CJK SC", 2: "Noto Serif CJK SC", 3: "Noto Serif CJK SC"}[g])


SHORT = {
    1: "{school}\n《{course}》课程标准（校本转化稿）\n一、课程性质\n本课程是{major}专业的一体化核心课程，依据国家工学一体化课程标准，结合{prov}行业企业岗位要求转化。\n二、学习任务\n本学期实施“{task}”，共{hours}学时。\n三、评价方式\n过程评价与成果评价相结合。",
    2: "{school}\n学习任务分析：{task}\n一、任务描述\n{situation}\n二、工作流程\n接受任务—制订计划—实施—检查—评价。",
    3: "{school}\n{task}　教学活动策划表\n学习活动1　明确任务\n学习活动2　制订计划\n学习活动3　实施任务\n学习活动4　检查评价",
    4: "{school}\n{course}　教学进度表（{hours}学时）\n第1周　明确任务，获取信息\n第2周　制订与审核计划\n第3周　实施任务\n第4周　检查、展示与评价",
    5: "{school}\n{task}　教学活动方案\n一、情境导入\n二、引导问题学习\n三、分组实施与巡回指导\n四、成果展示与多元评价",
    6: "{school}\n学习任务资源清单\n工作页、行业标准、教学视频、{station}设备与材料清单。",
    7: "{school}\n{station}说明\n工作站分为信息区、计划区、实操区和展示评价区。",
    9: "{school}\n{task}　考核方案\n考核包括过程考核和结果考核，成绩记入学习任务考核记录。",
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
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


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
        if f == "vehicle_head":   # the vehicle and the fleet captain first, then the student
            head = tbl([["送修车辆", ("津A·D%05d　纯电动厢式物流车" % (31870 + 113 * i), ' colspan="3" align="left"'), "送修人", "%s（车队长）" % s["others_named"][0]],
                        ["学　员", hand(n, True), "班　级", hand(cl, True), "学　号", hand(sid, True)]], width="100%", pad="4px 4px")
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "meeting_room":   # the meeting, the organiser's contact and the guests' table cards
            g = s["others_named"]
            head = '<p>会议服务员：%s　　班级：%s　　学号：%s</p>' % (hand(n), hand(cl, True), hand(sid, True))
            info = tbl([["会议名称", ("七里海湿地鸟类保护研讨会", ' colspan="3" align="left"')],
                        ["主办方联系人", g[0], "参会人数", "24人"], ["台　型", "回字形", "会议时间", day(s, 3 + i)]], width="100%", pad="3px 4px")
            cards = ('<p><b>主席台桌签（从左到右）：</b></p>' +
                     tbl([[g[4], g[2], g[1], g[3], g[5]]], width="90%", pad="8px 4px"))
            body = (title + head + info + cards + sit + answers(c, rng, i) +
                    '<p>布置检查：%s　　%s</p>' % (hand("桌签对齐，话筒已试音", True), comment))
        elif f == "blank_line":   # 姓名：＿ 班级：＿ 学号：＿
            head = '<p>姓名：＿%s＿　　班级：＿%s＿　　学号：＿%s＿</p>' % (hand(n), hand(cl, True), hand(sid, True))
            body = title + head + sit + answers(c, rng, i) + comment
        elif f == "head_box":   # a two-row box 姓名 学号 / 班级 组别, the foreman as 企业指导
            head = tbl([["姓　名", hand(n, True), "学　号", hand(sid, True)], ["班　级", hand(cl, True), "组　别", hand("第%s组" % "一二三四五六七"[i % 7], True)]],
                       width="86%", pad="4px 6px")
            body = title + head + "<p>企业指导：%s（选矿厂电工班长）</p>" % s["others_named"][0] + sit + answers(c, rng, i) + comment
        elif f == "estimate":   # a printed 维修估价单, hand-filled, then the questions
            owner = s["others_named"][0]
            est = tbl([[("函谷技工学校汽修实训中心　维修估价单", ' colspan="4"')],
                       ["估价单号", "GJ-2024-10%02d" % (17 + i), "日　期", hand(day(s, 5 + i)[5:], True)],
                       ["车　主", hand(owner, True, BLACK), "联系电话", "139****27%02d" % (61 + i)],
                       ["车牌号", "豫M·7%04d" % (2306 + 17 * i), "车　型", "江淮轻型冷藏车"],
                       ["故障描述", ("驾驶室空调出风不凉，高低压均偏低", ' colspan="3" align="left"')]], width="100%", pad="3px 5px", bold=(0,))
            items = tbl([["序号", "维修项目", "工时费（元）", "材料费（元）"],
                         ["1", "空调系统检漏", hand("80", True), hand("—", True)],
                         ["2", "更换冷凝器进口O形圈", hand("60", True), hand("%d" % (15 + 5 * i), True)],
                         ["3", "抽真空、加注制冷剂R134a", hand("120", True), hand("%d" % (150 + 10 * i), True)],
                         ["合计", "", "", hand("%d元" % (80 + 60 + 120 + 15 + 5 * i + 150 + 10 * i), True)]], width="100%", pad="3px 5px", bold=(0,))
            sign = tbl([["估价员", hand(n, True), "班级／学号", hand("%s／%s" % (cl, sid[-2:]), True)],
                        ["车主确认", hand(owner, True, BLACK), "确认日期", hand(day(s, 5 + i)[5:], True)]], width="100%", pad="4px 5px")
            body = (title + est + items + sign + answers(c, rng, i) + comment)
        elif f == "harvest":   # a 采收记录: place, altitude, GPS, the base technician, then the picker
            head = tbl([["采收日期", hand(day(s, 2 + i)[5:], True), "天　气", hand(["晴", "多云", "晴转多云", "阴"][i % 4], True)],
                        ["采收地点", ("南伊沟林下天麻种植基地 %d号地块" % (3 + i % 2), ' colspan="3" align="left"')],
                        ["海　拔", "2960 m", "GPS", "29°09′N　94°13′E"],
                        ["基地技术员", s["others_named"][0], "指导教师", t[i % 2]],
                        ["采收人", hand(n, True), "班级／学号", hand("%s／%s" % (cl, sid), True)]], width="100%", pad="3px 5px")
            qty = tbl([["分级", "箭麻", "白麻", "米麻（留种）"],
                       ["重量（kg）", hand("%.1f" % (6.2 + 0.7 * i), True), hand("%.1f" % (3.1 + 0.4 * i), True), hand("%.1f" % (1.2 + 0.2 * i), True)]],
                      width="80%", pad="3px 5px")
            body = '<h3 style="text-align:center">天麻采收记录（学习工作页）</h3>' + head + qty + sit + answers(c, rng, i) + comment
        elif f == "oxygen_log":   # the concentrator box, the elder, then readings
            elder, age = ELDERS[i % len(ELDERS)]
            box = tbl([["家用制氧机", "型号 YU300　流量 1–5 L/min　湿化瓶：凉开水至刻度线", "医嘱流量", "1.5 L/min"]], width="100%", pad="3px 5px")
            who = tbl([["服务对象", "%s（%d岁）" % (elder, age), "住　址", "米林镇%s村" % ["卧龙", "扎绕", "比定"][i % 3]],
                       ["照护员", hand(n, True), "班级／学号", hand("%s／%s" % (cl, sid), True)]], width="100%", pad="3px 5px")
            rows = [["时间", "吸氧前 SpO₂", "流量", "吸氧30分钟后 SpO₂", "脉率（次/分）"]]
            for k, tm in enumerate(["20:30", "23:00", "06:30"]):
                rows.append([hand(tm, True), hand("%d%%" % (84 + (i + k) % 4), True), hand("1.5", True), hand("%d%%" % (91 + (i + k) % 3), True), hand(str(88 - 3 * k + i), True)])
            body = ('<h3 style="text-align:center">居家吸氧照护记录（学习工作页）</h3>' + box + who + tbl(rows, width="100%", pad="3px 5px") +
                    sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"vehicle_head": "x-scanpdf:200:bearing", "meeting_room": "x-scanpdf:200:color", "blank_line": "x-scanpdf:200:bearing",
            "head_box": "x-scanpdf:200:color", "estimate": "x-scanpdf:200:photo", "harvest": "x-scanpdf:250",
            "oxygen_log": "x-scanpdf:200:photo:khata"}[f]
    font = {"head_box": "Noto Sans CJK SC", "estimate": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    return "08.html", html(PB.join(pages), "10pt", font=font, compact=(f in ("estimate", "oxygen_log", "meeting_room"))), meth


# ------------------------------------------------------------------ item 10

def part_scores(rng, parts, lo=0.62, hi=0.96):
    return [int(round(m * rng.uniform(lo, hi))) for _, m in parts]


def head10(s, c, title):
    return ('<p style="text-align:center"><b>%s</b></p><p>%s　　班级：%s　　课程：%s</p><p>学习任务：%s　　考核日期：%s</p>'
            % (title, s["school"], s["cls"], c["course"], c["task"], day(s, 11)))


def trow(cells, pad, extra=' align="center"'):
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


ELDERS = [("旦增白姆", 82), ("阿旺曲扎", 79), ("次珍", 76), ("洛桑多布杰", 84), ("格桑白姆", 73), ("仁青", 80), ("扎西央宗", 77), ("多吉坚参", 86)]


def item10(s, c, rec):
    f, t = s["f10"], s["teachers"]
    rng = random.Random(s["seed"] * 10)
    bad = s.get("bad", {})
    pad = "0px 3px"
    sign = "<p>评分教师：%s　　　　教务科审核：%s</p>" % ("、".join(t[:2]), t[-1])
    if f == "two_row_modules":   # 过程考核 / 结果考核 over their parts
        parts = [("安全防护", 10), ("工具使用", 10), ("工单填写", 20), ("绝缘检测", 30), ("模组更换", 30)]
        h1 = "<tr>%s</tr>" % "".join([td("<b>序号</b>", ' align="center" rowspan="2"', pad), td("<b>学号</b>", ' align="center" rowspan="2"', pad),
                                      td("<b>姓名</b>", ' align="center" rowspan="2"', pad), td("<b>过程考核（40分）</b>", ' align="center" colspan="3"', pad),
                                      td("<b>结果考核（60分）</b>", ' align="center" colspan="2"', pad), td("<b>总分</b>", ' align="center" rowspan="2"', pad)])
        out = [h1, trow(["<b>%s(%d)</b>" % p for p in parts], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 33
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True, page="margin:1.0cm 2.2cm"), "x-scanpdf:250:bearing"
    if f == "bonus":   # an 附加分 column, explained
        parts = [("会前准备", 25), ("会场布置", 30), ("会中服务", 35), ("会后整理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["附加分", "总分"]], pad)]
        bon = set(rng.sample(range(len(rec)), 5))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts, 0.6, 0.9)
            b = rng.randint(1, 3) if k in bon else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：附加分为研讨会当天主办方书面表扬的加分（每次1分，最多3分），总分＝四项之和＋附加分，最高100分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "platform_export":   # a training-platform export: 用户名 beside 学号, 提交次数
        parts = [("商品上架", 25), ("详情页", 25), ("推广设置", 25), ("数据分析", 25)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "用户名", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "提交次数"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[3] = 27
            out.append(trow([str(k + 1), "lbds2401%02d" % (k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), str(rng.randint(1, 3))], pad))
        body = ('<p style="font-size:8pt;color:#555555">电子商务综合实训平台　›　成绩管理　›　成绩导出　　导出时间：2024-11-08 16:32　　导出人：%s</p>' % t[0] +
                head10(s, c, "学习任务考核记录（平台成绩导出）") + table(out) +
                "<p>共%d条记录。各项成绩由平台按评分细则自动评分后经教师复核。</p>" % len(rec) + sign)
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_remark":   # a plain table with a 备注 column
        parts = [("电路接线", 30), ("程序编写", 30), ("调试运行", 30), ("安全文明", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "备注"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(sum(v)), "组长" if k % 6 == 0 else ""], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + "<p>共%d人。</p>" % len(rec) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:300:mono"
    if f == "rework":   # a 返修次数 column, not a score
        parts = [("接车问诊", 15), ("故障诊断", 35), ("维修操作", 30), ("竣工检验", 10), ("6S管理", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分", "返修次数"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (6 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), str(rng.choice([0, 0, 0, 0, 1, 1, 2]))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：返修次数为实操中因质量问题返工的次数，只作记录，不计入总分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "plain_group":   # a plain table with a 组别 column
        parts = [("采收操作", 30), ("产地初加工", 40), ("质量检查", 20), ("记录填写", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "%d组" % (1 + k % 6)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "pdf"
    if f == "paired_elder":   # the elder each student served, named in a column
        parts = [("入户评估", 20), ("吸氧操作", 40), ("用氧宣教", 20), ("记录", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "结对老人"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            e, a = ELDERS[k // 4]
            out.append(trow([str(k + 1), sid_of(s, n), n, "%s（%d岁）" % (e, a)] + [str(x) for x in v] + [str(sum(v))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：结对老人为学生两人一组、连续两周入户服务的社区独居老人，每位老人结对四名学生。</p>" + sign)
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def exploded(s, c, n, i):
    """An exploded view of the battery pack: parts as boxes stacked with an offset, callouts, a title block."""
    cl, sid, t = cls_of(s, n), sid_of(s, n), s["teachers"]
    parts = [("①", "上壳体（铝合金压铸）", 0), ("②", "密封胶条", 6), ("③", "高压连接排与熔断器", 12), ("④", "电池模组 M1–M6（更换 M%d）" % (3 + i % 3), 18),
             ("⑤", "电池管理系统从控板", 24), ("⑥", "液冷板", 30), ("⑦", "下托盘", 36)]
    view = ""
    for j, (no, name, off) in enumerate(parts):   # one table a part, so that each is shifted on its own
        view += ('<table style="border-collapse:collapse;margin-top:5px" width="100%%"><tr><td width="%d%%"></td>%s'
                 '<td style="padding:2px 4px" align="left">······· %s</td></tr></table>'
                 % (3 + 6 * j, td(name, ' width="46%" align="center"', "8px 6px", "1.2pt solid #000"), no))
    lst = tbl([["序号", "名称", "数量", "备注"]] + [[no, name.split("（")[0], "6" if no == "④" else "1", "受潮更换" if no == "④" else ""] for no, name, _ in parts],
              width="90%", pad="2px 4px", bold=(0,))
    title = tbl([["绘制", n, "班级", cl, "学号", sid], ["审核", t[i % 2], "比例", "不按比例", "日期", day(s, 30 + i)]], width="100%", pad="3px 4px")
    return ('<h3 style="text-align:center">动力电池包拆解爆炸图（自上而下拆卸顺序）</h3>' + view + "<p><b>零部件清单</b></p>" + lst +
            '<p style="text-align:right">图号：DCB-2401-%02d</p>' % (i + 1) + title)


def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "exploded":
            parts.append(exploded(s, c, n, i))
            parts.append('<h3 style="text-align:center">绝缘检测与模组更换记录</h3>' +
                         tbl([["车辆", "津A·D%05d" % (31870 + 113 * i), "送修人", s["others_named"][0]],
                              ["更换前绝缘电阻（正极对车身）", "%d kΩ" % (21 + 3 * i), "更换后", "%.1f MΩ" % (2.2 + 0.3 * i)],
                              ["更换前绝缘电阻（负极对车身）", "%d kΩ" % (18 + 2 * i), "更换后", "%.1f MΩ" % (2.5 + 0.2 * i)],
                              ["气密性试验", "3 kPa 保压 5 min，压降 0.1 kPa", "结论", "合格"],
                              ["检测人", "%s（%s）" % (n, cl), "复核", t[(i + 1) % 2]]], width="96%", pad="3px 5px"))
        elif f == "meeting_log":   # 服务员 the student, the organiser's contact and a guest
            g = s["others_named"]
            parts.append('<h3 style="text-align:center">会中服务记录</h3><p>会议：七里海湿地鸟类保护研讨会　　会务联系人：%s　　服务员：%s（%s，学号%s）</p>' % (g[0], n, cl, sid) +
                         tbl([["时间", "服务内容", "备注"], ["08:40", "迎宾、引座，核对桌签", "主讲人%s提前到场" % g[1 + i % 5]], ["09:30", "第一次续水", ""],
                              ["10:15", "茶歇：补充点心和咖啡", "素食4份"], ["11:00", "第二次续水、更换毛巾", ""], ["12:00", "会议结束，引导客人离场", "遗留物品：翻页器1个，已交会务联系人"]],
                             width="94%", bold=(0,)))
            parts.append('<h3 style="text-align:center">会后物品清点单</h3>' +
                         tbl([["物品", "发放", "收回", "差异"], ["无线话筒", "4", "4", "0"], ["翻页器", "2", "2", "0"], ["激光笔", "1", "1", "0"], ["插线板", "3", "3", "0"]], width="70%", bold=(0,)) +
                         "<p>清点人：%s　　复核：%s　　%s</p>" % (n, t[i % 2], day(s, 30 + i)))
        elif f == "monthly_report":   # 网店运营月报
            parts.append('<h3 style="text-align:center">店铺运营月报（2024年10月）</h3>'
                         '<p>店铺：寺河山高山苹果旗舰店　　合作果园负责人：%s</p><p>填报人：%s　　班级：%s　　学号：%s</p>' % (s["others_named"][0], n, cl, sid) +
                         tbl([["指标", "第1周", "第2周", "第3周", "第4周", "月合计/均值"],
                              ["访客数", str(820 + 40 * i), str(1130 + 55 * i), str(1460 + 30 * i), str(1710 + 60 * i), str(5120 + 185 * i)],
                              ["支付转化率", "1.6%", "2.1%", "2.4%", "2.9%", "2.3%"],
                              ["客单价（元）", "58", "61", "63", "66", "62"],
                              ["退款率", "3.1%", "2.4%", "1.8%", "1.5%", "2.0%"]], width="100%", bold=(0,)) +
                         "<p><b>问题分析：</b>第1周主图没有突出果径，转化率低；第3周起增加“坏果包赔”说明，退款率下降。</p>"
                         "<p><b>下月计划：</b>上架5斤装尝鲜款，设置满减券，详情页增加果园实拍视频。</p><p>审阅：%s</p>" % t[i % 2])
        elif f == "plc_log":
            parts.append('<h3 style="text-align:center">PLC控制系统调试记录</h3>' +
                         tbl([["项目", "破碎车间1#–3#带式输送机顺序起停与跑偏保护"], ["调试人", "%s（%s　学号%s）" % (n, cl, sid)],
                              ["PLC型号", "S7-200 SMART ST30"], ["起动顺序", "3# → 2# → 1#，间隔5 s"], ["停止顺序", "1# → 2# → 3#，间隔8 s"],
                              ["跑偏保护试验", "2#跑偏开关动作：1#、2#停机，3#继续运行，声光报警　合格"], ["厂方确认", s["others_named"][0]]],
                             width="94%", align="left"))
            parts.append('<h3 style="text-align:center">I/O地址分配与接线检查表</h3>' +
                         tbl([["地址", "元件", "说明", "检查"], ["I0.0", "SB1", "起动按钮", "√"], ["I0.1", "SB2", "停止按钮（常闭）", "√"], ["I0.2", "SQ1", "1#跑偏开关", "√"],
                              ["I0.5", "SA1", "拉绳开关（常闭）", "√"], ["Q0.0", "KM1", "1#皮带接触器", "√"], ["Q0.3", "HA", "声光报警器", "√"]], width="80%", bold=(0,)) +
                         "<p>接线人：%s　　检查：%s</p>" % (n, t[i % 3]))
        elif f == "final_check":
            parts.append('<h3 style="text-align:center">竣工检验单</h3>' +
                         tbl([["车主", s["others_named"][0], "车牌号", "豫M·7%04d" % (2306 + 17 * i)], ["维修人", "%s（%s）" % (n, cl), "检验员", t[i % 2]],
                              ["维修项目", ("空调系统检漏，更换冷凝器进口O形圈，抽真空，加注R134a %d g" % (550 + 10 * i), ' colspan="3" align="left"')],
                              ["高压/低压", "1.45 / 0.22 MPa", "结论", "合格"]], width="94%"))
            parts.append('<h3 style="text-align:center">出风口温度测试记录</h3>' +
                         tbl([["环境温度", "30 ℃", "发动机转速", "1500 r/min"], ["中间出风口", "%.1f ℃" % (6.5 + 0.4 * i), "两侧出风口", "%.1f ℃" % (7.8 + 0.3 * i)],
                              ["测试人", n, "学号", sid]], width="80%"))
        elif f == "processing":
            parts.append('<h3 style="text-align:center">天麻蒸制烘干加工记录</h3>' +
                         tbl([["批号", "TM-2411-%02d" % (i + 1), "鲜麻重量", "%.1f kg" % (6.0 + 0.7 * i)], ["蒸制", "上汽后 %d min，透心无白点" % (20 + 2 * i), "烘干", "45 ℃起，逐步升至 60 ℃，共 %d h" % (52 + 4 * i)],
                              ["干品重量", "%.2f kg" % ((6.0 + 0.7 * i) / 4.1), "折干率", "4.1∶1"], ["加工人", "%s（%s）" % (n, cl), "复核", t[i % 2]],
                              ["基地技术员", s["others_named"][0], "日期", day(s, 30 + i)]], width="94%"))
            parts.append('<h3 style="text-align:center">天麻分级验收单</h3>' +
                         tbl([["等级", "单个重量", "个数", "重量"], ["一等", "≥ 40 g", str(31 + i), "%.2f kg" % (0.62 + 0.05 * i)], ["二等", "25–40 g", str(22 + i), "%.2f kg" % (0.41 + 0.03 * i)],
                              ["三等", "< 25 g", str(17 + i), "%.2f kg" % (0.21 + 0.02 * i)]], width="70%", bold=(0,)) +
                         "<p>分级人：%s　学号：%s　　验收：%s</p>" % (n, sid, t[(i + 1) % 2]))
        elif f == "care_plan":
            elder, age = ELDERS[i % len(ELDERS)]
            parts.append('<h3 style="text-align:center">居家吸氧照护计划</h3>' +
                         tbl([["服务对象", "%s（%d岁）" % (elder, age), "主要问题", "夜间低氧，晨起头痛"], ["照护员", "%s（%s）" % (n, cl), "学号", sid],
                              ["照护目标", ("夜间吸氧时 SpO₂ 保持在 90% 以上；老人能自己开关制氧机、清洗湿化瓶", ' colspan="3" align="left"')],
                              ["措施", ("每晚 21:00–07:00 吸氧 1.5 L/min；每周两次入户测量并记录；宣教用氧安全", ' colspan="3" align="left"')],
                              ["审核", t[i % 2], "日期", day(s, 30 + i)]], width="94%"))
        else:
            raise SystemExit(f)
    return "11.html", html(PB.join(parts), font="Noto Serif CJK SC"), "pdf"


# ------------------------------------------------------------------ item 12

REVIEWS = [("晨跑的橙子", "苹果很甜，就是有两个磕碰了。"), ("豫西老李", "物流太慢，五天才到。"), ("小鹿爱吃果", "个头没有图片上大。")]
REPLIES = ["亲，非常抱歉，请把磕碰的苹果拍照发给客服，我们按个数给您补发。", "亲，让您久等了，我们已换成更快的快递，下次两天到。",
           "亲，我们发的是80果，图片是放大拍的，详情页已补上实物对比图。"]


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
        if f == "photo_line":
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_scan":
            head = ["课后作业（会议服务）", "班级：%s　姓名：%s" % (cl, n)]
        elif f == "review_replies":   # printed reviews, replies by hand
            head = ["课后作业：买家评价回复练习", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid), ""]
            for k, (nick, txt) in enumerate(REVIEWS):
                head += ["评价%d　买家“%s”：%s" % (k + 1, nick, txt), "> 回复：" + REPLIES[(k + i) % 3], "! " + mark(rng), ""]
        elif f == "hand_scan_bearing":
            head = ["PLC控制课后作业", "> 班级 %s　学号 %s　姓名 %s" % (cl, sid, n)]
        elif f == "color_hand":
            head = ["课后练习（汽车空调）", "姓名 %s　班级 %s" % (n, cl)]
        elif f == "khata_photo":
            head = ["中药材采收与加工　课后作业", "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid[-2:]), "",
                    "天麻性状识别要点（默写）", "> 鹦哥嘴：箭麻顶端红棕色的干枯芽苞", "> 肚脐眼：底部圆形的脐状疤痕", "> 点状环纹：表面多轮横环纹", ""]
        elif f == "interview":   # an interview of an elder
            elder, age = ELDERS[(i + 3) % len(ELDERS)]
            head = ["课后作业：采访一位社区老人", "> 采访对象：%s（%d岁）　采访地点：米林镇社区活动室" % (elder, age),
                    "> 采访人：%s　班级：%s　学号：%s" % (n, cl, sid), "",
                    "问：您晚上睡觉时有什么不舒服？", "> 答：半夜常憋醒，早上头疼，嘴唇发紫。",
                    "问：您会用制氧机吗？", "> 答：孩子教过，流量不会调，湿化瓶的水很久没换。", ""]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"photo_line": "x-photo:200:2", "hand_scan": "x-scan:200:3", "review_replies": "x-photo:200:1",
            "hand_scan_bearing": "x-scan:250:4:bearing", "color_hand": "x-scan:200:2:color",
            "khata_photo": "x-photo:200:2:khata", "interview": "x-photo:200:1:khata"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

FEMALE = set(("雨桐 梓萱 欣怡 嘉怡 佳琪 诗涵 梦洁 语嫣 若曦 雅琪 紫涵 可欣 梦瑶 静怡 思彤 晓雯 婉婷 嘉欣 文静 怡然 雨欣 佳慧 婧怡 "
               "睿涵 梦琪 晓彤 思琪 玉洁 心悦 雅楠 芷若 欣妍 若彤 欣然 诗琪 佳悦 晴雯 靖瑶 舒涵 雨萌 安然 嘉慧 依琳 语彤 芊芊 思雨 "
               "可心 雨菲 奕涵 佳颖 丹妮 慧敏 舒雅 砚秋 叶蓁 晚晴 南乔 若溪 笑笑 宛童 昕冉 语汐 嫣然 芮涵 沁雪 一丹 书蕾 筱雨 悠然 "
               "念慈 婉清 晨露 思颖 诗语 秋实 芮嘉 语沫 书瑾 婷 琳 悦").split())


def sex_of(n):
    b = bare(n)
    if "·" in n:
        return "女" if n.startswith(("麦尔哈巴", "古丽", "阿依")) else "男"
    if any(x in b for x in ("卓玛", "曲珍", "拉姆", "央宗", "措姆", "卓嘎", "旺姆", "玉珍", "白珍", "仓决", "拉珍", "央拉", "群宗", "尼珍", "吉宗", "德吉", "央金")):
        return "女"
    return "女" if b[1:] in FEMALE else "男"


def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    H = lambda xs: '<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in xs)
    if r == "xj_roster":   # a 花名册 with 民族 and the 内地新疆中职班 students marked
        rows = [H(["序号", "学号", "姓名", "性别", "民族", "备注"])]
        for j, n in enumerate(k):
            xj = n in s.get("xj", [])
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "维吾尔族" if xj else "汉族", "内地新疆中职班" if xj else ""], "1px 4px"))
        body = ('<h2 style="text-align:center">%s学生花名册</h2><p style="text-align:center">%s　2024—2025学年第一学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="84%") + "<p>班主任：%s　　　合计：%d人</p>" % (s["headteacher"], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s学生花名册.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "health_check":   # the freshmen's medical examination results
        rows = [H(["序号", "学号", "姓名", "性别", "身高(cm)", "体重(kg)", "视力(左/右)", "色觉", "结论"])]
        rr = random.Random(s["seed"] * 31)
        for j, n in enumerate(k):
            m = sex_of(n) == "男"
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), str(rr.randint(166, 184) if m else rr.randint(155, 168)),
                              str(rr.randint(52, 78) if m else rr.randint(44, 60)), "%.1f/%.1f" % (rr.choice([4.6, 4.8, 5.0, 5.1]), rr.choice([4.7, 4.9, 5.0, 5.1])),
                              "正常", "合格"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s新生入学体检结果名单</h2><p style="text-align:center">%s　体检日期：2023年9月12日</p>' % (s["cls"], s["school"]) +
                table(rows, width="92%") + "<p>体检人数：%d人　　校医：%s　　班主任：%s</p>" % (len(k), s["others_named"][1], s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s体检名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "sanbao":   # the students under the Tibetan “三包” policy (food, lodging, school costs)
        towns = ["米林镇", "卧龙镇", "里龙乡", "扎西绕登乡", "羌纳乡", "丹娘乡", "南伊珞巴民族乡", "派镇"]
        rows = [H(["序号", "学号", "姓名", "性别", "民族", "户籍所在地", "三包标准（元/年）", "备注"])]
        for j, n in enumerate(k):
            tib = not n.startswith(tuple(SURNAMES["ml"]))
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "藏族" if tib else "汉族", towns[(j * 3) % len(towns)] if tib else "米林镇",
                              "4200", "" if tib else "城镇户籍"], "1px 4px"))
        body = ('<h2 style="text-align:center">%s享受“三包”政策学生名单</h2><p style="text-align:center">%s　2024年秋季学期</p>' % (s["cls"], s["school"]) +
                table(rows, width="94%") + "<p>班主任：%s　　学生资助管理中心经办人：%s　　合计：%d人</p>" % (s["headteacher"], s["others_named"][-1], len(k)))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s三包学生名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
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
    truth = {"comment": "Hundred-and-fifty-seventh held-out people corpus (testdata/heldout157), the format of "
                        "testdata/heldout28/truth.json. Findings of the students.*/records.* rules a correct tool must "
                        "report; 'optional' ones may be reported or not. any_item: any item matches; student: the message "
                        "must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    for w in OWN_PLACES:
        if w in EARLIER_TEXT or w in EARLIER_READMES:
            raise SystemExit("place %s was used by an earlier corpus" % w)
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
    assert len(set(all_others)) == len(all_others), "an outsider stands twice"
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
    people = all_teachers + all_others
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if near(a, b):
                raise SystemExit("%s is near %s" % (a, b))
    for s in SUBS:
        c = C[s["course"]]
        s["sub"] = "%s-%s" % (c["major"], c["task"])
        rng = random.Random(s["seed"] * 7919 + 157)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], s.get("place", {}))
        k = s["klass"]
        for a in range(len(k)):
            for b in range(a + 1, len(k)):
                assert not near(k[a], k[b]), (k[a], k[b])
        rec = [n for n in k if n not in s.get("absent_from_10", [])]
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
