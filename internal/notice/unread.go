package notice

import (
	"sort"
	"strings"

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
// 责任单位：, 牵头部门:, 主办单位：, 责任领导：.
var respLabelRe = lazyRe(`(?:责任|牵头|配合|协办|主办|承办|参与|协同|协作|主责)(?:单位|部门|处室|科室|股室|领导)\s*[：:]`)

// closingDutyRe is a bracket at a line's end naming who is responsible:
// （市水利局牵头）, (县教育局负责), （责任单位 县民政局）.
var closingDutyRe = lazyRe(`[（(][^（）()]{2,80}?(?:牵头|负责|配合|落实|责任单位|责任部门)[^（）()]{0,40}[）)][。；;，,]?$`)

// leadNumberRe is a line opening with an item's or a row's number: 1.,
// 1、, （1）, ⑴, 一、, （一）, or a row's bare number before a space (1 加强…).
var leadNumberRe = lazyRe(`^(?:\d{1,3}\s*[.、．﹒]|[（(]\d{1,3}[）)]|[⑴-⒇①-⑳]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[ \t\x{3000}]+\p{Han})`)

// namedUnitRe is a unit's name as lists write it, a place and a kind of
// body: 市水利局, 县发改局, 省政务办, 区城管委, 县(市、区)人民政府.
var namedUnitRe = lazyRe(`(?:^|[^\p{Han}]|[、，,和及与])(?:省|市|县|区|州|盟|旗|镇|乡|街道)[\p{Han}()（）、]{1,14}?(?:局|委|办|厅|中心|政府|管委会|办事处|公司|集团|分局|支队|大队)`)

// dutyWordRe is what a task's line says of its units or its time.
var dutyWordRe = lazyRe(`牵头|负责|配合|落实|\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|之前|以前)|年底前|年内完成|完成时限|完成时间`)

// unitSuffixRe is how a unit's name ends.
var unitSuffixRe = lazyRe(`(?:局|委|办|厅|中心|政府|管委会|办事处|公司|集团|分局|支队|大队|站|所)等?$`)

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

// looksLikeTask says why a line left unread looks like a task's, or "".
func looksLikeTask(t string) (why i18n.Text, ok bool) {
	t = strings.TrimSpace(strings.ReplaceAll(t, CellBreak, " "))
	switch {
	case t == "":
	case respLabelRe.MatchString(t):
		return i18n.T("有“责任单位：”这样的标签", "a label such as 责任单位："), true
	case closingDutyRe.MatchString(t) && namedUnitRe.MatchString(t):
		return i18n.T("有写明由谁负责的括号", "a bracket saying who is responsible"), true
	case leadNumberRe.MatchString(t) && namedUnitRe.MatchString(t) && (dutyWordRe.MatchString(t) || cells(t) >= 3):
		return i18n.T("有带序号、写有单位名称和责任或时限的行", "a numbered line naming a unit and a duty or a time limit"), true
	case strings.Count(t, " | ") >= 2 && namedUnitRe.MatchString(t):
		return i18n.T("有写有单位名称的表格行", "a table row naming a unit"), true
	case unitsOnly(t):
		return i18n.T("有整行的单位名称", "a line of unit names"), true
	}
	return i18n.Text{}, false
}

// innerItemRe is an item's number inside a task's text, after a stop, a
// tag or a space: 。2.儋州…, </p> <p>1.…, ；（三）….
var innerItemRe = lazyRe(`(?:[。；;>]|\s)\s*(?:\d{1,2}[.、．﹒]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*\p{Han}`)

// runTogether lists a task whose text holds two more items' numbers or
// more: the items inside were read as no task of their own.
func (n *Notice) runTogether(t Task) (Span, bool) {
	text := t.Title + "。" + t.Body
	if len(innerItemRe.FindAllStringIndex(text, 3)) < 2 {
		return Span{}, false
	}
	to := max(t.Line, t.raw.last)
	return Span{From: t.Line, To: to, Text: i18n.F("任务 %s 的内容中还有几个编号的条目，没有分别读作任务：可能几项任务连在了一起；请核对是否漏了任务",
		"task %s holds several more numbered items that were not read as tasks of their own: several tasks may have run together; check whether tasks were missed", t.ID)}, true
}

// taskColumnRe is the name of a task table's column.
var taskColumnRe = lazyRe(`序号|工作任务|主要任务|重点任务|重点工作|任务内容|实事内容|项目名称|责任单位|牵头单位|配合单位|协办单位|责任领导|牵头领导|完成时限|完成时间|时间节点|进展情况`)

// columnHeader says a line is a task table's header: names of its
// columns, apart or run together, and no sentence.
func columnHeader(t string) bool {
	if strings.ContainsAny(t, "。；;，,：:") || len([]rune(t)) > 80 {
		return false
	}
	names := taskColumnRe.FindAllString(t, -1)
	seen := map[string]bool{}
	for _, m := range names {
		seen[m] = true
	}
	resp := seen["责任单位"] || seen["牵头单位"] || seen["配合单位"] || seen["协办单位"] || seen["责任领导"] || seen["牵头领导"]
	return len(seen) >= 2 && resp
}

// cells counts the runs of a line apart by spaces: a table's row whose
// cells a page set apart by spaces alone.
func cells(t string) int {
	return len(strings.Fields(t))
}

// unread lists the runs of lines left unread (the preamble and the lines
// not placed, not the tail) that look like a task's. Lines close together
// (at most two lines between, none of them a task's) are one run.
func (n *Notice) unread() {
	var cands []Line
	cands = append(cands, n.preambleLines...)
	cands = append(cands, n.Unplaced...)
	sortLines(cands)
	starts := map[int]bool{}
	for _, t := range n.Tasks {
		starts[t.Line] = true
	}
	var cur *Span
	var whys []string
	var whysEn []string
	flush := func() {
		if cur == nil {
			return
		}
		cur.Text = i18n.T("没有读作任务，但看起来像任务（"+strings.Join(whys, "；")+"）：请核对是否漏了任务",
			"not read as tasks, yet they look like tasks ("+strings.Join(whysEn, "; ")+"): check whether tasks were missed")
		n.Unread = append(n.Unread, *cur)
		cur, whys, whysEn = nil, nil, nil
	}
	for _, l := range n.titleLines {
		if columnHeader(l.Text) {
			cands = append(cands, l)
		}
	}
	sortLines(cands)
	for i, l := range cands {
		why, ok := looksLikeTask(l.Text)
		if columnHeader(l.Text) && !taskAfter(starts, l.N, l.N+3) {
			// A table's header whose rows were read as no task: the
			// lines under it, up to the next task, are its rows.
			if cur != nil && (l.N-cur.To > 3 || taskBetween(starts, cur.To, l.N)) {
				flush()
			}
			if cur == nil {
				cur = &Span{From: l.N, To: l.N}
			}
			for _, r := range cands[i+1:] {
				if taskBetween(starts, l.N-1, r.N+1) || r.N-l.N > 40 {
					break
				}
				cur.To = max(cur.To, r.N)
			}
			why, ok = i18n.T("有表头，但表中的行没有读作任务", "a table's header whose rows were read as no task"), true
		}
		if !ok {
			continue
		}
		if cur != nil && (l.N-cur.To > 3 || taskBetween(starts, cur.To, l.N)) {
			flush()
		}
		if cur == nil {
			cur = &Span{From: l.N, To: l.N}
		}
		cur.To = max(cur.To, l.N)
		if !containsStr(whys, why.Zh) {
			whys, whysEn = append(whys, why.Zh), append(whysEn, why.En)
		}
	}
	flush()
	for _, t := range n.Tasks {
		if s, ok := n.runTogether(t); ok {
			n.Unread = append(n.Unread, s)
		}
	}
	sort.SliceStable(n.Unread, func(i, j int) bool { return n.Unread[i].From < n.Unread[j].From })
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
