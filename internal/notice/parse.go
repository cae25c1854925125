package notice

import (
	"regexp"
	"strconv"
	"strings"
	"time"
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
}

// Section is a chapter of the list.
type Section struct {
	ID    string
	Title string
}

// Task is one numbered task.
type Task struct {
	Number     int
	Section    string
	Title      string
	Body       string
	Owners     []string
	OwnersText string
	Lead       []string
	Due        time.Time
	Milestones []Milestone
	Line       int // where the task starts, 1-based
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
	numberRe    = regexp.MustCompile(`[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*\d+\s*号$`)
	dateLineRe  = regexp.MustCompile(`^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$`)
	sectionRe   = regexp.MustCompile(`^([一二三四五六七八九十]+)\s*[、.．]\s*(.*)$`)
	subRe       = regexp.MustCompile(`^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*[、.．]?\s*(.*)$`)
	taskRe      = regexp.MustCompile(`^(\d{1,3})\s*[.．、]\s*(.*)$`)
	taskParenRe = regexp.MustCompile(`^[（(]\s*(\d{1,3})\s*[）)]\s*[、.．]?\s*(.*)$`)
	respLineRe  = regexp.MustCompile(`^(责任单位|牵头单位|配合单位|协同责任单位|协办单位|主办单位|完成时限|完成时间|时间要求)\s*[：:]\s*(.*)$`)
	yearRe      = regexp.MustCompile(`((?:19|20)\d{2})\s*年`)
	attachRe    = regexp.MustCompile(`^附件\s*[：:\d]`)
)

// trimLine drops spaces, ideographic spaces and tabs at both ends.
func trimLine(s string) string { return strings.Trim(s, " \t\u3000\u00a0") }

// Parse reads a notice's text.
func Parse(text string) *Notice {
	raw := strings.Split(text, "\n")
	var lines []Line
	for i, l := range raw {
		if trimLine(l) == "" {
			continue
		}
		// Tabs at the end stay: they mark the cells of a table row.
		t := strings.TrimRight(strings.TrimLeft(l, " \t\u3000\u00a0"), " \u3000\u00a0")
		lines = append(lines, Line{i + 1, t})
	}
	n := &Notice{}
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

func isStructural(s string) bool {
	return sectionRe.MatchString(s) || taskRe.MatchString(s) || taskParenRe.MatchString(s)
}

// list reads the list's title, preamble, sections and tasks.
func (n *Notice) list(lines []Line) {
	numbered := false
	for _, l := range lines {
		if taskRe.MatchString(l.Text) || taskParenRe.MatchString(l.Text) || tableHeader(cells(l.Text)) != nil {
			numbered = true
			break
		}
	}
	var table *columns // the columns of a task table, once its header is seen
	useSub := false
	if numbered {
		hasTop := false
		for _, l := range lines {
			if sectionRe.MatchString(l.Text) {
				hasTop = true
			}
		}
		useSub = !hasTop
	}

	if n.Year == 0 {
		// A notice with no header takes its year from the title.
		for _, l := range lines {
			if isStructural(l.Text) {
				break
			}
			if m := yearRe.FindStringSubmatch(l.Text); m != nil {
				n.Year, _ = strconv.Atoi(m[1])
				break
			}
		}
	}
	var titleLines, preamble []string
	var cur *Task
	var curText strings.Builder
	var resp []string
	var due string
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
	addSection := func(id, title string) {
		finish()
		section = id
		n.Sections = append(n.Sections, Section{ID: id, Title: strings.TrimRight(title, "。")})
		started = true
	}
	startTask := func(num int, text string, line int) {
		finish()
		if section == "" {
			section = "一"
			n.Sections = append(n.Sections, Section{ID: "一", Title: "重点工作任务"})
		}
		cur = &Task{Number: num, Section: section, Line: line}
		curText.WriteString(text)
		started = true
	}
	for _, l := range lines {
		t := l.Text
		inner := strings.TrimRight(t, "\t")
		if strings.Contains(inner, "\t") || (table != nil && inner != t) {
			row := cells(t)
			// A table row (from a .docx): its header names the columns,
			// and each numbered row is a task.
			if h := tableHeader(row); h != nil {
				finish()
				table = h
				continue
			}
			if table != nil {
				if num, err := strconv.Atoi(table.cell(row, table.num)); err == nil && table.cell(row, table.content) != "" {
					startTask(num, table.cell(row, table.content), l.N)
					resp = table.resp(row)
					due = table.cell(row, table.due)
					continue
				}
			}
			finish()
			n.Unplaced = append(n.Unplaced, l)
			continue
		}
		t = inner
		if attachRe.MatchString(t) || (started && dateLineRe.MatchString(t)) {
			finish()
			n.Unplaced = append(n.Unplaced, l)
			continue
		}
		if m := sectionRe.FindStringSubmatch(t); m != nil {
			if numbered {
				addSection(m[1], m[2])
			} else {
				startTask(chineseNumber(m[1]), m[2], l.N)
			}
			continue
		}
		if m := subRe.FindStringSubmatch(t); m != nil {
			if useSub {
				addSection(m[1], m[2])
			} else if numbered {
				finish()
				n.Unplaced = append(n.Unplaced, l)
			} else {
				curText.WriteString(t)
			}
			continue
		}
		if numbered {
			m := taskRe.FindStringSubmatch(t)
			if m == nil {
				m = taskParenRe.FindStringSubmatch(t)
			}
			if m != nil {
				num, _ := strconv.Atoi(m[1])
				startTask(num, m[2], l.N)
				continue
			}
		}
		if cur != nil {
			if m := respLineRe.FindStringSubmatch(t); m != nil {
				if strings.HasPrefix(m[1], "完成") || m[1] == "时间要求" {
					due = m[2]
				} else {
					resp = append(resp, t)
				}
				continue
			}
			curText.WriteString(t)
			continue
		}
		if !started {
			if isTitleLine(t) && len(preamble) == 0 {
				titleLines = append(titleLines, t)
			} else {
				preamble = append(preamble, t)
			}
			continue
		}
		n.Unplaced = append(n.Unplaced, l)
	}
	finish()
	n.ListTitle = strings.Join(titleLines, "")
	if n.ListTitle == "" {
		if i, j := strings.Index(n.Title, "《"), strings.LastIndex(n.Title, "》"); i >= 0 && j > i {
			n.ListTitle = n.Title[i+len("《") : j]
		}
	}
	if len(preamble) > 0 {
		n.Preamble = strings.Join(preamble, "\n") + "\n"
	}
}

// cells splits a table row (cells separated by tabs) into trimmed cells;
// a line with no tab is one cell.
func cells(line string) []string {
	if !strings.Contains(line, "\t") {
		return []string{line}
	}
	parts := strings.Split(line, "\t")
	for len(parts) > 0 && trimLine(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
	}
	for i := range parts {
		parts[i] = trimLine(parts[i])
	}
	return parts
}

// columns says which cell of a task table's rows holds what (-1: none).
type columns struct {
	num, content, lead, owners, partners, due int
}

var (
	numHead      = regexp.MustCompile(`^(序号|编号|序)$`)
	contentHead  = regexp.MustCompile(`任务|内容|事项|措施`)
	leadHead     = regexp.MustCompile(`牵头|主办`)
	ownersHead   = regexp.MustCompile(`责任单位|责任部门|负责单位`)
	partnersHead = regexp.MustCompile(`配合|协办|协同`)
	dueHead      = regexp.MustCompile(`时限|时间|期限`)
)

// tableHeader reads a header row of a task table: it must name the work
// and who is responsible for it.
func tableHeader(row []string) *columns {
	if len(row) < 2 {
		return nil
	}
	c := &columns{num: -1, content: -1, lead: -1, owners: -1, partners: -1, due: -1}
	for i, cell := range row {
		switch {
		case numHead.MatchString(cell):
			c.num = i
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
	}{{"牵头单位", c.lead}, {"责任单位", c.owners}, {"配合单位", c.partners}} {
		if v := c.cell(row, f.col); v != "" {
			out = append(out, f.label+"："+v)
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
	t.Owners, t.Lead = splitOwners(resp)
	if i := strings.Index(text, "。"); i >= 0 {
		t.Title = text[:i]
		t.Body = strings.TrimSpace(text[i+len("。"):])
	} else {
		t.Title = strings.TrimRight(text, "；;")
	}
	if t.Body != "" {
		t.Body += "\n"
	}
	year := n.Year
	if year == 0 {
		year = time.Now().Year()
	}
	if due != "" {
		if d, _, ok := findDate(due, year); ok {
			t.Due = d
		}
	}
	dated := t.Body
	if dated == "" && t.Due.IsZero() {
		// The sentence is the whole task: its date is the task's due date.
		if d, _, ok := findDate(t.Title, year); ok {
			t.Due = d
		}
		return
	}
	t.Milestones = milestones(dated, year)
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
				if strings.Contains(in, "负责") || strings.Contains(in, "牵头") || strings.Contains(in, "责任单位") {
					return strings.TrimSpace(string(runes[:i])), strings.TrimSpace(in), true
				}
				break
			}
		}
	}
	return s, "", false
}
