package notice

import (
	"slices"
	"strings"
)

// A table's header: which cells name columns, and which column holds the
// work, the owners, the lead, the leaders and the time limit.

// numbered reports whether the table's first column is its 序号.
func (c *columns) numbered() bool {
	return c.num >= 0 && c.num < len(c.names) && numHead.MatchString(squeezeSpace(c.names[c.num]))
}

var columnNameRe = lazyRe(`序号|^分类$|^领域$|^板块$|职责|责任(?:街镇|镇街|乡镇|街道|镇)|编号|任务|内容|事项|实事|项目|措施|工作安排|单位|部门|科室|处室|股室|领导|时限|时间|期限|备注|目标|指标|举措|重点工作|牵头|配合|协办|主办|责任人|负责人|情况|状况|进度|进展|要求|` +
	// Columns that say where and how much (建设地点, 年度投资金额（万元）): no
	// task's or owner's column, but a header's all the same.
	`地点|地址|金额|投资|资金|规模|类型|面积|长度|区域|所在|级别|现状|标准|考核|预期效果|预期成效|指标属性|指标性质|日期|类别|对象|\p{Han}名称|^\p{Han}{0,4}主题$|` + problemColumns)

// maxColumns bounds the header of a flattened table: real ones have a
// few columns, a longer run of column names is no header.
const maxColumns = 16

func isColumnName(s string) bool {
	s = squeezeSpace(s)
	if r := []rune(s); len(r) >= 4 && len(r)%2 == 0 && string(r[:len(r)/2]) == string(r[len(r)/2:]) {
		// 职责分工 职责分工: a site's label for a part of its page, given
		// twice (a heading cell and the cell beside it), no column's name.
		return false
	}
	if m := headNoteRe.FindStringSubmatch(s); m != nil && isColumnName(m[1]) {
		// 重点工作任务(民生实事项目), 进展情况(一季度): a column's name with a
		// note in brackets after it.
		return true
	}
	if h, ok := headLegendOff(s); ok {
		return isColumnName(h)
	}
	if pairedColumns(s) {
		return true
	}
	if placeColumnRe.MatchString(s) {
		return true
	}
	return s != "" && len([]rune(s)) <= 10 && columnNameRe.MatchString(s) && !strings.ContainsAny(s, "。，；：:、")
}

// placeColumnRe is a column of the towns or districts the rows are in
// (序号 / 乡镇 / 项目名称 / …), matched whole: 各乡镇 in a row is a unit.
var placeColumnRe = lazyRe(`^(?:乡镇|镇街|乡镇街道|乡镇\(街道\)|乡镇（街道）|街道|县区|县市区|区县|镇村|村居|村\(社区\)|村（社区）)$`)

// headLegendRe is a column's name followed by a note in brackets saying
// what a mark on its units means (责任部门(加*号为牵头部门,其余为参与部门))
// or which of them leads (责任部门(排在第一位的为牵头部门)).
var headLegendRe = lazyRe(`^([^（()）]{2,10})[（(]([^（()）]{3,30})[）)]$`)

// headLegendOff is a column's name without its note on the marks, where
// the cell holds one (legendRe); the notice's legend reads the note.
func headLegendOff(s string) (string, bool) {
	if m := headLegendRe.FindStringSubmatch(s); m != nil && (legendRe.MatchString(m[2]) || statesFirstLeads(m[2])) {
		return m[1], true
	}
	return s, false
}

// headNoteOnlyRe is a column's note alone: (7月), （万元）.
var headNoteOnlyRe = lazyRe(`^[（(][^（()）]{1,10}[）)]$`)

// headNoteRe is a column's name followed by a short note in brackets, or
// one counting the rows (杭州市2项牵头工作、19项配合工作).
var headNoteRe = lazyRe(`^([^（()）]{2,10})[（(](?:[^（()）]{1,10}|[^（()）]{0,10}\d{1,3}\s*项[^（()）]{0,16})[）)]$`)

// columns says which cell of a task table's rows holds what (-1: none).
type columns struct {
	num, content, lead, owners, partners, leaders, due int
	leaders2, leaders3                                 int      // second and third columns of leaders (协助领导 beside 牵头领导)
	partners2                                          int      // a third column of units (承办单位 beside 负责单位 | 协办单位)
	persons                                            int      // 责任人: persons, not named as leaders
	target                                             int      // 目标值 beside an indicator (指标) column
	noNum                                              bool     // no 序号 column: num is the first column's place
	names                                              []string // the header's cells
	counted                                            int      // rows numbered by their place, in a table whose rows carry no number
	checkers                                           int      // 评分部门, 考核单位: units that check the work, not owners
	field                                              int      // 任务 before 具体措施: the row's field of work, a cell merged over its measures
	area                                               int      // 领域 before 具体措施 where no field was read: kept in the rows' text alone
	lastField                                          string   // the last field (or area) cell given, for the rows under it that leave it empty
	remark                                             int      // 备注: a remark, which may say who leads (教育局牵头)
	sections                                           int      // 负责科室 after 牵头单位: the lead's own section, no owner
	upper                                              int      // 市级牵头单位 beside 责任单位: the lead of the upper list the row follows, no owner here
	detail                                             int      // 工作任务 after a bare 名称 column that took the task's place: the task's text
	// schedule says the due column is a schedule of stages (工作进度安排:
	// 第一季度:… 第四季度(11月份):…) in a table with no time-limit column:
	// its last stage is read as the due, listed.
	schedule bool
	spans    map[int]int // a column under an empty header cell, named after the column of units before it: that column
	unnamed  []int       // columns whose header cell is empty and stays so: their cells are read into no field
}

// countedRow numbers a row of a table whose rows carry no number at all
// (专项整治行业名称 | 时间安排 | 责任单位): a whole row that names its work
// and who answers for it is the next task. It reports false for any other
// row: one with a number of its own, a short (merged) row, a row naming no
// one.
func (c *columns) countedRow(row []string, content string) (int, bool) {
	if !c.noNum || c.content == c.num && taskRe.MatchString(content) || content == "" || len(row) != len(c.names) ||
		c.cell(row, c.owners) == "" && c.cell(row, c.lead) == "" {
		return 0, false
	}
	c.counted++
	return c.counted, true
}

var (
	detailHead  = lazyRe(`^(具体要求|工作要求|具体内容|细化分工|细化任务|细化措施)$`)
	numHead     = lazyRe(`^(序号|编号|序|任务项|项次|项号)$`) // 任务项 over 1, 2: a row's number
	contentHead = lazyRe(`任务|内容|^(?:主要|工作)?职责(?:分工|任务)?$|事项|实事|项目|措施|举措|重点工作|工作要点|工作安排|目标|指标|具体标准|工作标准|建设标准`)
	// themeHead is a column of themes (发布主题, 活动主题): the work, where
	// no other column names it.
	themeHead = lazyRe(`^\p{Han}{0,4}主题$`)
	// indicatorHead and targetHead: a table of targets names the indicator
	// in one column (指标名称) and its value in another (目标值, 预期目标).
	indicatorHead = lazyRe(`指标`)
	// workHead is a column naming the work itself (工作任务, 具体措施).
	workHead    = lazyRe(`任务|内容|措施|举措|事项|重点工作`)
	targetHead  = lazyRe(`目标`)
	leadersHead = lazyRe(`领导|^(?:分管|责任|联系)?(?:副)?[省市县区镇乡]长$`)
	personsHead = lazyRe(`^(责任人|负责人)$`)
	// An inspection-item list (抽查事项清单) names the department that starts
	// an inspection (发起部门), the ones helping (配合部门), the body that
	// checks (检查主体) or the department (部门) alone.
	leadHead   = lazyRe(`牵头|主办|第一责任|^发起(?:部门|单位)$`)
	ownersHead = lazyRe(`责任单位|实施部门|执行单位|执行部门|^(?:任务|工作|责任)分工$|责任(?:街镇|镇街|乡镇|街道|镇|乡镇（街道）|乡镇\(街道\)|镇（街道）|镇\(街道\))$|责任部门|负责单位|负责部门|承办单位|业主单位|实施单位|落实单位|落实部门|落实(?:科室|处室|股室)|责任科室|责任处室|责任股室|负责科室|负责处室|负责股室|职能部门|主责单位|主责部门|^部门$|^成员单位$|^(?:检查|实施|执法)主体$`)
	// codeHead is a column of codes or kinds (事项编号, 事项类别), no work.
	codeHead     = lazyRe(`(?:编号|代码|编码|类别)$`)
	partnersHead = lazyRe(`配合|协办|协同|协助|协作|参与|^(?:相关|涉及)(?:单位|部门)$`)
	dueHead      = lazyRe(`时限|时间|期限|年限`)
	relatedHead  = lazyRe(`^(?:相关|涉及)(?:单位|部门)$`)
	// standardHead is a column of the work a named target asks for.
	standardHead = lazyRe(`^(?:工作|具体|建设|完成)?标准$`)
	// upperLeadHead is a column naming the lead of the list above the one
	// a table divides (市级牵头单位 in a city commission's division of the
	// city's work points, beside its own 责任单位 column): that body leads
	// the city's item, not the commission's row.
	upperLeadHead = lazyRe(`^(?:国家|中央|省级|市级|县级|区级|上级)牵头(?:单位|部门)$`)
	// checkersHead is a column of the units that score or check the work
	// (评分部门, 考核单位, 验收单位): they answer for no part of it.
	checkersHead = lazyRe(`^(评分|考核|评价|评估|督查|督办|监督|验收|审核)(责任)?(单位|部门|科室|处室)$`)
	// fieldHead is a column that names a field of work alone (任务, 项目,
	// 类别), and measureHead a column of the measures under it (具体措施).
	fieldHead   = lazyRe(`^(任务|项目|类别|领域|工作领域|任务类别|项目类别)$`)
	measureHead = lazyRe(`措施|举措`)
	// nameHead is a column that names the things a row is about (行业名称,
	// 场所名称): the work, where no column is named for it.
	nameHead = lazyRe(`^\p{Han}{0,8}名称$`)
)

// measuresOnlyHead is a column of measures alone (具体措施, 主要措施), no
// plan or schedule with them (工作举措及实施计划).
var measuresOnlyHead = lazyRe(`^(?:具体|主要|工作|重点|推进|实施|保障)?(?:措施|举措)$`)

// leadSectionHead is a column naming the section inside a row's unit that
// does the work: 负责科室, 承办科室, 具体负责处室.
var leadSectionHead = lazyRe(`^(?:具体)?(?:负责|承办)(?:科室|处室|股室)$`)

// tableHeader reads a header row of a task table: it must name the work
// and who is responsible for it.
func tableHeader(row []string) *columns {
	if len(row) < 2 {
		return nil
	}
	if v := strings.TrimSpace(row[0]); v != "" && strings.Trim(v, "0123456789") == "" {
		// 3 | 教育局 联合 卫健委 … | …的通知》 | … | 教育局牵头 |: a row numbered
		// in its first cell is no header, though its cells hold the
		// words of one (事项, 牵头).
		return nil
	}
	for _, cell := range row {
		if t := strings.TrimSpace(cell); strings.HasSuffix(t, "。") || len([]rune(t)) > 60 {
			// (三)做好财政信息公开。 | 按照…(公开路径:…法定主动公开内容…)。 |
			// … | 牵头处室:财务处: a row of sentences is no header, though
			// its words hold a column's (内容, 牵头).
			return nil
		}
	}
	c := &columns{num: -1, content: -1, lead: -1, owners: -1, partners: -1, partners2: -1, leaders: -1, leaders2: -1, leaders3: -1, due: -1, persons: -1, target: -1, checkers: -1, field: -1, area: -1, remark: -1, upper: -1, detail: -1, sections: -1}
	ownColumn := slices.ContainsFunc(row, func(s string) bool { return ownersHead.MatchString(squeezeSpace(s)) })
	for i, cell := range row {
		cell = squeezeSpace(cell) // 任 务 名 称
		if m := headNoteRe.FindStringSubmatch(cell); m != nil && isColumnName(m[1]) {
			// 重点工作任务(杭州市2项配合工作): the column is named before its
			// note, whatever words the note holds (配合).
			cell = m[1]
		}
		cell, _ = headLegendOff(cell)
		switch {
		case numHead.MatchString(cell):
			c.num = i
		case leadSectionHead.MatchString(cell) && (c.lead >= 0 || c.owners >= 0):
			// 牵头单位 | 负责科室: the section of the lead that does the
			// work, inside it, no owner of its own.
			c.sections = i
		case cell == "备注" || cell == "说明":
			c.remark = i
		case checkersHead.MatchString(cell):
			c.checkers = i
		case ownColumn && upperLeadHead.MatchString(cell):
			c.upper = i
		case leadersHead.MatchString(cell) && c.leaders >= 0 && c.leaders2 >= 0 && c.leaders3 < 0:
			c.leaders3 = i
		case leadersHead.MatchString(cell) && c.leaders >= 0 && c.leaders2 < 0:
			// 牵头领导 | 协助领导, 责任领导 | 分管领导: both the row's leaders.
			c.leaders2 = i
		case leadersHead.MatchString(cell):
			c.leaders = i
		case personsHead.MatchString(cell):
			c.persons = i
		case partnersHead.MatchString(cell):
			c.partners = i
		case leadHead.MatchString(cell):
			c.lead = i
		case ownersHead.MatchString(cell) && c.owners >= 0 && c.partners < 0:
			// 负责单位 | 承办单位: a second column of units answering for
			// the row, owners as much as the first, no lead.
			c.partners = i
		case ownersHead.MatchString(cell) && c.owners >= 0 && c.partners2 < 0:
			// 负责单位 | 协办单位 | 承办单位: a third, owners too.
			c.partners2 = i
		case ownersHead.MatchString(cell):
			c.owners = i
		case dueHead.MatchString(cell):
			c.due = i
		case contentHead.MatchString(cell) && c.content < 0 && !codeHead.MatchString(cell):
			c.content = i
		case problemHead.MatchString(cell) && c.content < 0:
			c.content = i // 问题描述: an inspection's problem is the task
		case targetHead.MatchString(cell) && c.target < 0:
			c.target = i
		}
	}
	if lv := deepestLevelHead(row); lv >= 0 && (c.content < 0 || pointLevelHeadRe.MatchString(squeezeSpace(row[c.content]))) {
		// 一级要点 | 二级要点 | 责任科室: the points of the deepest level
		// are the tasks, those above them headings merged over their rows.
		c.content = lv
	}
	c.nameFirst(row)
	if c.content >= 0 && c.detail < 0 && c.content+1 < len(row) && c.roleless(c.content+1) &&
		(detailHead.MatchString(squeezeSpace(row[c.content+1])) || measuresOnlyHead.MatchString(squeezeSpace(row[c.content+1])) && !fieldHead.MatchString(squeezeSpace(row[c.content]))) {
		// 工作任务 | 具体要求: the work named, then what it asks; rows
		// sharing the name (a cell merged over them) are told apart by it.
		// 重点任务 | 具体措施: the task, then its measures, its text (where
		// the first names a field alone, 任务 | 具体措施, the measures are
		// the tasks: below).
		c.detail = c.content + 1
	}
	if c.content < 0 && (c.lead >= 0 || c.owners >= 0) {
		// 具体要求 | 责任科室: a header that lost its task's column (工作
		// 任务 | 序号 |) names the work by what it asks.
		for i, cell := range row {
			if detailHead.MatchString(squeezeSpace(cell)) && c.roleless(i) {
				c.content = i
				break
			}
		}
	}
	personsDue := c.lead < 0 && c.owners < 0 && c.leaders < 0 && c.persons >= 0 && c.due >= 0
	if c.content < 0 && (c.lead >= 0 || c.owners >= 0 || personsDue) {
		// 专项整治行业名称 | 时间安排 | 责任单位: with no column named for the
		// work, the first that names things (…名称) holds it.
		for i, cell := range row {
			if i != c.num && i != c.lead && i != c.owners && i != c.partners && i != c.leaders && i != c.leaders2 && i != c.leaders3 && i != c.persons && i != c.due &&
				nameHead.MatchString(headNoteOff(squeezeSpace(cell))) {
				c.content = i
				break
			}
		}
	}
	if c.content < 0 && (c.lead >= 0 || c.owners >= 0) {
		// 抽查类别 | 抽查类别 | 检查对象 | …: a heading over two columns (a
		// cell merged over both, given in each): the first names the
		// rows' kind, the second their items, the work.
		for i := 1; i < len(row); i++ {
			if h := squeezeSpace(row[i]); h != "" && h == squeezeSpace(row[i-1]) && i != c.lead && i != c.owners && i != c.partners && i != c.due {
				c.content = i
				break
			}
		}
	}
	if c.content < 0 {
		// 序号 | 发布主题 | 时间 | 承办单位: a theme's column holds the work
		// where no other column does (beside 工作任务 it names a field).
		for i, cell := range row {
			if themeHead.MatchString(squeezeSpace(cell)) && i != c.lead && i != c.owners && i != c.partners && i != c.due {
				c.content = i
				break
			}
		}
	}
	if c.content >= 0 && indicatorHead.MatchString(squeezeSpace(row[c.content])) && !slices.ContainsFunc(row, targetHead.MatchString) {
		// 指标 | 工作任务, with no column of targets: the indicator names
		// the row's field (公共文化服务, a cell merged over the rows under
		// it) and the column after it the work, which is the task. Where
		// targets follow (考核指标 | 考核内容 | 年度目标) the indicator is.
		for i := c.content + 1; i < len(row); i++ {
			cell := squeezeSpace(row[i])
			if i != c.lead && i != c.owners && i != c.partners && i != c.leaders && i != c.leaders2 && i != c.leaders3 && i != c.persons && i != c.due && i != c.checkers &&
				workHead.MatchString(cell) && !indicatorHead.MatchString(cell) && !targetHead.MatchString(cell) {
				c.content = i
				break
			}
		}
	}
	if c.content >= 0 && fieldHead.MatchString(squeezeSpace(row[c.content])) {
		// 序号 | 任务 | 项目 | 具体措施 | 主要职能部门: the 任务 cell names a
		// field of work, merged over the measures under its number; each
		// measure, with units of its own, is the task.
		for i := c.content + 1; i < len(row); i++ {
			if i != c.lead && i != c.owners && i != c.partners && i != c.leaders && i != c.leaders2 && i != c.leaders3 && i != c.persons && i != c.due && i != c.checkers &&
				(measureHead.MatchString(squeezeSpace(row[i])) || fieldWorkHead.MatchString(squeezeSpace(row[i]))) {
				c.field, c.content = c.content, i
				break
			}
		}
	}
	if c.content > 0 && c.field < 0 && fieldHead.MatchString(squeezeSpace(row[c.content-1])) && c.roleless(c.content-1) {
		// 序号 | 领域 | 具体措施 | …: the field the measures stand in, a
		// cell merged over their rows: kept in each row's text, the rows
		// fitted to the columns as before (withField).
		c.area = c.content - 1
	}
	if c.content >= 0 && c.field < 0 && c.content+1 < len(row) && nameHead.MatchString(headNoteOff(squeezeSpace(row[c.content]))) &&
		standardHead.MatchString(squeezeSpace(row[c.content+1])) && c.roleless(c.content+1) {
		// 目标名称 | 工作标准: the target named, then the work it asks; the
		// work is the task, the name its field.
		c.field, c.content = c.content, c.content+1
	}
	if c.content >= 0 && (!indicatorHead.MatchString(row[c.content]) || targetHead.MatchString(row[c.content])) {
		c.target = -1 // 年度目标 … 季度目标: the first is the task, the others its text
	}
	if c.lead < 0 && c.owners < 0 && c.partners >= 0 && relatedHead.MatchString(squeezeSpace(row[c.partners])) {
		// 相关部门 | 职责分工: with no column of owners, the units named
		// beside each duty answer for it.
		c.owners, c.partners = c.partners, -1
	}
	if c.content < 0 || (c.lead < 0 && c.owners < 0 && !c.leadersOnly(row) && !personsDue && !c.progressOnly(row)) {
		return nil
	}
	c.scheduleColumn(row)
	if c.num < 0 {
		c.num, c.noNum = 0, true
	}
	c.names = row
	return c
}

// headNoteOff is a column's name without the note in brackets after it:
// 水体名称(起始边界) → 水体名称.
func headNoteOff(s string) string {
	if m := headNoteRe.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}

// mergedLead is a row that left out the table's first column, a cell
// merged over several rows (类别: 四、教育文化 on the first row of its
// group only): the row has fewer cells than the header, the table has no
// 序号 column and its task column is not the first, and the row's first
// cell is the task with its number (15.推进…) where the task column holds
// none. The row is given an empty first cell.
func (c *columns) mergedLead(row []string) []string {
	if !c.noNum || c.content < 1 || len(row) >= len(c.names) || len(row) == 0 {
		return row
	}
	if taskRe.MatchString(row[0]) && !taskRe.MatchString(c.cell(row, c.content)) {
		return append([]string{""}, row...)
	}
	return row
}

// shortRow is a row one cell short of the header whose last cell is its
// time limit, under a header whose last column is the time limit: the
// cell it left out is merged over several rows (类别 | 标准 | 内容 |
// 牵头单位 | 协助单位 | 完成期限, 生态环境 on the group's first row only).
// Read by position, its units and its date would fall one column short;
// they are read one column over, after an empty cell put after the task's,
// and the row is listed. It reports whether the row was so read.
func (c *columns) shortRow(row []string) ([]string, bool) {
	last := len(c.names) - 1
	if len(row) != last || c.due != last || c.content < 0 || c.content >= last-1 || c.cell(row, c.content) == "" {
		return row, false
	}
	if _, ok := dueDate(strings.ReplaceAll(row[last-1], CellBreak, ""), years{}); !ok || !dateCellRe.MatchString(row[last-1]) {
		return row, false
	}
	out := slices.Clone(row[:c.content+1])
	out = append(out, "")
	return append(out, row[c.content+1:]...), true
}

// dateCellRe is a cell that holds a date: 2010年9月20日前, 12月底, 2023-06-30.
var dateCellRe = lazyRe(`^\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月(?:份|底|末|中旬|上旬|下旬|\d{1,2}\s*日)?(?:前|之前|以前)?\s*$|^\s*\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?\s*(?:前)?\s*$`)

func (c *columns) cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}

// resp is a row's responsibility, cell by cell, each under its column's
// heading.
func (c *columns) resp(row []string, line int) []piece {
	var out []piece
	for _, col := range []int{c.lead, c.owners, c.partners, c.partners2, c.leaders, c.leaders2, c.leaders3, c.persons} {
		if units, people := c.unitsAndPersons(row, col); people != nil {
			// 责任单位及责任人 with no column of leaders: 县教体局 张伟 is the
			// unit and its 责任人, a leader as the label form reads it.
			out = append(out, piece{units, line, FromColumn, c.label(col)}, piece{strings.Join(people, "、"), line, FromColumn, "责任人"})
			continue
		}
		if v := columnWordOff(unitHeadOff(ownLabelOff(c.cell(row, col), c.names, col), c.cell(c.names, col)), c.cell(c.names, col)); v != "" {
			// Names in paragraphs of their own are a list.
			out = append(out, piece{strings.ReplaceAll(v, CellBreak, "、"), line, FromColumn, c.label(col)})
		}
	}
	if m := remarkLeadRe.FindStringSubmatch(c.cell(row, c.remark)); m != nil && c.lead < 0 && unitNames(m[1]) {
		// 备注: 教育局牵头, beside a 部门 cell naming it among others: the
		// lead.
		out = append(out, piece{m[1], line, FromColumn, "牵头单位"})
	}
	return out
}

// unitsAndPersons reads a unit cell under a heading naming the units'
// persons too (责任单位及责任人) in a table with no column of leaders or
// persons: the units and the persons after them, or nil persons.
func (c *columns) unitsAndPersons(row []string, col int) (string, []string) {
	if col < 0 || col != c.owners && col != c.lead || c.leaders >= 0 || c.persons >= 0 || !unitHeadColumnRe.MatchString(squeezeSpace(c.cell(c.names, col))) {
		return "", nil
	}
	v := strings.ReplaceAll(ownLabelOff(c.cell(row, col), c.names, col), CellBreak, "、")
	return unitsThenPersons(strings.TrimSpace(v))
}

// remarkLeadRe is a remark that names who leads a row: 教育局牵头.
var remarkLeadRe = lazyRe(`^\s*([^，,。；;：:\s]{2,30}?)\s*牵头\s*$`)

// label is a column's heading as a label of responsibility: 牵头单位,
// 责任单位, 配合单位 or 责任领导, whatever the notice calls it.
func (c *columns) label(col int) string {
	switch col {
	case c.lead:
		return "牵头单位"
	case c.partners, c.partners2:
		return "配合单位"
	case c.leaders, c.leaders2, c.leaders3:
		return "责任领导"
	case c.persons:
		return "责任人"
	case c.due:
		if c.schedule {
			return squeezeSpace(c.names[c.due]) // 工作进度安排
		}
		return "完成时限"
	}
	return "责任单位"
}

// headWords end a header cell broken over two lines (牵头 / 单位).
var headWords = lazyRe(`^(单位|部门|领导|时限|时间|内容|任务|措施|举措|事项|名称)$`)

// bareHeader reads a header of column names one per line, with no |.
func bareHeader(lines []Line, i int) ([]string, int) {
	return readHeader(lines, i, func(s string) (string, bool) {
		return trimLine(s), !strings.Contains(s, "|")
	})
}

// readHeader reads a header of column names, one cell per line from
// lines[i] on, each line's cell given by cellOf; it returns the cells
// (nil when they make no task table's header) and where they end. A cell
// may be broken over two lines: 牵头 / 单位, 分管 / 领导, 完成 / 状况.
func readHeader(lines []Line, i int, cellOf func(string) (string, bool)) ([]string, int) {
	var head []string
	var at []int // the line each cell starts on
	j := i
	for ; j < len(lines) && len(head) <= maxColumns; j++ {
		c, ok := cellOf(lines[j].Text)
		c = squeezeSpace(c)
		start := j
		if ok && len(head) > 0 && headNoteOnlyRe.MatchString(c) && !headNoteRe.MatchString(head[len(head)-1]) {
			// 进展情况 / (7月): a column's note on a line of its own.
			head[len(head)-1] += c
			continue
		}
		if ok && !isColumnName(c) && !(len(head) == 0 && nameColumn(c)) && j+1 < len(lines) && !(len(head) > 0 && headWords.MatchString(c)) {
			// 分管 / 领导: neither part names a column, the two do.
			if next, ok := cellOf(lines[j+1].Text); ok && len([]rune(c)) <= 4 && len([]rune(squeezeSpace(next))) <= 4 && isColumnName(c+squeezeSpace(next)) &&
				!numHead.MatchString(squeezeSpace(next)) { // 分类 / 序号: two columns
				c += squeezeSpace(next)
				j++
			}
		}
		if !ok || !isColumnName(c) && !(len(head) > 0 && headWords.MatchString(c)) && !(len(head) == 0 && nameColumn(c)) {
			break
		}
		if projectCellRe.MatchString(c) && namesItems(head) {
			// 项目名称 | 内容 | 牵头单位 | 进展情况 / 婴幼儿童照护服务项目: a
			// project's name after a header that names the work, its
			// items and who answers for it is the first row's cell.
			break
		}
		if len(head) > 0 && headWords.MatchString(c) && !isWholeColumn(c) && !tableCellName(head[len(head)-1]) ||
			len(head) > 0 && c == "任务" && strings.HasSuffix(head[len(head)-1], "目标") {
			// 牵头 / 单位, 攻坚目标 / 任务: one cell broken over two lines.
			head[len(head)-1] += c
			continue
		}
		if a, b, ok := splitPairedColumns(c); ok {
			// 牵头单位、相关单位: two columns, each row giving a cell
			// to each (牵头单位:市文物局 / 相关单位:市水务局).
			head = append(head, a, b)
			at = append(at, start, start)
			continue
		}
		head = append(head, c)
		at = append(at, start)
	}
	head, j = trailingColumns(lines, head, j, cellOf)
	head, j = groupLed(lines, i, head, at, j, cellOf)
	for k := 1; k < len(head); k++ {
		if numHead.MatchString(head[k]) && !(k == 1 && categoryHeadRe.MatchString(head[0])) {
			// A header starts at its 序号 (after a column of the kinds of
			// work, 类别 | 序号 | …, merged over their rows): a short line before it that
			// names a column too (2023年主要目标) is the table's caption.
			return nil, at[k]
		}
	}
	if len(head) < 2 || len(head) > maxColumns || tableHeader(head) == nil {
		return nil, j
	}
	return head, j
}

// projectCellRe is the name of one project (婴幼儿童照护服务项目,
// 养老服务项目), not a column's: a kind of work before 项目.
var projectCellRe = lazyRe(`^\p{Han}{3,}项目$`)

// namesItems reports whether a header already names the work, a column
// of item names (项目名称, 项目) and who answers for it: the table's
// columns are all there, and a project's name after them starts a row.
func namesItems(head []string) bool {
	c := tableHeader(head)
	if c == nil {
		return false
	}
	return slices.ContainsFunc(head, func(h string) bool {
		h = squeezeSpace(h)
		return h == "项目" || strings.HasPrefix(h, "项目") && nameHead.MatchString(h)
	})
}

// trailingColumns takes the last cells of a numbered task table's header
// that name no column tally knows (是否达序, 说明) into it: short cells up
// to the first row's 序号. Without them the first row would start at the
// header's tail.
func trailingColumns(lines []Line, head []string, j int, cellOf func(string) (string, bool)) ([]string, int) {
	if len(head) < 2 || !numHead.MatchString(head[0]) || tableHeader(head) == nil {
		return head, j
	}
	var more []string
	for k := j; k < len(lines) && k-j <= maxTrailingColumns; k++ {
		c, ok := cellOf(lines[k].Text)
		if !ok {
			return head, j
		}
		if bareNumberRe.MatchString(c) {
			if len(more) == 0 || len(head)+len(more) > maxColumns {
				return head, j
			}
			return append(head, more...), k
		}
		if c = squeezeSpace(c); len([]rune(c)) > 6 || strings.ContainsAny(c, "。，；：:、") {
			return head, j
		}
		if c == "" {
			// A lone | before the first row opens it: no column.
			continue
		}
		more = append(more, c)
	}
	return head, j
}

// maxTrailingColumns bounds the unknown cells at a header's end.
const maxTrailingColumns = 3

// tableCellName is a header cell whole by itself (牵头单位, 序号), which a
// following 单位 does not continue.
func tableCellName(s string) bool {
	return numHead.MatchString(s) || headWords.MatchString(s) || len([]rune(s)) >= 4
}

// isWholeColumn is a header word that names a column by itself.
func isWholeColumn(s string) bool { return s == "事项" || s == "任务" || s == "内容" }

// roleless reports whether column i is given no part in the rows.
func (c *columns) roleless(i int) bool {
	return !slices.Contains([]int{c.num, c.content, c.lead, c.owners, c.partners, c.partners2, c.leaders, c.leaders2, c.leaders3, c.due, c.persons, c.target, c.checkers, c.field, c.remark, c.sections, c.upper, c.detail}, i)
}

// pointLevelHeadRe is a column of points of one level: 一级要点, 二级任务.
var pointLevelHeadRe = lazyRe(`^([一二三四])级(?:要点|任务|指标|工作|目标|事项)$`)

// deepestLevelHead is the column of the deepest level's points where a
// header names two levels or more (一级要点 | 二级要点), or -1.
func deepestLevelHead(row []string) int {
	at, deepest, levels := -1, 0, 0
	for i, cell := range row {
		if m := pointLevelHeadRe.FindStringSubmatch(squeezeSpace(cell)); m != nil {
			levels++
			if lv := chineseNumber(m[1]); lv > deepest {
				at, deepest = i, lv
			}
		}
	}
	if levels < 2 {
		return -1
	}
	return at
}

// progressHead is a column of how far the work has got: 推进情况, 进展情况.
var progressHead = lazyRe(`^(?:工作)?(?:推进|进展|完成|落实|办理)(?:情况|进度)$`)

// progressOnly says a header numbers its rows, names the work and how far
// it has got, and no one answering for it (序号 | 目标任务 | 推进情况): a
// progress report whose rows name their units in the work's own cell, in
// a closing bracket ((责任单位:市建设局)).
func (c *columns) progressOnly(row []string) bool {
	return c.num >= 0 && numHead.MatchString(squeezeSpace(row[c.num])) && slices.ContainsFunc(row, func(s string) bool { return progressHead.MatchString(squeezeSpace(s)) })
}
