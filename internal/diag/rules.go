package diag

import (
	"sort"

	"tally/internal/i18n"
)

// Rule is an entry of the catalogue: what `tally check --explain` says.
type Rule struct {
	ID       string
	Severity Severity
	Title    i18n.Text
	Explain  i18n.Text
}

// Rule ids. They are stable: tools and people refer to them.
const (
	// Files.
	NotUTF8      = "R101"
	YAMLSyntax   = "R102"
	DuplicateKey = "R103"
	EmptyFile    = "R104"
	TooLarge     = "R105"
	BinaryFile   = "R106"
	TabIndent    = "R107"
	StrayFile    = "R108"
	Symlink      = "R109"
	TooComplex   = "R110"
	MissingFile  = "R111"
	Misnamed     = "R112"

	// Schema.
	UnknownField  = "R201"
	WrongType     = "R202"
	MissingField  = "R203"
	BadStatus     = "R204"
	BadDate       = "R205"
	OutOfRange    = "R206"
	BadID         = "R207"
	BadValue      = "R208"
	DateOrder     = "R209"
	TextAsComment = "R210"
	ReservedName  = "R211"
	LookAlike     = "R212"
	Direction     = "R213"
	Garbled       = "R214"
	StepAfterDue  = "R215"
	DueBeforeList = "R216"

	// References.
	UnknownTask     = "R301"
	UnknownUnit     = "R302"
	UnknownPeriod   = "R303"
	UnknownSection  = "R304"
	NotOwner        = "R305"
	NameMismatch    = "R306"
	DuplicateID     = "R307"
	DuplicateName   = "R308"
	DuplicateEntry  = "R309"
	UnresolvedOwner = "R310"
	GroupCycle      = "R311"
	LeadNotOwner    = "R312"
	UnknownTarget   = "R313"
	FragmentName    = "R314"
	EmptyGroup      = "R315"
	OffList         = "R316"
	NoOwnerLeft     = "R317"
	OwnerLeftUndone = "R318"

	// Warnings, and the errors of a report's entries that make them count
	// as nothing (R404, R409).
	StatusProgress  = "R401"
	ProgressDown    = "R402"
	DoneWentBack    = "R403"
	NoSummary       = "R404"
	SubmittedLate   = "R405"
	SubmittedFuture = "R406"
	NotReported     = "R407"
	Draft           = "R408"
	DoneBelow100    = "R409"
	NoProgress      = "R410"
	ClosedChanged   = "R411"
	NegativeValue   = "R412"

	// Evidence (佐证材料).
	EvidenceMissing  = "R501"
	EvidencePath     = "R502"
	EvidenceTooLarge = "R503"
	EvidenceType     = "R504"
	EvidenceUncited  = "R505"
	EvidenceRequired = "R506"

	// The office's reviews.
	BadResult      = "R601"
	NoReason       = "R602"
	ReviewHash     = "R603"
	ReviewNoReport = "R604"
	EarlyExtension = "R605"
)

var rules = map[string]Rule{}

// reportErrors is how a report with errors counts (DESIGN §2, revision
// 3), one rule for every kind of error, as the rules of its entries'
// errors explain it.
var reportErrors = i18n.T(
	"有错误的报送文件照样算已报送（计入报送率），没有错误的条目照常计入；有错误的条目（状态或进度无效、已完成但进度不到 100、没有写进展情况）"+
		"在改正前不计入：这项任务本期算未报送（有以前报送的，沿用以前的），列入催报；该单位显示为“文件有误”，不参加排名，"+
		"tally missing 和 tally remind 列出要改正的地方。报送文件根本读不了（如 YAML 语法错误）的，算未报送，同样显示为“文件有误”。",
	"A report with errors still counts as submitted (for the submission rate), and its entries without errors count; an entry with an\n"+
		"error (an invalid status or progress, done below 100, no summary) counts as nothing until it is fixed: the task is not reported\n"+
		"this period (an earlier report's value is carried, if any) and is chased; the unit shows as having a file with errors, is not\n"+
		"ranked, and tally missing and tally remind say what to fix. A report that cannot be read at all (a YAML syntax error, say)\n"+
		"counts as not submitted, and its unit also shows as having a file with errors.")

func def(id string, sev Severity, title, explain i18n.Text) {
	rules[id] = Rule{ID: id, Severity: sev, Title: title, Explain: explain}
}

// Lookup returns the rule with id.
func Lookup(id string) (Rule, bool) {
	r, ok := rules[id]
	return r, ok
}

// Rules lists the catalogue in id order.
func Rules() []Rule {
	out := make([]Rule, 0, len(rules))
	for _, r := range rules {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// SeverityOf returns the severity of rule id (error for unknown ids).
func SeverityOf(id string) Severity { return rules[id].Severity }

func init() {
	t := i18n.T
	def(NotUTF8, Error, t("文件不是 UTF-8 编码", "file is not UTF-8"), t(
		"tally 的文件必须用 UTF-8 编码保存。用 Windows 记事本或 WPS 另存为时，编码常被存成 GBK（ANSI），中文就会出错。\n"+
			"记事本另存为时选了“Unicode”，文件就是 UTF-16 编码，同样读不了。\n"+
			"修改：运行提示里给出的命令把文件转成 UTF-8（GBK 用 `tally fmt --from gbk 文件名`，UTF-16 用 `tally fmt 文件名`）；"+
			"或在编辑器里选“另存为 → 编码 UTF-8”。",
		"Files must be saved as UTF-8. Editors on Chinese Windows often save as GBK (\"ANSI\"), and Notepad's \"Unicode\" is UTF-16.\n"+
			"Fix: run the command the message gives (`tally fmt --from gbk FILE` for GBK, `tally fmt FILE` for UTF-16),\n"+
			"or save the file again choosing UTF-8."))
	def(YAMLSyntax, Error, t("YAML 语法错误", "YAML syntax error"), t(
		"文件不是合法的 YAML，tally 读不懂它。常见原因：键后面是全角冒号“：”或全角空格、漏了冒号、冒号后缺空格、\n"+
			"文字以英文引号或方括号开头（summary: \"双培养\"工程…）、几行文字没有写成“|”块、引号或括号没有配对、缩进不齐。\n"+
			"这类输入错误 tally check 一次全部列出，每处都说明改法；改正前这个文件不计入汇总。\n"+
			"修改：按每条提示改正；看不出原因时，看提示所在行及其上一行，对照同目录下其他文件的写法。",
		"The file is not valid YAML. Common causes: a full-width colon \"：\" or space after a key, a missing colon, no space\n"+
			"after a colon, a text starting with a quote or a bracket (summary: \"双培养\"工程…), several lines of text not\n"+
			"written as a \"|\" block, an unclosed quote or bracket, uneven indentation. tally check lists every such slip\n"+
			"at once, each with its fix; until they are fixed the file does not count.\n"+
			"Fix: do what each message says; where the cause is not plain, look at the line shown and the one above it,\n"+
			"and compare with other files of the same kind."))
	def(DuplicateKey, Error, t("重复的键", "duplicate key"), t(
		"同一层级里同一个字段写了两次，tally 不知道该用哪一个。\n修改：删掉多余的一个，或把两处内容合并。",
		"The same key appears twice in one mapping; tally cannot tell which one is meant.\nFix: remove one of them or merge the two."))
	def(EmptyFile, Error, t("文件为空", "empty file"), t(
		"文件里没有内容（或只有注释）。\n修改：填写内容，或删除这个文件。新的报送文件可用 `tally new report` 生成。",
		"The file has no content (or only comments).\nFix: fill it in or delete it. `tally new report` writes a report template."))
	def(TooLarge, Error, t("文件过大", "file too large"), t(
		"文件超过了大小上限，tally 不读取它。正常的任务或报送文件只有几 KB。\n修改：检查是否误放了其他文件，或把内容拆分。",
		"The file is over the size limit and is not read. Task and report files are a few KB.\nFix: check that the file is the right one, or split it."))
	def(BinaryFile, Error, t("不是文本文件", "binary file"), t(
		"文件含有 NUL 等二进制字节，不是文本文件（可能是 Word、Excel 文件被改了扩展名）。\n修改：用纯文本编辑器重新编写为 YAML。",
		"The file holds binary bytes such as NUL: it is not text (perhaps a Word or Excel file renamed).\nFix: write it again as YAML in a text editor."))
	def(TabIndent, Error, t("用 Tab 缩进", "tab indentation"), t(
		"YAML 不允许用 Tab 键缩进。\n修改：把行首的 Tab 换成空格（每级两个空格）；多数编辑器可设置“用空格代替 Tab”。",
		"YAML does not allow tabs for indentation.\nFix: replace leading tabs with spaces (two per level)."))
	def(StrayFile, Warning, t("多余的文件", "stray file"), t(
		"tasks/ 下只应有 任务编号.yaml，reports/ 下只应有 期次/单位编号.yaml。其他文件不会被读取，所写内容不会计入台账。\n"+
			"修改：把文件改成正确的名字、放到正确的目录，或删除它。",
		"tasks/ holds only ID.yaml and reports/ only PERIOD/UNIT.yaml; anything else is not read.\nFix: rename or move the file, or delete it."))
	def(Symlink, Error, t("指向数据目录之外的链接", "symlink out of the data root"), t(
		"这个符号链接指向数据目录之外（或无法解析），tally 不跟随它，以免读到仓库之外的文件。\n修改：把真实文件复制进仓库，替换掉链接。",
		"The symbolic link points outside the data root (or cannot be resolved); tally does not follow it.\nFix: copy the real file into the repository in place of the link."))
	def(TooComplex, Error, t("YAML 结构过于复杂", "YAML too complex"), t(
		"文件使用了过多的锚点引用（& 与 *）或嵌套过深，tally 为了安全拒绝展开。台账文件用不到这些写法。\n修改：把引用展开写成普通内容。",
		"The file uses too many alias expansions (& and *) or nests too deeply; tally refuses it for safety.\nFix: write the content out plainly."))
	def(MissingFile, Error, t("缺少必需的文件", "required file missing"), t(
		"数据目录必须有 plan.yaml 和 units.yaml。\n修改：用 `tally init` 新建数据目录，或从模板复制缺少的文件。",
		"A data root needs plan.yaml and units.yaml.\nFix: start one with `tally init`, or add the missing file."))
	def(Misnamed, Error, t("文件名不对", "a data file under a wrong name"), t(
		"任务文件和报送文件的文件名必须以 .yaml（小写）结尾，tally 只读取这样的文件。记事本保存时常自动加上 .txt"+
			"（资源管理器默认不显示扩展名，在“查看”中勾选“文件扩展名”就能看到），有的编辑器用 .yml 或 .YAML。\n"+
			"名字不对的报送文件不计入台账，但 tally check 仍会检查它的内容。\n"+
			"修改：按提示改名（记事本另存为时，“保存类型”选“所有文件”，文件名写 单位编号.yaml）；用 git 的，已提交过的文件用 git mv 改名。",
		"Task and report files must be named ending in .yaml (lower case); tally reads no others. Notepad often adds .txt\n"+
			"(which Explorer hides unless \"File name extensions\" is ticked under View); some editors use .yml or .YAML.\n"+
			"A report under a wrong name does not count, though tally check still checks its content.\n"+
			"Fix: rename it as the message says (in Notepad's Save As, choose \"All files\" and type UNIT.yaml); with git, rename a committed file with git mv."))

	def(UnknownField, Error, t("未知字段", "unknown field"), t(
		"这个字段 tally 不认识，通常是拼写错误。提示会给出最接近的正确字段名。\n修改：改成正确的字段名；字段说明见 `tally schema`。",
		"tally does not know this field; usually a typo. The message suggests the nearest known field.\nFix: correct the name; `tally schema` lists the fields."))
	def(WrongType, Error, t("类型不对", "wrong type"), t(
		"字段的值类型不对，例如应是列表却写成了一句话，应是数字却带了文字。\n修改：按提示的类型改写。",
		"The value has the wrong type, such as text where a list or a number is expected.\nFix: write it as the message says."))
	def(MissingField, Error, t("缺少必填字段", "missing required field"), t(
		"这个字段必须填写。\n修改：补上提示中的字段。",
		"The field is required.\nFix: add it."))
	def(BadStatus, Error, t("状态无效", "invalid status"), t(
		"状态只能是：未启动、推进中、已完成、滞后（或英文 not-started、in-progress、done、delayed）。\n修改：改成其中之一。",
		"Status must be one of 未启动, 推进中, 已完成, 滞后 (or not-started, in-progress, done, delayed).\nFix: use one of them."))
	def(BadDate, Error, t("日期无效", "invalid date"), t(
		"日期必须写成 年-月-日，例如 2019-07-03，且是真实存在的日期。报送日期 submitted 还不能早于本期的开始日：\n"+
			"本期的报送不会在本期开始前报出，这样的日期多是年份写错了（把 2019-10-15 写成 2018-10-15）。\n"+
			"报送日期写错的报送文件不是草稿，但改正前不算报送：该单位显示为“文件有误”，列入催报。\n"+
			"修改：按这个格式改写；报送日期写成报送那天的日期（tally check 给出可能的正确日期）。",
		"Dates are written YYYY-MM-DD, for example 2019-07-03, and must exist. A report's submitted date also cannot be\n"+
			"before its period starts: no report of a period is sent before it begins, and such a date is most often a year\n"+
			"typed wrong (2018-10-15 for 2019-10-15). A report whose date is written wrong is no draft, but it does not count\n"+
			"as sent until put right: its unit shows as having a file with errors and is chased.\n"+
			"Fix: write the date that way; a submitted date is the day the report is sent (tally check offers the likely date)."))
	def(OutOfRange, Error, t("数值超出范围", "value out of range"), t(
		"数值不在允许范围内，例如进度必须是 0 到 100 的整数。\n修改：改成范围内的数。",
		"The number is outside its range; progress, for example, is a whole number from 0 to 100.\nFix: use a number in range."))
	def(BadID, Error, t("编号格式无效", "invalid id"), t(
		"单位编号只能用小写英文字母、数字和连字符（如 chikan-org），因为它也是报送文件的文件名；"+
			"期次编号只能用字母、数字、- 和 _（如 2019Q2）；任务编号由数字或字母组成，可用点分段（如 16、15.2）。\n修改：按规则改写编号。",
		"Unit ids use lower-case ASCII letters, digits and dashes (chikan-org), since they name report files; "+
			"period ids letters, digits, - and _ (2019Q2); task ids letters and digits in dot-separated segments (16, 15.2).\nFix: rename the id."))
	def(BadValue, Error, t("取值无效", "invalid value"), t(
		"这个值不符合要求（例如为空）。\n修改：按提示改正。",
		"The value does not meet the rule (empty, for example).\nFix: as the message says."))
	def(ReservedName, Error, t("Windows 保留的名称", "a name Windows reserves"), t(
		"CON、PRN、AUX、NUL、COM0–COM9、COM¹–COM³、LPT0–LPT9、LPT¹–LPT³（不分大小写，带不带扩展名）在 Windows 上不能作文件或文件夹名。"+
			"单位、期次和任务的编号都会成为文件名，在 Windows 电脑上会无法打开或保存。\n修改：换一个编号，如 aux-org。",
		"CON, PRN, AUX, NUL, COM0–COM9, COM¹–COM³, LPT0–LPT9 and LPT¹–LPT³ (in any case, with or without an extension) cannot name a file or "+
			"a folder on Windows. Unit, period and task ids name files, which Windows could not open or save.\nFix: choose another id, such as aux-org."))
	def(LookAlike, Error, t("看起来相同的名称", "a look-alike id or name"), t(
		"编号或名称中含有看不见的字符（零宽空格、方向控制符、软连字符等）、首尾空格，或是分解形式（NFD）的文字。"+
			"它看起来和另一个名称一样，却不相等，引用会对不上。\n修改：删去多余的字符，或重新输入这个名称。",
		"An id or a name holds an invisible character (a zero-width space, a direction mark, a soft hyphen), a space at "+
			"either end, or decomposed (NFD) letters. It looks like another name but is not equal to it, so references miss.\n"+
			"Fix: delete the extra characters, or type the name again."))
	def(DateOrder, Error, t("日期先后颠倒", "dates out of order"), t(
		"开始日期晚于结束日期，或报送截止日早于期末，或相邻两期重叠、中间空了几天（每一天都应属于且只属于一期）。\n修改：检查并改正日期。通知要求在期末之前报送的（如“每季度末月20日前报送”），"+
			"把这一期的 end 改为报送截止日，下一期的 start 改为其后一天：每一期统计到报送那天为止。",
		"A start is after its end, or a report due date is before the period's end, or two periods in turn overlap or leave days between\n"+
			"them (each day belongs to one period).\nFix: correct the dates. Where the notice has "+
			"reports sent before a period is over (by the 20th of a quarter's last month, say), set the period's end to its due date "+
			"and the next period's start to the day after: each period then runs until the day it is reported."))
	def(Direction, Warning, t("看不见的方向控制字符", "an invisible direction control"), t(
		"文字中有看不见的方向控制字符（U+202A–U+202E、U+2066–U+2069、U+200E、U+200F、U+061C），多是从网页或其他文档复制来的。"+
			"它会让文字显示的顺序与实际内容不同；汇总表、网站和通报中它显示为 �。\n修改：删去它（重新输入这一段文字最简单）。",
		"The text holds an invisible direction control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), mostly copied "+
			"from a web page or another document. It makes the text show in another order than it holds; workbooks, the site and "+
			"the brief show it as �.\nFix: delete it (typing the passage again is simplest)."))
	def(Garbled, Warning, t("替换字符 �（乱码）", "a replacement character � (garbled text)"), t(
		"文字中有替换字符 �（U+FFFD）。它是文字在两种编码之间转换出错时留下的：原来的字已经丢了，从这份文件里无法恢复，"+
			"多见于从网页、PDF 或另一台电脑的文件中复制来的文字，或用不同编码打开再保存过的表格。\n"+
			"修改：对照原件（单位的纸质或电子原稿）把 � 处的字重新输入。",
		"The text holds a replacement character � (U+FFFD). It is what is left where text was converted between two encodings "+
			"and a character could not be: the character is lost and cannot be recovered from this file. It is mostly met in text "+
			"copied from a web page, a PDF or another computer's file, or in a sheet opened and saved in another encoding.\n"+
			"Fix: type the characters at � again from the original (the unit's paper or electronic draft)."))
	def(StepAfterDue, Warning, t("节点晚于完成时限", "a milestone after the due date"), t(
		"任务的节点日期晚于这项任务的完成时限（due，没有时为 plan.yaml 的 end）。任务过了完成时限没完成就亮红灯，晚于它的节点不再起作用，多半是日期写错了。这是提醒。\n"+
			"修改：核对通知原文，改正节点的 due 或任务的 due。",
		"A milestone of the task is dated after the task's due date (its due, else plan.yaml's end). A task not done by its due date is\n"+
			"red, so a later milestone changes nothing; mostly one of the dates is wrong. A warning.\n"+
			"Fix: check the notice, and correct the milestone's due or the task's."))

	def(DueBeforeList, Warning, t("完成时限早于任务上清单", "a due date before the task is on the list"), t(
		"任务的完成时限（due）或节点的日期早于清单的开始日期（plan.yaml 的 start），或早于这项任务加入清单的期次（from）的开始日期。"+
			"这样的任务从上清单的第一天起就过了完成时限，没完成就一直亮红灯，多半是日期写错了。这是提醒。\n"+
			"修改：核对通知原文，改正任务的 due（或 from、plan.yaml 的 start）。",
		"The task's due date, or a milestone's, is before the list starts (plan.yaml's start), or before the start of the period it joins the list in\n"+
			"(from). Such a task is past due from its first day on the list, and red until done; mostly a date is wrong. A warning.\n"+
			"Fix: check the notice, and correct the task's due (or from, or plan.yaml's start)."))

	def(TextAsComment, Warning, t("文字被当作注释", "text read as a comment"), t(
		"在 YAML 里，没加引号的文字中“ #”（空格加井号）之后的部分是注释，不计入内容。\n"+
			"例如 `summary: 二是 #1 示范点建设` 只读到“二是”。\n"+
			"修改：给整段文字加引号（summary: \"二是 #1 示范点建设\"），或改用“|”块格式、把文字写在下一行；也可去掉“#”前的空格。",
		"In YAML, the part of an unquoted text after \" #\" (a space and a hash) is a comment and not part of the value.\n"+
			"For example `summary: two #1 pilot` reads only \"two\".\n"+
			"Fix: quote the whole text, or write it as a \"|\" block on the next line; or drop the space before \"#\"."))

	def(UnknownTask, Error, t("未知任务", "unknown task"), t(
		"报送中引用的任务编号在 tasks/ 中不存在。\n修改：改成正确的任务编号（`tally tasks` 可列出全部任务）。",
		"The report names a task that tasks/ does not have.\nFix: use an existing task id (`tally tasks` lists them)."))
	def(UnknownUnit, Error, t("未知单位", "unknown unit"), t(
		"这个单位编号不在 units.yaml 中。\n修改：改成正确的单位编号（`tally units` 可列出全部单位），或先在 units.yaml 中登记该单位。",
		"The unit id is not in units.yaml.\nFix: use an existing id (`tally units` lists them) or register the unit first."))
	def(UnknownPeriod, Error, t("未知期次", "unknown period"), t(
		"这个期次不在 plan.yaml 的 periods 中。\n修改：改成已有的期次，或在 plan.yaml 中增加该期次。",
		"The period is not among plan.yaml's periods.\nFix: use an existing period or add it to plan.yaml."))
	def(UnknownSection, Error, t("未知章节", "unknown section"), t(
		"任务所属的章节编号不在 plan.yaml 的 sections 中。\n修改：改成已有的章节编号（如 \"五\"）。",
		"The task's section is not among plan.yaml's sections.\nFix: use an existing section id."))
	def(NotOwner, Error, t("单位不负责该任务", "unit does not own the task"), t(
		"报送单位不是这项任务的责任单位，它的报送不会计入。\n修改：检查任务编号是否写错；若该单位确实负责，请修改任务的 owners 或 units.yaml 的分组。",
		"The reporting unit is not responsible for the task, so the entry does not count.\nFix: check the task id; if the unit is responsible, fix the task's owners or the groups in units.yaml."))
	def(NameMismatch, Error, t("文件名与内容不符", "file name does not match"), t(
		"报送文件必须放在 reports/期次/单位编号.yaml，文件里的 unit、period 要与文件名、目录名一致；任务文件里的 id 要与文件名一致。\n修改：改正文件名或文件里的值。",
		"A report lives at reports/PERIOD/UNIT.yaml and its unit and period must match; a task's id must match its file name.\nFix: rename the file or correct the value."))
	def(DuplicateID, Error, t("编号重复", "duplicate id"), t(
		"同一个编号被定义了两次（单位、章节、期次、任务或指标）。\n修改：给其中一个换一个编号，或删除重复的定义。",
		"The same id is defined twice (unit, section, period, task or target).\nFix: rename or remove one of them."))
	def(DuplicateName, Error, t("名称重复", "duplicate name"), t(
		"单位编号、名称、别名以及分组名称、别名共用一个名字空间，每个名字只能指向一个单位或分组。\n修改：删除或改动重复的名字。",
		"Unit ids, names and aliases and group names and aliases share one namespace; each must name one thing.\nFix: remove or change the repeated name."))
	def(DuplicateEntry, Error, t("重复的报送条目", "duplicate entry"), t(
		"同一份报送里同一项任务写了两次。\n修改：合并为一条。",
		"One report has two entries for the same task.\nFix: merge them."))
	def(UnresolvedOwner, Error, t("责任单位无法识别", "owner resolves to nothing"), t(
		"任务的责任单位（或分组的成员）在 units.yaml 中找不到，或分组里没有任何单位。\n修改：在 units.yaml 中登记该单位或分组（可作为别名），或改成已有的名称。",
		"An owner of a task (or a member of a group) is not in units.yaml, or names a group with no units.\nFix: register it in units.yaml (an alias will do) or use a known name."))
	def(GroupCycle, Error, t("分组循环引用", "group cycle"), t(
		"分组直接或间接地包含了自己。\n修改：去掉造成循环的成员。",
		"A group contains itself, directly or through other groups.\nFix: remove the member that closes the cycle."))
	def(LeadNotOwner, Error, t("牵头单位不在责任单位中", "lead is not an owner"), t(
		"lead（牵头单位）必须是责任单位之一：列在 owners 中，或属于 owners 中的某个分组（如“各县（市、区）党委组织部负责，市委组织部牵头”）。\n修改：把它加入 owners，或从 lead 中删去。",
		"Every lead must be an owner: listed under owners, or a member of a group listed there.\nFix: add it to owners or remove it from lead."))
	def(UnknownTarget, Error, t("未知指标", "unknown target"), t(
		"values 中的指标编号不是该任务的 targets 之一。\n修改：改成任务文件里 targets 的 id。",
		"A key of values is not one of the task's targets.\nFix: use the id of one of the task's targets."))

	def(FragmentName, Warning, t("单位名称像是句子的片段", "a unit name reads as a sentence fragment"), t(
		"责任单位或 units.yaml 中的名称含有“负责”“牵头”“配合”“下同”“排在第一位”“不再单独列出”这类字样，或以“等”结尾：\n"+
			"这是通知中说明责任的句子被当成了单位（导入较早的通知时常见），催报、排名和通报都会因此出错。\n"+
			"修改：在 owners 中只写单位名称（如“县财政局”），牵头单位写进 lead，说明性的原文写进 owners_text；\n"+
			"units.yaml 中删去这样的单位，或改成真实的单位名称。",
		"An owner, or a name in units.yaml, holds words such as 负责, 牵头, 配合, 下同, 排在第一位, 不再单独列出, or ends in 等:\n"+
			"a sentence of the notice was taken for a unit (older imports did this), and reminders, rankings and briefs go wrong.\n"+
			"Fix: list only unit names under owners (such as 县财政局), leads under lead, and keep the notice's wording in owners_text;\n"+
			"in units.yaml, delete such a unit or give it the real unit's name."))

	def(EmptyGroup, Warning, t("分组还没有成员", "a group has no members yet"), t(
		"units.yaml 中的分组写了 members: []，还没有列出包含哪些单位（从通知导入时，“各县（市、区）……”这类说法都先建成这样的分组）。\n"+
			"在列出成员之前，以它为责任单位的任务没有单位要报送，催报、排名都不会算到这些单位。\n"+
			"修改：在 members 中列出它包含的单位编号（或单位、分组的名称）。",
		"A group in units.yaml has members: [] and lists no units yet (an import makes such a group of every name like 各县（市、区）……).\n"+
			"Until it lists them, the tasks it owns have no unit to report, and no reminder or ranking counts them.\n"+
			"Fix: list its units' ids (or unit or group names) under members."))

	def(OffList, Warning, t("不在本期清单中", "not on the list in the period"), t(
		"年中加入清单的任务（任务文件写了 from:）在加入前的各期不欠报送；撤并或退出清单的单位（units.yaml 写了 until:）在那以后的各期不再报送，\n"+
			"年中加入的单位（from:）在加入前的各期不欠报送。这样的一条或一份报送不计入汇总。这是提醒。\n"+
			"修改：核对期次：报送写错了期次的，放到正确的期次目录；from 或 until 写错了的，改正 from 或 until。",
		"A task that joined the list during the year (from: in its file) is owed nothing in the periods before; a unit merged or gone\n"+
			"(until: in units.yaml) reports in no period after, one that joined (from:) in none before. Such an entry or report does not count. A warning.\n"+
			"Fix: check the period: move a report filed under the wrong period, or correct from or until."))

	def(NoOwnerLeft, Warning, t("任务没有责任单位了", "a task no unit owns any more"), t(
		"任务的责任单位都已退出清单（units.yaml 写了 until:），从那以后的各期这项任务没有单位报送，也不会催报。\n"+
			"它仍在清单中，照常计入任务总数（“清单共有任务N项”）：责任单位退出前都已报“已完成”的，算已完成；否则显示为“未报”，预警原因写明没有责任单位。\n"+
			"责任单位都是年中才加入的（from:），加入前的各期也是这样。\n"+
			"修改：有接手的单位的（如撤并后的新单位），把它写进这项任务的 owners；核对 until、from 是否写错。",
		"Every unit owning the task left the list (until: in units.yaml): from then on no unit reports on it, and none is chased.\n"+
			"It stays on the list and in every count of tasks: done when each of its units had reported it done before leaving; else not\n"+
			"reported, its light saying it has no unit.\n"+
			"So it is in the periods before its units join the list (from:), where none has yet.\n"+
			"Fix: add the unit that took it over (the one a merged unit became) to the task's owners; check that until and from are right."))

	def(OwnerLeftUndone, Warning, t("责任单位未完成就退出清单", "a unit left the list with its part undone"), t(
		"任务的某个责任单位退出了清单（units.yaml 写了 until:），而退出前没有报这项任务“已完成”。从那以后这项任务的进度和状态只按其余单位算："+
			"其余单位都报完成时，任务即为“已完成”，退出单位没做完的部分不再显示。这是提醒。\n"+
			"修改：有接手的单位的（如撤并后的新单位），把它写进这项任务的 owners；核对 until 是否写错。",
		"A unit owning the task left the list (until: in units.yaml) without reporting the task done. From then on the task's progress\n"+
			"and state follow its other units alone: done when they all report it done, the leaver's unfinished part no longer shown.\n"+
			"A warning.\nFix: add the unit that took it over (the one a merged unit became) to the task's owners; check that until is right."))

	def(StatusProgress, Warning, t("状态与进度不一致", "status and progress disagree"), t(
		"“未启动”而进度大于 0、“推进中”或“滞后”而进度为 100，状态与进度对不上，多半有一处写错了。这是提醒，条目照常计入汇总。\n"+
			"修改：核对后让两者一致：已开始的写“推进中”，已完成的写“已完成”。\n"+
			"“已完成”而进度不到 100 是错误，见 R409。",
		"Not-started with a progress above 0, or in-progress or delayed at 100: the status and the progress disagree, and one of them\n"+
			"is most likely a slip. A warning: the entry counts as it is.\n"+
			"Fix: make the two agree: in-progress once started, done when done.\n"+
			"Done with a progress below 100 is an error: see R409."))
	def(ProgressDown, Warning, t("进度比上期倒退", "progress went down"), t(
		"本期进度低于上一期报送的进度。可能是笔误，也可能确有原因。\n修改：核对数字；确有倒退时在 problems 中说明原因。",
		"Progress is lower than in the unit's previous report. A typo, or a real setback.\nFix: check the number; if it is real, explain in problems."))
	def(NegativeValue, Warning, t("量化指标数值为负", "a negative target value"), t(
		"报送的量化指标数值是负数。完成数通常不会是负数，多半是多打了负号；指标的实际数是各单位数值之和，负数会把合计拉低。\n修改：核对数字；指标本来就按减少量计的，写减少了多少（正数），并在 summary 中说明。",
		"A value reported against a target is negative. An amount done is rarely negative: most likely a stray minus sign; a target's actual is the sum of the units' values, and a negative one pulls it down.\nFix: check the number; for a target counted as a reduction, write how much it fell (a positive number) and say so in summary."))
	def(DoneWentBack, Warning, t("已完成的任务又变为未完成", "done went back"), t(
		"上一期已报“已完成”的任务本期又报为未完成。\n修改：核对状态；确需重新推进时在 problems 中说明原因。",
		"A task reported done in the previous period is now reported not done.\nFix: check the status; if it is real, explain in problems."))
	def(NoSummary, Error, t("缺少进展情况", "no summary"), t(
		"已报送（有 submitted 日期）的报告，每项任务都要在 summary 中写明本期进展情况；没有进展也要写明原因。\n"+
			reportErrors.Zh+"\n"+
			"修改：补写 summary。还没写好时，可先删去 submitted 一行，作为草稿保存。",
		"A submitted report (one with a submitted date) says in summary what was done on every task, or why nothing was.\n"+
			reportErrors.En+"\n"+
			"Fix: write the summary. Until it is ready, remove the submitted line and keep the file as a draft."))
	def(ClosedChanged, Warning, t("已截止期次的报送被改动", "report of a closed period changed"), t(
		"这份报送所属期次的报送截止日已过，它在截止以后又被改动（或新增），而报送日期 submitted 仍不晚于截止日：\n"+
			"改动后的内容按按时报送计入，这一期按截止日统计的数字随之改变，与当时发出的汇总、通报不再一致，且没有任何标记。\n"+
			"提交前检查（tally check --staged）和合并请求的检查（tally check --base 目标分支：与报送截止日时分支上的版本相比，截止前改好、截止后才合并的不算）提示，提交照常进行。\n"+
			"修改：是新的进展的，写在下一期的报送中，把这里改回；是更正的，把 submitted 改为今天（计为逾期报送），或请办公室审核（tally review）并在通报中说明。",
		"The period of this report is past its due date, and the report was changed (or added) after it while its submitted date is still on\n"+
			"or before the due date: the changed content counts as sent on time, and the period's figures as of its due date change with it, no\n"+
			"longer those of the summaries and briefs sent then, with no mark. The pre-commit check (tally check --staged) and a merge request's check\n"+
			"(tally check --base BRANCH: against the branch's version as of the due date, so that one written by then and merged later is not) say so;\n"+
			"the commit goes ahead.\n"+
			"Fix: new progress goes in the next period's report, and this one is changed back; a correction either takes today as submitted\n"+
			"(counted late) or is reviewed by the office (tally review) and said in the brief."))
	def(NoProgress, Error, t("推进中或滞后而没有填写进度", "in progress or delayed with no progress"), t(
		"已报送（有 submitted 日期）的报告中，状态为“推进中”或“滞后”的条目要写明进度 progress（0 到 100 的整数）：没有数字，就不知道进展到哪里，\n"+
			"若按 0 计入会把任务和单位的平均进度拉低。改正前这一条不计入（沿用此前的报送，并列入催报）。\n"+
			"修改：补写 progress，如 progress: 60。“已完成”不必写（即 100），“未启动”不必写（即 0）；草稿（没有 submitted）可以先不写。",
		"In a submitted report, an entry that is in progress or delayed says how far it is (progress, an integer 0 to 100): with no number the\n"+
			"progress is unknown, and counting it as 0 would pull the task's and the unit's mean down. Until it is given the entry\n"+
			"does not count (the earlier report carries, and the unit is chased).\n"+
			"Fix: write the progress, such as progress: 60. Done needs none (it is 100), not started none (it is 0); a draft need not give it yet."))
	def(SubmittedLate, Warning, t("逾期报送", "submitted late"), t(
		"submitted 的日期晚于该期次的报送截止日（plan.yaml 中 periods 的 due）。\n这只是提醒，报送仍然计入。",
		"submitted is after the period's due date (due in plan.yaml's periods). A reminder only: the report still counts."))
	def(SubmittedFuture, Warning, t("报送日期在未来", "submitted in the future"), t(
		"submitted 的日期晚于今天，多半是笔误。\n修改：改成实际报送日期。",
		"submitted is after today, most likely a typo.\nFix: write the real date."))
	def(NotReported, Warning, t("未报送责任任务", "owned task not reported"), t(
		"单位提交了本期报送，但漏报了它负责且尚未完成的任务。\n修改：为提示中的任务补上条目（`tally new report` 生成的模板会列出全部任务）。",
		"The unit's report for the period leaves out tasks it owns and has not finished.\nFix: add entries for them (`tally new report` lists them all)."))
	def(DoneBelow100, Error, t("已完成但进度不到 100", "done below 100"), t(
		"状态为“已完成”而进度不到 100 是错误：已完成即进度 100。\n"+
			reportErrors.Zh+"\n"+
			"修改：确已完成的，把进度改为 100（或删去 progress 一行）；尚未完成的，把状态改为“推进中”。",
		"Done with a progress below 100 is an error: done means 100.\n"+
			reportErrors.En+"\n"+
			"Fix: if the task is done, make the progress 100 (or delete the progress line); if not, change the status to in-progress."))
	def(Draft, Warning, t("草稿未报", "draft"), t(
		"报告没有 submitted 日期，是草稿：tally check 照常检查它，但汇总、排名和预警都不计入，催报清单中该单位显示为“草稿未报”。\n修改：填写完毕后加上 submitted: 年-月-日（报送的日期）。",
		"The report has no submitted date, so it is a draft: check validates it, but summaries, ranking and lights ignore it and missing lists the unit as draft only.\nFix: when it is ready, add submitted: YYYY-MM-DD (the day it is sent)."))
	evidenceRules(t)
	reviewRules(t)
}
