package notice

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A document site's preview served as one line: the page markers it
// writes between pages stand inside the text, even inside a word
// (县农作第2页共4页物秸秆…), and a division of duties by body whose
// paragraphs each open with a unit as a sentence of its own (县环保局。
// 负责… 县交通局、公路局。负责…) runs on with no break between them.

// inlinePageMarkRe is a preview's page marker inside a line: 第2页共4页,
// 第 2 页 / 共 4 页.
var inlinePageMarkRe = lazyRe(`第\s*\d{1,3}\s*页\s*[，,/]?\s*共\s*\d{1,3}\s*页`)

// dropPageMarks takes a preview's page markers out of a line: they are no
// part of the text, and where one stands inside a word the word is made
// whole again.
//
// A PDF's page number between dashes inside a sentence it broke (每―10 ―
// 年3月底前) goes too.
func dropPageMarks(t string) string {
	if strings.ContainsAny(t, "―—－") {
		t = wordPageMarkRe.ReplaceAllStringFunc(t, func(m string) string {
			if !strings.ContainsAny(m, " \u3000") {
				return m // “县—10—乡”: the text's own, written close
			}
			r := []rune(m)
			return string(r[0]) + string(r[len(r)-1])
		})
	}
	if !strings.Contains(t, "页") {
		return t
	}
	return inlinePageMarkRe.ReplaceAllString(t, "")
}

// wordPageMarkRe is a page number between dashes between two characters
// of a sentence, spaced as a page's foot is: 每―10 ―年.
var wordPageMarkRe = lazyRe(`(\p{Han})\s*[―—－]\s*\d{1,3}\s*[―—－]\s*(\p{Han})`)

// unitSentenceRe is a paragraph opening with the units whose duty it is,
// each a public body's name, as a sentence of their own, the duty after
// them: 县环保局。负责…, 县交通局、公路局。负责….
var unitSentenceRe = lazyRe(`^((?:[\p{Han}]{2,16}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|院|队|站|馆|所|社|联|会)、)*[\p{Han}]{2,16}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|院|队|站|馆|所|社|联|会))。(负责\p{Han}.*)$`)

// unitSentenceStartRe is where such a paragraph starts inside a run-on
// line: after a full stop or a colon.
var unitSentenceStartRe = lazyRe(`[。：:]((?:[\p{Han}]{2,16}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|院|队|站|馆|所|社|联|会)、)*[\p{Han}]{2,16}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|院|队|站|馆|所|社|联|会))。负责`)

// unitParagraphs puts each such paragraph of a long run-on line on a line
// of its own, where two or more of them stand in it: one alone is a
// sentence of the text, not a division of duties.
func unitParagraphs(t string) string {
	if utf8.RuneCountInString(t) < longLine {
		return t
	}
	locs := unitSentenceStartRe.FindAllStringSubmatchIndex(t, -1)
	if len(locs) < 2 {
		return t
	}
	var b strings.Builder
	from := 0
	for _, loc := range locs {
		b.WriteString(t[from:loc[2]] + "\n")
		from = loc[2]
	}
	b.WriteString(t[from:])
	return b.String()
}

// unitSentence reads a paragraph opening with its units as a sentence of
// their own: the units, and the duty after them; nil where it names
// anything but bodies.
func unitSentence(t string) (names []string, duty string) {
	m := unitSentenceRe.FindStringSubmatch(t)
	if m == nil {
		return nil, ""
	}
	if names = dutyNames(m[1]); names == nil {
		return nil, ""
	}
	return names, m[2]
}

// unitSentenceTask reads the line at i as a task where it is a paragraph
// opening with its units as a sentence of their own (unitSentence) and
// another line of the list is one too: a division of duties by body,
// each paragraph a unit's part of the work, even under a numbered
// heading whose item it would otherwise run on in. Its owners are the
// units, listed for review as any division of duties is.
func (w *walker) unitSentenceTask(i int) bool {
	t := trimLine(w.items[i].line.Text)
	names, duty := unitSentence(t)
	if names == nil {
		return false
	}
	if w.unitDuties == nil {
		w.unitDuties = []int{}
		for j, it := range w.items {
			if u, _ := unitSentence(trimLine(it.line.Text)); u != nil && w.kinds[j] == kText {
				w.unitDuties = append(w.unitDuties, j)
			}
		}
	}
	if len(w.unitDuties) < 2 {
		return false
	}
	num := 0
	for _, j := range w.unitDuties {
		if j <= i {
			num++
		}
	}
	l := w.items[i].line
	w.startTask(num, duty, l.N)
	w.finish()
	task := &w.n.Tasks[len(w.n.Tasks)-1]
	who := strings.Join(names, "、")
	task.raw.resp = []piece{{who + "负责", l.N, FromInline, ""}}
	task.raw.unitDuty = true
	task.review("owners", l.N, atF(w.n.At(l.N), "{at}的段落开头写的是“%s”的职责（按单位分工），已读作一项任务，其单位为责任单位；请核对",
		"the paragraph at {at} opens with the duties of %q (a division of duties by body); read as a task, its units the owners: check them", who))
	return true
}

// dropChaptersOverDuties takes out, where units' duty paragraphs were
// read (unitSentenceTask), the items of their section that name no one:
// the plan's chapters (一、指导思想… 三、组织领导及职责分工…) whose text
// the duty paragraphs stood in, no tasks of their own. Their lines are
// not placed, and so still shown and looked through.
func (n *Notice) dropChaptersOverDuties() {
	duty := map[string]bool{}
	for _, t := range n.Tasks {
		if t.raw.unitDuty {
			duty[t.Section] = true
		}
	}
	if len(duty) == 0 {
		return
	}
	var out []Task
	for _, t := range n.Tasks {
		if names, _, _ := dutySubject(t.Title); !duty[t.Section] || t.raw.unitDuty || len(t.Owners) > 0 || len(t.raw.resp) > 0 || t.raw.due.text != "" ||
			names != nil || byClauseRe.MatchString(t.Title+t.Body) {
			// A chapter that names who answers for it (公安部门负责…,
			// …由X负责…) stays for the rules that read it.
			out = append(out, t)
			continue
		}
		n.Unplaced = append(n.Unplaced, Line{t.Line, strings.TrimSpace(t.Title + "。" + t.Body)})
	}
	if len(out) < len(n.Tasks) {
		sort.SliceStable(n.Unplaced, func(i, j int) bool { return n.Unplaced[i].N < n.Unplaced[j].N })
	}
	n.Tasks = out
}

// numberedMatterRe follows a 由X负责 clause that names a matter by its
// number in a list elsewhere (由县民政局负责的第1件, 县卫健局负责的第17、18件):
// a report on who is behind, no work given.
var numberedMatterRe = lazyRe(`^的第\s*[\d一二三四五六七八九十]`)
