package models

// ItemCount is the number of PDF items (附件3 items 1–12) a submission must hold.
const ItemCount = 12

// ItemNames are the names of 附件3's items, indexed by item number (index 0 is unused).
var ItemNames = [...]string{
	"",
	"课程标准(校本转化)",
	"学习任务分析",
	"教学活动策划",
	"教学进度计划",
	"教学活动方案",
	"学习任务资源及清单",
	"工学一体化学习工作站图文说明",
	"工作页",
	"学习任务考核方案",
	"学习任务考核记录",
	"学习成果汇编",
	"课后作业",
	"课堂实录",
}

// ItemName returns the name of item n, or "" when n is not an item number.
func ItemName(n int) string {
	if n < 1 || n >= len(ItemNames) {
		return ""
	}
	return ItemNames[n]
}

// StudentItems are the items that must hold the work of the same three students.
var StudentItems = []int{8, 11, 12}

// RecordsItem is the item that holds the assessment records of the whole class.
const RecordsItem = 10

// MaxPDFBytes is the notice's limit for one item PDF (50 MB).
const MaxPDFBytes = 50 << 20

// MaxVideoBytes is the notice's limit for one video (1 GB).
const MaxVideoBytes = 1 << 30
