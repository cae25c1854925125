package notice

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// Span is a run of the notice's lines, From to To (1-based, inclusive),
// and why it is listed.
type Span struct {
	From, To int
	Text     i18n.Text
}

// The safety net for what no rule read. On a notice laid out as none seen
// before, a table or a run of items can be left wholly unread: its lines
// end among the preamble or the lines not placed, and every task in them
// is missed with nothing said. Lines there that look like a task's (a
// responsibility label, a closing bracket that names who is responsible,
// a numbered line or a table row naming a unit with a time limit or a
// duty) are listed by range, so that a person checks them.

// respLabelRe is a responsibility label with its value after it:
// 责任单位：, 牵头部门:, 主办单位：, 责任领导：, 牵头责任人：.
var respLabelRe = lazyRe(`(?:责任|牵头|配合|协办|主办|承办|参与|协同|协作|主责)(?:单位|部门|处室|科室|股室|领导|责任人)\s*[：:]`)

// closingDutyRe is a bracket at a line's end naming who is responsible:
// （市水利局牵头）, (县教育局负责), （责任单位 县民政局）.
var closingDutyRe = lazyRe(`[（(][^（）()]{2,80}?(?:牵头|负责|配合|落实|责任单位|责任部门)[^（）()]{0,40}[）)][。；;，,]?$`)

// leadNumberRe is a line opening with an item's or a row's number: 1.,
// 1、, 1), （1）, ⑴, 一、, （一）, or a row's bare number before a space (1 加强…).
var leadNumberRe = lazyRe(`^(?:\d{1,3}\s*[.、．﹒)）]|[（(]\d{1,3}[）)]|[⑴-⒇①-⑳]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[ \t\x{3000}]+\p{Han})`)

// namedUnitRe is a unit's name as lists write it, a place and a kind of
// body: 市水利局, 县发改局, 省政务办, 区城管委, 县(市、区)人民政府.
var namedUnitRe = lazyRe(`(?:^|[^\p{Han}]|[、，,和及与])(?:省|市|县|区|州|盟|旗|镇|乡|街道)[\p{Han}()（）、]{1,14}?(?:局|委|办|厅|中心|政府|管委会|办事处|公司|集团|分局|支队|大队)`)

// dutyWordRe is what a task's line says of its units or its time.
var dutyWordRe = lazyRe(`牵头|负责|配合|落实|\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|之前|以前)|年底前|年内完成|完成时限|完成时间`)

// unitSuffixRe is how a unit's name ends.
var unitSuffixRe = lazyRe(`(?:局|委|办|厅|中心|政府|管委会|办事处|公司|集团|队|站|馆|所)等?$`)

// unitsOnly says a line holds unit names alone, apart by spaces or
// 、，: a table row's unit cells on a line of their own. Most of its names
// end as units' names do; none is a sentence.
func unitsOnly(t string) bool {
	if strings.ContainsAny(t, "。；;：:") {
		return false
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune("、，, \u3000", r) })
	if len(parts) < 2 || strings.HasPrefix(parts[0], "各") {
		// 各街道办事处、乡人民政府,区人民政府各部门: the addressees.
		return false
	}
	units := 0
	for _, p := range parts {
		if len([]rune(p)) > 24 {
			return false
		}
		if unitSuffixRe.MatchString(p) {
			units++
		}
	}
	return units*2 >= len(parts) && units >= 2 && namedUnitRe.MatchString(t)
}

// unitLine says a line holds one unit's name alone, as a table's cell on
// a line of its own: 镇创卫办, 县教育局, 镇区管理中心, or a collective
// (各村(居、场), 各乡镇). No sentence, no label, no date.
func unitLine(t string) bool {
	t = strings.TrimSpace(strings.ReplaceAll(t, CellBreak, ""))
	n := len([]rune(t))
	if n < 2 || n > 16 || strings.ContainsAny(t, "。，,；;：: \u3000|") || leadNumberRe.MatchString(t) {
		return false
	}
	return unitSuffixRe.MatchString(t) || collectiveCellRe.MatchString(t)
}

// collectiveCellRe is a collective as a cell: 各村(居、场), 各乡镇, 各街道.
var collectiveCellRe = lazyRe(`^各[\p{Han}（）()、]{1,10}$`)

// headlessRows are the rows of a table with no header whose cells a copy
// gives one to a line (a document site's preview of a township's table):
// a numbered line, the row's work (5、整治农村河流…), then within two or
// three lines a unit's name alone, its unit cell (镇创卫办, 各村(居、场)).
// Each is the numbered line and the unit's line.
func headlessRows(cands []Line) [][2]int {
	var out [][2]int
	for i, l := range cands {
		if !leadNumberRe.MatchString(strings.TrimSpace(l.Text)) || len([]rune(strings.TrimSpace(l.Text))) < 8 {
			continue
		}
		for j := i + 1; j < len(cands) && j <= i+3 && cands[j].N-cands[j-1].N <= 2; j++ {
			if leadNumberRe.MatchString(strings.TrimSpace(cands[j].Text)) {
				break
			}
			if unitLine(cands[j].Text) {
				out = append(out, [2]int{l.N, cands[j].N})
				break
			}
		}
	}
	return out
}

// unitCell says a row whose cells are apart by | has a cell of unit
// names alone (安监站 安监所, 县民政局).
func unitCell(t string) bool {
	for _, c := range strings.Split(t, "|") {
		parts := strings.Fields(c)
		if len(parts) == 0 || strings.ContainsAny(c, "：:") {
			// 发文机关:南漳镇人民政府: an index's label and its value.
			continue
		}
		all := true
		for _, p := range parts {
			all = all && len([]rune(p)) <= 16 && unitSuffixRe.MatchString(p)
		}
		if all {
			return true
		}
	}
	return false
}

// memberLabelRe is a project group's line of member units (成员单位：城建局、
// 土地局…, 成员：水利局、…): under each item of a list of projects, the
// units that answer for it. One such line is a leadership group's; two or
// more are listed.
var memberLabelRe = lazyRe(`(?:^|[。；;\s\p{Han}])成\s*员(?:单\s*位)?\s*[：:]\s*([^：:。；;]+)[。；;]?$`)

// memberUnits says a line ends with a group's member units: 成员单位： and
// names most of which end as units' names do (the label may follow the
// group's other lines run together: 项目攻坚领导小组。组长:副县长成员:…).
func memberUnits(t string) bool {
	m := memberLabelRe.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return false
	}
	parts := strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune("、，, \u3000", r) })
	units := 0
	for _, p := range parts {
		if unitSuffixRe.MatchString(p) {
			units++
		}
	}
	return len(parts) >= 2 && units*2 >= len(parts)
}

// dutyCellRe is a table's cell of responsibility standing alone: a unit's
// name and what it does (自治区住房城乡建设厅牵头,), its last word maybe cut
// where the cell's line broke (…按职责分工负 / 责, …负责落 / 实).
var dutyCellRe = lazyRe(`^[^由请要的，,。；;：:\s]{2,30}?(?:局|委|委员会|办|办公室|厅|中心|政府|管委会|公署|办事处|公司|集团|单位|部门)(?:牵头|负责|配合|协助|分别负责|按职责分工负责?|负责落实?)[，,；;。]?$`)

// cutDutyRe is a unit's duty whose last word a line break cut, the rest
// of the line running on with other words: 各旗县(市、区)人民政府负责落 /
// 盟市进展情况 (the 实 of 落实 on a line further down).
var cutDutyRe = lazyRe(`(?:局|委|办|厅|中心|政府|管委会|公署|单位|部门)(?:按职责分工负|负责落)(?:[^责实]|$)`)

// dutyCell says a line holds such a cell: the whole line, short, or its
// last run after a space (a PDF's cells interleaved line by line, the
// 责任部门 cell run on after the task's text: 形成 自治区住房城乡建设厅牵头,).
func dutyCell(t string) bool {
	t = strings.TrimSpace(strings.ReplaceAll(t, CellBreak, " "))
	f := strings.Fields(t)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return len(f) == 1 && len([]rune(t)) <= 24 && dutyCellRe.MatchString(t) || len(f) > 1 && dutyCellRe.MatchString(last)
}

// ruleOnlyBracket says a line's closing bracket states a rule and names no
// unit: …特制定以下工作任务分工。(责任单位中标记的为牵头单位).
func ruleOnlyBracket(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), "。；;")
	if !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "）") {
		return false
	}
	k := max(strings.LastIndex(t, "("), strings.LastIndex(t, "（"))
	if k < 0 {
		return false
	}
	in := strings.TrimRight(t[k:], ")）")
	return (lostMarkRe.MatchString(in) || statesFirstLeads(in)) && !strings.ContainsAny(in, "、，,")
}

// looksLikeTask says why a line left unread looks like a task's, or "".
func looksLikeTask(t string) (why i18n.Text, ok bool) {
	t = strings.TrimSpace(strings.ReplaceAll(t, CellBreak, " "))
	switch {
	case t == "":
	case respLabelRe.MatchString(t):
		return i18n.T("有“责任单位：”这样的标签", "a label such as 责任单位："), true
	case closingDutyRe.MatchString(t) && namedUnitRe.MatchString(t) && !ruleOnlyBracket(t):
		return i18n.T("有写明由谁负责的括号", "a bracket saying who is responsible"), true
	case leadNumberRe.MatchString(t) && namedUnitRe.MatchString(t) && (dutyWordRe.MatchString(t) || cells(t) >= 3):
		return i18n.T("有带序号、写有单位名称和责任或时限的行", "a numbered line naming a unit and a duty or a time limit"), true
	case unitDutyHeadRe.MatchString(t):
		return i18n.T("有以单位名称和冒号开头、其后写明职责的行", "a line opening with a unit's name and a colon, its duties after it"), true
	case unitDutyOpenRe.MatchString(t):
		return i18n.T("有以单位名称开头、写明由其负责的行", "a line opening with a unit's name and what it is responsible for"), true
	case strings.Count(t, "|") >= 2 && unitCell(t):
		return i18n.T("有写有单位名称的表格行", "a table row naming a unit"), true
	case headerRunOnRe.MatchString(t) && dutyColumnRe.MatchString(headerRunOnRe.FindString(t)) || joinedHeadRe.MatchString(t):
		return i18n.T("有连在一行的表头和表格行", "a table's header and rows run together on one line"), true
	case departmentDuty(t):
		return i18n.T("有以部门名称开头、写明其职责的段落（按部门分工）", "a paragraph opening with a department and its duty (a division of duties by department)"), true
	case unitsOnly(t):
		return i18n.T("有整行的单位名称", "a line of unit names"), true
	case leadAndAssistRe.MatchString(t):
		return i18n.T("有写明由谁承办（牵头）、谁协办（配合）的段落", "a paragraph saying who leads (承办, 牵头) and who assists (协办, 配合)"), true
	case dutyUnderLabel(t):
		return i18n.T("有以标签开头、写明由谁负责（由……负责）的行", "a line opening with a label and saying who does the work (由…负责)"), true
	case byBodyClause(t):
		return i18n.T("有写明由哪个单位负责或牵头（由……负责、由……牵头）的行", "a line saying which body does or leads the work (由…负责, 由…牵头)"), true
	case garbledRe.MatchString(t) && closingDutyRe.MatchString(t):
		return i18n.T("有乱码、并写明由谁负责的行", "a garbled line saying who is responsible"), true
	}
	return i18n.Text{}, false
}

// byBodyRe is a clause naming the body that does or leads the work:
// 由保卫处负责, 由后勤资产处牵头.
var byBodyRe = lazyRe(`由([^由，,。；;：:“”《》（）()]{2,30}?)(?:牵头负责|负责|牵头)`)

// byBodyClause says a line numbered as an item, or ending as an item of a
// list does (；), holds such a clause whose names are units' ((五)…专项整治
// 由保卫处负责。, …的安全,由保卫处牵头、日常管理部门配合;).
func byBodyClause(t string) bool {
	if !leadNumberRe.MatchString(t) && !strings.HasSuffix(t, "；") && !strings.HasSuffix(t, ";") {
		// 具体工作由市政务服务数据管理局牵头,: a letter's sentence, no
		// item's.
		return false
	}
	for _, m := range byBodyRe.FindAllStringSubmatch(t, 4) {
		r := readNames(m[1])
		if len(r.names) > 0 && !slices.ContainsFunc(r.names, func(o string) bool {
			return oddNameRe.MatchString(o) || utf8.RuneCountInString(o) > 20 || !unitName(o) && !bodyName(o)
		}) {
			return true
		}
	}
	return false
}

// dutyUnderLabel says a line opens with a label of what is to be done and
// says who does it in a 由X负责 clause, X a unit's name or a few
// (整改要求:由县环卫站负责清除…).
func dutyUnderLabel(t string) bool {
	m := bodyDutyRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	owners, _ := names(m[1])
	return len(owners) > 0 && !slices.ContainsFunc(owners, func(o string) bool { return !unitName(o) })
}

// unitDutyHeadRe is a numbered item opening with a unit's name and a
// colon, the unit's duties after it, as a list of members' duties writes
// it (相关单位职责明确如下: 1.市委宣传部:指导和督促…; 2.县教育局：…): the unit
// answers for the item, though no 负责 or label says so. The item's number
// may be gone: the lines not placed keep an item's text without it.
var unitDutyHeadRe = lazyRe(`^(?:\d{1,3}\s*[.、．﹒)）]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?\s*(?:省|市|县|区|州|盟|旗|镇|乡|街道)[\p{Han}（）()]{1,14}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|集团|院|队|站|馆|所|社|联)\s*[：:]\s*\p{Han}`)

// leadAndAssistRe is a paragraph that opens by naming the unit that leads
// its work and those that assist: 由省经贸委承办，省农业厅、卫生厅…协办。
var leadAndAssistRe = lazyRe(`(?:^|[。\n])\s*由\p{Han}{2,20}?(?:局|委|厅|办|政府|中心|部|院|会)(?:承办|主办|牵头)(?:负责)?[，,][^。；;]{2,200}?(?:协办|配合|参与)`)

// garbledRe is what a text decoded with the wrong encoding leaves (a
// Bopomofo letter amid Han text, the replacement character): （一）緊 read
// as ?。ㄒ唬┚o.
var garbledRe = lazyRe(`[\x{3105}-\x{312F}\x{FFFD}]|锟斤拷`)

// innerItemRe is an item's number inside a task's text, after a stop, a
// tag or a space: 。2.儋州…, </p> <p>1.…, ；（三）….
var innerItemRe = lazyRe(`(?:[。；;>]|\s)\s*(?:\d{1,2}[.、．﹒]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*\p{Han}`)

// runTogether lists a task whose text holds two more items' numbers or
// more: the items inside were read as no task of their own.
func (n *Notice) runTogether(t Task) (Span, bool) {
	text := ownCellText(t)
	if len(innerItemRe.FindAllStringIndex(text, 3)) < 2 {
		return Span{}, false
	}
	to := max(t.Line, t.raw.last)
	return Span{From: t.Line, To: to, Text: i18n.F("任务 %s 的内容中还有几个编号的条目，没有分别读作任务：可能几项任务连在了一起；请核对是否漏了任务",
		"task %s holds several more numbered items that were not read as tasks of their own: several tasks may have run together; check whether tasks were missed", t.ID)}, true
}

// taskColumnRe is the name of a task table's column.
var taskColumnRe = lazyRe(`序号|工作任务|主要任务|重点任务|重点工作|任务内容|实事内容|项目名称|责任单位|牵头单位|配合单位|协办单位|责任领导|牵头领导|完成时限|完成时间|时间节点|进展情况`)

// headerRunOnRe is a table's header whose cells a copy ran together, with
// its rows after it on the same line, as a document site's preview of a
// table gives it: 序号工作内容目标任务责任单位备注1将…, 序号任务名称目标内容
// 主要责任单位完成期限1习惯培养….
var headerRunOnRe = lazyRe(`序号(?:工作内容|工作任务|主要任务|重点任务|任务名称|任务内容|目标任务|目标内容|主要目标|具体措施|工作措施|主要责任单位|责任单位|牵头单位|配合单位|协办单位|责任部门|牵头部门|责任领导|牵头领导|完成时限|完成期限|完成时间|时间节点|备注|进展情况){3,}`)

// dutyColumnRe is a column naming who answers for a row.
var dutyColumnRe = lazyRe(`(?:责任|牵头|配合|协办|主办|承办|参与|协作|主责)(?:单位|部门|处室|科室|股室|领导)|责任人`)

// columnHeader says a line is a task table's header: its cells, apart by
// | or spaces, all columns' names, one of them naming who answers for a
// row (专项整治行业名称 | 时间安排 | 责任单位); or names of columns run
// together with no sentence (实事内容工作任务责任单位进展情况).
func columnHeader(t string) bool {
	t = strings.ReplaceAll(t, CellBreak, " ")
	if strings.ContainsAny(t, "。；;，,：:") || len([]rune(t)) > 80 {
		return false
	}
	cells := strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == ' ' || r == '\t' || r == '\u3000' })
	all, duty := len(cells) >= 3, false
	for _, c := range cells {
		all = all && isColumnName(c)
		duty = duty || dutyColumnRe.MatchString(c)
	}
	if all && duty {
		return true
	}
	names := taskColumnRe.FindAllString(t, -1)
	seen := map[string]bool{}
	for _, m := range names {
		seen[m] = true
	}
	return len(seen) >= 2 && dutyColumnRe.MatchString(t)
}

// flatHeaders are the first lines of the headers flattened one cell to a
// line (考核项目 / 序号 / 考核指标 / … / 责任部门): three or more column
// names in a row, blank lines between allowed, one naming who answers
// (or five or more: the one naming who may have been read as a label).
func flatHeaders(lines []Line) []int {
	var out []int
	for i := 0; i < len(lines); {
		j, duty := i, false
		for j < len(lines) && isColumnName(lines[j].Text) && (j == i || lines[j].N-lines[j-1].N <= 2) {
			duty = duty || dutyColumnRe.MatchString(lines[j].Text)
			j++
		}
		if j-i >= 3 && duty || j-i >= 5 {
			out = append(out, lines[i].N)
		}
		i = max(j, i+1)
	}
	return out
}

// cells counts the runs of a line apart by spaces: a table's row whose
// cells a page set apart by spaces alone.
func cells(t string) int {
	return len(strings.Fields(t))
}

// unread lists the runs of lines left unread (the preamble and the lines
// not placed, not the tail) that look like a task's, and the tables whose
// header was found but whose rows were read as no task. Lines close
// together (at most two lines between, none of them a task's) are one
// run. A label line left after a task (主要协作单位：…) is listed on the
// task's owners too.
func (n *Notice) unread() {
	var cands []Line
	cands = append(cands, n.preambleLines...)
	cands = append(cands, n.Unplaced...)
	sortLines(cands)
	starts := map[int]bool{}
	for _, t := range n.Tasks {
		starts[t.Line] = true
	}
	type hit struct {
		n     int
		why   i18n.Text
		table int // the table's header line, for the lines of an unread table
		end   int // the last line of that table
	}
	var hits []hit
	for i, l := range cands {
		if why, ok := looksLikeTask(l.Text); ok {
			h := hit{n: l.N, why: why}
			if headerRunOnRe.MatchString(l.Text) || joinedHeadRe.MatchString(l.Text) {
				// The rows run on after the header go on over the lines
				// under it (a preview's next pages): listed with it.
				for j := i + 1; j < len(cands) && cands[j].N-cands[j-1].N <= 2 && !taskBetween(starts, l.N, cands[j].N+1); j++ {
					h.end = cands[j].N
				}
			}
			hits = append(hits, h)
		}
	}
	// A heading and its paragraph left in the preamble (一、王庄村、李庄村 /
	// 会议要求两村于7月底前完成土地流转。 over 二、高新区 / 1.…): the
	// paragraph asks for work by a time, a task no item numbers.
	for i := 0; i+1 < len(n.preambleLines) && len(n.Tasks) > 0; i++ {
		h, p := n.preambleLines[i], n.preambleLines[i+1]
		m := sectionRe.FindStringSubmatch(trimLine(h.Text))
		if m == nil || p.N != h.N+1 || sectionRe.MatchString(trimLine(p.Text)) || targetsRe.MatchString(strings.TrimSpace(m[3])) || generalHeadingRe.MatchString(strings.TrimSpace(m[3])) || planPartRe.MatchString(m[3]) ||
			!itemDateRe.MatchString(p.Text) || !askedWorkRe.MatchString(p.Text) {
			continue
		}
		hits = append(hits, hit{n: h.N, why: i18n.T("有小节标题，其下的段落写明了要做的事和时限", "a section's heading whose paragraph asks for work by a time"), end: p.N})
	}
	// A list of projects, each with its group's member units (成员单位：…)
	// under its heading: listed from the heading, where the task is. One
	// such line alone is a leadership group's.
	var members []int
	for _, l := range cands {
		if memberUnits(l.Text) {
			members = append(members, l.N)
		}
	}
	if len(members) >= 2 {
		why := i18n.T("有“成员单位：”这样的标签", "a label such as 成员单位：")
		for _, m := range members {
			from := m
			for _, h := range n.headingLines {
				if h < m && h >= m-14 && !taskBetween(starts, h-1, m) {
					from = h
				}
			}
			hits = append(hits, hit{n: from, why: why, end: m})
		}
	}
	// Cells of responsibility standing alone or run on after a line's
	// text (a PDF table's cells interleaved): two or more close together,
	// among the lines left unread and those read as the title (a table's
	// first lines can be taken for it). A unit's duty cut in mid-word
	// (…人民政府负责落 / 实) in a line left unread is listed alone.
	pool := append(slices.Clone(n.titleLines), cands...)
	sortLines(pool)
	var duty []hit
	for _, l := range cands {
		if cutDutyRe.MatchString(l.Text) {
			hits = append(hits, hit{n: l.N, why: i18n.T("有断在半截的“某单位负责落实”", "a unit's duty cut in mid-word (…负责落 / 实)")})
		}
	}
	for _, l := range pool {
		if dutyCell(l.Text) {
			duty = append(duty, hit{n: l.N, why: i18n.T("有单独成行的“某单位牵头/负责”", "a unit's duty (X牵头, X负责) standing as a cell of its own")})
		}
	}
	for i, h := range duty {
		if i > 0 && h.n-duty[i-1].n <= 3 || i+1 < len(duty) && duty[i+1].n-h.n <= 3 {
			hits = append(hits, h)
		}
	}
	// Numbered lines left unread inside a task's lines (between its
	// number and the last line its responsibility was read from): the
	// task took lines of items around them (1﹒ items under 一、, whose
	// label lines went to the heading).
	for _, l := range cands {
		if !leadNumberRe.MatchString(strings.TrimSpace(l.Text)) {
			continue
		}
		for _, t := range n.Tasks {
			if t.Line < l.N && l.N < t.respEnd() {
				hits = append(hits, hit{n: l.N, why: i18n.T("有夹在一项任务中间、带序号的行", "numbered lines inside a task's lines")})
				break
			}
		}
	}
	if rows := append(headlessRows(cands), n.headless...); len(rows) >= 2 {
		for _, r := range rows {
			hits = append(hits, hit{n: r[0], why: i18n.T("有带序号的行，其后单独成行的是单位名称（没有表头的表格行）", "numbered lines each followed by a unit's name on a line of its own (a table's rows with no header)"), end: r[1]})
		}
	}
	for _, d := range n.numberedAtWork(cands) {
		hits = append(hits, hit{n: d[0], why: droppedWhy, end: d[1]})
	}
	for _, run := range n.nextNumbers(cands, starts) {
		hits = append(hits, hit{n: run[0], why: nextNumbersWhy, end: run[1]})
	}
	for _, run := range rowNumberRuns(cands, starts) {
		hits = append(hits, hit{n: run[0], why: i18n.T("有依次编号、一格一行的表格行", "a table's rows, one cell to a line, numbered in turn"), end: run[1]})
	}
	for _, tb := range n.unreadTables(cands, starts) {
		for _, k := range tb.lines {
			hits = append(hits, hit{k, i18n.T("有表头，但表中的行没有读作任务", "a table's header whose rows were read as no task"), tb.lines[0], tb.end})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].n < hits[j].n })
	var cur *Span
	var whys, whysEn []string
	flush := func() {
		if cur == nil {
			return
		}
		cur.Text = i18n.T("没有读作任务，但看起来像任务（"+strings.Join(whys, "；")+"）：请核对是否漏了任务",
			"not read as tasks, yet they look like tasks ("+strings.Join(whysEn, "; ")+"): check whether tasks were missed")
		n.Unread = append(n.Unread, *cur)
		cur, whys, whysEn = nil, nil, nil
	}
	table := 0
	for _, h := range hits {
		sameTable := h.table != 0 && h.table == table
		if cur != nil && (h.n-cur.To > 3 && !sameTable || taskBetween(starts, cur.To, h.n)) {
			flush()
		}
		if cur == nil {
			cur = &Span{From: h.n, To: h.n}
		}
		cur.To = max(cur.To, h.n, h.end)
		if h.table != 0 {
			table = h.table
		}
		if !containsStr(whys, h.why.Zh) {
			whys, whysEn = append(whys, h.why.Zh), append(whysEn, h.why.En)
		}
	}
	flush()
	for _, t := range n.Tasks {
		if s, ok := n.runTogether(t); ok {
			n.Unread = append(n.Unread, s)
		}
		if garbledRe.MatchString(t.Title + t.Body) {
			n.Unread = append(n.Unread, Span{From: t.Line, To: max(t.Line, t.respEnd(), t.raw.last), Text: i18n.F(
				"任务 %s 的内容中有乱码：乱码处可能原有一项任务的序号，几项任务可能连在了一起；请对照原件核对是否漏了任务",
				"task %s's text holds garbled characters: an item's number may have stood there, and several tasks may have run together; check against the original whether tasks were missed", t.ID)})
		}
	}
	sort.SliceStable(n.Unread, func(i, j int) bool { return n.Unread[i].From < n.Unread[j].From })
	n.labelsAfterTasks(cands, starts)
}

// planPartRe names a part of a plan that sets out its aims, no task:
// 工作任务和目标, 水环境质量目标, 目标要求, 指导思想.
var planPartRe = lazyRe(`目标|思想|原则|要求|意义|背景|形势|现状|依据|范围|思路|定位|任务`)

// askedWorkRe asks for work in a paragraph: 会议要求…完成, …负责落实.
var askedWorkRe = lazyRe(`要求|负责|牵头|完成|落实|推进`)

// unreadTables are the lines of tables whose header was found (read as a
// table's, or a line or a run of lines of column names) but none of whose
// rows was read as a task: the header's line and the lines left unread
// under it, up to the next task.
func (n *Notice) unreadTables(cands []Line, starts map[int]bool) []unreadTable {
	heads := slices.Clone(n.tableHeads)
	pool := append(slices.Clone(n.titleLines), cands...)
	sortLines(pool)
	for _, l := range pool {
		if columnHeader(l.Text) {
			heads = append(heads, l.N)
		}
	}
	heads = append(heads, flatHeaders(pool)...)
	slices.Sort(heads)
	heads = slices.Compact(heads)
	var out []unreadTable
	for _, h := range heads {
		var rows []int
		// Rows left unread, and rows a title took in (a flattened
		// table's cells read as the title's lines).
		for _, l := range pool {
			if l.N <= h || l.N-h > 300 || taskBetween(starts, h-1, l.N+1) {
				continue
			}
			if !isColumnName(l.Text) && strings.TrimSpace(l.Text) != "" {
				rows = append(rows, l.N)
			}
		}
		if len(rows) == 0 {
			continue
		}
		// The table runs on to the next task, or to the signature; a line
		// left unread may hold several of its lines run together.
		end := rows[len(rows)-1]
		next := 0
		for _, t := range n.Tasks {
			if t.Line > end && (next == 0 || t.Line < next) {
				next = t.Line
			}
		}
		switch {
		case next > 0:
			end = max(end, next-1)
		case len(n.Tail) > 0 && n.Tail[0].N > end:
			end = n.Tail[0].N - 1
		default:
			end = max(end, n.lastLine)
		}
		out = append(out, unreadTable{append([]int{h}, rows...), end})
	}
	return out
}

// rowNumberRuns are the rows of a table flattened one cell to a line left
// unread: three or more lines holding a row's number alone, numbered in
// turn (2 / 3 / 4 …), each a few lines below the one before, among the
// lines no rule read. A table read in part leaves its other rows so: its
// first row read, a cell the columns did not expect (a third unit's name
// on a line of its own) ended it, and the rows after it name their units
// without a place (文化宣传股, 执法大队) and have no label, so that no line
// of theirs looks like a task's. Each run is listed from its first number
// to the lines under its last.
func rowNumberRuns(cands []Line, starts map[int]bool) [][2]int {
	var out [][2]int
	var chain []int // the lines of the numbers in turn
	last := 0
	emit := func(i int) {
		if len(chain) >= 3 {
			end := chain[len(chain)-1]
			// The last row's cells: the lines right under its number.
			for k := i; k < len(cands) && cands[k].N-end <= 1 && cands[k].N-chain[len(chain)-1] <= 12 && !starts[cands[k].N]; k++ {
				end = cands[k].N
			}
			out = append(out, [2]int{chain[0], end})
		}
		chain = nil
	}
	for _, l := range cands {
		t := trimLine(l.Text)
		if !bareNumberRe.MatchString(t) {
			continue
		}
		v, ok := rowNumber(t)
		if !ok {
			continue
		}
		if len(chain) > 0 && (v != last+1 || l.N-chain[len(chain)-1] > 12 || taskBetween(starts, chain[len(chain)-1], l.N)) {
			emit(indexAfter(cands, chain[len(chain)-1]))
		}
		chain = append(chain, l.N)
		last = v
	}
	if len(chain) > 0 {
		emit(indexAfter(cands, chain[len(chain)-1]))
	}
	return out
}

// indexAfter is the index in lines of the first line below line n.
func indexAfter(lines []Line, n int) int {
	return sort.Search(len(lines), func(i int) bool { return lines[i].N > n })
}

// unreadTable is a table none of whose rows was read: its header's line
// and its rows' lines, and the last line it may run on to.
type unreadTable struct {
	lines []int
	end   int
}

// timeLimitRe is a time limit or a dated step as lists write them:
// 第四季度：…, 9月底前, 年底前, 完成时限.
var timeLimitRe = lazyRe(`第[一二三四1-4]季度|[一二三四]季度[：:]|\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|之前|以前)|年底前|完成时限|完成时间`)

// labelsAfterTasks lists, on a task's owners, a line of responsibility
// left unread right after the task (主要协作单位：… under 牵头责任单位：…):
// its units were not read as the task's. On its due date, likewise, lines
// of time limits left unread right after a task (年度阶段性工作目标: 第一
// 季度:… 第四季度:…).
func (n *Notice) labelsAfterTasks(cands []Line, starts map[int]bool) {
	dated := map[string]bool{}
	for _, l := range cands {
		if !respLabelRe.MatchString(l.Text) && timeLimitRe.MatchString(l.Text) {
			if t := n.taskAbove(l.N, starts); t != nil && t.Due.IsZero() && !dated[t.ID] {
				dated[t.ID] = true
				t.review("due", l.N, atF(n.AtPlain(l.N), "{at}起有时间节点（“%s”）没有读进任务 %s：完成时限空着；请核对",
					"from {at} there are time limits (%q) not read into task %s: its due date is empty; check it", firstWords(l.Text), t.ID))
			}
		}
		if !respLabelRe.MatchString(l.Text) {
			continue
		}
		if t := n.taskAbove(l.N, starts); t != nil {
			t.review("owners", l.N, atF(n.AtPlain(l.N), "{at}的“%s”没有读进任务 %s 的责任单位；请核对",
				"%q on {at} was not read into task %s's owners; check them", firstWords(l.Text), t.ID))
			if namesLeadWord(l.Text) && !slices.ContainsFunc(t.Review, func(r Review) bool { return r.Field == "lead" && r.Line == l.N }) {
				t.review("lead", l.N, atF(n.AtPlain(l.N), "{at}的“%s”写有牵头单位，没有读进任务 %s；请核对牵头单位",
					"%q on {at} names a lead, not read into task %s; check the lead", firstWords(l.Text), t.ID))
			}
		}
	}
}

// namesLeadWord says a text left unread names who leads (牵头部门:法规处,
// 主办单位:…), so the task's lead may miss it as its owners may.
func namesLeadWord(text string) bool {
	return strings.Contains(text, "牵头") || strings.Contains(text, "主办")
}

// respEnd is the last line a task's responsibility was read from.
func (t Task) respEnd() int {
	end := t.Line
	for _, p := range t.raw.resp {
		end = max(end, p.line)
	}
	return end
}

// taskAbove is the task whose lines a line left unread follows right
// after (no task between, at most three lines past where it ended), or
// nil.
func (n *Notice) taskAbove(line int, starts map[int]bool) *Task {
	for i := len(n.Tasks) - 1; i >= 0; i-- {
		t := &n.Tasks[i]
		if t.Line >= line {
			continue
		}
		if !taskBetween(starts, t.Line, line) && line <= max(t.Line, t.raw.last, t.Sources.Owners.Line)+3 {
			return t
		}
		return nil
	}
	return nil
}

func taskBetween(starts map[int]bool, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if starts[k] {
			return true
		}
	}
	return false
}

// taskAfter says a task starts on a line after from, up to to.
func taskAfter(starts map[int]bool, from, to int) bool {
	return taskBetween(starts, from, to+1)
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortLines(ls []Line) {
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].N < ls[j].N })
}

// SpanText says where a span is: 第 12 行, 第 12–15 行.
func (n *Notice) SpanText(s Span) i18n.Text {
	if s.To <= s.From {
		return n.AtPlain(s.From)
	}
	a, b := n.AtPlain(s.From), n.AtPlain(s.To)
	if !n.Located() {
		return i18n.F("第 %d–%d 行", "lines %d–%d", s.From, s.To)
	}
	return i18n.T(a.Zh+"至"+b.Zh, a.En+" to "+b.En)
}
