#!/usr/bin/env python3
"""Write the sources of the hundred-and-thirty-fifth held-out people corpus (src/ and truth.json).

Written apart from the checks (nothing under checks/, internal/, extractors/,
models/, cmd/ or pipeline/ but the truth-format struct tags of
pipeline/heldout_test.go was read; classaudit was not run on it). Seven
submissions of three invented schools in 康定 (四川, 甘孜藏族自治州), 遂川县
(江西, 吉安) and 洮南 (吉林, 白城).

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
# the truth files and cut READMEs read for names, tasks, courses and schools to avoid
# (heldout133 ... heldout136 are written at the same time by other hands and are not read)
EARLIER = ["heldout"] + ["heldout%d" % i for i in range(2, 133)] + ["othertools"]


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


# ------------------------------------------------------------------ names

# Han surnames by region, weighted by repetition: 康定 (the Han families of the 炉城 town, 川西 杨 李 王 张 刘 陈
# 罗 周 高 邓 蒋 余 廖 何 …); 遂川 (the 客家 and 赣西 families 郭 李 刘 罗 肖 曾 王 张 陈 黄 彭 钟 温 邱 袁 谢 匡 …);
# 洮南 (吉林 west: 王 李 张 刘 赵 孙 杨 于 高 马 徐 韩 付 宫 包 白 姜 曹 …)
SURNAMES = {
    "kd": list("杨杨杨李李李王王张张刘刘陈陈罗罗周高邓蒋余廖何黄吴曾唐"),
    "sc": list("郭郭郭李李李刘刘刘罗罗肖肖曾曾王王张陈黄彭钟温邱袁谢匡林"),
    "tn": list("王王王王李李李张张张刘刘赵赵孙孙杨于于高马徐韩付宫包白姜曹"),
}
# Han given names: a new list of names of students born around 2008-2009; pinyin for the 学籍 roster of 康定
GIVEN_PY = {
    "婧妍": "JINGYAN", "俊熙": "JUNXI", "柏宇": "BAIYU", "子骞": "ZIQIAN", "欣蕾": "XINLEI", "宇航": "YUHANG",
    "佳颖": "JIAYING", "浩然": "HAORAN", "文韬": "WENTAO", "思琪": "SIQI", "雨涵": "YUHAN", "锦川": "JINCHUAN",
    "嘉怡": "JIAYI", "雅雯": "YAWEN", "明杰": "MINGJIE", "晓雪": "XIAOXUE", "志鹏": "ZHIPENG", "家豪": "JIAHAO",
    "诗语": "SHIYU", "一帆": "YIFAN", "俊豪": "JUNHAO", "可欣": "KEXIN", "雪莲": "XUELIAN", "海川": "HAICHUAN",
    "明远": "MINGYUAN", "天宇": "TIANYU", "晨曦": "CHENXI", "紫萱": "ZIXUAN", "鑫悦": "XINYUE", "若琳": "RUOLIN",
    "语嫣": "YUYAN", "宇杰": "YUJIE", "雨桐": "YUTONG", "梦洁": "MENGJIE", "晓峰": "XIAOFENG", "皓宇": "HAOYU",
    "博涛": "BOTAO", "欣然": "XINRAN", "沐阳": "MUYANG", "瑞雪": "RUIXUE", "康宁": "KANGNING", "雪梅": "XUEMEI",
    "思远": "SIYUAN", "乐瑶": "LEYAO", "俊杰": "JUNJIE", "云帆": "YUNFAN", "雅琪": "YAQI", "心怡": "XINYI",
    "天翔": "TIANXIANG", "紫琪": "ZIQI", "梓睿": "ZIRUI", "蓉蓉": "RONGRONG", "亚楠": "YANAN",
    "星辰": "XINGCHEN", "泽林": "ZELIN", "靖雯": "JINGWEN", "俊宏": "JUNHONG", "嘉琪": "JIAQI", "鹏程": "PENGCHENG",
    "玉洁": "YUJIE", "芮希": "RUIXI", "思彤": "SITONG", "晗": "HAN", "睿": "RUI", "彤": "TONG", "昕": "XIN",
}
GIVEN_MORE = ("子涵 梓轩 雨欣 浩宇 佳乐 鹏飞 晨阳 佳琪 俊辉 文博 志远 欣怡 雨萱 宇轩 诗涵 梦瑶 家乐 子豪 金凤 晓燕 "
              "海洋 嘉欣 建宇 明轩 雅欣 思雨 婉婷 天乐 文静 嘉豪 俊凯 晓东 永康 玉婷 佳慧 海峰 春燕 秋月 国栋 "
              "志强 梦琪 宏宇 艺涵 锦涛 文轩 明辉 彦霖 宇晨 紫涵 若溪 清扬 书涵 睿哲 子恒 奕博 梓萌 昊天 铭轩").split()
SURNAME_PY = {"杨": "YANG", "李": "LI", "王": "WANG", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "罗": "LUO", "周": "ZHOU",
              "高": "GAO", "邓": "DENG", "蒋": "JIANG", "余": "YU", "廖": "LIAO", "何": "HE", "黄": "HUANG", "吴": "WU",
              "曾": "ZENG", "唐": "TANG"}
FEMALE = set("婧妍 欣蕾 佳颖 思琪 雨涵 嘉怡 雅雯 晓雪 诗语 可欣 雪莲 晨曦 紫萱 鑫悦 若琳 语嫣 雨桐 梦洁 欣然 瑞雪 雪梅 乐瑶 "
             "雅琪 心怡 紫琪 蓉蓉 亚楠 靖雯 嘉琪 玉洁 芮希 思彤 彤 昕 子涵 雨欣 佳琪 欣怡 雨萱 诗涵 梦瑶 金凤 晓燕 嘉欣 "
             "雅欣 思雨 婉婷 文静 玉婷 佳慧 春燕 秋月 梦琪 艺涵 紫涵 若溪 书涵 梓萌".split())
# Tibetan names of 康巴 (two parts, no surname); Yi names of 凉山 students studying in 康定
TIB_F1 = "泽仁 央金 降央 向秋 益西 格桑 达瓦 呷玛 次仁 扎西 仁青 白玛 德吉 斯朗 格绒 四郎 曲珠 拥忠".split()
TIB_M1 = "泽仁 降央 益西 格桑 达瓦 次仁 扎西 仁青 白玛 斯朗 格绒 四郎 尼玛 阿旺 洛绒 登真 贡布 呷绒".split()
TIB_F2 = "拉姆 卓玛 措姆 央宗 曲珍 志玛 拉措 卓嘎".split()
TIB_M2 = "多吉 顿珠 邓珠 彭措 群培 泽仁 扎西 次仁 贡布 平措".split()
TIB_ALL = {"泽仁": "ZEREN", "格桑": "GESANG", "央金": "YANGJIN", "降央": "JIANGYANG", "向秋": "XIANGQIU", "益西": "YIXI",
           "达瓦": "DAWA", "呷玛": "GAMA", "扎西": "ZHAXI", "次仁": "CIREN", "洛绒": "LUORONG", "四郎": "SILANG",
           "尼玛": "NIMA", "阿旺": "AWANG", "格绒": "GERONG", "仁青": "RENQING", "白玛": "BAIMA", "德吉": "DEJI",
           "斯朗": "SILANG", "呷绒": "GARONG", "登真": "DENGZHEN", "贡布": "GONGBU",
           "拉姆": "LAMU", "卓玛": "ZHUOMA", "措姆": "CUOMU", "曲珍": "QUZHEN", "央宗": "YANGZONG", "多吉": "DUOJI",
           "顿珠": "DUNZHU", "邓珠": "DENGZHU", "彭措": "PENGCUO", "群培": "QUNPEI", "次仁": "CIREN",
           "曲珠": "QUZHU", "拥忠": "YONGZHONG", "志玛": "ZHIMA", "拉措": "LACUO", "卓嘎": "ZHUOGA", "平措": "PINGCUO"}
TIB_FEMALE = {a + b for a in TIB_F1 for b in TIB_F2}
YI_NAMES = {"俄木阿依": ("EMU AYI", "女"), "阿尔木呷": ("AER MUGA", "男"), "吉伍拉且": ("JIWU LAQIE", "男")}
ETHNIC = {}   # name -> 藏族 / 彝族 (others 汉族)
INITIAL = dict(zip("王李张刘赵孙杨于高马徐韩付宫包白姜曹", "WLZLZSYYGMXHFGBBJC"))


def han_name(rng, region):
    g = rng.choice(list(GIVEN_PY)) if region == "kd" else rng.choice(list(GIVEN_PY) + GIVEN_MORE)
    return rng.choice(SURNAMES[region]), g


def tib_name(rng):
    while True:
        a, b = (rng.choice(TIB_F1), rng.choice(TIB_F2)) if rng.random() < 0.5 else (rng.choice(TIB_M1), rng.choice(TIB_M2))
        if not set(a) & set(b):
            return a + b


def ok_name(name, names, avoid):
    return not (name in names or used(name) or name in TAKEN or any(near(name, f) for f in names + avoid))


def draw_class(rng, n, fixed, avoid, region, mix=None):
    """mix: {"tib": k, "yi": m} -- how many Tibetan and Yi names the class must hold in all (康定)."""
    names = list(fixed)
    mix = dict(mix or {})
    for nm in fixed:
        if ETHNIC.get(nm) == "藏族" and "tib" in mix:
            mix["tib"] -= 1
        if ETHNIC.get(nm) == "彝族" and "yi" in mix:
            mix["yi"] -= 1
    for yi in list(YI_NAMES)[: mix.get("yi", 0)]:
        if not ok_name(yi, names, avoid):
            raise SystemExit("Yi name %s refused" % yi)
        names.append(yi)
        ETHNIC[yi] = "彝族"
    k, tries = 0, 0
    while k < mix.get("tib", 0):
        tries += 1
        if tries > 20000:
            raise SystemExit("not enough Tibetan names")
        name = tib_name(rng)
        if ok_name(name, names, avoid):
            names.append(name)
            ETHNIC[name] = "藏族"
            k += 1
    while len(names) < n:
        sur, _ = han_name(rng, region)   # the surname first, so refusals do not thin out the common ones
        for _ in range(400):
            g = han_name(rng, region)[1]
            name = sur + g
            if ok_name(name, names, avoid):
                names.append(name)
                break
    rng.shuffle(names)
    TAKEN.update(names)
    return names


def pinyin(n):
    if n in YI_NAMES:
        return YI_NAMES[n][0]
    b = bare(n)
    if ETHNIC.get(n) == "藏族":
        return TIB_ALL[b] if len(b) == 2 else "%s %s" % (TIB_ALL[b[:2]], TIB_ALL[b[2:]])
    return "%s %s" % (SURNAME_PY[b[0]], GIVEN_PY[b[1:]])


def sex_of(n):
    if n in YI_NAMES:
        return YI_NAMES[n][1]
    b = bare(n)
    if ETHNIC.get(n) == "藏族":
        return "女" if b in TIB_FEMALE else "男"
    return "女" if b[1:] in FEMALE else "男"


# ------------------------------------------------------------------ courses

C = {
 "hotel": dict(major="饭店(酒店)服务", code="0504", course="高原旅游酒店前厅接待", task="旅游旺季藏式精品酒店团队客人入住接待与行李服务",
   hours=16, station="前厅客房服务一体化学习工作站",
   situation="七月是康定的旅游旺季，跑马山下一家藏式精品酒店当天要接待一个二十八人的自驾旅游团，客人多数第一次上高原，傍晚集中到店。酒店前厅经理请饭店班学员核对团队订单、提前排房，准备欢迎茶和哈达，办理团队入住和证件登记，安排行李员把行李送进房间，并提醒客人注意高原反应。",
   qs=[("问题1 团队客人集中到店前，前台要提前做好哪些准备？", ["核对团队订单和名单，提前排好房、制好房卡，按房号装好欢迎袋，准备欢迎茶，并和行李员约好分送路线。", "提前排房制卡，准备欢迎茶。", "核对名单，装好欢迎袋。"]),
       ("问题2 客人初上高原，接待时要提醒什么？", ["第一天不要洗澡，少走动，多喝温水，有头痛气紧就打前台电话，酒店备有氧气瓶。", "不要洗澡，多喝水，备有氧气。", "不舒服就打前台电话。"])],
   hw=[("1. 行李员送团队行李时怎样防止送错？", ["每件行李拴上写有房号的行李牌，按楼层分车，送到房间请客人当面确认。", "拴房号牌，当面确认。", "按楼层分车送。"]),
       ("2. 献哈达时要注意什么礼节？", ["双手捧着哈达，身体微微前倾，哈达的折口朝向客人，轻轻挂在客人颈上并说扎西德勒。", "双手捧，折口朝客人。", "说扎西德勒。"])],
   outputs=[("团队欢迎卡", "欢迎入住，附高原温馨提示。"), ("团队入住接待记录", "二十八人十四间，十八点四十分全部入住。")]),
 "brake": dict(major="汽车维修", code="0403", course="山区行驶车辆制动系统检修", task="川藏线自驾车辆长下坡制动过热与制动液气阻故障检修",
   hours=16, station="汽车底盘检修一体化学习工作站",
   situation="一位从成都来的自驾游客开车翻过折多山后，说下长坡时刹车越踩越软，还闻到焦糊味，车停在学校合作的维修站。站长请汽修班学员接车问诊，测量四个车轮的摩擦片和制动盘，检查制动液含水量，找出过热和气阻的原因，更换摩擦片和制动液并排空气，路试合格后向车主讲清山区下坡的用车方法。",
   qs=[("问题1 长下坡刹车越踩越软，可能是什么原因？", ["连续踩刹车使制动器过热，制动液含水量高、沸点低，受热产生气泡形成气阻，踏板就变软。", "制动液受热产生气阻。", "过热，制动液沸点低。"]),
       ("问题2 更换制动液后为什么要排空气？", ["管路里留有空气，踩刹车时空气被压缩，制动力不足，踏板发软，所以要从离总泵最远的车轮开始逐个排气。", "空气会被压缩，踏板发软。", "从最远的车轮开始排。"])],
   hw=[("1. 山区下长坡怎样正确用车？", ["挂低速挡利用发动机制动，间断轻踩刹车，不要一直踩着，必要时停车让制动器降温。", "低速挡，间断踩刹车。", "停车降温。"]),
       ("2. 怎样判断摩擦片需要更换？", ["测量摩擦片厚度，低于两毫米或者报警片接触制动盘、出现异响时就要更换。", "厚度低于两毫米。", "报警片响了就换。"])],
   outputs=[("维修工单", "更换前轮摩擦片和全车制动液。"), ("制动液含水量检测记录", "含水量由百分之三点五降到零点五以下。")]),
 "yak": dict(major="烹饪(中式烹调)", code="0501", course="川味牦牛肉热菜烹制", task="康巴风味牦牛肉热菜制作与宴席出品",
   hours=18, station="中式烹调一体化学习工作站",
   situation="康定一家藏餐与川菜兼营的酒楼要为一场婚宴准备十二桌菜，菜单里有红烧牦牛肉、水煮牦牛肉和青椒炒牦牛肉三道热菜。酒楼厨师长请烹饪班学员做好开档准备，完成牦牛肉的初加工、刀工和腌制，按标准菜谱烹制，控制出菜节奏，宴席结束后做好收档。",
   qs=[("问题1 牦牛肉为什么要逆着纹路切？", ["牦牛肉纤维粗、筋膜多，逆着纹路切能把纤维切断，炒出来才嫩，不塞牙。", "切断纤维，炒出来嫩。", "纤维粗，要逆纹切。"]),
       ("问题2 水煮牦牛肉怎样上浆才滑嫩？", ["肉片先用盐、料酒码味，加蛋清和水淀粉抓匀，最后封一层油，下锅前再拌一下。", "蛋清和水淀粉抓匀，封油。", "先码味再上浆。"])],
   hw=[("1. 高原上烧菜为什么要用高压锅？", ["海拔高，水的沸点只有八十多度，普通锅炖不烂牦牛肉，高压锅能提高锅内温度。", "沸点低，炖不烂。", "高压锅温度高。"]),
       ("2. 收档时要做哪些事？", ["关闭燃气总阀，剩余原料分类封好放进冷库，清洁灶台和排烟罩，垃圾分类，填写收档记录。", "关总阀，原料入库。", "清洁灶台，垃圾分类。"])],
   outputs=[("红烧牦牛肉出品记录", "每份三百克，出菜时间十四分钟。"), ("水煮牦牛肉出品记录", "色泽红亮，麻辣适中。")]),
 "tea": dict(major="电子商务", code="0603", course="茶叶社群营销与门店运营", task="狗牯脑春茶社群团购与茶叶门店线上线下联动销售",
   hours=14, station="电商运营一体化学习工作站",
   situation="清明前后遂川的狗牯脑春茶上市，汤湖镇一家茶叶体验店想把老顾客拉进微信社群做预售团购，同时让到店的游客扫码入群。店主请电商班学员分析目标顾客，设计团购活动和社群文案，在门店值班收银、登记会员，汇总团购订单并安排发货。",
   qs=[("问题1 为什么要先用5W2H把活动想清楚？", ["把卖什么、为什么做、卖给谁、什么时候、在哪里、怎么做、花多少钱一条条写出来，活动才不会漏环节。", "把每个环节想清楚，不漏。", "卖给谁、怎么做、花多少钱。"]),
       ("问题2 社群团购为什么要设成团人数？", ["满一定人数才成团，顾客会主动拉亲友进群，店里也能按成团数量备货，减少压货。", "顾客会拉亲友，店里好备货。", "按成团数量备货。"])],
   hw=[("1. 到店游客怎样引导进群？", ["收银时告诉客人扫码入群可领试饮装，群里每周有新茶团购和冲泡小视频。", "扫码送试饮装。", "群里有团购和视频。"]),
       ("2. 会员登记要注意保护哪些信息？", ["手机号只用来通知发货，不外传，登记表不拍照发群里，电脑上的名单要加密码。", "手机号不外传。", "名单加密码。"])],
   outputs=[("门店收银小票", ""), ("社群团购订单汇总", "")]),
 "fall": dict(major="健康与社会照护", code="0529", course="高龄老人机构安全照护", task="乡镇敬老院高龄老人冬季防跌倒与夜间如厕协助照护",
   hours=16, station="老年照护一体化学习工作站",
   situation="入冬以后，汤湖镇敬老院有两位八十岁以上的老人夜里起床上厕所时差点摔倒。院长请照护班学员对院里的高龄老人做跌倒风险评估，确定护理等级，改善房间和卫生间的照明与扶手，制订夜间如厕协助方案，并教老人使用床边呼叫器和坐便椅。",
   qs=[("问题1 评估跌倒风险时要看哪些方面？", ["近期有没有跌倒过、有几种疾病、走路是否需要辅助、有没有输液、步态是否稳、能否认清自己的能力。", "跌倒史、步态、辅助器具。", "疾病和认知情况。"]),
       ("问题2 夜间协助老人如厕时要注意什么？", ["先开夜灯，让老人在床边坐一会再站起，扶住老人健侧，陪到卫生间门口，便后慢慢起身。", "先开夜灯，床边坐一会。", "扶健侧，慢慢起身。"])],
   hw=[("1. 房间怎样改造能减少跌倒？", ["床边和卫生间装夜灯和扶手，地面防滑，拖鞋换成防滑鞋，常用东西放在伸手能拿到的地方。", "装夜灯和扶手，地面防滑。", "东西放手边。"]),
       ("2. 老人跌倒后第一步该怎么做？", ["不要急着扶起来，先看老人意识和有没有疼痛、出血，问清哪里不舒服，再决定是否呼叫医生。", "先不要扶，先看意识。", "问清哪里疼再处理。"])],
   outputs=[("护理等级评定表", ""), ("夜间如厕协助方案", "")]),
 "belt": dict(major="机电一体化技术", code="0127", course="输送设备电气控制系统装调", task="粮库皮带输送机跑偏检测与变频调速控制系统安装调试",
   hours=18, station="机电设备装调一体化学习工作站",
   situation="秋粮收购季，洮南一座粮库的皮带输送机经常跑偏撒粮，电机一直全速运转也很费电。粮库请学校机电专业帮忙加装跑偏检测开关和变频调速控制。车间主任请机电班学员制订进度计划，安装跑偏开关和变频器，完成接线和参数设置，编写控制程序，联调后交粮库保管员验收。",
   qs=[("问题1 跑偏开关应该装在什么位置？", ["装在输送机头部和尾部两侧，立辊离皮带边缘五十毫米左右，皮带偏到碰上立辊就发信号。", "头尾两侧，离皮带边五十毫米。", "碰到立辊就发信号。"]),
       ("问题2 为什么用变频器调速能省电？", ["粮少时降低电机转速，风机水泵类负载功率和转速的三次方成正比，转速降一点电就省不少。", "粮少时降速，功率大幅下降。", "功率和转速三次方成正比。"])],
   hw=[("1. 变频器上电前要检查什么？", ["核对输入输出接线，主回路不能接反，接地可靠，绝缘电阻合格，参数先恢复出厂设置。", "输入输出不能接反。", "接地和绝缘合格。"]),
       ("2. 跑偏报警后程序要怎样动作？", ["轻微跑偏先报警并降速，严重跑偏延时两秒停机，防止皮带撕裂撒粮。", "轻微报警降速，严重停机。", "延时两秒停机。"])],
   outputs=[("跑偏开关与变频器调试记录", ""), ("PLC程序与参数表", "")]),
 "bus": dict(major="新能源汽车检测与维修", code="0435", course="寒区动力电池热管理系统检修", task="寒区纯电动公交车低温续航衰减与动力电池加热系统故障检修",
   hours=18, station="新能源汽车检修一体化学习工作站",
   situation="一月的洮南最低气温到零下二十八度，公交公司一辆纯电动公交车早上出车时续航只显示平时的一半，仪表还提示电池温度低。公交公司车队请学校新能源专业检修。老师请新能源班学员办理高压作业工作票，做好断电和验电，读取电池管理系统数据，检查动力电池加热膜和加热继电器，排除故障后跟车做低温续航测试。",
   qs=[("问题1 为什么低温时电动车续航会下降？", ["电池温度低时电解液变稠，内阻变大，能放出的电量少，暖风空调也要耗电，所以续航下降。", "电池内阻变大，放电少。", "暖风也耗电。"]),
       ("问题2 检修高压部件前必须做哪些安全措施？", ["办理工作票，断开维修开关并妥善保管，等待五分钟后验电确认零伏，挂牌上锁，穿戴绝缘手套和绝缘鞋。", "断开维修开关，验电，挂牌上锁。", "戴绝缘手套。"])],
   hw=[("1. 加热膜不工作可能有哪些原因？", ["加热继电器不吸合、加热保险烧断、加热膜本身断路或者电池管理系统没有发出加热请求。", "继电器或保险坏了。", "加热膜断路。"]),
       ("2. 冬季停车时怎样保护动力电池？", ["尽量停进车库，晚上插枪保温，出车前预热电池，电量不要长期低于百分之二十。", "停车库，插枪保温。", "出车前预热。"])],
   outputs=[("低温续航测试记录", ""), ("加热系统检修报告", "")]),
}

TITLES = ["高级讲师", "讲师", "一级实习指导教师", "高级技师", "企业兼职教师"]

SUBS = [
    dict(school="康定市跑马山技工学校", pack="gbkzip", region="kd", course="hotel", cls="饭店2401班", size=36, seed=11,
         sidp="2024050401", students=["格桑·央宗", "罗婧妍", "洛绒顿珠"], ethnic={"格桑·央宗": "藏族", "洛绒顿珠": "藏族"},
         mix={"tib": 14, "yi": 2},
         others_named=["阿旺次仁", "汪德荣", "申玉洁", "柯振邦", "戴秋萍"], teachers=["泽仁卓玛", "罗锦帆"],
         form_count="36人（汉族20人、藏族14人、彝族2人）", roster="pinyin", headteacher="廖晓琴",
         f8="ethnic_head", f10="bonus_reason", f11="welcome_card", f12="name_line_photo",
         findings=[],
         comment="clean. The three are 格桑·央宗 (a Tibetan name written with a middle dot, as on her ID card), 罗婧妍 and 洛绒顿珠. "
                 "The teacher 泽仁卓玛 has a Tibetan name. Item 8 (colour scan 200): head row 姓名 | 民族 | 学号 | 班级; the task "
                 "brief names the tour leader 汪德荣 and the guests 申玉洁, 柯振邦, 戴秋萍, the hotel's front-office manager 阿旺次仁 "
                 "signs as 企业指导 (none a student). Item 11 (typed): welcome cards addressed to the guests, `接待员：<name>`. "
                 "Item 10 (typed): a 加分 column with a 加分原因 column, 总分 = four parts + 加分 (≤3), explained under the "
                 "table. Roster: a 学籍注册名单 with a 姓名拼音 column and 民族 (20 汉族, 14 藏族, 2 彝族), 36 = form "
                 "`36人（汉族20人、藏族14人、彝族2人）` = 36 rows"),
    dict(school="康定市跑马山技工学校", pack="gbkzip", region="kd", course="brake", cls="汽修2401班", size=38, seed=12,
         sidp="2024040301", students=["廖柏川", "四郎彭措", "陈锦川"], ethnic={"四郎彭措": "藏族"}, mix={"tib": 10},
         items={8: ["廖柏川", "四郎彭措", "陈锦川", "余子骞"]}, extra_class=["余子骞", "高文韬"], bad={"高文韬": "over"},
         others_named=["钟立伟"], teachers=["何守康", "周泽明"], form_count="38人",
         f8="wheel_grid", f10="photo_register", f11="workorder", f12="hand_mono",
         findings=[("students.count", 8, False), ("records.invalid_score", 10, False, "高文韬")],
         optional=[("students.mismatch", 8, True)],
         comment="item 8 (scanned 250 dpi gray, a blister pack on the glass) holds FOUR measuring sheets: the three and "
                 "classmate 余子骞 (with an item-10 record): students.count on 8; students.mismatch optional. Item 10 is the "
                 "printed register PHOTOGRAPHED on a clipboard; 高文韬 has 34 under `故障诊断(30)` (总分 the sum): "
                 "records.invalid_score. Item 8 layout: a 2x2 wheel grid (左前/右前/左后/右后, pad and disc thickness, disc "
                 "temperature by hand), `测量人` at the foot, the car owner 钟立伟 named (not a student). Form "
                 "`班级人数 | 38人 | 工位数 | 20`. No roster"),
    dict(school="康定市跑马山技工学校", pack="gbkzip", region="kd", course="yak", cls="烹饪2401班", size=41, seed=13,
         sidp="2024050101", students=["王芮希", "仁青多吉", "黄梓川"], ethnic={"仁青多吉": "藏族"}, mix={"tib": 10},
         outsiders={"黄梓川": "烹饪2402班"}, out_sidp="2024050102", extra_class=["余佳颖"], absent_from_10=["余佳颖"],
         others_named=["罗志忠"], teachers=["蒋光荣", "李春蓉"], form_count="41人",
         f8="open_close", f10="level_typed", f11="dish_record", f12="clip_photo",
         findings=[("students.not_in_class", 8, True, "黄梓川"), ("records.count_mismatch", 10, False)],
         comment="黄梓川 of the parallel class 烹饪2402班 (his class and 学号 20240501021x on the open/close sheet, the dish "
                 "records and the homework) is the third student of 8/11/12; item 10 has no record of him: "
                 "students.not_in_class. The form says `41人`; item 10 (TYPED) lists 40 (余佳颖 has no record; no roster): "
                 "records.count_mismatch. Item 8 (colour scan 200): an 开档/收档 checklist at the top (开档人 / 收档人 by hand, "
                 "the head chef 罗志忠 signing, not a student). Item 12: phone photos of the homework on a clipboard"),
    dict(school="遂川县汤湖技工学校", pack="dir", region="sc", course="tea", cls="电商2401班", size=36, seed=21,
         sidp="2436060301", students=["郭芷欣", "肖子墨", "曾凡睿"], extra_class=["彭俊宏"], bad={"彭俊宏": "sum"},
         others_named=["郭长生", "温秀英", "袁国庆", "匡丽华"], teachers=["钟晓红", "邱建平"],
         form_count="36（截至2024年9月30日注册人数）",
         f8="fivew2h", f10="mono_register", f11="receipt", f12="hand_gray",
         findings=[("records.invalid_score", 10, False, "彭俊宏")],
         comment="item 10 (scanned 1-bit 300 dpi): 彭俊宏's 总分 is 8 above the sum of his parts: records.invalid_score. "
                 "Item 8 (colour scan 200): a 5W2H analysis table, `分析人 / 学号 / 班级` only at the foot, the shop owner "
                 "郭长生 named in the brief. Item 11 (typed): shop till RECEIPTS, `收银员：<name>`, members 温秀英, 袁国庆, "
                 "匡丽华 named (not students), and a group-buy order summary. Form `36（截至2024年9月30日注册人数）`. No roster"),
    dict(school="遂川县汤湖技工学校", pack="dir", region="sc", course="fall", cls="照护2401班", size=40, seed=22,
         sidp="2436052901", students=["刘婉晴", "黄馨蔓", "谢梦瑶"], items={12: ["刘婉晴", "黄馨蔓", "胡雅萱"]},
         extra_class=["胡雅萱", "钟诗涵"], absent_from_10=["钟诗涵"],
         others_named=["彭桂秀", "邱德福", "彭春生"], teachers=["李秋华", "温志军"], form_count="40名",
         roster="face", headteacher="罗红英",
         f8="fall_risk", f10="group_typed", f11="care_level", f12="evening_study",
         findings=[("students.mismatch", 12, True), ("records.missing_student", 10, False, "钟诗涵"),
                   ("records.count_mismatch", 10, False)],
         comment="item 12 (晚自习作业单 pages in handwriting, scanned 250 dpi gray, a blister pack on the glass) holds the "
                 "homework of 刘婉晴, 黄馨蔓 and classmate 胡雅萱 (with an item-10 record) instead of 谢梦瑶's: "
                 "students.mismatch. The roster (a 人脸识别信息采集名单, 40) and the form (`40名`) hold 钟诗涵; item 10 "
                 "(TYPED, a 组别 column) has 39 rows and none for her: records.missing_student and records.count_mismatch. "
                 "Item 8 (scanned 200 gray): a Morse fall-risk head (评估对象 彭桂秀, 评估员 by hand, 家属 彭春生 signing); "
                 "item 11 (typed): 护理等级评定表 (评估员 the student, the elders 彭桂秀 and 邱德福 named)"),
    dict(school="洮南市四海湖技工学校", pack="zip", region="tn", course="belt", cls="机电2401班", size=38, seed=31,
         sidp="2422012701", students=["赵宇澄", "孙浩铭", "于佳诺"], items={11: ["赵宇澄", "孙浩铭", "包文博"]},
         outsiders={"包文博": "机电2402班"}, out_sidp="2422012702", extra_class=["宫鹏宇"], bad={"宫鹏宇": "under"},
         others_named=["姜福林"], teachers=["韩树东", "马淑芬"], form_count="38",
         f8="gantt", f10="colour_register", f11="debug_hand", f12="name_photo",
         findings=[("students.mismatch", 11, True), ("students.not_in_class", 11, True, "包文博"),
                   ("records.invalid_score", 10, False, "宫鹏宇")],
         comment="item 11 (hand-filled 调试记录, colour scan 200) holds the records of 赵宇澄, 孙浩铭 and 包文博 of the "
                 "parallel class 机电2402班 (his class and 学号 24220127021x on his sheets) instead of 于佳诺's (items 8 and "
                 "12 hold the three): students.mismatch and students.not_in_class. Item 10 (colour scan 200, a blister pack "
                 "on the glass, a 配分 row under the head): 宫鹏宇's 总分 is 10 BELOW the sum of his parts: "
                 "records.invalid_score. Item 8 (1-bit 200): a Gantt-chart 进度计划 with `计划编制人` at the top right. "
                 "The grain-depot keeper 姜福林 signs as 验收 on item 11 (not a student). No roster"),
    dict(school="洮南市四海湖技工学校", pack="zip", region="tn", course="bus", cls="新能源2401班", size=35, seed=32,
         sidp="2422043501", students=["李泽钧", "白雨晗", "付晨旭"], others_named=["宫长海", "曹宝山", "白秀云"],
         teachers=["宝音其其格", "崔振国", "赵国梁"], form_count="35人", roster="fitness", headteacher="孙晓霞",
         f8="hv_ticket", f10="initials", f11="soc_log", f12="clip_photo2",
         findings=[],
         comment="clean. Three teachers, one with a Mongolian name of five characters (宝音其其格). Item 8 (scanned 250 gray): "
                 "a high-voltage work ticket head: 工作负责人 the student, 专责监护人 ANOTHER of the three (each page names two "
                 "of the three); the bus driver 宫长海 named in the brief. Item 10 (typed): a 教务系统 list SORTED BY THE SURNAME'S "
                 "PINYIN INITIAL with a letter row (B, C, F, G ...) before each group (学号 out of order) and a 竞赛加分 column "
                 "explained; 总分 = parts + 加分. Item 11 (typed): a low-temperature range test LOG (time, outside temperature, "
                 "SOC, battery temperature, mileage every half hour), `测试人`, the driver 宫长海 and the fleet's repair foreman "
                 "曹宝山 as 企业导师. Roster: the class's 国家学生体质健康标准测试登记表 (35, heights, weights, lung capacity "
                 "and run times beside the names), the PE teacher 白秀云 signing as 测试教师. Form `35人` = 35 rows"),
]

PROVINCE = {1: "四川省甘孜藏族自治州康定市", 2: "江西省吉安市遂川县", 3: "吉林省白城市洮南市"}
NAMES = {1: "课程标准(校本转化)", 2: "学习任务分析", 3: "教学活动策划", 4: "教学进度计划", 5: "教学活动方案",
         6: "学习任务资源及清单", 7: "工学一体化学习工作站图文说明", 8: "工作页", 9: "学习任务考核方案",
         10: "学习任务考核记录", 11: "学习成果汇编", 12: "课后作业"}


def grp(s):
    return s["seed"] // 10


def file_name(s, n):
    g = grp(s)
    if g == 1:   # 康定: "〔8〕工作页.pdf" (tortoise-shell brackets, no leading digit)
        return "〔%d〕%s.pdf" % (n, NAMES[n])
    if g == 2:   # 遂川: "⑧工作页.pdf" (a circled number)
        return "%s%s.pdf" % ("①②③④⑤⑥⑦⑧⑨⑩⑪⑫"[n - 1], NAMES[n])
    return "%s-%d.pdf" % (NAMES[n], n)   # 洮南: "工作页-8.pdf" (the number after the name)


def form_name(s, c):
    return {1: ("附件2：%s申报书.docx" % c["task"], "docx"),
            2: ("申报书（%s）.pdf" % s["cls"], "pdf"),
            3: ("%s-附件2申报书.docx" % c["major"], "docx")}[grp(s)]


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
    return "<tr>%s</tr>" % "".join(td(x, extra, pad) for x in cells)


def table(rows, width="100%"):
    return '<table style="border-collapse:collapse" width="%s">%s</table>' % (width, "".join(rows))


# ------------------------------------------------------------------ the form

def form_count_text(s):
    g = grp(s)
    if s["course"] == "brake":
        return "班级人数 | %s | 工位数 | 20" % s["form_count"]
    return "班级人数 | %s" % s["form_count"]


def form_html(s, c):
    t = s["teachers"]
    g = grp(s)
    P = "4px 6px"
    trs = [["序号", "姓名", "职称/职业技能等级", "承担任务"]] + [
        [str(i + 1), n, TITLES[(i + s["seed"]) % 5], "课堂负责人、主讲" if i == 0 else "实训指导"] for i, n in enumerate(t)]
    if g == 1:   # 康定: the official four-column table, 班级人数 beside 工位数 or alone
        rows = [["课堂负责人", t[0], "负责人所在单位", s["school"]],
                ["专业名称", (c["major"], ' colspan="3" align="left"')],
                ["授课课程名称", c["course"], "总学时", "%d" % (c["hours"] * 4)],
                ["授课学习任务名称", c["task"], "学时", "%d" % c["hours"]],
                ["培养层级", ("☑中级工　□高级工　□技师（预备技师）", ' colspan="3" align="left"')],
                ["授课年级", "2024级", "授课班级", s["cls"]]]
        if s["course"] == "brake":
            rows.append(["班级人数", s["form_count"], "工位数", "20"])
        else:
            rows.append(["班级人数", (s["form_count"], ' colspan="3" align="left"')])
        rows.append(["授课实训室或学习工作站名称", (c["station"], ' colspan="3" align="left"')])
        info = tbl(rows, width="96%", pad=P)
    else:
        rows = [("专业名称", c["major"]), ("专业代码", c["code"]), ("授课课程名称", c["course"]),
                ("授课学习任务名称", c["task"]), ("学时", "%d" % c["hours"]), ("授课年级", "2024级"), ("授课班级", s["cls"]),
                ("班级人数", s["form_count"]), ("授课实训室或学习工作站名称", c["station"])]
        info = tbl([[a, (b, ' align="left"')] for a, b in rows], width="92%", pad=P)
    body = """<h2 style="text-align:center">工学一体化优质课堂项目申报书</h2>
<p>申报单位：{school}</p><p>课堂负责人：{lead}　　联系电话：{tel}</p><p>填报日期：2025年2月{d}日</p>
<h3>一、基本信息</h3>{info}
<h3>二、授课教师信息</h3>{tm}
<h3>三、目标与内容</h3><p>{situation}</p>
<h3>四、资源与环境</h3><p>学习工作站按信息区、计划区、实操区和展示评价区布置，设备与合作单位现场一致。</p>
<h3>五、考核评价</h3><p>过程评价与结果评价相结合，学生自评、小组互评、教师和企业人员评价共同构成学习任务成绩。</p>
<h3>六、组织实施</h3><p>按获取信息、制定计划、做出决策、实施计划、过程控制、评价反馈六个环节组织教学。学生分组领取任务，查阅资料后拟订计划，经教师审核后实施，教师巡回指导并记录过程表现，最后以成果展示和多元评价结束。</p>
<h3>七、特色与成效</h3><p>学习任务来源于{prov}合作单位的真实需求，成果经合作单位验收使用。</p>""".format(
        school=s["school"], lead=t[0], tel="1%d%d****%04d" % (3 + s["seed"] % 6, s["seed"] % 10, 1000 + s["seed"] * 41),
        d=3 + s["seed"] % 21, info=info, tm=tbl(trs, width="80%"), situation=c["situation"], prov=PROVINCE[g])
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


def answers(c, rng, i, ink=BLUE, qs=None):
    out = ""
    for qi, (q, a) in enumerate(qs or c["qs"]):
        k = (i + qi) % 3
        out += '<p><b>%s</b></p><p>%s</p><p %s>%s</p>' % (q, hand(a[k], ink=ink), RED, mark(rng))
    return out


def sid_of(s, n):
    if n in s.get("outsiders", {}):
        return s["out_sidp"] + "%02d" % (11 + list(s["outsiders"]).index(n) * 7)
    return s["sidp"] + "%02d" % (s["klass"].index(n) + 1)


def cls_of(s, n):
    return s.get("outsiders", {}).get(n, s["cls"])


def eth(n):
    return ETHNIC.get(n, "汉族")


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
        if f == "ethnic_head":   # head row 姓名 | 民族 | 学号 | 班级; the tour group named in the brief
            o = s["others_named"]
            head = tbl([["姓名", hand(n, True), "民族", hand(eth(n), True), "学号", hand(sid, True), "班级", hand(cl, True)]],
                       width="100%", pad="4px 4px")
            brief = ("<p><b>【接待任务单】</b>团队：成都“川西自驾”旅游团　领队：%s　人数：28人　房间：14间（标准间）　"
                     "预计到店：18:30　重点客人：%s（65岁，有高血压史）、%s、%s（素食）</p>" % (o[1], o[2], o[3], o[4]))
            body = (title + head + sit + brief + answers(c, rng, i) +
                    '<p>企业指导：%s（前厅经理）　　　%s</p>' % (hand(o[0], True, BLACK), comment))
        elif f == "wheel_grid":   # four wheels in a 2x2 grid, the measurer at the foot
            vals = [(round(rng.uniform(2.0, 6.5), 1), round(rng.uniform(23.5, 25.6), 1), rng.randint(160, 320)) for _ in range(4)]

            def wheel(k, nm):
                a, b, tt = vals[k]
                return ("<b>%s</b><br/>摩擦片厚度 %s mm<br/>制动盘厚度 %s mm<br/>盘面温度 %s ℃"
                        % (nm, hand(a, True), hand(b, True), hand(tt, True)))
            grid = tbl([[(wheel(0, "左前轮"), ' align="left"'), (wheel(1, "右前轮"), ' align="left"')],
                        [(wheel(2, "左后轮"), ' align="left"'), (wheel(3, "右后轮"), ' align="left"')]], width="86%", pad="5px 10px")
            head = ('<p>车牌号：川A·%s　　行驶里程：%s km　　车主：%s　　日期：%s</p>'
                    % (["7Q3K2", "M25P8", "2F9D6", "C81X5"][i % 4], hand(str(48000 + 3137 * i), True), hand(s["others_named"][0], True, BLACK), hand(day(s, i)[5:], True)))
            body = (title + head + "<p><b>【制动器检测】</b>（路试后十分钟内测量）</p>" + grid + answers(c, rng, i) +
                    '<p>制动液含水量：%s　　结论：%s</p>' % (hand("%.1f%%" % rng.uniform(2.8, 4.2), True), hand("更换前片及制动液", True)) +
                    '<p style="text-align:right">测量人：%s　学号：%s　班级：%s　　复核：%s</p>' % (hand(n), hand(sid, True), hand(cl, True), t[i % 2]))
        elif f == "open_close":   # an 开档/收档 checklist at the top
            ck = "☑"
            oc = tbl([["开档时间", hand("9:%02d" % (20 + 5 * i), True), "开档人", hand(n), "学号", hand(sid, True)],
                      [("%s 燃气阀门与点火　%s 排烟罩　%s 原料验收（牦牛肉、青椒、豆瓣）　%s 刀具砧板消毒" % (ck, ck, ck, ck), ' colspan="6" align="left"')],
                      ["收档时间", hand("13:%02d" % (35 + 5 * i), True), "收档人", hand(n), "班级", hand(cl, True)],
                      [("%s 关闭燃气总阀　%s 剩余原料封存入冷库　%s 灶台油污清洁　%s 垃圾分类" % (ck, ck, ck, ck), ' colspan="6" align="left"')],
                      ["厨师长", (hand(s["others_named"][0], True, BLACK), ' colspan="2"'), "岗位", (hand(["炉灶", "砧板", "打荷"][i % 3], True), ' colspan="2"')]],
                     width="100%", pad="3px 4px")
            body = ('<h3 style="text-align:center">厨房开档、收档检查表（学习工作页）</h3><p style="text-align:center">%s</p>' % c["task"] +
                    oc + sit + answers(c, rng, i) + comment)
        elif f == "fivew2h":   # a 5W2H analysis table, the analyst only at the foot
            rows = [["项目", "问题", "分析"],
                    ["What", "卖什么？", hand(["明前狗牯脑特级、一级两款礼盒", "春茶礼盒和半斤装口粮茶", "特级礼盒、一级罐装"][i % 3], True)],
                    ["Why", "为什么做？", hand(["老顾客复购，带新客", "春茶上市抢时间", "门店淡季引流"][i % 3], True)],
                    ["Who", "卖给谁？", hand(["老会员和到店游客", "城里上班族", "送礼的中年顾客"][i % 3], True)],
                    ["When", "什么时候？", hand("清明前十天开团，七天截单", True)],
                    ["Where", "在哪里？", hand("微信社群+门店收银台", True)],
                    ["How", "怎么做？", hand(["满二十人成团，到店扫码送试饮", "群内接龙，门店自提或快递", "每天发冲泡视频"][i % 3], True)],
                    ["How much", "花多少钱？", hand(["试饮装成本约六百元", "宣传物料四百元", "赠品五百元"][i % 3], True)]]
            body = (title + sit + "<p><b>【活动分析】</b>用5W2H分析本次春茶团购活动：</p>" +
                    tbl(rows, width="100%", pad="3px 5px", bold=(0,)) +
                    "<p>茶叶体验店店主：%s</p>" % s["others_named"][0] + answers(c, rng, i) + comment +
                    '<p style="text-align:right">分析人：%s　学号：%s　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True)))
        elif f == "fall_risk":   # a Morse fall-risk head, the assessor and the family member
            o = s["others_named"]
            items = [("近三个月跌倒史", 25), ("超过一个医学诊断", 15), ("使用助行器具", 15), ("静脉输液", 20), ("步态", 10), ("认知状态", 15)]
            got = [25, 15, 15, 0, 10, 0] if i % 2 == 0 else [25, 15, 0, 0, 10, 15]
            rows = [["评估对象", hand(o[0], True, BLACK), "年龄", "84", "床号", "2-06"],
                    ["评估员", hand(n), "学号", hand(sid, True), "班级", hand(cl, True)]]
            morse = tbl([["评估项目", "分值", "得分"]] + [[a, str(b), hand(str(g), True)] for (a, b), g in zip(items, got)] +
                        [["合计", "125", hand(str(sum(got)), True)]], width="70%", pad="2px 6px", bold=(0,))
            body = ('<h3 style="text-align:center">老人跌倒风险评估（Morse）·学习工作页</h3>' + tbl(rows, pad="4px 4px") +
                    '<p>评估日期：%s</p>' % hand(day(s, i), True) + morse +
                    '<p>家属确认：%s（老人之子）</p>' % hand(o[2], True, BLACK) + sit + answers(c, rng, i) + comment)
        elif f == "gantt":   # a Gantt-chart plan, the planner at the top right
            days = ["9/%d" % x for x in (16, 17, 18, 19, 20, 23, 24, 25, 26, 27)]
            tasks = [("获取信息", 0, 1), ("现场勘测", 1, 2), ("制订方案", 2, 4), ("机械安装", 4, 6), ("电气接线", 5, 7),
                     ("变频参数", 7, 8), ("联调运行", 8, 9), ("验收评价", 9, 10)]
            sh = 'background:#8d8d8d'
            rows = ["<tr>%s</tr>" % "".join(td("<b>%s</b>" % x, ' align="center"', "2px 2px") for x in ["工作内容"] + days)]
            for k, (nm, a, b) in enumerate(tasks):
                a2 = min(9, a + (1 if (i + k) % 4 == 0 and b - a > 1 else 0))
                cells = [td(nm, ' align="center"', "2px 4px")]
                for j in range(10):
                    cells.append('<td style="border:0.75pt solid #000;padding:2px 2px;%s">&nbsp;</td>' % (sh if a2 <= j < b else ""))
                rows.append("<tr>%s</tr>" % "".join(cells))
            body = ('<p style="text-align:right">计划编制人：%s　学号：%s　班级：%s</p>' % (hand(n), hand(sid, True), hand(cl, True)) + title +
                    sit + "<p><b>【工作进度计划（甘特图）】</b></p>" + table(rows) + answers(c, rng, i) + comment)
        elif f == "hv_ticket":   # a high-voltage work ticket: 工作负责人 and 专责监护人 (another of the three)
            other = names[(i + 1) % len(names)]
            head = tbl([["工作负责人", hand(n), "专责监护人", hand(other), "班级", hand(cl, True)],
                        ["学号", hand(sid, True), "工作票号", "XNY-%03d" % (41 + i), "日期", hand(day(s, i)[5:], True)],
                        [("工作内容：动力电池加热系统检修（车号：吉G·D%04d，报修驾驶员：%s）" % (3170 + 11 * i, s["others_named"][0]), ' colspan="6" align="left"')],
                        [("安全措施：☑ 断开维修开关　☑ 等待5分钟　☑ 验电 %s V　☑ 挂牌上锁　☑ 绝缘手套、绝缘鞋" % hand("0", True), ' colspan="6" align="left"')]],
                       width="100%", pad="3px 4px")
            body = ('<h3 style="text-align:center">高压作业工作票·学习工作页</h3><p style="text-align:center">%s</p>' % c["task"] +
                    head + sit + answers(c, rng, i) + comment)
        else:
            raise SystemExit(f)
        pages.append(body)
    write(os.path.join(d, "08.html.ovl.json"), json.dumps({"pages": len(names), "sheets_per_student": 1, "items": []}, ensure_ascii=False, indent=1))
    meth = {"ethnic_head": "x-scanpdf:200:color", "wheel_grid": "x-scanpdf:250:blister", "open_close": "x-scanpdf:200:color",
            "fivew2h": "x-scanpdf:200:color", "fall_risk": "x-scanpdf:200", "gantt": "x-scanpdf:200:mono",
            "hv_ticket": "x-scanpdf:250"}[f]
    font = {"wheel_grid": "Noto Sans CJK SC", "hv_ticket": "Noto Sans CJK SC"}.get(f, "Noto Serif CJK SC")
    size = {"fivew2h": "9.5pt", "gantt": "9.5pt", "fall_risk": "9.5pt", "open_close": "9.5pt"}.get(f, "10pt")
    return "08.html", html(PB.join(pages), size, font=font), meth


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
    if f == "bonus_reason":   # a 加分 column with its reason; 总分 = parts + 加分
        parts = [("服务礼仪", 20), ("入住接待", 40), ("行李服务", 25), ("团队协作", 15)]
        reasons = ["校技能节前厅服务二等奖", "主动为高反客人送氧", "担任小组长", "藏汉双语讲解"]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["加分", "加分原因", "总分"]], pad)]
        gets = set(rng.sample(range(len(rec)), 6))
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            b = rng.randint(1, 3) if k in gets else 0
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(b) if b else "", reasons[k % 4] if b else "", str(sum(v) + b)], pad))
        body = (head10(s, c, "学习任务考核成绩登记表") + table(out) +
                "<p>说明：总分＝四项得分之和＋加分；加分不超过3分，须注明原因。</p>" + sign)
        return "10.html", html(body, "8.5pt", compact=True), "pdf"
    if f == "photo_register":   # a printed register, photographed on a clipboard
        parts = [("制动检查", 25), ("故障诊断", 30), ("更换与排气", 30), ("路试检验", 15)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "姓名", "学号"] + ["%s(%d)" % p for p in parts] + ["总分", "用时(min)"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            if bad.get(n) == "over":
                v[1] = 34
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(sum(v)), str(rng.randint(38, 62))], pad))
        body = (head10(s, c, "学习任务考核记录表") + table(out) +
                "<p>注：用时为实操考核所用分钟数，仅作记录，不计分。</p>" + sign)
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True, page="margin:2.4cm 1.5cm 1.2cm 1.5cm"), "x-scanpdf:200:photo:clipboard"
    if f == "level_typed":   # a plain typed table with 等级
        parts = [("开档准备", 10), ("初加工与刀工", 25), ("烹调", 40), ("装盘出品", 15), ("收档卫生", 10)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s<br/>(%d)" % p for p in parts] + ["总分", "等级"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot), "优" if tot >= 85 else "良" if tot >= 75 else "中" if tot >= 60 else "差"], pad))
        body = head10(s, c, "学习任务考核记录") + table(out) + "<p>共%d人。等级：85分以上优，75–84良，60–74中。</p>" % len(rec) + sign
        return "10.html", html(body, "8.5pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "mono_register":   # scanned 1-bit
        parts = [("选品与定价", 20), ("社群文案", 25), ("团购执行", 35), ("门店联动", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) + (8 if bad.get(n) == "sum" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩表") + table(out) + sign
        return "10.html", html(body, "9.5pt", compact=True), "x-scanpdf:300:mono"
    if f == "group_typed":   # a typed table with a 组别 column
        parts = [("风险评估", 20), ("如厕协助", 30), ("转移与防护", 30), ("沟通与人文", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名", "组别"] + ["%s(%d)" % p for p in parts] + ["总分"]], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            out.append(trow([str(k + 1), sid_of(s, n), n, "第%s组" % "一二三四五六七"[k // 6]] + [str(x) for x in v] + [str(sum(v))], pad))
        body = head10(s, c, "学习任务考核记录表") + table(out) + sign
        return "10.html", html(body, "9pt", font="Noto Sans CJK SC", compact=True), "pdf"
    if f == "colour_register":   # a 配分 row under the head; scanned in colour with a blister pack on the glass
        parts = [("机械安装", 25), ("电气接线", 30), ("变频参数", 25), ("调试运行", 20)]
        out = [trow(["<b>%s</b>" % x for x in ["序号", "学号", "姓名"] + [p for p, _ in parts] + ["总分"]], pad),
               trow(["", "", "<b>配分</b>"] + ["<b>%d</b>" % m for _, m in parts] + ["<b>100</b>"], pad)]
        for k, n in enumerate(rec):
            v = part_scores(rng, parts)
            tot = sum(v) - (10 if bad.get(n) == "under" else 0)
            out.append(trow([str(k + 1), sid_of(s, n), n] + [str(x) for x in v] + [str(tot)], pad))
        body = head10(s, c, "学习任务考核成绩登记表") + table(out) + sign
        return "10.html", html(body, "9pt", compact=True), "x-scanpdf:200:color:blister"
    if f == "initials":   # a 教务系统 list sorted by the surname's pinyin initial, a letter row before each group
        parts = [("安全防护", 15), ("数据读取", 20), ("加热系统检修", 35), ("续航测试", 20), ("6S", 10)]
        heads = ["序号", "姓名", "学号"] + ["%s<br/>(%d)" % p for p in parts] + ["竞赛<br/>加分", "总分"]
        out = [trow(["<b>%s</b>" % x for x in heads], pad)]
        order = sorted(rec, key=lambda n: (INITIAL[bare(n)[0]], n))
        gets = {2: 5, 9: 3, 17: 3}
        last = None
        for k, n in enumerate(order):
            L = INITIAL[bare(n)[0]]
            if L != last:
                out.append('<tr><td colspan="%d" style="border:0.75pt solid #000;padding:0px 6px;background:#e4e4e4"><b>%s</b></td></tr>' % (len(heads), L))
                last = L
            v = part_scores(rng, parts)
            b = gets.get(k, 0)
            out.append(trow([str(k + 1), n, sid_of(s, n)] + [str(x) for x in v] + [str(b) if b else "", str(sum(v) + b)], pad))
        body = ('<p style="text-align:center"><b>学生成绩登记表（按姓名拼音排序）</b></p><p>学年学期：2024—2025学年第一学期　　教学班：%s　　课程：%s</p>'
                '<p>学习任务：%s　　考核日期：%s　　人数：%d</p>' % (s["cls"], c["course"], c["task"], day(s, 11), len(rec)) + table(out) +
                "<p>说明：总分＝五项之和＋竞赛加分；竞赛加分为参加白城市中职学校技能大赛获奖者所加，一等奖5分，二等奖3分。</p>" +
                "<p>评分教师：%s　　　审核：%s　　　打印时间：2025-01-10 15:42</p>" % ("、".join(t[:2]), t[2]))
        return "10.html", html(body, "8pt", font="Noto Sans CJK SC", compact=True, page="margin:0.9cm 1.3cm"), "pdf"
    raise SystemExit(f)


# ------------------------------------------------------------------ item 11

def item11(s, c, names, d):
    f, t = s["f11"], s["teachers"]
    o = s.get("others_named", [])
    rng = random.Random(s["seed"] * 11)
    head = ('<h2 style="text-align:center">%s<br/>学习成果汇编</h2><p style="text-align:center">%s　%s</p><p style="text-align:center">指导教师：%s</p>'
            % (c["task"], s["school"], s["cls"], "、".join(t[:2])))
    parts = [head]
    meth, font = "pdf", "Noto Serif CJK SC"
    for i, n in enumerate(names):
        cl, sid = cls_of(s, n), sid_of(s, n)
        if f == "welcome_card":   # welcome cards to the guests
            cards = []
            for j, g in enumerate(o[2:5]):
                cards.append('<table style="border-collapse:collapse" width="84%%" align="center"><tr><td style="border:2.25pt double #7a2a1a;padding:10px 16px">'
                             '<p style="text-align:center;font-size:14pt"><b>欢 迎 卡</b></p>'
                             '<p>尊敬的%s%s：</p><p>　　扎西德勒！欢迎您入住本酒店。您的房间是%d号房，早餐时间7:00—9:30（二楼餐厅）。康定海拔2560米，'
                             '初到请多休息、多喝温水，如有头痛气紧请拨打前台电话8000，我们备有氧气。</p>'
                             '<p style="text-align:right">接待员：%s（%s）　　%s</p></td></tr></table><p></p>'
                             % (g, ["女士", "先生", "女士"][j], 2301 + 2 * j + 10 * i, n, cl, day(s, 30 + i)))
            parts.append("".join(cards) + '<h3>团队入住接待记录</h3>' + tbl([["团队", "川西自驾旅游团", "领队", o[1]], ["人数/房间", "28人/14间", "到店时间", "18:%02d" % (30 + i * 4)],
                                                            ["接待员", "%s（%s）" % (n, cl), "审核", t[i % 2]]], width="90%"))
        elif f == "workorder":   # 维修工单 with the owner
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title + tbl([["车主", o[0], "车型", "SUV（自动挡）"],
                                                          ["维修技师", "%s（%s）" % (n, cl), "质检", t[j % 2]],
                                                          ["项目", desc, "日期", day(s, 30 + i)]], width="92%"))
        elif f == "dish_record":   # 出品记录, 制作人 and the head chef
            for j, (title, desc) in enumerate(c["outputs"]):
                parts.append('<h3>%s</h3>' % title + tbl([["制作人", n, "班级", cl], ["学号", sid, "日期", day(s, 30 + i)],
                                                          ["主料", "牦牛肋条1000克" if j == 0 else "牦牛里脊400克", "辅料", "豆瓣、干辣椒、花椒、青笋"],
                                                          ["成品评价", desc, "厨师长", o[0]]], width="90%"))
        elif f == "receipt":   # shop till receipts, the student as 收银员, members named
            members = o[1:4]
            items = [("狗牯脑特级礼盒250g", 268), ("狗牯脑一级罐装100g", 98), ("试饮装5g×6", 0), ("白瓷盖碗", 45)]
            rec_html = []
            for j in range(3):
                buy = [items[(i + j) % 4], items[(i + j + 1) % 4]]
                qty = [1 + (i + j) % 2, 1]
                total = sum(p * q for (_, p), q in zip(buy, qty))
                lines = ["<b>遂川汤湖茶叶体验店</b>", "销 售 小 票", "单号：TH%s%04d" % (day(s, 40 + j)[5:].replace("月", "").replace("日", ""), 37 + 13 * i + j),
                         "收银员：%s" % n, "会员：%s" % members[j], "-" * 30]
                for (nm, p), q in zip(buy, qty):
                    lines.append("%s　×%d　%d.00" % (nm, q, p * q))
                lines += ["-" * 30, "合计：%d.00　　支付：微信" % total, "扫码入群 领新茶试饮", "谢谢惠顾，欢迎再来"]
                rec_html.append('<td style="border:0.75pt dashed #555;padding:6px 8px;vertical-align:top;font-family:\'Noto Sans Mono CJK SC\';font-size:8pt">%s</td>'
                                % "<br/>".join(lines))
            rcp = ('<h3>门店收银小票（%s值班）</h3><table style="border-collapse:separate;border-spacing:8px" width="100%%"><tr>%s</tr></table>'
                         % (day(s, 40)[5:], "".join(rec_html)))
            rows = [["序号", "接龙昵称", "商品", "数量", "提货方式"]]
            for k in range(6):
                rows.append([str(k + 1), ["茶香满屋", "遂川老表", "汤湖阿姨", "阿华", "山水之间", "晴天"][(k + i) % 6],
                             ["特级礼盒", "一级罐装"][k % 2], str(1 + k % 3), ["门店自提", "快递"][k % 2]])
            parts.append(rcp + '<h3>社群团购订单汇总</h3>' + tbl(rows, width="86%", bold=(0,)) + '<p>汇总人：%s（%s）　　核对：%s</p>' % (n, cl, t[i % 2]))
        elif f == "care_level":   # 护理等级评定表, the assessor the student, the elder named
            elder = o[i % 2]
            adl = [("进食", 10), ("洗澡", 5), ("修饰", 5), ("穿衣", 10), ("大便控制", 10), ("小便控制", 10), ("如厕", 10),
                   ("床椅转移", 15), ("平地行走", 15), ("上下楼梯", 10)]
            got = [m if (k + i) % 3 else m // 2 for k, (_, m) in enumerate(adl)]
            rows = [["老人姓名", elder, "年龄", str(82 + i), "房间", "%d号" % (203 + i)]]
            rows.append([("日常生活活动能力（Barthel指数）", ' colspan="6"')])
            for k in range(0, len(adl), 2):
                (a, ma), (b, mb) = adl[k], adl[k + 1]
                rows.append([a, str(ma), str(got[k]), b, str(mb), str(got[k + 1])])
            sc = sum(got)
            rows.append(["总分", str(sc), "评定等级", ("二级护理" if sc < 70 else "三级护理", ' colspan="3"')])
            rows.append(["评估员", "%s（%s）" % (n, cl), "学号", sid, "审核", t[i % 2]])
            parts.append('<h3 style="text-align:center">护理等级评定表</h3>' + tbl(rows, width="94%"))
            parts.append('<h3>夜间如厕协助方案</h3><p>对象：%s　　制订人：%s</p><p>1. 22:00、0:30、3:00巡视，床边夜灯常开；2. 床边放置坐便椅，呼叫器放在枕边；3. 起身前在床边坐一分钟。</p>' % (elder, n))
        elif f == "debug_hand":   # a printed 调试记录 filled in by hand, the depot keeper signs
            p1 = tbl([["调试人", hand(n), "班级", hand(cl, True), "学号", hand(sid, True)],
                      ["设备", "2号皮带输送机（B=650mm）", "地点", "四海湖粮库", "日期", hand(day(s, 30 + i)[5:], True)]], pad="4px 4px")
            data = tbl([["检查项目", "标准", "实测", "结论"],
                        ["跑偏开关动作", "偏移≥50mm报警", hand("48mm动作", True), hand("合格", True)],
                        ["重度跑偏停机", "延时2s停机", hand("2.1s", True), hand("合格", True)],
                        ["变频器P0-01", "0～50Hz", hand("0～50", True), hand("√", True)],
                        ["加速时间", "8s", hand("8.0s", True), hand("√", True)],
                        ["空载电流", "≤9A", hand("%.1fA" % (7.2 + 0.3 * i), True), hand("合格", True)]], width="96%", pad="3px 5px", bold=(0,))
            parts.append('<h3 style="text-align:center">跑偏开关与变频器调试记录</h3>' + p1 + "<p></p>" + data +
                         '<p>问题及处理：%s</p><p>粮库验收：%s　　　指导教师：%s</p>'
                         % (hand(["尾部左侧开关立辊偏高，已调低。", "变频器接地线未压紧，已重新压接。", "无"][i % 3], True), hand(o[0], True, BLACK), t[i % 2]))
            parts.append('<h3 style="text-align:center">PLC程序与参数表</h3>' +
                         tbl([["地址", "名称", "说明"], ["I0.0", "启动", "常开"], ["I0.1", "停止", "常闭"], ["I0.2", "左跑偏", "常开"], ["I0.3", "右跑偏", "常开"],
                              ["Q0.0", "变频器运行", "STF"], ["Q0.1", "报警灯", "—"]], width="70%", bold=(0,)) +
                         '<p>编写人：%s　　班级：%s</p>' % (hand(n), hand(cl, True)))
            meth, font = "x-scanpdf:200:color", "Noto Sans CJK SC"
        elif f == "soc_log":   # a low-temperature range test log: SOC and battery temperature every half hour
            rows = [["时间", "车外温度(℃)", "SOC(%)", "电池温度(℃)", "累计里程(km)", "加热状态"]]
            soc, bt, km = 100, -9 + i, 0
            for k in range(9):
                rows.append(["%d:%02d" % (6 + (k * 30) // 60, (k * 30) % 60), str(-26 + k), str(soc), str(bt), str(km), "开" if bt < 15 else "关"])
                soc -= 8 + (k + i) % 3
                bt = min(22, bt + 5)
                km += 14 + (k + i) % 4
            parts.append('<h3 style="text-align:center">低温续航测试记录</h3>' +
                         tbl([["测试人", "%s（%s）" % (n, cl), "学号", sid], ["车号", "吉G·D%04d" % (3170 + 11 * i), "驾驶员", o[0]],
                              ["企业导师", "%s（公交公司车队维修班长）" % o[1], "日期", day(s, 30 + i)]], width="92%") +
                         "<p>测试线路：洮南客运站—四海湖—洮南客运站（往返），满载模拟。</p>" + tbl(rows, width="92%", bold=(0,)) +
                         "<p>结论：加热系统修复后，车外零下二十度时满电续航由约%d km提高到约%d km。</p>" % (96 + 3 * i, 139 + 2 * i))
            parts.append('<h3>加热系统检修报告</h3><p>检修人：%s　　审核：%s</p><p>故障点：加热继电器线圈断路，更换后加热膜电流%.1f A，电池温度每小时升高%d ℃。</p>'
                         % (n, t[i % 3], 9.6 + 0.2 * i, 8 + i))
        else:
            raise SystemExit(f)
    return "11.html", html(_join(parts), font=font), meth


def _join(parts):
    out = []
    for x in parts:
        if x == PB:
            continue
        out.append(x)
    return PB.join(out)


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
        if f in ("name_line_photo", "name_photo"):
            head = ["%s　课后作业" % c["course"], "> 班级：%s　姓名：%s　学号：%s" % (cl, n, sid)]
        elif f == "hand_mono":
            head = ["课后作业（制动系统）", "姓名 %s　学号 %s　班级 %s" % (n, sid[-2:], cl)]
        elif f in ("clip_photo", "clip_photo2"):
            head = ["", "", "%s　课后练习" % c["course"], "> 姓名：%s　班级：%s　学号：%s" % (n, cl, sid)]
        elif f == "hand_gray":
            head = ["课后作业", "班级：%s　姓名：%s　学号：%s" % (cl, n, sid[-2:])]
        elif f == "evening_study":   # an evening self-study homework sheet
            head = ["汤湖技工学校　晚自习作业单", "日期：%s　第二节晚自习　值班教师：%s" % (day(s, 20 + i)[5:], t[(i + 1) % 2]),
                    "> 座号：%d　姓名：%s　班级：%s" % (3 + 11 * i, n, cl), "科目：%s" % c["course"]]
        else:
            raise SystemExit(f)
        lines += head + [""] + qa + end
    meth = {"name_line_photo": "x-photo:200:2", "name_photo": "x-photo:200:2", "hand_mono": "x-scan:200:4:mono",
            "clip_photo": "x-photo:200:1:clipboard", "clip_photo2": "x-photo:200:3:clipboard", "hand_gray": "x-scan:200:3",
            "evening_study": "x-scan:250:3:blister"}[f]
    return "12.txt", "\n".join(lines) + "\n", meth


# ------------------------------------------------------------------ rosters

def roster(s, d, man):
    r = s.get("roster")
    if not r:
        return []
    k = s["klass"]
    hd = lambda xs: '<tr>%s</tr>' % "".join(td("<b>%s</b>" % x, ' align="center"', "1px 4px") for x in xs)
    if r == "pinyin":   # a 学籍注册名单 with 姓名拼音 and 民族
        rows = [hd(["序号", "学号", "姓名", "姓名拼音", "性别", "民族", "学籍状态"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, pinyin(n), sex_of(n), eth(n), "在籍"], "1px 4px"))
        cnt = {e: sum(1 for n in k if eth(n) == e) for e in ("汉族", "藏族", "彝族")}
        body = ('<h2 style="text-align:center">%s 2024级新生学籍注册名单</h2><p style="text-align:center">%s　专业：%s</p>'
                % (s["school"], s["cls"], C[s["course"]]["major"]) + table(rows, width="92%") +
                "<p>合计：%d人（汉族%d人，藏族%d人，彝族%d人）　　班主任：%s　　学籍管理员核对：%s</p>"
                % (len(k), cnt["汉族"], cnt["藏族"], cnt["彝族"], s["headteacher"], "（章）"))
        write(os.path.join(d, "roster.html"), html(body, "9pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学籍注册名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "face":   # a 人脸识别 data-collection list of the smart-campus gates
        rows = [hd(["序号", "学号", "姓名", "性别", "人员类别", "照片采集", "采集日期", "门禁权限"])]
        for j, n in enumerate(k):
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), "住校生" if j % 5 else "走读生", "☑",
                              "2024-09-%02d" % (4 + j // 14), "宿舍+教学楼" if j % 5 else "教学楼"], "1px 4px"))
        body = ('<h2 style="text-align:center">智慧校园人脸识别信息采集名单</h2><p style="text-align:center">%s　%s</p>' % (s["school"], s["cls"]) +
                table(rows, width="94%") + "<p>应采集%d人，实采集%d人。　班主任：%s　　信息中心：（签章）</p>" % (len(k), len(k), s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "9pt", compact=True))
        man.append("roster.html\t%s人脸识别信息采集名单.pdf\tpdf\troster\t0" % s["cls"])
        return []
    if r == "fitness":   # the national student fitness test sheet of the class, used as its name list
        rr = random.Random(s["seed"] * 17)
        rows = [hd(["序号", "学号", "姓名", "性别", "身高(cm)", "体重(kg)", "肺活量(mL)", "50米跑(s)", "立定跳远(cm)", "坐位体前屈(cm)"])]
        for j, n in enumerate(k):
            f_ = sex_of(n) == "女"
            h = rr.randint(156, 169) if f_ else rr.randint(167, 184)
            rows.append(trow([str(j + 1), sid_of(s, n), n, sex_of(n), str(h), "%.1f" % (h - 110 + rr.uniform(-6, 12)),
                              str(rr.randint(2300, 3300) if f_ else rr.randint(3300, 4800)), "%.1f" % (rr.uniform(8.4, 9.9) if f_ else rr.uniform(6.9, 8.3)),
                              str(rr.randint(150, 195) if f_ else rr.randint(205, 258)), "%.1f" % rr.uniform(2, 19)], "1px 3px"))
        body = ('<h2 style="text-align:center">国家学生体质健康标准测试登记表</h2><p style="text-align:center">%s　%s　2024年10月</p>' % (s["school"], s["cls"]) +
                table(rows, width="96%") + "<p>应测%d人，实测%d人。　测试教师：%s（体育组）　　班主任：%s</p>" % (len(k), len(k), s["others_named"][2], s["headteacher"]))
        write(os.path.join(d, "roster.html"), html(body, "8.5pt", font="Noto Sans CJK SC", compact=True))
        man.append("roster.html\t%s学生名单（体质健康测试）.pdf\tpdf\troster\t0" % s["cls"])
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
    truth = {"comment": "Hundred-and-thirty-fifth held-out people corpus (testdata/heldout135), the format of testdata/heldout28/truth.json. "
                        "Findings of the students.*/records.* rules a correct tool must report; 'optional' ones may be "
                        "reported or not. any_item: any item matches; student: the message must name that student.",
             "findings": [], "optional": [], "submissions": {}}
    for s in SUBS:
        ETHNIC.update(s.get("ethnic", {}))
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
        rng = random.Random(s["seed"] * 7919 + 135)
        out = list(s.get("outsiders", {}))
        fixed = [n for n in s["students"] if n not in out]
        fixed += [n for n in s.get("extra_class", []) if n not in fixed]
        for v in s.get("items", {}).values():
            fixed += [n for n in v if n not in fixed and n not in out]
        avoid = [n for n in all_planted if n not in fixed] + all_teachers + all_others + out
        s["klass"] = draw_class(rng, s["size"], fixed, avoid, s["region"], s.get("mix"))
        for i, a in enumerate(s["klass"]):   # no two names of a class one character apart (or one inside another)
            for b in s["klass"][i + 1:]:
                assert not near(a, b), (a, b)
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
