package notice

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"tally/internal/i18n"
)

// Notice is what was read from a notice.
type Notice struct {
	Issuer     string
	Number     string // 文号, such as 湛组通〔2019〕22号
	Title      string // the notice's own title
	Date       time.Time
	Recipients []string
	ListTitle  string // the list's title (the plan's)
	Preamble   string
	Year       int
	Sections   []Section
	Tasks      []Task
	Unplaced   []Line // lines that are none of the above
	Warnings   []Warning

	today time.Time // the year of a notice that names none
}

// Warning is something in the result that looks wrong: where, and what.
type Warning struct {
	Line int
	Task string // the task's id, when it is about one
	Text i18n.Text
}

// Section is a chapter of the list.
type Section struct {
	ID     string
	Title  string
	Parent string // the heading above a sub-section (一、加强政治建设), where it is no section itself
}

// Task is one numbered task.
type Task struct {
	ID         string // the file name: 07, or 2.3 where numbering starts again in each section
	Number     int
	Section    string
	Title      string
	Body       string
	Owners     []string
	OwnersText string
	Lead       []string
	Leaders    []string // 责任领导: persons
	Due        time.Time
	Milestones []Milestone
	Line       int // where the task starts, 1-based

	group []int // the numbers of its section and sub-section, for ids where numbering starts again
}

// Milestone is a dated step in a task's text.
type Milestone struct {
	Due  time.Time
	Text string
}

// Line is a line of the notice.
type Line struct {
	N    int
	Text string
}

var (
	numberRe       = regexp.MustCompile(`[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*\d+\s*号$`)
	dateLineRe     = regexp.MustCompile(`^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$`)
	sectionRe      = regexp.MustCompile(`^(?:第([一二三四五六七八九十]+)(?:部分|章|篇)\s*[、.．：:]?|([一二三四五六七八九十]+)\s*[、.．])\s*(.*)$`)
	subRe          = regexp.MustCompile(`^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*[、.．]?\s*(.*)$`)
	taskRe         = regexp.MustCompile(`^(\d{1,3})\s*[.．、]\s*(.*)$`)
	taskParenRe    = regexp.MustCompile(`^[（(]\s*(\d{1,3})\s*[）)]\s*[、.．]?\s*(.*)$`)
	respLineRe     = regexp.MustCompile(`^(责任单位|责任部门|牵头单位|配合单位|协同责任单位|协办单位|主办单位|责任领导|牵头领导|完成时限|完成时间|时间要求|时间节点)\s*[：:]\s*(.*)$`)
	yearRe         = regexp.MustCompile(`((?:19|20)\d{2})\s*年`)
	bracketLabelRe = regexp.MustCompile(`^[【\[［]\s*(责任单位|责任部门|牵头单位|配合单位|协办单位|主办单位|责任领导|牵头领导|完成时限|完成时间|时间节点)\s*[】\]］]\s*[：:]?\s*`)
	attachRe       = regexp.MustCompile(`^附件\s*[：:\d]`)
)

// trimLine drops spaces, ideographic spaces and tabs at both ends.
func trimLine(s string) string { return strings.Trim(s, " \t\u3000\u00a0") }

// Parse reads a notice's text. today gives the year of a notice that
// names none. Text that is not valid UTF-8 is read with the bad bytes
// replaced, so that everything Parse returns is valid UTF-8.
func Parse(text string, today time.Time) *Notice {
	text = strings.ToValidUTF8(text, "\uFFFD")
	raw := strings.Split(text, "\n")
	var lines []Line
	for i, l := range raw {
		if trimLine(l) == "" {
			continue
		}
		// Tabs at the end stay: they mark the cells of a table row.
		t := strings.TrimRight(strings.TrimLeft(l, " \t\u3000\u00a0"), " \u3000\u00a0")
		// 【责任单位】… is 责任单位：….
		t = bracketLabelRe.ReplaceAllString(t, "$1：")
		lines = append(lines, Line{i + 1, t})
	}
	n := &Notice{today: today}
	body := n.header(lines)
	n.list(body)
	return n
}

// header reads the issuer, number, title, recipients and date, and returns
// the lines after them (the list itself). A text with no header is all list.
func (n *Notice) header(lines []Line) []Line {
	dateAt := -1
	for i, l := range lines {
		if m := dateLineRe.FindStringSubmatch(trimLine(l.Text)); m != nil && i < len(lines)-1 {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			n.Date = time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
			dateAt = i
			break
		}
		if isStructural(l.Text) {
			break
		}
	}
	if dateAt < 0 {
		return lines
	}
	head := lines[:dateAt]
	for i := 0; i < len(head); i++ {
		t := trimLine(head[i].Text)
		switch {
		case n.Number == "" && numberRe.MatchString(t):
			n.Number = strings.ReplaceAll(t, " ", "")
			if n.Issuer == "" && i > 0 {
				n.Issuer = trimLine(head[0].Text)
			}
		case n.Title == "" && strings.HasPrefix(t, "关于"):
			title := t
			for !endsTitle(title) && i+1 < len(head) && !strings.HasSuffix(head[i+1].Text, "：") && !strings.HasSuffix(head[i+1].Text, ":") {
				i++
				title += trimLine(head[i].Text)
			}
			n.Title = title
		case n.Title != "" && n.Recipients == nil && (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")):
			n.Recipients = splitTop(strings.TrimRight(t, "：:"), "，,；;")
		}
	}
	if n.Issuer == "" && len(head) > 0 && !strings.HasPrefix(head[0].Text, "关于") {
		n.Issuer = trimLine(head[0].Text)
	}
	if m := numberRe.FindStringSubmatch(n.Number); m != nil {
		n.Year, _ = strconv.Atoi(m[1])
	} else if !n.Date.IsZero() {
		n.Year = n.Date.Year()
	}
	return lines[dateAt+1:]
}

func endsTitle(s string) bool {
	for _, w := range []string{"通知", "意见", "方案", "通报", "函", "决定", "清单"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// topMatch reads a section heading (一、 or 第一部分): the whole, its
// number and its title; nil for any other line.
func topMatch(s string) []string {
	m := sectionRe.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	return []string{m[0], m[1] + m[2], m[3]}
}

func isStructural(s string) bool {
	return sectionRe.MatchString(s) || taskRe.MatchString(s) || taskParenRe.MatchString(s)
}

// kind is what a line of the list is.
type kind int

const (
	kText   kind = iota
	kTop         // 一、 a section
	kSub         // （一） a sub-section, or a task
	kNum         // 1. or 1、 a task
	kParen       // （1） a task, or a sub-item of one
	kCircle      // ① a sub-item
	kResp        // 牵头单位：… and the like, on a line of its own
	kRow         // a table row
	kTable       // a task table (its header row), as a level of items
)

var circleRe = regexp.MustCompile(`^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]`)

// respWholeRe is a line that is all responsibility in brackets:
// （牵头单位：…；配合单位：…）.
var respWholeRe = regexp.MustCompile(`^[（(【\[]\s*(牵头单位|主办单位|责任单位|责任部门|配合单位|协同责任单位|协办单位|责任领导|牵头领导|完成时限|完成时间)\s*[：:]`)

func classify(it item) kind {
	if it.row != nil {
		return kRow
	}
	t := it.line.Text
	switch {
	case sectionRe.MatchString(t):
		return kTop
	case subRe.MatchString(t):
		return kSub
	case taskRe.MatchString(t):
		return kNum
	case taskParenRe.MatchString(t):
		return kParen
	case circleRe.MatchString(t):
		return kCircle
	case respLineRe.MatchString(t) || respWholeRe.MatchString(t):
		return kResp
	}
	return kText
}

// taskLevel is the kind of the items that are tasks: the deepest
// numbering the notice uses for items, 1. where there are such items, else
// （1）, else the rows of a task table, else （一）, else 一、. Levels above
// it are sections (一、) and sub-sections (（一）); levels below it are
// sub-items of a task's text. （1） items most of which name no one, under
// （一） items that do, are the sub-items of those.
func taskLevel(items []item, kinds []kind) kind {
	has := map[kind]bool{}
	for i, k := range kinds {
		has[k] = true
		if k == kRow && tableHeader(items[i].row) != nil {
			has[kTable] = true
		}
	}
	switch {
	case has[kNum]:
		return kNum
	case has[kParen]:
		if withResp, all := carriesResp(items, kinds, kParen); has[kSub] && 2*withResp <= all {
			if subResp, _ := carriesResp(items, kinds, kSub); subResp > 0 {
				return kSub
			}
		}
		return kParen
	case has[kTable]:
		return kRow
	case has[kSub]:
		return kSub
	}
	return kTop
}

// list reads the list's title, preamble, sections and tasks, at the
// levels taskLevel and subTasks find.
func (n *Notice) list(lines []Line) {
	items := tableRows(lines)
	kinds := make([]kind, len(items))
	for i, it := range items {
		kinds[i] = classify(it)
	}
	taskKind := taskLevel(items, kinds)
	subIsTask := subTasks(items, kinds, taskKind)
	var table *columns

	if n.Year == 0 {
		// A notice with no header takes its year from the title.
		for _, it := range items {
			if it.row != nil || isStructural(it.line.Text) {
				break
			}
			if m := yearRe.FindStringSubmatch(it.line.Text); m != nil {
				n.Year, _ = strconv.Atoi(m[1])
				break
			}
		}
	}
	if n.Year == 0 {
		n.Year = n.today.Year()
	}
	var titleLines []string
	var preamble []Line
	var cur *Task
	var curText strings.Builder
	curFirst := "" // the task's first line
	var resp []string
	var due string
	top, sub := "", "" // the current section and sub-section numbers
	section := ""
	started := false
	finish := func() {
		if cur == nil {
			return
		}
		n.finishTask(cur, curText.String(), resp, due)
		n.Tasks = append(n.Tasks, *cur)
		cur, resp, due = nil, nil, ""
		curText.Reset()
	}
	// A heading becomes a section when a task falls in it; the heading of
	// a section whose items all sit in sub-sections is kept in theirs
	// (Parent). A heading with no task under it is part of the preamble
	// before the first task (一、总体要求), else a line that could not be
	// placed.
	type heading struct {
		sec   Section
		line  Line
		used  bool
		early bool // it comes before the first task
	}
	var topH, subH *heading
	drop := func(h **heading) {
		switch {
		case *h == nil || (*h).used:
		case (*h).early:
			preamble = append(preamble, (*h).line)
		default:
			n.Unplaced = append(n.Unplaced, (*h).line)
		}
		*h = nil
	}
	addSection := func(id, title string, l Line, isTop bool) {
		finish()
		title = strings.TrimRight(title, "。")
		drop(&subH)
		h := &heading{sec: Section{ID: id, Title: title}, line: l, early: len(n.Tasks) == 0}
		if isTop {
			drop(&topH)
			topH = h
		} else {
			h.sec.Parent = topH.sec.ID + "、" + topH.sec.Title
			subH = h
		}
		section, started = id, true
	}
	startTask := func(num int, text string, line int) {
		finish()
		for _, h := range []*heading{topH, subH} {
			if h != nil && h.sec.ID == section && !h.used {
				n.Sections = append(n.Sections, h.sec)
				h.used = true
				if h == subH {
					topH.used = true
				}
			}
		}
		if section == "" {
			section = "一"
			if taskKind != kTop {
				section = defaultSection(items, kinds)
			}
			n.Sections = append(n.Sections, Section{ID: section, Title: "重点工作任务"})
		}
		group := []int{chineseNumber(top), chineseNumber(sub)}
		if group[0] == 0 {
			group = []int{len(n.Sections), 0}
		}
		cur = &Task{Number: num, Section: section, Line: line, group: group}
		curText.WriteString(text)
		curFirst = text
		started = true
	}
	for i, it := range items {
		l, t := it.line, it.line.Text
		switch k := kinds[i]; {
		case k == kRow:
			row := it.row
			if h := tableHeader(row); h != nil {
				finish()
				table = h
				continue
			}
			if one := strings.ReplaceAll(soleCell(row), CellBreak, ""); one != "" && (sectionRe.MatchString(one) || subRe.MatchString(one)) {
				// A heading in a merged row of the table.
				n.heading(Line{l.N, one}, &top, &sub, addSection)
				continue
			}
			if table != nil {
				if num, ok := rowNumber(table.cell(row, table.num)); ok && table.cell(row, table.content) != "" {
					startTask(num, contentCell(table.cell(row, table.content)), l.N)
					resp = table.resp(row)
					due = strings.ReplaceAll(table.cell(row, table.due), CellBreak, " ")
					continue
				}
			}
			finish()
			n.Unplaced = append(n.Unplaced, Line{l.N, strings.ReplaceAll(l.Text, CellBreak, " ")})
		case attachRe.MatchString(t) || (started && dateLineRe.MatchString(t)):
			finish()
			n.Unplaced = append(n.Unplaced, l)
		case k == kTop && taskKind == kTop:
			m := topMatch(t)
			startTask(chineseNumber(m[1]), m[2], l.N)
		case k == kTop || (k == kSub && !subIsTask[i]):
			n.heading(l, &top, &sub, addSection)
		case k == kSub:
			m := subRe.FindStringSubmatch(t)
			startTask(chineseNumber(m[1]), m[2], l.N)
		case k == taskKind && (k == kNum || k == kParen):
			re := taskRe
			if k == kParen {
				re = taskParenRe
			}
			m := re.FindStringSubmatch(t)
			num, _ := strconv.Atoi(m[1])
			startTask(num, m[2], l.N)
		case cur != nil && k == kResp:
			if m := respLineRe.FindStringSubmatch(t); m != nil && (strings.HasPrefix(m[1], "完成") || strings.HasPrefix(m[1], "时间")) {
				due = m[2]
			} else {
				resp = append(resp, unbracket(t))
			}
		case cur != nil:
			if curText.String() == curFirst && isHeadLine(curFirst) {
				curText.WriteString("\n") // a title on a line of its own
			}
			curText.WriteString(t)
		case !started || len(n.Tasks) == 0:
			if !started && isTitleLine(t) && len(preamble) == 0 {
				titleLines = append(titleLines, t)
			} else {
				preamble = append(preamble, l)
			}
		default:
			n.Unplaced = append(n.Unplaced, l)
		}
	}
	finish()
	drop(&subH)
	drop(&topH)
	sort.SliceStable(n.Unplaced, func(i, j int) bool { return n.Unplaced[i].N < n.Unplaced[j].N })
	n.ListTitle = strings.Join(titleLines, "")
	if n.ListTitle == "" {
		if i, j := strings.Index(n.Title, "《"), strings.LastIndex(n.Title, "》"); i >= 0 && j > i {
			n.ListTitle = n.Title[i+len("《") : j]
		}
	}
	if len(preamble) > 0 {
		sort.SliceStable(preamble, func(i, j int) bool { return preamble[i].N < preamble[j].N })
		var b strings.Builder
		for _, l := range preamble {
			b.WriteString(l.Text + "\n")
		}
		n.Preamble = b.String()
	}
	n.assignIDs()
	n.warn()
}

// subTasks says which （一） lines are tasks. Where they are the task
// level, all are. Where 1. items are, a （一） is a sub-section when its
// section (一、) holds 1. items; else it is a task when it names who is
// responsible for it (in a 总体要求 or 保障措施 section it names no one,
// and is no task).
func subTasks(items []item, kinds []kind, taskKind kind) []bool {
	out := make([]bool, len(items))
	if taskKind == kSub {
		for i := range items {
			out[i] = kinds[i] == kSub
		}
		return out
	}
	if taskKind != kNum {
		return out
	}
	numbered := false // the current section holds 1. items or a task table
	for i := range items {
		if kinds[i] == kTop || i == 0 {
			numbered = false
			for j := i; j < len(items) && (j == i || kinds[j] != kTop); j++ {
				if kinds[j] == kNum || (kinds[j] == kRow && tableHeader(items[j].row) != nil) {
					numbered = true
					break
				}
			}
		}
		if kinds[i] != kSub || numbered {
			continue
		}
		for j := i; j < len(items) && (j == i || (kinds[j] != kTop && kinds[j] != kSub)); j++ {
			if kinds[j] == kResp || (j == i && namesResponsibility(items[j].line.Text)) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// carriesResp counts the items of kind k, and those that name who is
// responsible for them: at their end, or on a line of their own before
// the next item.
func carriesResp(items []item, kinds []kind, k kind) (withResp, all int) {
	in := false // in the text of an item of kind k that names no one yet
	for i, it := range items {
		switch kinds[i] {
		case k:
			all++
			in = !namesResponsibility(it.line.Text)
			if !in {
				withResp++
			}
		case kTop, kSub, kNum, kParen, kRow:
			in = false
		case kResp:
			if in {
				withResp++
				in = false
			}
		}
	}
	return withResp, all
}

// namesResponsibility reports whether an item's text ends by naming who
// is responsible for it.
func namesResponsibility(s string) bool {
	_, _, ok := trailingBracket(s)
	return ok
}

// heading opens a section (一、) or a sub-section (（一）). Under a section,
// a sub-section is a section of its own, named by both numbers (一（二）).
func (n *Notice) heading(l Line, top, sub *string, add func(id, title string, l Line, top bool)) {
	if m := topMatch(l.Text); m != nil {
		*top, *sub = m[1], ""
		add(m[1], m[2], l, true)
		return
	}
	m := subRe.FindStringSubmatch(l.Text)
	*sub = m[1]
	if *top == "" {
		add(m[1], m[2], l, true)
		return
	}
	add(*top+"（"+m[1]+"）", m[2], l, false)
}

// contentCell is the text of a task in a table cell: a first paragraph
// that is a title on its own stays apart from the rest (as on lines of
// text); the other paragraphs run on.
func contentCell(s string) string {
	first, rest, ok := strings.Cut(s, CellBreak)
	if !ok {
		return s
	}
	rest = strings.ReplaceAll(rest, CellBreak, "")
	if isHeadLine(first) {
		return first + "\n" + rest
	}
	return first + rest
}

// soleCell is the text of a row with one filled cell, else "".
func soleCell(row []string) string {
	one := ""
	for _, c := range row {
		if c == "" {
			continue
		}
		if one != "" {
			return ""
		}
		one = c
	}
	return one
}

// rowNumber reads a table's 序号 cell: 1, 1., （1） or 一.
func rowNumber(s string) (int, bool) {
	s = strings.Trim(s, " .．、（）()")
	if v, err := strconv.Atoi(s); err == nil && v >= 0 {
		return v, true
	}
	if s != "" && strings.Trim(s, "一二三四五六七八九十") == "" {
		return chineseNumber(s), true
	}
	return 0, false
}

// assignIDs gives every task its id: its number, zero-padded to the width
// of the largest, where numbers run on through the notice; where they
// start again in each section, the section's number and the item's (2.1),
// and in each sub-section, the sub-section's too (2.1.3).
func (n *Notice) assignIDs() {
	most := 0
	for _, t := range n.Tasks {
		most = max(most, t.Number)
	}
	width := len(strconv.Itoa(most))
	ids := []func(t *Task) string{
		func(t *Task) string { return fmt.Sprintf("%0*d", width, t.Number) },
		func(t *Task) string { return fmt.Sprintf("%d.%0*d", t.group[0], width, t.Number) },
		func(t *Task) string { return fmt.Sprintf("%d.%d.%0*d", t.group[0], t.group[1], width, t.Number) },
	}
	for _, id := range ids {
		seen := map[string]bool{}
		for i := range n.Tasks {
			t := &n.Tasks[i]
			t.ID = id(t)
			seen[t.ID] = true
		}
		if len(seen) == len(n.Tasks) {
			return
		}
	}
	// Two items of one sub-section with the same number: number on from
	// the largest number of the sub-section so far.
	seen := map[string]bool{}
	next := map[[2]int]int{}
	for i := range n.Tasks {
		t := &n.Tasks[i]
		g := [2]int{t.group[0], t.group[1]}
		if seen[t.ID] {
			t.Number = max(t.Number, next[g])
			for t.ID = ids[2](t); seen[t.ID]; t.ID = ids[2](t) {
				t.Number++
			}
		}
		next[g] = max(next[g], t.Number+1)
		seen[t.ID] = true
	}
}

// item is a line of the list, or a row of a table in it.
type item struct {
	line Line     // the line (the row's first line)
	row  []string // the cells of a table row, nil for a line
}

var (
	pipeSeps   = strings.NewReplacer("｜", "|", "│", "|")
	ruleLineRe = regexp.MustCompile(`^[|:\-\s+＋—─┼├┤]+$`)
)

// tableRows turns the tables in the lines into rows of cells: rows of
// cells separated by tabs (from a .docx, or copied from a spreadsheet) or
// by |, and tables flattened one cell per line, each cell followed by |,
// as PDF-to-text tools write them. A flattened table is known by its
// header: cells that name columns, then rows of as many cells.
func tableRows(lines []Line) []item {
	var out []item
	inTable := false // a tab-separated task table has begun
	noHeaderUntil := 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := pipeSeps.Replace(l.Text)
		switch {
		case strings.Contains(strings.TrimRight(t, "\t"), "\t") || (inTable && strings.HasSuffix(t, "\t")):
			row := splitCells(t, "\t")
			inTable = inTable || tableHeader(row) != nil
			if inTable || strings.Contains(l.Text, CellBreak) {
				out = append(out, item{l, row})
			} else {
				// Before any task table, a tab is a space: 1.<tab>建立….
				out = append(out, item{line: Line{l.N, strings.ReplaceAll(strings.TrimRight(t, "\t"), "\t", " ")}})
			}
			continue
		case strings.Count(t, "|") >= 2 && strings.Count(strings.TrimRight(strings.TrimRight(t, " "), "|"), "|") >= 1:
			if ruleLineRe.MatchString(t) {
				continue // a Markdown rule under a header
			}
			out = append(out, item{l, splitCells(strings.TrimPrefix(strings.TrimSpace(t), "|"), "|")})
			continue
		}
		if i >= noHeaderUntil {
			head, next := flatHeader(lines, i)
			if head != nil {
				out = append(out, item{l, head})
				i = flatRows(lines, next, len(head), &out) - 1
				continue
			}
			// No header starts inside a run of column names that made
			// none: its tails name fewer columns.
			noHeaderUntil = next
		}
		out = append(out, item{line: l})
	}
	return out
}

// flatCell is the text of a line that ends a flattened cell ("牵头单位 |").
func flatCell(s string) (string, bool) {
	s = strings.TrimRight(pipeSeps.Replace(s), " \u3000")
	if !strings.HasSuffix(s, "|") || strings.Count(s, "|") != 1 {
		return "", false
	}
	return trimLine(strings.TrimSuffix(s, "|")), true
}

// flatHeader reads a flattened table's header starting at lines[i]: the
// cells that name columns, as long as they make a task table's header.
func flatHeader(lines []Line, i int) ([]string, int) {
	var head []string
	j := i
	for ; j < len(lines); j++ {
		c, ok := flatCell(lines[j].Text)
		if !ok || !isColumnName(c) {
			break
		}
		head = append(head, c)
	}
	if len(head) > maxColumns || tableHeader(head) == nil {
		return nil, j
	}
	return head, j
}

// flatRows reads rows of width cells from lines[i:], appends them to out and
// returns where the table ends: at a line that starts a row but is no cell
// of one. A cell's text may run over several lines, the last ending in |.
func flatRows(lines []Line, i, width int, out *[]item) int {
	for i < len(lines) {
		first := lines[i]
		var row []string
		var cell strings.Builder
		j := i
		for ; j < len(lines) && len(row) < width; j++ {
			c, ok := flatCell(lines[j].Text)
			if !ok {
				if len(row) == 0 && cell.Len() == 0 {
					break // the table has ended
				}
				cell.WriteString(trimLine(lines[j].Text))
				continue
			}
			cell.WriteString(c)
			row = append(row, cell.String())
			cell.Reset()
		}
		if len(row) == 0 {
			return i
		}
		*out = append(*out, item{first, row})
		i = j
	}
	return i
}

var columnNameRe = regexp.MustCompile(`序号|编号|任务|内容|事项|措施|单位|部门|领导|时限|时间|期限|备注|目标|举措`)

// maxColumns bounds the header of a flattened table: real ones have a
// few columns, a longer run of column names is no header.
const maxColumns = 16

func isColumnName(s string) bool {
	return s != "" && len([]rune(s)) <= 10 && columnNameRe.MatchString(s)
}

// splitCells splits a table row into trimmed cells, dropping empty cells
// at its end.
func splitCells(line, sep string) []string {
	parts := strings.Split(line, sep)
	for len(parts) > 0 && trimLine(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
	}
	for i := range parts {
		parts[i] = trimLine(parts[i])
	}
	if parts == nil {
		parts = []string{}
	}
	return parts
}

// columns says which cell of a task table's rows holds what (-1: none).
type columns struct {
	num, content, lead, owners, partners, leaders, due int
}

var (
	numHead      = regexp.MustCompile(`^(序号|编号|序)$`)
	contentHead  = regexp.MustCompile(`任务|内容|事项|措施|举措`)
	leadersHead  = regexp.MustCompile(`领导`)
	leadHead     = regexp.MustCompile(`牵头|主办`)
	ownersHead   = regexp.MustCompile(`责任单位|责任部门|负责单位|承办单位`)
	partnersHead = regexp.MustCompile(`配合|协办|协同|参与`)
	dueHead      = regexp.MustCompile(`时限|时间|期限`)
)

// tableHeader reads a header row of a task table: it must name the work
// and who is responsible for it.
func tableHeader(row []string) *columns {
	if len(row) < 2 {
		return nil
	}
	c := &columns{num: -1, content: -1, lead: -1, owners: -1, partners: -1, leaders: -1, due: -1}
	for i, cell := range row {
		cell = strings.ReplaceAll(cell, CellBreak, "")
		switch {
		case numHead.MatchString(cell):
			c.num = i
		case leadersHead.MatchString(cell):
			c.leaders = i
		case partnersHead.MatchString(cell):
			c.partners = i
		case leadHead.MatchString(cell):
			c.lead = i
		case ownersHead.MatchString(cell):
			c.owners = i
		case dueHead.MatchString(cell):
			c.due = i
		case contentHead.MatchString(cell) && c.content < 0:
			c.content = i
		}
	}
	if c.content < 0 || (c.lead < 0 && c.owners < 0) {
		return nil
	}
	if c.num < 0 {
		c.num = 0
	}
	return c
}

func (c *columns) cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}

// resp is a row's responsibility in the words of a notice's lines.
func (c *columns) resp(row []string) []string {
	var out []string
	for _, f := range []struct {
		label string
		col   int
	}{{"牵头单位", c.lead}, {"责任单位", c.owners}, {"配合单位", c.partners}, {"责任领导", c.leaders}} {
		if v := c.cell(row, f.col); v != "" {
			// Names in paragraphs of their own are a list.
			out = append(out, f.label+"："+strings.ReplaceAll(v, CellBreak, "、"))
		}
	}
	return out
}

// isTitleLine tells a line of the list's title from the preamble: short,
// with no sentence in it.
func isTitleLine(s string) bool {
	return len([]rune(s)) <= 40 && !strings.ContainsAny(s, "。；，")
}

func chineseNumber(s string) int {
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	n, cur := 0, 0
	for _, r := range s {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		cur = digits[r]
	}
	return n + cur
}

// finishTask splits a task's text into title, body, responsibility and dates.
func (n *Notice) finishTask(t *Task, text string, respLines []string, due string) {
	text = strings.TrimSpace(text)
	resp := ""
	if rest, inner, ok := trailingBracket(text); ok {
		text, resp = rest, inner
	}
	if len(respLines) > 0 {
		if resp != "" {
			respLines = append([]string{resp}, respLines...)
		}
		resp = strings.Join(respLines, "；")
	}
	t.OwnersText = resp
	r := splitResp(resp)
	t.Owners, t.Lead, t.Leaders = r.owners, r.lead, r.leaders
	if due == "" {
		due = r.due
	}
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		t.Title = text[:i]
		t.Body = strings.TrimSpace(text[i+1:])
	} else if i := strings.Index(text, "。"); i >= 0 {
		t.Title = text[:i]
		t.Body = strings.TrimSpace(text[i+len("。"):])
	} else {
		t.Title = strings.TrimRight(text, "；;")
	}
	if t.Body != "" {
		t.Body += "\n"
	}
	year := n.Year
	if d, ok := dueDate(due, year); ok {
		t.Due = d
	}
	dated := t.Body
	if dated == "" && due == "" {
		// The sentence is the whole task: its date is the task's due date.
		if d, _, ok := findDate(t.Title, year); ok {
			t.Due = d
		}
		return
	}
	if dated == "" {
		dated = t.Title
	}
	t.Milestones = milestones(dated, year)
	for i, m := range t.Milestones {
		if len([]rune(m.Text)) <= 2 {
			// 9月底前完成: what is done is the task itself.
			t.Milestones[i].Text = t.Title
		}
	}
}

// trailingBracket finds a responsibility in brackets at the end of a task:
// 【…】, or （…） holding 负责, 牵头 or 责任单位 (nested parentheses, as in
// 市属党（工）委, are matched).
func trailingBracket(s string) (rest, inner string, ok bool) {
	runes := []rune(strings.TrimRight(s, "。. "))
	if len(runes) == 0 {
		return s, "", false
	}
	switch runes[len(runes)-1] {
	case '】', '］':
		for i := len(runes) - 2; i >= 0; i-- {
			if runes[i] == '【' || runes[i] == '［' {
				return strings.TrimSpace(string(runes[:i])), strings.TrimSpace(string(runes[i+1 : len(runes)-1])), true
			}
		}
	case '）', ')':
		depth := 0
		for i := len(runes) - 1; i >= 0; i-- {
			switch runes[i] {
			case '）', ')':
				depth++
			case '（', '(':
				depth--
			}
			if depth == 0 {
				in := string(runes[i+1 : len(runes)-1])
				if strings.Contains(in, "负责") || strings.Contains(in, "牵头") || strings.Contains(in, "责任单位") || labelRe.MatchString(in) {
					return strings.TrimSpace(string(runes[:i])), strings.TrimSpace(in), true
				}
				break
			}
		}
	}
	return s, "", false
}

var (
	// otherNumberRe is another item's number inside a title: two items
	// read as one.
	otherNumberRe = regexp.MustCompile(`.(（[一二三四五六七八九十]{1,3}）|（\d{1,3}）|[一二三四五六七八九十]{1,3}、)`)
	// gluedHeadingRe is a section heading run into a task's text.
	gluedHeadingRe = regexp.MustCompile(`[。；;]\s*[一二三四五六七八九十]{1,3}、`)
)

// warn notes what looks wrong in the result: a title holding another
// item's number, a task with no owner, one section for a notice whose
// text has several.
func (n *Notice) warn() {
	glued := false
	for _, t := range n.Tasks {
		if m := otherNumberRe.FindStringSubmatch(t.Title); m != nil {
			n.Warnings = append(n.Warnings, Warning{t.Line, t.ID, i18n.F(
				"任务 %s 的标题中有另一项的编号“%s”，可能是两项连在了一起，请核对",
				"task %s has another item's number %q in its title: two items may have run together; check it", t.ID, m[1])})
		}
		if len(t.Owners) == 0 {
			n.Warnings = append(n.Warnings, Warning{t.Line, t.ID, i18n.F(
				"任务 %s 没有找到责任单位，请在 owners 中补上",
				"task %s has no owner that could be found; add its owners", t.ID)})
		}
		glued = glued || gluedHeadingRe.MatchString(t.Title+"。"+t.Body)
	}
	if len(n.Sections) == 1 && len(n.Tasks) > 1 && glued {
		n.Warnings = append(n.Warnings, Warning{Text: i18n.T(
			"所有任务都归入了同一个部分，但任务内容中有“二、”这样的部分编号，请核对",
			"every task fell into one section, but the text holds section numbers such as 二、; check it")})
	}
}

// unbracket drops the brackets around a line that is all responsibility.
func unbracket(t string) string {
	if !respWholeRe.MatchString(t) {
		return t
	}
	r := []rune(strings.TrimRight(t, "。. "))
	if last := r[len(r)-1]; last == '）' || last == ')' || last == '】' || last == ']' {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r[1:]))
}

// defaultSection is the id of the section of tasks that come before any
// heading: 一, unless a heading of the notice takes it.
func defaultSection(items []item, kinds []kind) string {
	for i, k := range kinds {
		if m := topMatch(items[i].line.Text); k == kTop && m != nil && m[1] == "一" {
			return "〇"
		}
	}
	return "一"
}

// isHeadLine tells a task's title on a line of its own (推进老旧小区改造)
// from the first line of a paragraph wrapped onto the next: short, with
// no punctuation at its end.
func isHeadLine(s string) bool {
	r := []rune(s)
	return len(r) > 0 && len(r) <= 20 && !strings.ContainsRune("，,、；;：:（(“《。.！!？?…", r[len(r)-1])
}
