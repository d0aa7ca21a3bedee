package corpusgen

// Sentence frames by purpose. Fixed text between slots stays short so that
// variety comes from the slots; the registry rejects any remaining repeat.
var (
	framesIntro = []string{
		"{ent}因{need}，委托学校完成{n}项{obj}相关工作，要求{grp}在{n}{unit}内交付{out}。",
		"本任务来源于{client}的真实需求，{role}需根据{doc}完成{op}与{op}，并提交{out}。",
		"在{place}中，{role}经常需要{op}，{ent}提出{q}必须{meet}。",
		"{client}近期反映{obj}存在{prob}的情况，需要{role}尽快{op}。",
		"学生以{role}身份{accept}，先{op}，再{op}，最后形成{out}交付客户。",
		"该任务对接{role}岗位，{typical}包括{op}、{op}和{op}。",
		"{ent}位于{dist}，现有{role}{n}名，每月处理{obj}约{n}0件。",
		"完成任务需要{adv}运用{eq}、{eq}等设备，体现{q}与{q}方面的要求。",
		"任务情境取自{ent}的{place}，{client}希望{n}天内看到{out}。",
		"岗位调研显示，{role}的日常工作中{op}约占{pct}，{q}是{client}最关心的指标。",
	}
	framesGoal = []string{
		"{goalv}根据{doc}{op}，{q}符合要求。",
		"{goalv}使用{tool2}完成{op}，养成{soft}。",
		"{goalv}与{grp}协作{op}，并用{out}记录过程。",
		"{goalv}识别{obj}中的{prob}，提出改进措施。",
		"{goalv}按{role}岗位规范{op}，{q}达到{pct}以上。",
		"{goalv}在{min}分钟内完成{op}，体现{soft}。",
		"{goalv}向客户说明{out}的内容，表达清楚、{mood}有礼。",
		"{goalv}对照{doc}检查{q}，发现问题后{fix}。",
	}
	framesAct = []string{
		"{time}，{teach}{tdo}{op}的关键点，{grp}{adv}{sdo}。",
		"{grp}{adv}{op}，对照{doc}检查{q}，发现{prob}后{fix}。",
		"{teach}采用{way}组织学习，{grp}{mood}参与，{sdo}并{sdo}。",
		"{time}{grp}利用{eq}{op}，{teach}巡回观察并记录{prob}。",
		"针对{prob}的问题，{teach}{tdo}{op}的正确做法，{grp}{fix}。",
		"{grp}汇报{out}，其他小组进行{eval}，{teach}补充{q}方面的意见。",
		"{stu}在{op}时出现{prob}，经{teach}{tdo}后{fix}。",
		"{grp}在{place}情境中扮演{role}，{adv}完成{op}。",
		"{teach}通过{doc}发布任务，{grp}在{min}分钟内{sdo}。",
		"在{step}环节，{grp}{adv}{op}，用{eq}验证{q}。",
		"{teach}请{stu}展示{out}，全班围绕{q}展开讨论。",
		"{grp}把{op}拆成{n}个小步骤，{adv}{sdo}。",
	}
	framesAssess = []string{
		"{eval}占{pct}，重点考查{q}与{soft}。",
		"{teach}根据{doc}对{out}评分，{q}不达标的扣{n}分。",
		"过程考核关注{op}是否规范，{grp}每完成一项由{teach}记录。",
		"终结考核要求{grp}在{min}分钟内{adv}{op}，并提交{out}。",
		"评价结果用于{fix}，并反馈到下一轮{op}中。",
		"{grp}{eval}后，由{teach}汇总成绩，{q}一项单独记分。",
		"{ent}的{role}参与{eval}，按岗位要求检查{q}。",
		"考核中出现{prob}的，{teach}当场指出并要求{fix}。",
	}
	framesRes = []string{
		"{station}配备{eq}{n}台，可同时满足{n}名{learner}{op}。",
		"{zone}放置{eq}和{doc}，便于学生{sdo}。",
		"资源包含{doc}、{doc}和{out}样例，学生可在{time}查阅。",
		"{eq}按{n}个工位布置，{zone}张贴{doc}。",
		"工作站引入{ent}的{obj}和{doc}，还原{place}的真实环境。",
		"{zone}面积约{n}平方米，{equipv}{eq}与{eq}。",
		"样例{n}是{ent}提供的{out}，用于{op}前的示范。",
		"{doc}由{teach}结合{client}的要求改编，共{n}页。",
	}
	framesReflect = []string{
		"本次课{grp}的{q}{res}，但仍有{prob}的现象。",
		"下次教学将增加{op}的练习时间，强化{soft}。",
		"学生在{step}环节表现{mood}，{out}完成率达到{pct}。",
		"通过{way}，学生对{op}的理解{res}。",
		"部分学生{prob}，后续计划用{doc}进行个别辅导。",
		"与上一轮相比，{op}的平均用时{res}，{q}更加稳定。",
	}
	framesQuestion = []string{
		"请写出{op}需要用到的{eqkind}。",
		"{op}时应注意哪些{concern}？",
		"根据{doc}，说明{op}的步骤。",
		"如何判断{q}是否合格？",
		"{client}对{obj}有什么要求？",
		"记录你在{op}中测得的数据。",
		"分析出现{prob}的原因。",
		"本小组在{op}中是怎样分工的？",
		"{step}阶段你{didwhat}？",
		"列出{out}中应包含的内容。",
		"用自己的话解释{q}的含义。",
	}
	framesAnswer = []string{
		"我先{op}，再用{eq}检查{q}，结果符合要求。",
		"要注意{prob}，所以我们组{fix}。",
		"需要准备{eq}、{eq}和{doc}。",
		"按照{doc}的顺序{op}，一共用了{min}分钟。",
		"我认为{q}{imp}，{client}{care}。",
		"第一次{op}时出现{prob}，后来{fix}。",
		"{op}后测得{n}，比{doc}规定{dir}{n}，{judge}。",
		"我们组由组长{op}，我负责{op}。",
		"这一步的关键是{q}，我用{eq}确认了{n}次。",
		"查阅{doc}后知道，{op}之前必须先{op}。",
		"我{mood}地完成了{op}，{q}还需要加强。",
	}
	framesComment = []string{
		"批改：{grade}，{cmt}。",
		"教师批改：{grade}，{cmt}，{cmt}。",
		"评语：{cmt}。等级{grade}",
	}
	framesOutput = []string{
		"本成果是我{adv}完成的{out}，内容包括{op}和{op}两部分。",
		"{time}我使用了{eq}，前后共修改了{n}次。",
		"成果的{q}经{eval}{judge}，得到{teach}的认可。",
		"我把{op}的过程{record}，附在{out}后面。",
		"在{step}阶段我发现{prob}，于是{fix}。",
		"成果对应{client}提出的{q}要求，完成度约{pct}。",
	}
	framesSelf = []string{
		"我觉得自己在{q}方面做得较好，但{prob}。",
		"以后要加强{soft}，争取{op}更熟练。",
		"通过{step}环节，我学会了{op}，也提高了{soft}。",
		"和组员比，我的{op}速度{res}，{q}还要再细心。",
	}
	framesTeam = []string{
		"{tea}负责{op}环节的{design}和{doc}编写。",
		"{tea}来自{client}，承担{op}的示范与{eval}。",
		"团队共同完成{out}{n}份，获得{ent}好评。",
		"{tea}统筹{station}教学，牵头开发{doc}和{doc}。",
		"近{n}年团队指导{grp}获{award}{n}项。",
		"{tea}负责资源整理与{station}日常管理。",
	}
)

func init() {
	pools["unit"] = []string{"个工作日", "天", "周", "个班次"}
	pools["need"] = []string{"业务扩展", "订单增加", "人手紧张", "设备升级", "客户投诉", "季节性高峰", "新品上市"}
	pools["meet"] = []string{"达到企业要求", "符合行业标准", "一次合格", "满足合同约定", "通过客户验收"}
	pools["accept"] = []string{"接受任务", "领取工单", "承接订单", "进入情境", "对接客户"}
	pools["typical"] = []string{"典型工作内容", "主要工作", "日常任务", "核心环节", "关键步骤"}
	pools["learner"] = []string{"学生", "学员", "操作人员", "实训学生"}
	pools["equipv"] = []string{"设有", "配置", "摆放", "放置", "安装"}
	pools["eqkind"] = []string{"工具和设备", "设备", "材料", "资料", "防护用品", "检测工具"}
	pools["concern"] = []string{"安全事项", "质量要点", "操作细节", "常见错误", "防护措施", "沟通要点"}
	pools["didwhat"] = []string{"完成了哪些工作", "遇到了什么问题", "用了哪些资料", "承担了什么角色", "有哪些收获"}
	pools["dir"] = []string{"高出", "低了", "相差", "偏大", "偏小"}
	pools["judge"] = []string{"在允许范围内", "判定合格", "需要返工", "已复测确认", "达到要求", "基本合格"}
	pools["imp"] = []string{"最重要", "最关键", "要优先保证", "不能马虎", "最容易出错"}
	pools["care"] = []string{"特别看重这一点", "对此要求严格", "曾因此提出意见", "把它列为验收项", "最在意这项指标"}
	pools["record"] = []string{"拍照整理", "录成视频", "写成日志", "画成流程图", "做成表格"}
	pools["design"] = []string{"教学设计", "活动设计", "评价设计", "资源开发", "情境设计"}
	pools["award"] = []string{"市级以上奖项", "技能竞赛奖项", "省级奖项", "行业比赛奖项"}
	pools["grade"] = []string{"优", "良", "中", "合格", "A", "B+", "A-"}
	pools["cmt"] = []string{"{q}较好", "注意{prob}", "步骤完整", "继续保持", "表述需更具体", "数据需复核", "书写工整", "思路清晰",
		"{op}规范", "有进步", "要点齐全"}
}
