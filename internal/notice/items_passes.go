package notice

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"tally/internal/i18n"
	"unicode"
	"unicode/utf8"
)

// Stage 3's passes over the tasks the walk read (Parse runs them): what
// is no task taken out (rules, targets, items naming no one), inline
// sub-items and list headings split into tasks, and ids given.

// dropUnowned takes out the tasks of a text where no item names who is
// responsible, nor inherits it: numbered paragraphs of a covering letter
// (一、请各单位高度重视…) are no task list. They are lines not placed.
func (n *Notice) dropUnowned() {
	n.dropLetterBeforeAttachment()
	owned := map[string]bool{}
	inherited := false
	for _, t := range n.Tasks {
		if len(t.Owners) > 0 || len(t.raw.resp) > 0 || len(t.Leaders) > 0 && t.Sources.Leaders.Kind == FromHeading {
			// (三、党支部书记工作职责: its items' leader, a post, is
			// who answers for them.)
			owned[t.Section] = true
			k := t.Sources.Owners.Kind
			inherited = inherited || k == FromHeading || k == FromCarry || t.Sources.Leaders.Kind == FromHeading
		}
	}
	if len(owned) > 0 && n.letterParagraphs() {
		owned = map[string]bool{}
	}
	if len(owned) > 0 {
		if !inherited {
			n.dropUnownedSections(owned)
		}
		return
	}
	if n.runningSubjects() || n.personsLead() {
		return
	}
	for _, t := range n.Tasks {
		// The item's whole text, not its title alone: what it says
		// after the title is shown too, and looked through for what
		// no rule read (unread).
		n.Unplaced = append(n.Unplaced, Line{t.Line, strings.TrimSpace(t.Title + "。" + t.Body)})
		if t.raw.cell != 0 {
			n.headless = append(n.headless, [2]int{t.Line, max(t.raw.cell, t.raw.last)})
		}
	}
	n.Tasks = nil
	sort.SliceStable(n.Unplaced, func(i, j int) bool { return n.Unplaced[i].N < n.Unplaced[j].N })
}

// dropLetterBeforeAttachment sets aside the items of a letter before the
// line naming its attachment (附件1), where none of them names anyone and
// items after it do: the letter's own points (三、完善资料报送。…1.发布会通
// 稿;2.…) are no tasks of the list the attachment holds.
func (n *Notice) dropLetterBeforeAttachment() {
	if !n.sends || !slices.ContainsFunc(n.preambleLines, func(l Line) bool { return isRecipients(trimLine(l.Text)) }) {
		return // a plan's own items before its attachment stay its items; a letter is addressed
	}
	at := 0
	for _, l := range n.Unplaced {
		if attachLineRe.MatchString(trimLine(l.Text)) {
			at = l.N
		}
	}
	if at == 0 {
		return
	}
	before, after := 0, 0
	for _, t := range n.Tasks {
		named := len(t.Owners) > 0 || len(t.raw.resp) > 0
		switch {
		case t.Line < at && named:
			return
		case t.Line < at:
			before++
		case named:
			after++
		}
	}
	if before > 0 && after > 0 {
		n.setAside(func(t Task) bool { return t.Line < at })
	}
}

// attachLineRe is a line naming an attachment and no more: 附件1, 附件1:广德市
// …计划表 (not 附件1格式…(责任单位:…), an item's text wrapped).
var attachLineRe = lazyRe(`^附件\s*[\d一二三四五六七八九]*\s*[：:]?\s*[^。；;，,（()）]{0,60}$`)

// letterParagraphs says the items are a covering letter's own numbered
// paragraphs, though one of them names a unit in its text: a letter
// sending a document not on the page (《…意见》已经市政府同意,现印发给你们,
// 并就有关事项通知如下:) asks every unit to act under 一、高度重视,加强领导
// and 三、密切配合,通力协作, and 二、 says in passing who handles the
// whole (议案由市工业和信息化局负责主办). Where three or more items stand,
// fewer than half name anyone, and only in their running text (no label,
// bracket, column or heading), they are no task list.
func (n *Notice) letterParagraphs() bool {
	if !n.sends || len(n.Tasks) < 3 {
		return false
	}
	named := 0
	for _, t := range n.Tasks {
		if t.raw.cell != 0 || len(t.Leaders) > 0 {
			return false
		}
		if len(t.Owners) > 0 || len(t.raw.resp) > 0 {
			if t.Sources.Owners.Kind != FromInline {
				return false
			}
			named++
		}
	}
	return 2*named < len(n.Tasks)
}

// setAside takes out of the tasks those drop says are no tasks: the item's
// whole text goes among the lines not placed, and so is still shown and
// looked through (unread).
func (n *Notice) setAside(drop func(Task) bool) {
	var out []Task
	for _, t := range n.Tasks {
		if drop(t) {
			n.Unplaced = append(n.Unplaced, Line{t.Line, strings.TrimSpace(t.Title + "。" + t.Body)})
			continue
		}
		out = append(out, t)
	}
	if len(out) < len(n.Tasks) {
		sort.SliceStable(n.Unplaced, func(i, j int) bool { return n.Unplaced[i].N < n.Unplaced[j].N })
	}
	n.Tasks = out
}

// dropUnownedSections takes out the items of a section where none names
// who is responsible, nor inherits it, when the items of another section
// do: a page that gives first how every plan is drafted ((二)起草。…
// (三)衔接。…) and then the list of plans, each with who leads it, has
// the procedure in the first section and the tasks in the second. Their
// lines are not placed, and so still shown and looked through. Where
// owners come from a heading or a rule stated before, items before the
// first heading may be a middle page's, whose heading is on the page
// before: they stay, listed for want of owners.
func (n *Notice) dropUnownedSections(owned map[string]bool) {
	var out []Task
	for _, t := range n.Tasks {
		if owned[t.Section] || t.raw.due.text != "" {
			out = append(out, t)
			continue
		}
		n.Unplaced = append(n.Unplaced, Line{t.Line, strings.TrimSpace(t.Title + "。" + t.Body)})
		if t.raw.cell != 0 {
			n.headless = append(n.headless, [2]int{t.Line, max(t.raw.cell, t.raw.last)})
		}
	}
	if len(out) < len(n.Tasks) {
		sort.SliceStable(n.Unplaced, func(i, j int) bool { return n.Unplaced[i].N < n.Unplaced[j].N })
	}
	n.Tasks = out
}

// targetsRe is the heading of a targets paragraph (1.目标。 …, （二）工作目标。)
// or of another part of a plan's general requirements that gives no work
// to anyone ((一)指导思想, (二)基本原则).
var targetsRe = lazyRe(`^(?:(?:总体|工作|主要|发展|预期|年度|具体)?目标|指导思想|(?:基本|工作|主要)原则|总体思路|总体要求)$`)

// openByRe is an item that says only that some body will see to it (由相关
// 单位分别按现有管理渠道向上争取资金解决): a policy, naming no one.
var openByRe = lazyRe(`由(?:各)?(?:相关|有关)(?:单位|部门|方面)(?:分别|各自)?(?:按|负责|根据|向|解决|落实)`)

// placeItemRe is a place's name alone: 金寨县, 叶集区.
var placeItemRe = lazyRe(`^\p{Han}{1,8}(?:省|市|县|区|州|盟|旗|镇|乡|街道)$`)

// dropTargets takes out an item that only states the targets (1.目标。2012年
// 起5年内……) and names no one: it is no task. So is an item that is a
// place's name alone, naming no one and no work, as a report ranks the
// counties (1、金寨县;2、裕安区;…). Its line is not placed, so that it is
// still shown.
func (n *Notice) dropTargets() {
	var out []Task
	for _, t := range n.Tasks {
		bare := len(t.Owners) == 0 && len(t.raw.resp) == 0
		if bare && (targetsRe.MatchString(strings.TrimSpace(t.Title)) ||
			t.Body == "" && t.raw.due.text == "" && placeItemRe.MatchString(strings.TrimSpace(t.Title)) ||
			t.raw.due.text == "" && openByRe.MatchString(t.Title+"。"+t.Body)) {
			text := strings.TrimSpace(t.Title + "。" + t.Body)
			if t.Body == "" {
				text = strings.TrimSpace(t.Title)
			}
			n.Unplaced = append(n.Unplaced, Line{t.Line, text})
			continue
		}
		out = append(out, t)
	}
	if len(out) < len(n.Tasks) {
		sort.SliceStable(n.Unplaced, func(i, j int) bool { return n.Unplaced[i].N < n.Unplaced[j].N })
	}
	n.Tasks = out
}

// dropRules takes out the items that only state a rule for the items after
// them (6.以下政策措施均需各地区负责落实，不再单独列出): they are no task.
func (n *Notice) dropRules() {
	var out []Task
	for _, t := range n.Tasks {
		text := t.Title + "。" + t.Body
		if len(t.raw.resp) == 0 && t.raw.due.text == "" && ownersRuleRe.MatchString(text) && n.statesRule(Line{t.Line, text}, t.Section) {
			continue
		}
		out = append(out, t)
	}
	n.Tasks = out
}

// splitSubItems makes tasks of an item's sub-items (1)(2)… where each names
// its own owners: 1.深化商事制度改革。(1)……（市工商质监局牵头负责）(2)……（…）
// gives tasks 1.1 and 1.2, and the item itself is no task.
func (n *Notice) splitSubItems() {
	var out []Task
	for _, t := range n.Tasks {
		subs := subItems(t)
		if subs == nil {
			out = append(out, t)
			continue
		}
		out = append(out, subs...)
	}
	n.Tasks = out
}

// subItems are the tasks of an item's sub-items, nil where it has fewer
// than two that name their own owners.
func subItems(t Task) []Task {
	if t.sub > 0 {
		return nil // a sub-item on a line of its own already
	}
	if len(t.raw.resp) > 0 && t.raw.resp[0].from != FromBracket || t.raw.due.text != "" {
		return nil // the item names its owners on lines or cells of its own
	}
	text := t.Title + "。" + t.Body
	if t.Body == "" {
		text = t.Title
	}
	if len(t.raw.resp) > 0 {
		text += "（" + t.raw.resp[0].text + "）"
	}
	// Sub-items are numbered 1, 2, 3… and stand outside brackets: (1)(2)
	// or, where those are not two, ①②.
	numRe := subItemRe
	starts := subItemStarts(text, numRe)
	if len(starts) < 2 {
		numRe = circledSubItemRe
		starts = subItemStarts(text, numRe)
	}
	if len(starts) < 2 {
		return nil
	}
	var subs []Task
	named, opened := 0, 0 // sub-items naming owners in brackets, and opening with their bodies
	parent := strings.TrimSpace(text[:starts[0]])
	for k, s := range starts {
		e := len(text)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		seg := text[s:e]
		seg = strings.TrimSpace(seg[len(numRe.FindString(seg)):])
		st := Task{Number: t.Number, Section: t.Section, Line: t.Line, group: t.group, sub: k + 1,
			Parent: strings.TrimRight(parent, "。："), raw: raw{last: t.raw.last}}
		if k+1 < len(starts) {
			st.raw.last = t.Line
		}
		st.cut(seg)
		if len(st.raw.resp) > 0 {
			named++
		} else if names, label, _ := dutySubject(st.Title); names != nil && !label {
			// (1)街道党政办负责…(2)街道文化站负责…: each sub-item opens
			// with the body whose part it is.
			who := strings.Join(names, "、")
			st.raw.resp = []piece{{who + "负责", t.Line, FromInline, ""}}
			st.review("owners", t.Line, i18n.F("这一分项开头写的是“%s”的职责，已读作责任单位；请核对", "the sub-item opens with the duties of %q; read as its owners: check them", who))
			opened++
		}
		subs = append(subs, st)
	}
	if named < 2 && (named > 0 || opened < 2 || parentNames(parent)) {
		return nil
	}
	return subs
}

// subItemStarts gives where the sub-items numbered by numRe start in an
// item's text: numbers 1, 2, 3… in order, outside brackets.
func subItemStarts(text string, numRe *lazyRegexp) []int {
	var starts []int
	want := 1
	for _, loc := range numRe.FindAllStringSubmatchIndex(text, -1) {
		v := 0
		if r, _ := utf8.DecodeRuneInString(text[loc[2]:loc[3]]); r >= '①' && r <= '⑳' {
			v = int(r-'①') + 1
		} else {
			v = atoi(text[loc[2]:loc[3]])
		}
		if v == want && depthAt(text, loc[0]) == 0 {
			starts = append(starts, loc[0])
			want++
		}
	}
	return starts
}

// circledSubItemRe is an inline sub-item's number written in a circle: ①.
var circledSubItemRe = lazyRe(`([①-⑳])`)

// parentNames says the words before an item's sub-items name who answers
// for it (县行政审批局要压缩审批时限,具体分工如下:, 加强督查考核(县督查室牵
// 头)。): its sub-items opening with bodies are its division, not tasks
// apart from it.
func parentNames(parent string) bool {
	return namesResponsibility(parent) || runSubjects(parent) != nil || byClauseRe.MatchString(parent)
}

// listHeadingRe is an item's title that names a kind of content, not a
// piece of work: 约束性指标, 主要指标的责任部门, 主要目标, 专项整改问题. The entries under it
// are what is to be done.
var listHeadingRe = lazyRe(`^[\p{Han}]{0,12}(?:指标|目标|责任部门|责任单位|问题)[。：:]?$`)

func listHeading(title string) bool { return listHeadingRe.MatchString(strings.TrimSpace(title)) }

// splitListHeadings makes tasks of the entries under an item whose title
// names a kind of content (1.主要指标的责任部门。) where each entry closes
// with its own bracket naming who does it: 常住人口控制在1150万人左右。(市人口
// 计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)… gives
// one task per target, and the title is their heading. An item whose
// title is a piece of work (完善食品安全法规制度) stays one task, its
// owners all its brackets' units (see bodyBrackets).
func (n *Notice) splitListHeadings() {
	var out []Task
	for _, t := range n.Tasks {
		if subs := listEntries(t); subs != nil {
			out = append(out, subs...)
			continue
		}
		out = append(out, t)
	}
	n.Tasks = out
}

// listEntryRe is the words of a bracket that says who does an entry.
var listEntryRe = lazyRe(`负责|牵头|配合|协办|参与`)

// listEntries are the tasks of the entries under a list heading, nil
// where the item is not one or fewer than two entries each close with
// their own bracket.
func listEntries(t Task) []Task {
	if t.sub > 0 || !listHeading(t.Title) || t.Body == "" || t.raw.due.text != "" {
		return nil
	}
	if len(t.raw.resp) > 1 || len(t.raw.resp) == 1 && t.raw.resp[0].from != FromBracket {
		return nil
	}
	text := strings.TrimRight(t.Body, "\n ")
	if len(t.raw.resp) == 1 {
		text += "（" + t.raw.resp[0].text + "）"
	}
	runes := []rune(text)
	var segs []string
	var lines []int
	start, line, startLine := 0, t.Line+1, t.Line+1
	for i := 0; i < len(runes); i++ {
		if runes[i] == '\n' {
			line++
			if strings.TrimSpace(string(runes[start:i])) == "" {
				startLine = line
			}
			continue
		}
		if !strings.ContainsRune("（(", runes[i]) {
			continue
		}
		j := i - 1
		for j >= 0 && unicode.IsSpace(runes[j]) {
			j--
		}
		if j < 0 || !strings.ContainsRune("。；;", runes[j]) {
			continue
		}
		k := closingRune(runes, i)
		if k < 0 || !listEntryRe.MatchString(string(runes[i+1:k])) {
			return nil
		}
		seg := strings.Join(strings.Fields(string(runes[start:k+1])), "")
		segs = append(segs, seg)
		lines = append(lines, min(startLine, t.raw.last))
		start, i = k+1, k
		startLine = line
	}
	if len(segs) < 2 || strings.TrimSpace(string(runes[start:])) != "" {
		return nil
	}
	parent := strings.TrimRight(t.Title, "。：:")
	if m := entriesLeadInRe.FindStringSubmatch(segs[0]); m != nil {
		// 到2018年底,全市主要经济指标如下:——地区生产总值增长7.5%;(…): the
		// words that open the entries are their item's, no entry's; the
		// time they name holds for each (parentLead, listed).
		parent += "：" + m[1]
		segs[0] = m[2]
	}
	var subs []Task
	for k, seg := range segs {
		st := Task{Number: t.Number, Section: t.Section, Line: lines[k], group: t.group, sub: k + 1,
			Parent: parent, raw: raw{last: lines[k]}}
		st.cut(strings.TrimLeft(seg, "—─- ")) // ——固定资产投资增长8%: the dash sets the entry off, no word of it
		subs = append(subs, st)
	}
	return subs
}

// entriesLeadInRe is the first entry under a list heading run on from the
// words opening the entries: a sentence ending in a colon (…如下:, …是:),
// then the entry set off by a dash or standing after 如下. Its groups are
// the words and the entry.
var entriesLeadInRe = lazyRe(`^([^（(：:]{2,60}?(?:如下|下列|以下|是|为)?)[：:]((?:——|─{2}).+)$`)

// depthAt is how many brackets are open at byte i of s.
func depthAt(s string, i int) int {
	d := 0
	for _, r := range s[:i] {
		switch {
		case strings.ContainsRune("（(【〔", r):
			d++
		case strings.ContainsRune("）)】〕", r) && d > 0:
			d--
		}
	}
	return d
}

// assignIDs gives every task its id: its number, zero-padded to the width
// of the largest, where numbers run on through the notice; where they
// start again in each section, the section's number and the item's (2.1),
// and in each sub-section, the sub-section's too (2.1.3). A sub-item's id
// is its item's and its own number (3.1).
func (n *Notice) assignIDs() {
	most := 0
	for _, t := range n.Tasks {
		most = max(most, t.Number)
	}
	width := len(strconv.Itoa(most))
	// Numbers that run on have at least two digits, as the bundled tasks/
	// does (01.yaml sorts before 10.yaml).
	flat := max(2, width)
	withSub := func(t *Task, id string) string {
		if t.sub > 0 {
			return id + "." + strconv.Itoa(t.sub)
		}
		return id
	}
	ids := []func(t *Task) string{
		func(t *Task) string { return withSub(t, fmt.Sprintf("%0*d", flat, t.Number)) },
		func(t *Task) string { return withSub(t, fmt.Sprintf("%d.%0*d", t.group[0], width, t.Number)) },
		func(t *Task) string {
			if t.raw.heading && t.group[1] == t.Number {
				// (一)省监察厅牵头的工作 / its paragraph, the task: 1.1
				// beside the items of (三) (1.3.1), not 1.1.1.
				return withSub(t, fmt.Sprintf("%d.%d", t.group[0], t.Number))
			}
			return withSub(t, fmt.Sprintf("%d.%d.%0*d", t.group[0], t.group[1], width, t.Number))
		},
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

// personsLead says the items, two or more and half of them at least, each
// name a person or a post that leads their work (由王强牵头, 由张伟、李娜负
// 责, 由党组书记负总责): a list whose leaders are named and whose units are
// not. Its items stay; textLeaders reads the leaders, and each item is
// listed for want of owners.
func (n *Notice) personsLead() bool {
	hits := 0
	for _, t := range n.Tasks {
		text := t.Title + "。" + t.Body
		if personLeadRe.MatchString(text) || namePostLeadRe.MatchString(text) || postLeadRe.MatchString(text) || postDoerRe.MatchString(text) {
			hits++
		}
	}
	return hits >= 2 && 2*hits >= len(n.Tasks)
}

// titleLabelRe is a label opening an item's text that says what the text
// is (工作任务：, 项目名称：, 领办项目：): no word of the task.
var titleLabelRe = lazyRe(`^(?:` + taskLabels + `|项目名称|项目内容|任务名称|事项名称|实事项目|领办项目|民生实事|办实事项目|问题|存在问题|问题描述|问题表现|反馈问题|主要问题|具体问题|督办事项|交办事项|督查事项|办理事项)\s*[：:]\s*`)

// titleLabels takes such a label off each task's title (1.领办项目:下荒村
// 路灯损坏修复项目。工作进展:… reads 下荒村路灯损坏修复项目).
func (n *Notice) titleLabels() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if rest := titleLabelRe.ReplaceAllString(t.Title, ""); rest != t.Title && utf8.RuneCountInString(rest) >= 2 {
			t.Title = rest
		}
		if rest := strings.TrimRight(t.Title, "：:。"); rest != t.Title && utf8.RuneCountInString(rest) >= 2 {
			// 1、宣传氛围组:(王静副校长牵头): the colon before its bracket;
			// 一、举办专题招商推介会。 over its labels and stages: the stop.
			t.Title = rest
		}
	}
}
