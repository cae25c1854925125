package notice

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tally/internal/i18n"
)

// Stage 3 of the import: items. The blocks are walked in order: headings
// open sections, items at the task level start tasks, the lines after an
// item run on into its text until its responsibility closes it, and each
// task's text is cut into title and body with the responsibility text
// taken out (raw pieces for stage 4, each with its line).

// raw is what stage 3 hands stage 4 of a task: its responsibility as the
// notice wrote it, piece by piece, and its time limit.
type raw struct {
	unordered   bool     // a label's note says its units are listed in no order (责任单位(排名不分先后)): none leads by its place
	guessed     bool     // the row's cells were placed in columns by what they hold
	unread      []string // texts in the row's columns whose header cell is empty, read into no field
	heading     bool     // the task is a sub-section's heading with its paragraph, numbered as the sub-section
	picked      int      // the number of a lone sub-item picked out of its item ((2) alone), 0 for none
	extraRow    int      // the line of a row under it giving only a time and a unit, taken into it (timeAndUnitRow)
	cellLabels  bool     // a unit cell holds labels of its own (市牵头单位：…, 区责任单位：…)
	joined      bool     // the row's cells ran together, read from its ends (joinedTable)
	twoDue      bool     // the row holds two lines of work, each with its time limit
	merged      bool     // the row's units are the row's above, in cells merged over both
	mergedDue   bool     // and so is its time limit
	dueHead     string   // the time limit's column as its header names it (活动时间, 完成时限)
	sectionLead []string // the lead its section's heading names, where the item names its own owners
	sectionAt   int      // and the line naming it
	headDue     piece    // the time its section's heading closes with ((一)部署发动(6月份)), where it has one
	carried     []string // the labels of the columns a flat row left empty and took from the row above (责任领导)
	resp        []piece
	headLeaders *piece // the bracket of the section's heading naming its leaders alone (headingLeadersOf)
	headLead    *piece // the unit the section's heading names to lead it, the item naming its own (headingLeadOver)
	due         piece
	last        int  // the line the task's text ends on
	cell        int  // the first line of its text holding a unit's name alone (a table's cell), 0 if none
	unitDuty    bool // a unit's duty paragraph (县环保局。负责…), read by unitSentenceTask
	// treeLead is the line of a group's lead cell, merged over the group's
	// rows, where the task's row does not hold it; treeNote a note in
	// brackets cut off its unit cell (区教体局(区国资公司代建)); flattree.go.
	treeLead int
	treeNote string
	score    string // the item's score as an assessment list closes it with, kept off its text until its fields are read: (10分)
	treeCut  bool   // the row ends before its unit cell
}

// piece is some responsibility text and where it stands.
type piece struct {
	text  string
	line  int
	from  FromKind // FromBracket, FromLabel or FromColumn
	label string   // the label or column heading, where there is one
}

// heading is a section heading, until a task makes it a section.
type heading struct {
	sec   Section
	line  Line
	used  bool
	early bool // it comes before the first task
	// A heading whose text closes with its own bracket of owners
	// (（八）提升……。各相关部门……。（责任单位：……）): resp is that
	// bracket, text the heading's text with it, num its number.
	resp     *piece
	text     string
	num      int
	group    []int
	first    int    // where its first task stands in the notice's tasks
	respUsed bool   // an item under it took its owners
	owner    bool   // the heading is only who answers for its items (责任单位:X, 属X职责范围)
	due      *piece // the time the heading's bracket gives its stage: (6月份), (7月底前)
	paras    []Line // the paragraphs under it, where no item follows it (headingParaTask)
}

// walker reads the list's title, preamble, sections and tasks, at the
// levels taskLevel and subTasks find.
type walker struct {
	bodyHeads     int      // top headings that are bodies' names over their duties (bodyheadings.go)
	paraOwner     *heading // an owner heading whose paragraphs, one a problem, are its tasks (unitParagraph)
	n             *Notice
	unitDuties    []int        // the items that are units' duty paragraphs (县环保局。负责…), nil until counted
	skip          int          // items a rule read with the one before them
	leadFirstRead bool         // a paragraph of decisions naming who leads before the work was read (decisions.go)
	sharedRun     []int        // the tasks a label closing their group was given to (shareLabel)
	pendingRun    *sharedGroup // the list's first group a label closes, given it once a later group is read so
	shareAtFinish *sharedGroup // a group shared while its label's item is read, given the rest once it is whole
	groupLabel    []piece      // a label written before its group of items, theirs where they name no one (groupfirst.go)
	groupFresh    bool         // the group's label was just read: no item of it yet
	items         []item
	kinds         []kind
	taskKind      kind
	subIsTask     []bool
	ownSub        []bool // （1） lines that are tasks of their own, under a 1. item
	parent        *Task  // the item whose sub-items are the tasks, held back
	table         *columns
	above         []piece // the units of the table's last row read
	dueAbove      piece   // and its time limit
	titleLines    []string
	titleAt       []Line // the title's lines, with their numbers
	preamble      []Line
	cur           *Task
	text          strings.Builder
	first         string // the task's first line
	closed        bool   // the task's responsibility was given: plain text after it is not the task's
	after         []Line // numbered sub-items after the task's responsibility, naming no one
	below         []Line // the task's text under its first line, which closes with its owners' bracket (belowOwners)
	top, sub      string // the current section and sub-section numbers
	section       string
	started       bool
	topH, subH    *heading
	// seq is the number of the last item read at each level and the
	// section it stood in: a number that does not follow it is listed.
	seq map[kind]seqAt
	// pageSubs are a middle page's sub-items before its first item, each
	// a task; orphans the lines before them (pageSubItems).
	pageSubs []bool
	orphans  int
}

// seqAt is an item's number and the section it stands in.
type seqAt struct {
	num     int
	section string
}

func (n *Notice) list(items []item, kinds []kind) {
	taskKind := taskLevel(items, kinds)
	w := &walker{n: n, items: items, kinds: kinds, taskKind: taskKind, subIsTask: subTasks(items, kinds, taskKind),
		ownSub: ownSubItems(items, kinds, taskKind)}
	w.pageSubs, w.orphans = pageSubItems(items, kinds, taskKind, n.Title != "")
	w.bodyHeads = bodyHeadings(items, kinds)
	for i := range items {
		if w.skip > 0 {
			w.skip--
			continue
		}
		if kinds[i] == kRow {
			w.row(i)
		} else {
			w.line(i)
		}
	}
	w.finish()
	w.drop(&w.subH)
	w.drop(&w.topH)
	w.aboveAll() // 以上工作由团区委负责,… after the last item (aboveall.go)
	w.ledSentences()
	w.ordinalParagraphs()
	if len(n.Tasks) == 0 {
		w.unnumbered()
	}
	if len(n.Tasks) == 0 {
		w.dutyParagraphs(false)
	} else if len(w.preamble) > 0 && n.Title == "" && n.Tasks[0].Number > 1 {
		// A middle page: its first item goes on from the page before.
		w.dutyParagraphs(true)
	}
	if len(n.Tasks) == 0 {
		w.willParagraphs()
	}
	sort.SliceStable(n.Unplaced, func(i, j int) bool { return n.Unplaced[i].N < n.Unplaced[j].N })
	w.sentenceTitle()
	w.titlePostTime()
	w.titleRepeat()
	n.ListTitle = strings.Join(w.titleLines, "")
	n.titleLines = w.titleAt
	if menuTitle(w.titleLines) {
		// 民生动态 / 信息公示 / 领导关注 / 政策措施 …: a site's menu, a word a
		// line, over a page with no title of its own.
		n.ListTitle, n.titleLines = "", nil
	}
	if (n.ListTitle == "" && n.Title == "" || newsHeadlineRe.MatchString(n.ListTitle) || n.Title == "" && !titleLike(n.ListTitle)) && len(w.preamble) > 0 {
		// No title, a news site's headline (省政府印发…通知), or lines
		// over a report that name no document (a summary's figures,
		// 地区生产总值增长5%左右): the list's own title where the report
		// under it names it.
		sort.SliceStable(w.preamble, func(i, j int) bool { return w.preamble[i].N < w.preamble[j].N })
		w.namedTitle()
	}
	if w.liftedHeading() {
		n.ListTitle, n.titleLines = "", nil
	}
	if n.ListTitle == "" {
		n.ListTitle = listOfTitle(n.Title)
	}
	if n.Title == "" {
		// No title line of the notice: the list's own title is its title
		// (PlanChecks lists it).
		n.Title, n.titleOfList = n.ListTitle, n.ListTitle != ""
	}
	if len(w.preamble) > 0 {
		sort.SliceStable(w.preamble, func(i, j int) bool { return w.preamble[i].N < w.preamble[j].N })
		var b strings.Builder
		for _, l := range w.preamble {
			b.WriteString(l.Text + "\n")
		}
		n.Preamble = b.String()
		n.preambleLines = slices.Clone(w.preamble)
	}
}

// issuesRe is a notice's title that issues the list it names in 《》:
// 关于印发《…任务清单》的通知.
var issuesRe = lazyRe(`(印发|转发|下发|下达|分解)《(.+)》的?(通知|意见)?$`)

// maxBracketsTried bounds the brackets of one line that unnumbered tries as
// the end of a paragraph: the import stays linear in the text.
const maxBracketsTried = 200

// unnumbered reads, in a text with no numbered item, the paragraphs that
// close with a bracket naming who is responsible (强化“禁煤区”建设。……。
// （省生态环境厅牵头，市县政府负责落实）) as tasks, each listed for review:
// the notice does not number them, and such a bracket is what makes a
// task. A line may hold several; what follows the last bracket is no
// task and stays among the lines not placed.
// leadOrDoRe closes a bracket saying who leads or does the work: (三水街道
// 牵头), (县住建局负责).
var leadOrDoRe = lazyRe(`(?:牵头|负责)$`)

func (w *walker) unnumbered() {
	var rest []Line
	k := 0
	read := func(l Line) bool {
		runes := []rune(l.Text)
		start, tried, found := 0, 0, false
		for i := 0; i < len(runes) && tried < maxBracketsTried; i++ {
			if !strings.ContainsRune("）)】]〕］", runes[i]) {
				continue
			}
			tried++
			seg := strings.TrimSpace(string(runes[start : i+1]))
			head, inner, ok := trailingBracket(seg)
			// (A line with no stop in it (马厂七期6栋396套安置房完成主体工程
			// (三水街道牵头)) is one where its bracket says who leads or
			// does it.)
			if !ok || utf8.RuneCountInString(head) < 4 || !strings.ContainsAny(head, "。，,；;") && !(utf8.RuneCountInString(head) >= 8 && leadOrDoRe.MatchString(inner)) ||
				firstLeadsRe.MatchString(inner) || ownersRuleRe.MatchString(inner) || seeAttachedRe.MatchString(inner) || len(splitResp(inner).owners) == 0 ||
				slices.ContainsFunc(splitResp(inner).owners, func(o string) bool { return !strings.ContainsFunc(o, isHanRune) }) {
				// A rule in brackets ((列第一位者为工作牵头单位)) names no
				// one, nor does a cited number's year (成府发〔2009〕23号).
				continue
			}
			k++
			w.startTask(k, seg, l.N)
			w.finish()
			t := &w.n.Tasks[len(w.n.Tasks)-1]
			t.review("owners", l.N, atF(w.n.At(l.N), "{at}的段落没有编号，因为末尾的括号写明了由谁负责，已读作一项任务；请核对",
				"the paragraph at {at} has no number; it was read as a task because its closing bracket says who is responsible: check it"))
			start, found = i+1, true
		}
		if found {
			if left := strings.TrimSpace(string(runes[start:])); left != "" {
				w.n.Unplaced = append(w.n.Unplaced, Line{l.N, left})
			}
		}
		return found
	}
	lines := append(slices.Clone(w.preamble), w.n.Unplaced...)
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].N < lines[j].N })
	w.n.Unplaced = nil
	var pre []Line
	inPre := map[int]bool{}
	for _, l := range w.preamble {
		inPre[l.N] = true
	}
	labelled := map[int]bool{} // label lines read with the paragraph above them
	for i, l := range lines {
		if labelled[l.N] || read(l) {
			continue
		}
		if i+1 < len(lines) && w.adjacent(l, lines[i+1]) && labelledParagraph(l.Text, lines[i+1].Text) {
			// A paragraph with a label of who answers for it on the
			// line under it (…饮水问题。 / 责任单位:市水务局): a card of
			// one item, its heading left out.
			k++
			// ● 白茶市场存在…: a bullet is no part of the title.
			w.startTask(k, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l.Text), bulletRe.FindString(strings.TrimSpace(l.Text)))), l.N)
			w.respLine(lines[i+1])
			for j := i + 2; j < len(lines) && w.adjacent(lines[j-1], lines[j]) && respLineRe.MatchString(unbracket(strings.TrimSpace(lines[j].Text))); j++ {
				// 承办单位:… / 协办单位:… / 办结时限:… / 督办领导:…: the
				// card's further labels.
				w.respLine(lines[j])
				labelled[lines[j].N] = true
			}
			w.finish()
			t := &w.n.Tasks[len(w.n.Tasks)-1]
			t.review("owners", l.N, atF(w.n.At(l.N), "{at}的段落没有编号，因为下一行写明了由谁负责，已读作一项任务；请核对",
				"the paragraph at {at} has no number; it was read as a task because the line under it says who is responsible: check it"))
			labelled[lines[i+1].N] = true
			if i > 0 && w.adjacent(lines[i-1], l) {
				// 9月3日:抗战胜利纪念日 over it: the work's day (dayheading.go).
				w.n.dayHeading(t, lines[i-1])
			}
			continue
		}
		if head, resp, ok := closingLead(l.Text); ok {
			// …工作效率。此项目X牵头,Y配合。: the paragraph's closing
			// sentence names who leads it; the lines before it on the
			// same line of the text are its start.
			k++
			pre, rest = w.closedParagraph(k, l, head, resp, pre, rest, "{at}的段落没有编号，因为末句写明了由谁牵头，已读作一项任务；请核对",
				"the paragraph at {at} has no number; it was read as a task because its last sentence says who leads it: check it")
			continue
		}
		if head, resp, ok := closingUnitsAre(l.Text); ok {
			// 人均地区生产总值:增长6%左右(…),责任单位为区发改委;: the
			// paragraph's closing clause names its units.
			k++
			pre, rest = w.closedParagraph(k, l, head, resp, pre, rest, "{at}的段落没有编号，因为末尾写明了责任单位（责任单位为……），已读作一项任务；请核对",
				"the paragraph at {at} has no number; it was read as a task because its last clause names its units (责任单位为…): check it")
			continue
		}
		if inPre[l.N] && len(w.n.Tasks) == 0 {
			pre = append(pre, l)
		} else {
			rest = append(rest, l)
		}
	}
	w.preamble = pre
	w.n.Unplaced = append(w.n.Unplaced, rest...)
}

// closedParagraph makes task k of paragraph l, whose closing words (cut
// off as head's rest) name who answers for it (resp); the lines kept
// before it from the same line of the text are its start. It is listed
// with the text zh (en) and gives pre and rest without those lines.
func (w *walker) closedParagraph(k int, l Line, head, resp string, pre, rest []Line, zh, en string) ([]Line, []Line) {
	pre, rest, head = joinSameLine(pre, rest, l.N, head)
	w.startTask(k, head, l.N)
	w.cur.raw.resp = []piece{{resp, l.N, FromInline, ""}}
	w.finish()
	t := &w.n.Tasks[len(w.n.Tasks)-1]
	t.review("owners", l.N, atF(w.n.At(l.N), zh, en))
	return pre, rest
}

// ledSentenceRe is a sentence that opens with the units leading a piece
// of work: 市公安局牵头,负责组织开展对道路交通领域的专项整治工作.
var ledSentenceRe = lazyRe(`^([^，,。；;：:（()）“”《》]{2,40}?牵头)[，,]\s*负责\p{Han}`)

// ledSentences reads a paragraph that no rule placed whose sentences, two
// or more, each open with the units that lead a piece of work (市安全监管局
// 牵头,负责组织开展对…的专项整治工作。市公安局牵头,负责…。), as a report
// gives a campaign's division of work with no numbers: each such sentence
// is a task, its units the lead, listed.
func (w *walker) ledSentences() {
	read := func(l Line) bool {
		var led []string
		for _, sent := range strings.SplitAfter(l.Text, "。") {
			sent = strings.TrimSpace(sent)
			if m := ledSentenceRe.FindStringSubmatch(sent); m != nil && unitNames(strings.TrimSuffix(m[1], "牵头")) {
				led = append(led, sent)
			}
		}
		if len(led) < 2 {
			return w.decisionClauses(l) // 会议决定:…由X牵头,Y落实;… (decisions.go)
		}
		for _, sent := range led {
			w.startTask(len(w.n.Tasks)+1, sent, l.N)
			w.finish()
			t := &w.n.Tasks[len(w.n.Tasks)-1]
			t.review("owners", l.N, atF(w.n.At(l.N), "{at}的段落没有编号，其中每句开头写明由谁牵头，已逐句读作任务；请核对",
				"the paragraph at {at} has no numbers; each of its sentences opens with who leads it and was read as a task: check it"))
		}
		if left := strings.TrimSpace(strings.Join(slices.DeleteFunc(strings.SplitAfter(l.Text, "。"), func(s string) bool { return slices.Contains(led, strings.TrimSpace(s)) }), "")); left != "" {
			w.n.Unplaced = append(w.n.Unplaced, Line{l.N, left})
		}
		return true
	}
	before := len(w.n.Tasks)
	w.preamble = slices.DeleteFunc(w.preamble, read)
	var kept []Line
	for _, l := range w.n.Unplaced {
		if !read(l) {
			kept = append(kept, l)
		}
	}
	w.n.Unplaced = kept
	if len(w.n.Tasks) > before {
		sort.SliceStable(w.n.Tasks, func(i, j int) bool { return w.n.Tasks[i].Line < w.n.Tasks[j].Line })
	}
}

// ordinalRe opens a point a report counts in words: 一是, 二是 ….
var ordinalRe = lazyRe(`^([一二三四五六七八九十]{1,3})是`)

// ordinalBreakRe is where a point counted in words starts after the one
// before it on the same line: …监督处罚;四是….
var ordinalBreakRe = lazyRe(`[；;。]\s*[一二三四五六七八九十]{1,3}是`)

// ordinalParagraphs reads the points a report counts in words (一是由市公安局
// 负责,成立…。 / 二是由市安监局负责,… / …;四是…), among the lines no rule
// placed, as items: where two or more open by naming who does them, each
// point is a task (the others with no owners, listed).
func (w *walker) ordinalParagraphs() {
	type point struct {
		num  int
		text string
		line int
	}
	var points []point
	var used []int
	lines := append(slices.Clone(w.preamble), w.n.Unplaced...)
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].N < lines[j].N })
	for _, l := range lines {
		t := trimLine(l.Text)
		if !ordinalRe.MatchString(t) {
			continue
		}
		cuts := []int{0}
		for _, loc := range ordinalBreakRe.FindAllStringIndex(t, -1) {
			_, size := utf8.DecodeRuneInString(t[loc[0]:])
			cuts = append(cuts, loc[0]+size)
		}
		cuts = append(cuts, len(t))
		for k := 0; k+1 < len(cuts); k++ {
			seg := strings.TrimSpace(t[cuts[k]:cuts[k+1]])
			m := ordinalRe.FindStringSubmatch(seg)
			if m == nil || chineseNumber(m[1]) != len(points)+1 {
				return
			}
			points = append(points, point{chineseNumber(m[1]), strings.TrimSpace(seg[len(m[0]):]), l.N})
		}
		used = append(used, l.N)
	}
	owned := 0
	for _, p := range points {
		if m := headRespRe.FindStringSubmatch(p.text); m != nil {
			owned++
		}
	}
	if len(points) < 2 || owned < 2 {
		return
	}
	for _, p := range points {
		w.startTask(p.num, p.text, p.line)
		w.finish()
		t := &w.n.Tasks[len(w.n.Tasks)-1]
		t.review("owners", p.line, atF(w.n.At(p.line), "{at}的“一是、二是……”读作编号的条目，其中写明由谁负责的读作任务；请核对",
			"the points counted 一是, 二是 … at {at} were read as numbered items: check them"))
	}
	gone := func(l Line) bool { return slices.Contains(used, l.N) }
	w.preamble = slices.DeleteFunc(w.preamble, gone)
	w.n.Unplaced = slices.DeleteFunc(w.n.Unplaced, gone)
	sort.SliceStable(w.n.Tasks, func(i, j int) bool { return w.n.Tasks[i].Line < w.n.Tasks[j].Line })
}

// matterLabelRe opens a card's matter handed out to a unit: 督办事项：…,
// 交办事项：….
var matterLabelRe = lazyRe(`^(?:督办事项|交办事项|督查事项|办理事项|督办内容|交办内容)\s*[：:]\s*\S`)

// seeAttachedRe is a bracket that points to an attachment for who answers
// (火灾隐患及责任单位、责任人名单见附件): it names no one.
var seeAttachedRe = lazyRe(`(?:详)?见附件|附后$`)

// isHanRune says r is a Han character.
func isHanRune(r rune) bool { return unicode.Is(unicode.Han, r) }

// labelledParagraph says a line is a paragraph of work (sentences, no
// label of its own) and the next a label of who answers for it
// (责任单位：市水务局), naming units.
func labelledParagraph(text, next string) bool {
	text, next = strings.TrimSpace(text), strings.TrimSpace(next)
	m := respLineRe.FindStringSubmatch(unbracket(next))
	if m == nil || isTimeLabel(m[1]) || len(splitResp(m[2]).owners) == 0 {
		return false
	}
	// A problem an inspection found says so by its label, however short
	// (存在问题:电动车乱停放。), as does a matter handed out (督办事项：…).
	return (utf8.RuneCountInString(text) >= 20 && strings.Contains(text, "。") || problemLabelRe.MatchString(text) || matterLabelRe.MatchString(text)) && !respLineRe.MatchString(text) &&
		!namesResponsibility(text) && !isDateLine(text)
}

// listOfTitle is the list's title as the notice's title gives it: the
// list it issues (关于印发《X》的通知 → X), else the notice's title itself
// (关于落实《政府工作报告》重点工作部门分工的意见 is no list named X).
func listOfTitle(title string) string {
	if m := issuesRe.FindStringSubmatch(title); m != nil {
		return m[2]
	}
	return title
}

// line reads a line of text: a heading, an item, a line of responsibility,
// a line of a task's text, the list's title or preamble, or a rule.
func (w *walker) line(i int) {
	l, t, k := w.items[i].line, w.items[i].line.Text, w.kinds[i]
	n := w.n
	switch {
	case strings.TrimSpace(t) == "":
		// A label's further unit taken onto its label's line
		// (numberedFields): read there.
	case markRe.MatchString(t):
		n.Tail = append(n.Tail, l)
	case attachRe.MatchString(t) || (w.started && isDateLine(t)):
		w.finish()
		n.Unplaced = append(n.Unplaced, l)
	case k == kText && w.unitSentenceTask(i):
		// 县环保局。负责…: a unit's duty paragraph among others, a task.
	case k == kTop && w.taskKind == kTop:
		m := topMatch(t)
		w.startTask(chineseNumber(m[1]), m[2], l.N)
	case k == kSub && w.taskKind == kTop && w.cur != nil:
		// 五、基础设施建设 / (一)水利。…: a sub-item of the section that is
		// the task (sectionsShareLabels), a line of its text.
		w.text.WriteString("\n" + t)
		w.cur.raw.last = l.N
	case k == kTop || (k == kSub && !w.subIsTask[i]):
		w.heading(l)
	case k == kSub:
		m := subRe.FindStringSubmatch(t)
		w.startTask(chineseNumber(m[1]), m[2], l.N)
	case i < w.orphans:
		// (责任部门:…) atop a middle page: the end of an item on the page
		// before, no title and no task.
		n.Unplaced = append(n.Unplaced, l)
	case w.pageSubs != nil && w.pageSubs[i]:
		m := taskParenRe.FindStringSubmatch(t)
		w.startTask(atoi(m[1]), m[2], l.N)
	case (k == kParen || k == kCircle) && w.ownSub[i] && w.cur != nil:
		w.subItem(t, l.N)
	case k == kNum && k == w.taskKind && w.cur != nil && !w.closed && quantityLeadRe.MatchString(t) && w.seq[k].num > 0 && atoi(itemMatch(t)[1]) != w.seq[k].num+1:
		// 2.实施农田水利建设。 / 1.5万亩高标准农田年底前全部完工；: a
		// quantity opening a line of the item's text (1.5万亩), not item
		// 1 out of its turn.
		w.text.WriteString("\n" + strings.TrimSpace(t))
		w.cur.raw.last = l.N
	case k == kNum && k == w.taskKind && w.cur != nil && w.cur.sub == 0 && ownPointOf(t, w.cur.Number) && !namesResponsibility(t):
		// 3.推进城乡道路建设。 / 3.1推进城东快速路建设 / 3.2完成… / (责任单位:
		// …): points numbered under the item's own number, naming no one:
		// the item's text, its owners after them shared.
		w.text.WriteString("\n" + strings.TrimSpace(t))
		w.cur.raw.last = l.N
	case k == w.taskKind && (k == kNum || k == kParen):
		m := itemMatch(t)
		if k == kParen {
			m = taskParenRe.FindStringSubmatch(t)
		}
		num, _ := strconv.Atoi(m[1])
		broken := w.cur != nil && !w.closed && stopsInside(strings.TrimSpace(w.text.String()))
		_, seen := w.seq[k]
		w.startTask(num, m[2], l.N)
		w.inSequence(k, num, l.N, broken)
		if !seen && num > 1 {
			w.itemBefore(i, num)
		}
	case w.cur != nil && (k == kText || k == kResp) && w.sectionCloses(l):
		// 1.… / 2.… / 以上任务由县商务局负责 (or in brackets): who does the
		// section's items, said once after them.
	case k == kResp && w.opensGroup(i):
		// 整改责任单位:县财政局 整改时限:… over 1.… 2.…: a label written
		// before its group of items, each taking it (groupfirst.go).
		w.finish()
		w.groupLabel = []piece{{unbracket(l.Text), l.N, FromLabel, respLabelOf(unbracket(l.Text))}}
		w.groupFresh = true
	case k == kResp && w.cur == nil && w.groupFresh:
		// 整改时限:… under the group's label, before its first item.
		w.groupLabel = append(w.groupLabel, piece{unbracket(l.Text), l.N, FromLabel, respLabelOf(unbracket(l.Text))})
	case w.cur != nil && k == kResp:
		w.respLine(l)
		w.shareLabel(l)
	case w.cur != nil && k == kText && i > 0 && w.dueGoesOn(w.items[i-1].line, l):
		// 完成时限：2025年3月底前完成排查； / 6月底前完成整治； / 长期坚持: the
		// stages of the time limit, a line each.
	case w.cur != nil && k == kText && i > 0 && w.kinds[i-1] == kResp && w.unitsGoOn(w.items[i-1].line.Text, t, i+1 < len(w.kinds) && w.kinds[i+1] == kResp):
		// 配合单位:县发改委、环保局、水利局、农业局 / 各乡镇(街道)、黎阳建管办:
		// the label's list wrapped onto a line of its own.
	case w.cur != nil && w.closed && k == kText && w.items[i].field:
		// (四)项目内容及任务分解:… among an item's numbered fields: its
		// text, label and all.
		w.text.WriteString("\n" + strings.TrimSpace(t))
		w.cur.raw.last = l.N
	case w.cur != nil && w.closed && k == kText && taskLabelHeadRe.MatchString(t):
		// (十一)破产企业卫生管理 / 牵头单位:… 配合单位:… / 主要任务:1、…: the
		// task's own text, under its label after the labels.
		w.text.WriteString("\n" + strings.TrimSpace(t[len(taskLabelHeadRe.FindString(t)):]))
		w.cur.raw.last = l.N
	case w.cur != nil && w.closed && k == kText && targetHeadRe.MatchString(t) && !namesResponsibility(t):
		// 牵头单位:… / 责任单位:… / 任务目标:2024年度计划对…改造: what the
		// card's work is to reach, under its label after the labels: the
		// task's text, label and all.
		w.text.WriteString("\n" + strings.TrimSpace(t))
		w.cur.raw.last = l.N
	case w.cur != nil && w.closed && (k == kParen || k == kCircle) && !namesResponsibility(t):
		// 1.…。（责任部门：X） then （1）… naming no one: the sub-item is not
		// run into the item's text, where it would hide the bracket that
		// closes the item and lose its owners.
		w.after = append(w.after, l)
	case w.cur != nil && k == kText && closingRe.MatchString(t) && !namesResponsibility(t) && !runOnLabelRe.MatchString(t) &&
		!slices.ContainsFunc(w.kinds[i+1:], func(k kind) bool { return k != kText }):
		// 请各相关单位对本次巡查的问题认真整改，…: the closing request
		// after the last item is the notice's, not the item's.
		w.finish()
		n.Unplaced = append(n.Unplaced, l)
	case w.cur != nil && w.closed && k == kText && w.cur.sub == 0 && listHeading(w.first) && namesResponsibility(t):
		// (一)约束性指标 / 耕地保有量…。（市国土局牵头） / 单位工业增加值…。（…负责）:
		// under a heading naming a kind of content, each line closing
		// with its bracket is one more of its entries, split later.
		w.text.WriteString("\n" + t)
		w.cur.raw.last = l.N
	case w.cur != nil && w.unitLineOverItems(i):
		// 市卫生局 / 一、开展…: a unit's name over its items, numbered again.
		w.finish()
		n.Unplaced = append(n.Unplaced, l)
	case w.cur != nil && k == kText && w.countedUnits(l, t):
		// 1.…; 2.…; 3.…; 4.… / 4项目标的责任单位均为市发展改革委。: the line
		// names who answers for the items it counts above it.
	case w.cur != nil && k == kText && w.paraOwner != nil && w.paraOwner == w.ownHeading(w.section) && w.paraOwner.used && w.cur.Line > w.paraOwner.line.N &&
		!noProblem(t) && !subPointRe.MatchString(t) && !namesResponsibility(t) && !helperLineRe.MatchString(t) && !closingRe.MatchString(t):
		// 二、责任单位:县交通运输局 / 汽车站广场垃圾堆积。 / 客运站候车室卫生差。:
		// each problem under the heading naming who answers is a task.
		w.startTask(w.cur.Number+1, t, l.N)
	case w.belowOwners(k, t):
		// (二)“证照分离”改革。〔牵头单位:…〕 / 在2020年前全市实现…: the
		// task's text under the line naming its owners.
		w.below = append(w.below, l)
		w.cur.raw.last = l.N
	case w.cur != nil && (!w.closed || k != kText):
		if w.text.String() == w.first && (isHeadLine(w.first) || fieldLineUnder(w.first, t)) {
			w.text.WriteString("\n") // a title on a line of its own
		}
		w.text.WriteString(t)
		w.cur.raw.last = l.N
		if w.cur.raw.cell == 0 && unitLine(t) {
			w.cur.raw.cell = l.N
		}
		w.closed = w.closed || namesResponsibility(t)
	case k == kText && w.joinedUnitRows(i):
		// 序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值…:
		// a table of two unit columns run together, read from each row's end.
	case k == kText && w.joinedRows(l):
		// 序号项目名称…牵头协调部门牵头区领导…1十陵景区项目…区建设局王天刚郭代辉2…:
		// a table run together with its rows, read from each row's ends.
	case w.cur == nil && k == kText && i > 0 && w.unitParagraph(i):
		// 三、省委政法委 / 深入开展“平安乡村”创建活动,…。: the unit's work is
		// one paragraph, no item under its name: the paragraph is its task.
		w.startTask(1, t, l.N)
	case w.cur == nil && k == kText && i > 0 && w.labelledHeadingTask(i):
		// (七)市级园林单位(小区)创建 / 完成…。责任单位:…,完成时间:… / (八)…:
		// a heading with no item under it, its paragraph labelled.
	case w.cur == nil && k == kText && i > 0 && w.closingHeadingTask(i):
		// (一)开展全民阅读活动 / 办好书香节…。 / 市文化广电旅游局牵头，市教育局
		// 配合。: a heading with no item, its paragraph closing with who
		// does it.
	case k == kText && i > 0 && w.subParagraphTask(i):
		// 三、儋州市政府 / … / (二)预备重点项目(2个)。 / 儋州东坡…: the
		// sub-heading with its paragraph and no item is a task.
	case w.cur == nil && i > 0 && w.headingResp(w.items[i-1].line, l):
		// 一、治理畜牧业产品污染 / 由乡三农服务中心承办，乡畜牧站、卫生院配合。
	case w.cur == nil && i > 0 && w.headingLeaders(w.items[i-1].line, l):
		// 区发改局(2项) / 责任领导:张伟: the leader of the heading's items.
	case n.statesRule(l, w.scope()):
		// A rule for the tasks that follow (以下……不再单独列出, 排在第一位的为牵头单位).
		if !w.started {
			w.preamble = append(w.preamble, l)
		}
	case !w.started && len(w.titleLines) == 0 && len(w.preamble) == 0 && w.table == nil && len(orgList(t)) >= 2:
		// 中共XX县委     XX县人民政府 over a list's title: the bodies
		// issuing it, no part of the title.
		if n.Issuer == "" {
			n.Issuer = strings.Join(orgList(t), "、")
		}
	case !w.started && len(w.titleLines) > 0 && formUnitRe.MatchString(t):
		// 单位(盖章):区总工会 under a form's title: the body whose form it
		// is, no part of the title.
		m := formUnitRe.FindStringSubmatch(t)
		if n.Issuer == "" {
			n.Issuer = m[1]
		}
		if d, ok := dateOfLine(m[2]); m[2] != "" && ok && n.Date.IsZero() {
			n.Date = d // 填报日期:2023年7月5日 beside it: the form's date
		}
	case !w.started || len(n.Tasks) == 0 && w.cur == nil:
		// A title that has ended (…方案) takes no long line more: a
		// PDF's lines of the preamble under it look like titles too.
		// Nor does it take a unit's name alone (a table's cell, 镇创卫办),
		// and no line under a task table's header is the title.
		// Nor is a letter's line citing a document a break cut
		// (为了认真落实《…关于立).
		// Nor is a responsibility's label line (a middle page's head:
		// 主要责任单位:… / 项目负责人:… of the item on the page before).
		if !w.started && w.table == nil && k != kResp && isTitleLine(t) && !boxRule(t) && len(w.preamble) == 0 && !draftMarkRe.MatchString(t) && uncited(t) == t &&
			!matterLabelRe.MatchString(trimLine(t)) && // 督办事项：… under 督办单: the card's matter, no title
			!sentencePart(t, len(w.titleLines) > 0) &&
			!(endsTitle(strings.Join(w.titleLines, "")) && (preambleLine(t) || dashHeadingRe.MatchString(t))) &&
			!(len(w.titleLines) > 0 && (unitLine(t) || memberBody(t) || bracketHeadRe.MatchString(t)) && titleLike(strings.Join(w.titleLines, ""))) &&
			!(len(w.titleLines) > 0 && postedOnRe.MatchString(t)) &&
			!(len(w.titleLines) > 0 && listDateLabelRe.MatchString(t)) && // 印发日期：2024年3月12日 under the list's title
			!(len(w.titleLines) > 0 && legendRe.MatchString(t) && utf8.RuneCountInString(t) <= 30) && // (★为牵头单位) under the title: the marks' legend
			!(len(w.titleLines) > 0 && endsTitle(strings.Join(w.titleLines, "")) && i+1 < len(w.kinds) && (w.kinds[i+1] == kSub || w.kinds[i+1] == kNum)) { // …分工方案 / 深化旅游业改革开放 / (一)…: a heading that lost its number
			if m := provinceTagRe.FindStringSubmatchIndex(t); m != nil && len(w.titleLines) == 0 {
				t = t[m[2]:] // (湖北省)武汉市…方案: a site's tag for the province
			}
			if m := numberLedTitleRe.FindStringSubmatch(t); m != nil && len(w.titleLines) == 0 && endsTitle(m[2]) {
				// 永营办发〔2021〕3号 永城市贯彻《…》责任分工方案: the number
				// before a plan's title, on its line.
				t = m[2]
				if n.Number == "" {
					n.Number = m[1]
				}
			}
			w.titleLines = append(w.titleLines, t)
			w.titleAt = append(w.titleAt, l)
		} else {
			w.preamble = append(w.preamble, l)
		}
	default:
		n.Unplaced = append(n.Unplaced, l)
		if h := w.openHeading(); w.cur == nil && k == kText && h != nil {
			h.paras = append(h.paras, l) // the heading's own paragraph (headingParaTask)
		}
		if w.cur != nil && w.closed && k == kText && namesResponsibility(t) {
			// A paragraph after the item's responsibility that names
			// its own (…。（市生态环境局、市场监管局牵头…）), where a
			// page's break parted it from the item: its owners may be
			// the item's too.
			fields := []string{"owners"}
			if namesLeadWord(t) {
				fields = append(fields, "lead") // （牵头部门:法规处）: a lead unread too
			}
			for _, f := range fields {
				w.cur.review(f, l.N, atF(n.At(l.N), "{at}的段落写明了由谁负责，但没有编号，没有读作任务，也没有并入上一项；请核对它的责任单位是否属于本项",
					"the paragraph at {at} names who is responsible but has no number; it was read neither as a task nor as part of the item before: check whether its owners are this item's"))
			}
		}
	}
}

// belowOwners says a line of kind k is the text of a task of （一）
// items whose first line closes with the bracket of its owners: a
// paragraph, or its 1. items, under it. Run into the task's text, they
// hid the bracket, and its owners were lost; a paragraph was read as no
// task's at all, its time limit with it.
func (w *walker) belowOwners(k kind, t string) bool {
	if w.cur == nil || !w.closed || w.taskKind != kSub || (k != kText && k != kNum) || w.text.String() != w.first && len(w.below) == 0 {
		return false
	}
	if len(w.below) == 0 {
		if _, _, ok := trailingBracket(strings.TrimSpace(w.first)); !ok {
			return false
		}
	}
	if _, _, ok := closingBareBracket(t); ok {
		return false // …。(市税务局、市财政局): a paragraph naming its own units
	}
	return !closingRe.MatchString(t) && !closingParaRe.MatchString(t) && !namesResponsibility(t)
}

// listDateLabelRe is a list's date under its label: 印发日期：…, 制定日期:….
var listDateLabelRe = lazyRe(`^(?:印发|制定|成文|发布|发文)(?:日期|时间)\s*[：:]`)

// ownPointRe is a point numbered under its item's number with no space
// after it: 3.1推进….
var ownPointRe = lazyRe(`^(\d{1,2})[.．](\d{1,2})(?:[ \t\x{3000}]+\S|\p{Han})`)

// ownPointOf says a line is a point numbered under item num (3.1 under 3.).
func ownPointOf(t string, num int) bool {
	m := ownPointRe.FindStringSubmatch(trimLine(t))
	return m != nil && atoi(m[1]) == num && !quantityLeadRe.MatchString(trimLine(t))
}

// quantityLeadRe is a line opening with a figure with decimals and its
// unit (1.5万亩, 2.3亿元, 1.2公里), which reads as an item's number.
var quantityLeadRe = lazyRe(`^\d{1,3}[.．]\d{1,2}\s*(?:万|亿|千|百万|公里|千米|平方|亩|吨|元|%|％|公顷|立方|倍|米)`)

// targetHeadRe opens a card's line of what the work is to reach: 任务目标:,
// 工作目标:, 建设内容:.
var targetHeadRe = lazyRe(`^(?:任务|工作|年度|建设)?目标(?:任务)?\s*[：:]|^建设内容\s*[：:]|^(?:进度(?:和|及|与)?(?:工作)?(?:成果)?要求|进度安排|工作进度|时间进度|进度计划|推进计划|成果要求)\s*[：:]`)

// closingParaRe is a notice's closing paragraph after its last item: a
// request to report (各乡镇…要于…前将…报…), or a time for all the items
// (以上任务于…前全部完成).
var closingParaRe = lazyRe(`^(?:以上|上述|本方案|各乡镇|各部门|各单位|各地|县直|市直|区直)|前将.{0,40}报|报送|报县|报市|报区|工作总结`)

// closingRe opens a closing paragraph: a request to the units the notice
// is sent to (请各相关单位…, 请有关部门…).
var closingRe = lazyRe(`^请(?:各|有关|相关|全体|以上|上述|你|贵)`)

// subItem starts a task at a sub-item (1) or ① on a line of its own, under the
// item held back as its parent (3.改善居住条件。 → 3.1, 3.2 …).
func (w *walker) subItem(t string, line int) {
	if w.cur.sub == 0 {
		p := *w.cur
		p.Parent = strings.TrimRight(strings.TrimSpace(w.text.String()), "。：:；;")
		w.parent, w.cur = &p, nil
		w.text.Reset()
	}
	sub := 1
	if w.cur != nil {
		sub = w.cur.sub + 1
	}
	w.finish()
	text := strings.TrimLeft(strings.TrimPrefix(t, circleRe.FindString(t)), "、.． ")
	if m := taskParenRe.FindStringSubmatch(t); m != nil {
		text = m[2]
	}
	p := w.parent
	w.cur = &Task{Number: p.Number, Section: p.Section, Line: line, group: p.group, sub: sub,
		Parent: p.Parent, raw: raw{last: line}}
	if m := taskParenRe.FindStringSubmatch(t); m != nil && sub == 1 && atoi(m[1]) >= 2 {
		// (2)教育培训工程。…(就管中心), its item's only sub-item: one part
		// of the item picked out (blocks.go selectedSub), listed.
		w.cur.raw.picked = atoi(m[1])
		w.cur.sub = w.cur.raw.picked // 17.2, as the notice numbers it
	}
	w.text.WriteString(text)
	w.first = text
	w.closed = namesResponsibility(text)
}

// respLine reads a line of responsibility under a task: 牵头单位：…,
// 完成时限：…, or all of it in brackets.
func (w *walker) respLine(l Line) {
	t := unbracket(l.Text)
	if m := respLineRe.FindStringSubmatch(t); m != nil && isTimeLabel(m[1]) {
		if old := w.cur.raw.due; old.text != "" && old.label != m[1] && stagesLabelRe.MatchString(old.label) {
			// 时间节点：3月底前，制定推介方案；… / 完成时限：2025年10月底: the
			// stages are the task's milestones, kept in its text.
			w.text.WriteString("\n" + old.label + "：" + old.text)
		}
		w.cur.raw.due = piece{m[2], l.N, FromLabel, m[1]}
	} else {
		label := ""
		if m != nil {
			label = m[1]
		} else if q := qualifiedLabelRe.FindString(t); q != "" {
			label = strings.TrimRight(q[:strings.IndexAny(q, "：:")], " ") // 问题整改责任单位
			if qualifiedTimeRe.MatchString(label) {
				// 化解时限：2025年6月底: a time limit under a label of its own.
				value := strings.TrimSpace(strings.TrimLeft(t[strings.IndexAny(t, "：:"):], "：: "))
				w.cur.raw.due = piece{value, l.N, FromLabel, label}
				w.closed = true
				return
			}
		}
		w.cur.raw.resp = append(w.cur.raw.resp, piece{t, l.N, FromLabel, label})
		if strings.HasSuffix(label, "领导") && w.cur.sub > 0 {
			w.siblingsLeaders(piece{t, l.N, FromLabel, label})
		}
	}
	w.closed = true
}

// siblingsLeaders gives a leaders' label line under an item's last
// sub-item (6.… / （1）…（县委巡察办负责） / （2）… / 责任领导：刘建国、周强) to
// the item's other sub-items read before it too, each naming no leader of
// its own, listed: the line closes the item, not its last part alone.
func (w *walker) siblingsLeaders(p piece) {
	for i := len(w.n.Tasks) - 1; i >= 0; i-- {
		t := &w.n.Tasks[i]
		if t.Number != w.cur.Number || t.Section != w.cur.Section || t.sub == 0 {
			break
		}
		if slices.ContainsFunc(t.raw.resp, func(q piece) bool { return strings.HasSuffix(q.label, "领导") }) {
			continue
		}
		t.raw.resp = append(t.raw.resp, p)
		t.review("leaders", p.line, atF(w.n.At(p.line), "责任领导取自{at}，写在本项所属条目的最后一个分项之后，已用于这一条目的各个分项；请核对",
			"the leaders come from {at}, written after the last sub-item of the item this one belongs to, and were given to each of its sub-items: check them"))
	}
}

func isTimeLabel(label string) bool {
	return strings.HasPrefix(label, "完成") || strings.HasPrefix(label, "时间") || strings.HasPrefix(label, "时限") || label == "执行时间" || label == "进度安排" || label == "推进步骤" ||
		qualifiedTimeRe.MatchString(label)
}

// qualifiedTimeRe is a time limit's label a word qualifies: 整改时限, 整改时间,
// 办结期限.
var qualifiedTimeRe = lazyRe(`^\p{Han}{2,4}(?:时限|期限|时间)$`)

// scope is the section a rule stated here covers: the current sub-section
// or section.
func (w *walker) scope() string { return w.section }

func (w *walker) finish() {
	if w.cur == nil {
		return
	}
	w.cur.cut(strings.TrimSpace(w.text.String()))
	for _, l := range w.below {
		w.cur.Body += strings.TrimSpace(l.Text) + "\n"
	}
	w.headingLeadersOf(w.cur)
	h := w.ownHeading(w.cur.Section)
	if h != nil && h.due != nil {
		w.cur.raw.headDue = *h.due
	}
	if h == w.subH && h != nil && h.resp == nil && w.topH != nil && w.topH.resp != nil && w.topH.owner && !ownBody(h.sec.Title) {
		// 一、属住建局职责范围: / (一)文山路 / 1.…: the section's heading
		// names who answers for every item under it, sub-headings and all.
		h = w.topH
	}
	if h != nil && h.owner && ownBody(firstClause(w.cur.Title+"。"+w.cur.Body)) {
		// 一、责任单位:县住建局 / 2.县交通局要…: the item names its own
		// body, read from its words; the heading's is not put over it.
		h = nil
		if names := runSubjects(w.cur.Title + "。" + w.cur.Body); names != nil && len(w.cur.raw.resp) == 0 {
			who := strings.Join(names, "、")
			w.cur.raw.resp = []piece{{who + "负责", w.cur.Line, FromInline, ""}}
			w.cur.review("owners", w.cur.Line, i18n.F("这一项的文字写明了由“%s”去做，与所在小节标题写的责任单位不同，已读作责任单位；请核对", "the item's words give its work to %q, not to the unit its section heading names; read as its owners: check them", who))
		}
	}
	if h != nil && h.resp != nil && len(w.cur.raw.resp) == 0 {
		// The item names no one; the bracket of its heading does.
		p := *h.resp
		p.from = FromHeading
		h.respUsed = true
		if m := itemHelpersRe.FindStringSubmatch(strings.TrimSpace(w.cur.Title + w.cur.Body)); m != nil && h.owner && (unitNames(m[1]) || helperNames(readNames(m[1]).names)) {
			// (二)县财政局职责: / 1、保障救助资金,县民政局配合: the
			// heading's body, and the helpers the item names.
			p.text += "，" + m[1] + "配合"
			w.cur.raw.resp = []piece{p}
			w.cur.review("owners", p.line, atF(w.n.At(p.line), "本项只写了配合单位（%s），其余责任单位取自{at}的小节标题；请核对",
				"this item names only its helpers (%s); the other owners come from the section heading at {at}: check them", m[1]))
		} else {
			w.cur.raw.resp = []piece{p}
			w.cur.review("owners", p.line, atF(w.n.At(p.line), "本项没有写明责任单位，责任单位取自{at}的小节标题；请核对",
				"this item names no owners; they come from the section heading at {at}: check them"))
		}
	} else if h != nil && h.resp != nil {
		// 一、…（牵头单位：市政务服务局） over 1.…，各区政府负责。: the item
		// names its own owners; the section's lead is kept to be weighed
		// once the item's lead is read (sectionLeadReview).
		w.cur.raw.sectionLead, w.cur.raw.sectionAt = splitResp(h.resp.text).lead, h.resp.line
	}
	for _, l := range w.after {
		// Kept in the body, and listed: whether the item's owners are the
		// sub-item's too, the notice does not say.
		w.cur.Body += strings.TrimSpace(l.Text) + "\n"
		w.cur.review("owners", l.N, atF(w.n.At(l.N), "{at}的分项写在本条的责任单位之后，没有写明自己的责任单位，已并入本条正文；请核对它由谁负责",
			"the sub-item at {at} comes after this item's owners and names none of its own; it is kept in this item's text: check who is responsible for it"))
	}
	w.groupLabelOf(w.cur)
	w.closingBracketSection()
	w.n.Tasks = append(w.n.Tasks, *w.cur)
	w.cur, w.closed, w.after, w.below = nil, false, nil, nil
	w.text.Reset()
	w.shareFinished()
}

// dashHeadingRe is a heading set off by a dash (——推进教育高质量发展): under
// a title that has ended, a heading of the list, no more of the title.
var dashHeadingRe = lazyRe(`^\s*(?:——|--|─{2})`)

// provinceTagRe is a site's tag for the province in brackets before a
// city's list: (湖北省)武汉市2023年…方案, (湖北省)2023年咸宁市…方案.
var provinceTagRe = lazyRe(`^[（(]\p{Han}{1,6}(?:省|自治区)[）)](\p{Han}{1,8}?(?:市|州|盟|县|区)|(?:19|20)\d{2}\s*年)`)

// leadersOnlyRe is a heading's bracket that names the persons leading
// its section and no unit: （牵头领导：成坤、柯相国、王俊）.
var leadersOnlyRe = lazyRe(`^\s*(?:牵头|责任|分管|包保|联系|挂点)?(?:县|市|区|州)?(?:级)?领导\s*[：:]`)

// leadersOnly says a heading's bracket names leaders and no unit: the
// section's leaders, no task of its own (a table's section row 一、主要
// 经济社会发展指标…（牵头领导：…）, 郧阳 2023).
func leadersOnly(inner string) bool {
	return leadersOnlyRe.MatchString(inner) && !strings.Contains(inner, "单位") && !strings.Contains(inner, "部门")
}

// drop forgets a heading that no task made a section: before the first
// task it is part of the preamble (一、总体要求), else a line that could not
// be placed.
func (w *walker) drop(h **heading) {
	if *h != nil && (*h).resp != nil && !(*h).respUsed && !leadersOnly((*h).resp.text) && !w.headingLeadOver(*h) {
		w.headingTask(*h)
	}
	if *h != nil && (*h).resp == nil && !(*h).used && !(*h).early && !w.subjectHeadingTask(*h) && !w.headingParaTask(*h) {
		w.byHeadingTask(*h)
	}
	if *h != nil && !(*h).used && statesFirstLeads((*h).text) && !attachmentNamedRe.MatchString((*h).text) {
		// 一、分工原则 / (三)合理划分责任。…由多个单位负责的,排在第一位的为
		// 牵头单位;…: a principle of the division, no task, states the
		// rule for the items after it.
		w.n.addRule(rule{kind: ruleFirstLeads, line: (*h).line.N, multi: multiUnitsRe.MatchString((*h).text), general: true})
	}
	switch {
	case *h == nil || (*h).used:
	case (*h).early:
		w.preamble = append(w.preamble, (*h).line)
	default:
		w.n.Unplaced = append(w.n.Unplaced, (*h).line)
	}
	*h = nil
}

// headingLeaders reads a label line of leaders right under a heading (区发改局
// (2项) / 责任领导:张伟) as the leaders of the items under it, where none
// names its own (listed by headingLeads). It says whether it read the line.
func (w *walker) headingLeaders(prev, l Line) bool {
	h := w.subH
	if h == nil {
		h = w.topH
	}
	if h == nil || h.line.N != prev.N {
		return false
	}
	m := respLineRe.FindStringSubmatch(trimLine(l.Text))
	if m == nil || !strings.HasSuffix(m[1], "领导") {
		return false
	}
	names, _ := persons(m[2])
	if len(names) == 0 {
		return false
	}
	w.n.addRule(rule{kind: ruleHeading, line: l.N, scope: w.scope(), leaders: names})
	return true
}

func (w *walker) headingResp(prev, l Line) bool {
	h := w.subH
	if h == nil {
		h = w.topH
	}
	if h == nil || h.resp != nil || h.line.N != prev.N {
		return false
	}
	if m := sectionRespRe.FindStringSubmatch(trimLine(l.Text)); m != nil && unitNames(m[1]) {
		// 一、城市建设 / 以下任务由县住建局负责。 / 1.…: who does every
		// item of the section, said once under its heading.
		text := m[1] + m[2]
		if m[3] != "" {
			text += "，" + m[3] + "配合"
		}
		h.resp = &piece{text, l.N, FromInline, ""}
		return true
	}
	m := headingRespRe.FindStringSubmatch(trimLine(l.Text))
	if m == nil || !endsOrg(m[1]) {
		return false
	}
	h.resp = &piece{m[1] + "牵头，" + m[2] + "配合", l.N, FromInline, ""}
	return true
}

// sectionClosingRespRe is a sentence after a section's items naming who
// does them: 以上任务由县商务局负责, 本部分任务由县工信局牵头，各乡镇配合。
var sectionClosingRespRe = lazyRe(`^(?:以上|上述|本部分|本节|本章|该部分)(?:各项)?(?:任务|工作|事项|项目)?(?:均)?由(\p{Han}[^，,。；;由]{1,40}?)(负责|牵头(?:负责)?)(?:[，,]([^。；;]{2,200}?)(?:协办|配合|参与)(?:负责)?)?[。；;]?$`)

// sectionCloses reads such a sentence: the items of the current section
// naming no one of their own take its units, listed. It says whether it
// read one.
func (w *walker) sectionCloses(l Line) bool {
	m := sectionClosingRespRe.FindStringSubmatch(unbracket(trimLine(l.Text)))
	if m == nil || !unitNames(m[1]) {
		return false
	}
	sec := w.cur.Section
	w.finish()
	text := m[1] + m[2]
	if m[3] != "" {
		text += "，" + m[3] + "配合"
	}
	for i := range w.n.Tasks {
		t := &w.n.Tasks[i]
		if t.Section != sec || len(t.raw.resp) > 0 {
			continue
		}
		t.raw.resp = []piece{{text, l.N, FromHeading, ""}}
		t.review("owners", l.N, atF(w.n.At(l.N), "本项没有写明责任单位，责任单位取自{at}写明的这一部分任务由谁负责；请核对",
			"this item names no owners; they come from the sentence at {at} naming who does this part's tasks: check them"))
	}
	return true
}

// closingBracketSection reads the bracket closing a section's last item
// that speaks for the section's items (2.推进长江大保护。 / （以上任务由市生态
// 环境局负责）, read with the item as its bracket): the items before it
// naming no one take its units too, listed, as they do from the sentence
// without brackets (sectionCloses).
func (w *walker) closingBracketSection() {
	for _, p := range w.cur.raw.resp {
		m := sectionClosingRespRe.FindStringSubmatch(unbracket(strings.TrimSpace(p.text)))
		if p.from != FromBracket || m == nil || !unitNames(m[1]) {
			continue
		}
		text := m[1] + m[2]
		if m[3] != "" {
			text += "，" + m[3] + "配合"
		}
		for i := range w.n.Tasks {
			t := &w.n.Tasks[i]
			if t.Section != w.cur.Section || len(t.raw.resp) > 0 {
				continue
			}
			t.raw.resp = []piece{{text, p.line, FromHeading, ""}}
			t.review("owners", p.line, atF(w.n.At(p.line), "本项没有写明责任单位，责任单位取自{at}写明的这一部分任务由谁负责；请核对",
				"this item names no owners; they come from the sentence at {at} naming who does this part's tasks: check them"))
		}
		return
	}
}

// sectionRespRe is a sentence under a section's heading naming who does
// the items below it: 以下任务由县住建局负责。, 本部分任务由县交通运输局牵头，
// 县自然资源局配合。
var sectionRespRe = lazyRe(`^(?:以下|下列|本部分|本节|本章|该部分)(?:各项)?(?:任务|工作|事项|项目)?(?:均)?由(\p{Han}[^，,。；;由]{1,40}?)(负责|牵头(?:负责)?)(?:[，,]([^。；;]{2,200}?)(?:协办|配合|参与)(?:负责)?)?[。；;]?$`)

// ownHeading is the heading of a section, while it is open.
func (w *walker) ownHeading(section string) *heading {
	for _, h := range []*heading{w.subH, w.topH} {
		if h != nil && h.sec.ID == section {
			return h
		}
	}
	return nil
}

// headingTask makes a task of a heading that closes with its own bracket
// of owners that no item under it took: the owners are the heading's own,
// and they are never left unused. It stands before the items under it; where
// there are such items (each naming owners of its own), it is listed for
// review, since the notice's levels say it is a heading.
func (w *walker) headingTask(h *heading) {
	if h.owner {
		return // 二、责任单位:县住建局 over nothing: a field of a sheet, no task
	}
	t := Task{Number: h.num, Section: h.sec.ID, Line: h.line.N, group: h.group, raw: raw{last: h.line.N}}
	t.cut(h.text)
	if len(t.raw.resp) == 0 {
		// Its owners stand in the paragraph under it (headingResp).
		t.raw.resp = []piece{*h.resp}
		t.review("owners", h.resp.line, atF(w.n.At(h.resp.line), "{at}这段话写明了由谁承办（牵头）、谁配合，下面没有写明责任单位的条目：已把上面的小节标题读作一项任务；请核对",
			"the paragraph at {at} says who leads and who assists, and no item under it names its owners: the section heading above it was read as a task; check it"))
	}
	if !h.used {
		// No item under it: the heading is the task.
		w.headingAsTask(h, t)
		return
	}
	t.review("owners", h.line.N, atF(w.n.At(h.line.N), "{at}的小节标题末尾写明了自己的责任单位，它下面的各项也各有责任单位；已把这个标题读作一项任务，请核对",
		"the section heading at {at} closes with owners of its own, and the items under it name theirs: the heading was read as a task of its own; check it"))
	w.n.Tasks = append(w.n.Tasks[:h.first], append([]Task{t}, w.n.Tasks[h.first:]...)...)
}

// headingAsTask adds t, read from heading h with no item under it, as a
// task of h's section: the section is added, h (and the heading above a
// sub-heading) marked used.
func (w *walker) headingAsTask(h *heading, t Task) {
	w.n.Sections = append(w.n.Sections, h.sec)
	h.used = true
	if h == w.subH && w.topH != nil && !w.topH.used {
		w.topH.used, w.topH.first = true, len(w.n.Tasks)
	}
	if t.group[0] == 0 {
		t.group = []int{len(w.n.Sections), 0}
	}
	w.n.Tasks = append(w.n.Tasks, t)
}

// headingNumber is a heading's own number: 8 for （八）.
func headingNumber(t string) int {
	if m := topMatch(t); m != nil {
		return chineseNumber(m[1])
	}
	if m := subRe.FindStringSubmatch(t); m != nil {
		return chineseNumber(m[1])
	}
	return 0
}

// heading opens a section (一、) or a sub-section (（一）). Under a section,
// a sub-section is a section of its own, named by both numbers (一（二）).
// A heading becomes a section when a task falls in it; the heading of a
// section whose items all sit in sub-sections is kept in theirs (Parent).
func (w *walker) heading(l Line) {
	if m := topMatch(l.Text); m != nil {
		w.top, w.sub = m[1], ""
		w.addSection(m[1], m[2], l, true)
		return
	}
	m := subRe.FindStringSubmatch(l.Text)
	w.sub = m[1]
	if w.top == "" {
		w.addSection(m[1], m[2], l, true)
		return
	}
	w.addSection(w.top+"（"+m[1]+"）", m[2], l, false)
}

// townNameRe is a township or a community named as who answers: 凤城镇,
// 城关街道, 龙源社区.
var townNameRe = lazyRe(`^\p{Han}{1,8}(?:镇|乡|街道|街道办事处|社区|村)$`)

// shareLabel gives a label line under a run of items, none of which names
// its owners (1.厂区门口未设置疫情防控; / 2.食品添加剂堆放不规范。 / 整改责任单位:
// 县市场监督管理局 整改时限:…), to every item of the run, each listed: the
// run is a group of problems the label closes, as a bulletin gives them.
// A run is numbered from 1, or is the items under the section's heading
// (一、水污染问题 / 1.… / 2.… / label, the numbers running on across the
// sections). Where an item of it names owners in any way, the label is
// the last item's alone. A run is read as a group where the group before
// it closed with a label too; the list's first group, before any such,
// is given its label once a later group is read so (pendingRun).
func (w *walker) shareLabel(l Line) {
	if len(w.sharedRun) > 0 && w.cur.raw.due.text != "" && w.cur.raw.due.line == l.N {
		// 整改责任单位:… / 整改时限:… on a line of its own after the label
		// shared: the group's time limit, for its items naming no date.
		for _, k := range w.sharedRun {
			if t := &w.n.Tasks[k]; t.raw.due.text == "" && !itemDateRe.MatchString(t.Title+"。"+t.Body) {
				t.raw.due = w.cur.raw.due
			}
		}
		return
	}
	if w.cur.sub > 0 || w.cur.Number < 2 || w.n.schedule.Text != "" {
		return
	}
	first := w.labelRun()
	if first < 0 {
		return
	}
	run := w.n.Tasks[first:]
	for k, t := range run {
		if t.Number != run[0].Number+k || t.Section != w.cur.Section || !slices.Equal(t.group, w.cur.group) || t.sub > 0 || len(t.raw.resp) > 0 || t.raw.due.text != "" ||
			ownUnitsSaid(t.Title+"。"+t.Body) || ownBody(t.Title+"。"+t.Body) {
			return
		}
		if names, _, _, _ := dutyOpening(t.Title); names != nil {
			return // 1.县教育局:…, 1.教育部门要…: the item names its own body
		}
	}
	g := sharedGroup{first: first, n: len(run), line: l.N, number: w.cur.Number, resp: slices.Clone(w.cur.raw.resp), due: w.cur.raw.due}
	// The item before the run closed with a label of its own: the run is
	// one group of a list of groups. The list's first group waits for the
	// second to be read so.
	if first == 0 || !closedByLabel(w.n.Tasks[first-1]) {
		if w.pendingRun == nil && (first == 0 || !closedByLabel(w.n.Tasks[first-1])) {
			w.pendingRun = &g
		}
		return
	}
	w.shareGroup(g, true)
	w.shareAtFinish = &g
	if p := w.pendingRun; p != nil && p.first+p.n < first {
		w.shareGroup(w.labelled(*p), false)
		w.pendingRun = nil
	}
}

// labelled gives a group what its label's own item read, the item read
// whole (the label's line may hold a leader and a time limit read after
// its units).
func (w *walker) labelled(g sharedGroup) sharedGroup {
	own := w.n.Tasks[g.first+g.n]
	g.resp, g.due = slices.Clone(own.raw.resp), own.raw.due
	return g
}

// shareFinished gives a group shared while its label's item was read
// what that item read in all, once it is read whole.
func (w *walker) shareFinished() {
	g := w.shareAtFinish
	w.shareAtFinish = nil
	if g == nil || g.first+g.n >= len(w.n.Tasks) {
		return
	}
	full := w.labelled(*g)
	for k := range full.n {
		t := &w.n.Tasks[full.first+k]
		if t.raw.due.text == "" && !itemDateRe.MatchString(t.Title+"。"+t.Body) {
			t.raw.due = full.due
		}
		dated := itemDateRe.MatchString(t.Title + "。" + t.Body)
		for _, p := range full.resp {
			if dated && dueHead.MatchString(p.label) {
				continue // the item's own date stays its own
			}
			if !slices.ContainsFunc(t.raw.resp, func(q piece) bool { return q.label == p.label && q.line == p.line }) {
				t.raw.resp = append(t.raw.resp, p)
			}
		}
	}
}

// sharedGroup is a run of items a label closes: from task first, n of
// them (the label's own item not among them), the label at line, the
// last item's number, and what the label gives.
type sharedGroup struct {
	first, n, line, number int
	resp                   []piece
	due                    piece
}

// labelRun finds the run of items the current item closes with a label:
// where it starts among the tasks (-1 for none). The run is numbered from
// 1 in the current section, or is all the items under the section's
// heading, numbered on from the section before.
func (w *walker) labelRun() int {
	if first := len(w.n.Tasks) - (w.cur.Number - 1); first >= 0 && first < len(w.n.Tasks) && w.n.Tasks[first].Number == 1 &&
		!slices.ContainsFunc(w.n.Tasks[first:], func(t Task) bool { return t.Section != w.cur.Section }) {
		return first
	}
	if w.cur.Section == "" {
		return -1
	}
	first := len(w.n.Tasks)
	for first > 0 && w.n.Tasks[first-1].Section == w.cur.Section {
		first--
	}
	if first == len(w.n.Tasks) || w.n.Tasks[first].Number < 2 || w.n.Tasks[first].Number+(len(w.n.Tasks)-first) != w.cur.Number {
		return -1
	}
	return first
}

// closedByLabel says a task's owners were named on it: a label, a bracket.
func closedByLabel(t Task) bool {
	return len(t.raw.resp) > 0 || ownUnitsSaid(t.Title+"。"+t.Body)
}

// shareGroup gives a group's label to each item of it; mine says the
// group is the current item's (its run may take a time limit's line
// after the label).
func (w *walker) shareGroup(g sharedGroup, mine bool) {
	for k := range g.n {
		t := &w.n.Tasks[g.first+k]
		if len(t.raw.resp) > 0 {
			continue
		}
		if mine {
			w.sharedRun = append(w.sharedRun, g.first+k)
		}
		t.raw.resp = slices.Clone(g.resp)
		if !itemDateRe.MatchString(t.Title + "。" + t.Body) {
			t.raw.due = g.due
		} else {
			// An item's own date stays its own: the label's time limit,
			// on the label's line, is the group's other items'.
			for j := range t.raw.resp {
				if loc := timeLabelInRe.FindStringIndex(t.raw.resp[j].text); loc != nil {
					t.raw.resp[j].text = strings.TrimSpace(t.raw.resp[j].text[:loc[0]])
				}
			}
		}
		from, to := w.n.Tasks[g.first].Number, g.number
		t.review("owners", g.line, atF(w.n.At(g.line), "{at}的标签写在一组问题（第 "+strconv.Itoa(from)+" 至 %d 项）之后，已用于这一组的每一项；请核对",
			"the label at {at} closes a group of problems (items "+strconv.Itoa(from)+" to %d); it was given to each of them: check it", to))
	}
}

// timeLabelInRe is a time limit's label run on after units on a label's
// line: … 整改时限:….
var timeLabelInRe = lazyRe(`[ \t\x{3000}，,；;]*\p{Han}{0,2}(?:时限|期限|完成时间)\s*[：:]`)

// itemDateRe is a date an item's own text gives: 8月10日前, 6月底, 2024年.
var itemDateRe = lazyRe(`\d{1,2}\s*月|(?:19|20)\d{2}\s*年|年底|年内|季度`)

// countedUnitsRe is a line naming who answers for the items above it,
// counting them: 4项目标的责任单位均为市发展改革委。, 该目标责任单位为市经委。
var countedUnitsRe = lazyRe(`^(?:(\d{1,2}|[一二三四五六七八九十两])项(?:目标|任务|工作|指标)?|该项?(?:目标|任务|工作|指标)?)的?(?:责任单位|责任部门)(?:均|都)?为\s*([^。；;]{2,80}?)\s*[。；;]?$`)

// countedUnits gives the units a countedUnitsRe line names to the items it
// counts, the item open and those read before it in its section that name
// no one; it says whether the line was one.
func (w *walker) countedUnits(l Line, t string) bool {
	m := countedUnitsRe.FindStringSubmatch(t)
	if m == nil || !unitList(m[2]) {
		return false
	}
	count := 1
	if m[1] != "" {
		if count = atoi(m[1]); count == 0 {
			count = chineseNumber(strings.ReplaceAll(m[1], "两", "二"))
		}
	}
	// The items it counts: the one open and those before it in its
	// section, none naming its own owners; a count the items above do
	// not make up leaves the line for a person to read.
	if len(w.cur.raw.resp) > 0 || ownUnitsSaid(w.text.String()) || count < 1 || len(w.n.Tasks) < count-1 {
		return false
	}
	for k := len(w.n.Tasks) - 1; k >= len(w.n.Tasks)-(count-1); k-- {
		t := w.n.Tasks[k]
		if t.Section != w.cur.Section || len(t.raw.resp) > 0 || ownUnitsSaid(t.Title+"。"+t.Body) {
			return false
		}
	}
	p := piece{"责任单位：" + m[2], l.N, FromLabel, "责任单位"}
	w.cur.raw.resp = append(w.cur.raw.resp, p)
	w.cur.raw.last = l.N
	w.finish()
	for k := len(w.n.Tasks) - 2; k >= 0 && k >= len(w.n.Tasks)-count; k-- {
		w.n.Tasks[k].raw.resp = []piece{p}
	}
	return true
}

// ownUnitsSaid says an item's text names its own units: a bracket or label
// of them, or 责任单位为县统计局 in its sentence.
func ownUnitsSaid(text string) bool {
	return namesResponsibility(text) || ownUnitsRe.MatchString(text) || labelRe.MatchString(text)
}

// ownUnitsRe is an item's sentence naming its units: …,责任单位为县统计局.
var ownUnitsRe = lazyRe(`责任(?:单位|部门)(?:均|都)?(?:为|是)`)

// ownBody says an item's or a sub-heading's words name the body doing it:
// 县交通局要…, 由县自然资源局负责…, 县市场监管局负责的东风路.
func ownBody(text string) bool {
	return runSubjects(text) != nil || byClauseRe.MatchString(text)
}

// headingOwnerRe is a heading that is only who answers for the items
// under it: 责任单位:综合执法局, 属住建局职责范围:, 整改责任单位:县住建局.
var headingOwnerRe = lazyRe(`^(?:(?:整改)?责任(?:单位|部门)\s*[：:]\s*([^，,。；;：:（）()\s]{2,30})|属于?([^，,。；;：:（）()\s]{2,20}?)的?(?:职责|管辖|工作)范围\s*[：:]?)\s*$`)

// bodyDutiesHeadingRe is a heading naming a body's duties, with a
// sentence of them after its colon or none: (一)旗民政局职责:承担对全旗…
// 的监管责任。, (二)苏木镇职责:, 县教育局工作职责. The items under it are
// that body's.
var bodyDutiesHeadingRe = lazyRe(`^()((?:[^，,。；;：:（）()\s]|[（(][^（）()]{1,6}[）)]){2,20}?)的?(?:主要|工作|具体)?职责\s*(?:[：:].*)?$`)

// levelsRe is the bodies of a level named as a whole: 镇乡, 各乡镇, 各街道,
// 村(社区), 乡镇(街道).
var levelsRe = lazyRe(`^各?(?:乡镇|镇乡|镇街|乡镇街道|镇|乡|街道|县区|区县|县市区|村|社区|村居)(?:[（(](?:乡镇|镇|街道|社区|村|居)[）)])?$`)

// firstClause is an item's text up to its first comma or stop: the work
// and who does it, where the item opens with them (县交通局要…), not a body
// a later clause names (…,县审计局负责监督: who oversees it).
func firstClause(text string) string {
	if i := strings.IndexAny(text, "，,。；;"); i >= 0 {
		return text[:i]
	}
	return text
}

// itemHelpersRe is an item's last clause naming only who helps: …,县民政局
// 配合。 The group is the helpers.
var itemHelpersRe = lazyRe(`[，,]\s*([^，,。；;：:（()）“”《》由\s]{2,60}?)(?:配合|协助|协办)[。；;]?$`)

// stageHeadRe is a heading closed by a bracket holding only the time of
// its stage: 部署发动(6月份), 集中整治(7月底前), 推进实施(6月—8月),
// 总结验收(2017年12月). The groups are the heading and the time.
var stageHeadRe = lazyRe(`^(\S.*?)\s*[（(]\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:份|底|中旬|下旬|上旬)?(?:前|以前|之前)?(?:\s*(?:[-—–~～至到])\s*(?:\d{4}\s*年\s*|次年|翌年)?\d{1,2}\s*月(?:份|底|上旬|中旬|下旬)?(?:前|以前|之前)?)?)\s*[）)]$`)

// membersRe is the members of a group named as a whole: 成员单位, 各成员单位,
// 领导小组成员单位.
var membersRe = lazyRe(`(?:成员单位|成员|各单位|各部门|有关单位|有关部门|相关单位|相关部门)$`)

// headingOwner is the body a heading names as who answers for its items,
// "" where it is no such heading.
func headingOwner(title string) string {
	m := headingOwnerRe.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil {
		m = bodyDutiesHeadingRe.FindStringSubmatch(strings.TrimSpace(title))
		if m != nil && (!endsOrg(m[2]) && !townNameRe.MatchString(m[2]) && !levelsRe.MatchString(m[2]) || membersRe.MatchString(m[2]) || strings.Contains(m[2], "、")) {
			// (三、成员单位职责 over the members' own duties; 各村党组织
			// 意识形态工作职责: a post's duties, no body's.)
			return ""
		}
	}
	if m == nil {
		return ""
	}
	who := m[1] + m[2]
	if oddNameRe.MatchString(who) && !strings.Contains(who, "、") {
		return ""
	}
	for _, p := range splitTop(who, "、") {
		if !bodyName(p) && !endsOrg(p) && !Collective(p) && !townNameRe.MatchString(p) && !levelsRe.MatchString(p) {
			return "" // 属市级以上管辖范围: a level, no body
		}
	}
	return who
}

// maxHeadingTitle is the longest first sentence of a heading taken as the
// section's title, in characters.
const maxHeadingTitle = 40

func (w *walker) addSection(id, title string, l Line, isTop bool) {
	w.finish()
	w.drop(&w.subH)
	w.section, w.started = id, true
	// A rule in the heading's brackets covers the section: （以下……不再单独列出）.
	full := title
	var resp *piece
	owner := false // the heading is only who answers (headingOwner)
	var due *piece
	if m := stageHeadRe.FindStringSubmatch(strings.TrimRight(title, "。 ")); m != nil {
		// (一)部署发动(6月份): the time of the stage the items under it
		// are done in, no one named.
		title, due = m[1], &piece{m[2], l.N, FromHeading, ""}
	}
	rest, inner, ok := trailingBracket(title)
	if ok && countBracketRe.MatchString("（"+inner+"）") {
		// 区商务局(牵头,1项): how many items the heading's body has, no
		// bracket of owners (unitHeading reads the body).
		ok = false
	}
	if ok && w.n.statesRule(Line{l.N, inner}, id) {
		title = rest
	} else if ok {
		// The heading names who is responsible: for the items under it
		// that name no one, or for itself (see headingTask).
		title, resp = rest, &piece{inner, l.N, FromBracket, ""}
	} else if m := sectionRespRe.FindStringSubmatch(strings.TrimRight(trimLine(title), "：:")); m != nil && unitNames(m[1]) {
		// 二、以下任务由县卫健委负责。 / 1.…: the heading says who does the
		// items under it, as a sentence under a heading does.
		text := m[1] + m[2]
		if m[3] != "" {
			text += "，" + m[3] + "配合"
		}
		resp = &piece{text, l.N, FromInline, ""}
	} else if who := headingOwner(title); who != "" {
		// 一、责任单位:综合执法局, 一、属住建局职责范围: the heading is who
		// answers for the items under it, as a bracket closing it is.
		resp, owner = &piece{who + "负责", l.N, FromBracket, ""}, true
		if i := strings.IndexAny(title, "：:"); i > 0 && bodyDutiesHeadingRe.MatchString(title) {
			// (一)旗民政局职责:承担…: the heading's title is the body's
			// duties; the sentence after the colon, the preamble.
			_, n := utf8.DecodeRuneInString(title[i:])
			if rest := strings.TrimSpace(title[i+n:]); rest != "" {
				title = title[:i] + "。" + rest
			}
		}
	} else if who := strings.TrimRight(strings.TrimSpace(title), "：:"); !isTop && !w.n.setsUpGroup && w.topH != nil && dutySectionRe.MatchString(strings.TrimRight(trimLine(w.topH.sec.Title), "：: ")) &&
		bodyName(who) && utf8.RuneCountInString(who) <= 10 && !strings.ContainsAny(who, "，,。；;、（）() ") && !Collective(who) {
		// 五、责任分工 / (一)党政办 / 负责策划宣传造势…: under a division of
		// duties a sub-heading that is a body's name alone is who answers
		// for what stands under it.
		resp, owner = &piece{who + "负责", l.N, FromBracket, ""}, true
	} else if who := bodyHeadingTitle(title); isTop && who != "" && w.bodyHeads >= 2 && !w.n.setsUpGroup {
		// 一、党政办公室 / 负责督查…, 二、保卫部、武装部 / 1.负责督查…: a
		// division of duties by body under headings naming them.
		resp, owner = &piece{who + "负责", l.N, FromBracket, ""}, true
	}
	title = strings.TrimRight(title, "。")
	// A heading that is a whole paragraph (（一）产业提升人才行动计划。围绕…，
	// 实施如下重点项目：) is titled by its first sentence; the rest is the
	// section's preamble.
	preamble := ""
	if i := strings.Index(title, "。"); i > 0 && len([]rune(title[:i])) <= maxHeadingTitle {
		title, preamble = strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len("。"):])
	}
	w.n.headingStatesLead(title, l.N, id)
	w.n.headingLines = append(w.n.headingLines, l.N)
	h := &heading{sec: Section{ID: id, Title: title, Preamble: preamble}, line: l, early: len(w.n.Tasks) == 0,
		resp: resp, owner: owner, due: due, text: full, num: headingNumber(l.Text), group: []int{chineseNumber(w.top), chineseNumber(w.sub)}}
	if isTop {
		w.drop(&w.topH)
		w.topH = h
	} else {
		h.sec.Parent = w.topH.sec.ID + "、" + w.topH.sec.Title
		w.subH = h
	}
}

func (w *walker) startTask(num int, text string, line int) {
	w.finish()
	w.groupFresh = false
	w.sharedRun = nil
	n := w.n
	for _, h := range []*heading{w.topH, w.subH} {
		if h != nil && h.sec.ID == w.section && !h.used {
			h.first = len(n.Tasks)
			n.Sections = append(n.Sections, h.sec)
			h.used = true
			if h == w.subH && !w.topH.used {
				w.topH.used, w.topH.first = true, len(n.Tasks)
			}
		}
	}
	if w.section == "" {
		w.section = "一"
		if w.taskKind != kTop {
			w.section = defaultSection(w.items, w.kinds)
		}
		n.Sections = append(n.Sections, Section{ID: w.section, Title: "重点工作任务"})
	}
	group := []int{chineseNumber(w.top), chineseNumber(w.sub)}
	if group[0] == 0 {
		group = []int{len(n.Sections), 0}
	}
	w.cur = &Task{Number: num, Section: w.section, Line: line, group: group, raw: raw{last: line}}
	w.text.WriteString(text)
	w.first = text
	w.closed = namesResponsibility(text)
	w.started = true
}

// inSequence lists the task just started at an item numbered num where
// the number does not follow the last one of its level and so may be no
// item's: a page's number, a quantity a PDF's line broke before, a date
// (after 3 comes 17, or 06 under （五）). broken says the item before
// stops inside a sentence, as a line a page broke does: then any number
// but the next is listed. Else a list may start again at 1, the first
// item read may have any number (a page's copy starts where it starts),
// and a notice may skip a few numbers, or any in a new section (an
// excerpt: 2. then 4., row 3 then row 68 under the next heading); a
// table's row may repeat its number (a row split in two).
func (w *walker) inSequence(k kind, num, line int, broken bool) {
	if w.seq == nil {
		w.seq = map[kind]seqAt{}
	}
	prev, seen := w.seq[k]
	if !seen || w.cur == nil || num == prev.num+1 || k == kRow && num == prev.num ||
		!broken && (num == 1 || num > prev.num && (prev.section != w.section || num <= prev.num+maxSkipped+1)) {
		w.seq[k] = seqAt{num, w.section}
		return
	}
	// The items after follow the last number in sequence, not this one.
	w.cur.review("owners", line, atF(w.n.At(line), "{at}的编号%d没有接着上一项的编号%d：它可能不是一项任务（页码、被换行断开的数字），上一项的正文也可能因此不全；请核对",
		"the number %d at {at} does not follow the item before it, %d: it may be no task (a page number, a figure a line break cut off) and the item before may have lost the rest of its text; check them",
		num, prev.num))
}

// itemBefore lists the first item read, numbered num past 1, where one
// of the few lines of text before it holds the item before, numbered in
// the run of a paragraph (会议确定：1.由办公室（政策调研室） / 负责，…。 /
// 2.由…): a PDF's line broke that item off its number and it was not
// read.
func (w *walker) itemBefore(i, num int) {
	want := strconv.Itoa(num - 1)
	for j, seen := i-1, 0; j >= 0 && seen < 3; j, seen = j-1, seen+1 {
		if w.kinds[j] != kText {
			return
		}
		t := w.items[j].line.Text
		for _, before := range []string{"：", ":", "。", "；", ";", " "} {
			for _, after := range []string{".", "．", "、"} {
				if strings.Contains(t, before+want+after) {
					l := w.items[j].line.N
					w.cur.review("owners", l, atF(w.n.At(l), "{at}的段落中写有第%s项，没有读作任务；请核对是否漏了这一项",
						"the paragraph at {at} holds item %s, which was not read as a task: check whether it is missing", want))
					return
				}
			}
		}
	}
}

// postedOnRe is a post's line of date and source under its heading: 时间:
// 2025-09-19 来源:政府办. No part of the title above it.
var postedOnRe = lazyRe(`^(?:发布)?时间\s*[：:]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+(?:来源|作者|发布者|阅读量|浏览次数|点击数)\s*[：:]`)

// maxSkipped is how many numbers a notice may skip between two items
// without a word: an excerpt leaves out a few.
const maxSkipped = 4

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

// dueGoesOn adds line l to the task's time limit where the limit's text
// ends on the line above it with a 、，； going on, and l is a limit alone
// (6月底前完成整治；, 长期坚持). It says whether it did.
func (w *walker) dueGoesOn(prev, l Line) bool {
	due := &w.cur.raw.due
	empty := due.text == "" && due.line == prev.N && due.label != "" // 时间节点： / 3月底前，制定推介方案；
	if !empty && (due.text == "" || due.line != prev.N && !strings.HasSuffix(due.text, trimLine(prev.Text))) {
		return false
	}
	if p := strings.TrimSpace(prev.Text); !empty && !strings.HasSuffix(p, "；") && !strings.HasSuffix(p, ";") && !strings.HasSuffix(p, "，") && !strings.HasSuffix(p, ",") {
		return false
	}
	t := trimLine(l.Text)
	if !limitClauseRe.MatchString(strings.TrimRight(t, "；;，,。")) && !(stagesLabelRe.MatchString(due.label) && stageLineRe.MatchString(t)) {
		return false
	}
	due.text = strings.TrimSpace(due.text) + t
	w.cur.raw.last = l.N
	return true
}

// stagesLabelRe is a label of a task's stages, each with its time: 时间节点,
// 进度安排.
var stagesLabelRe = lazyRe(`^(?:时间节点|节点安排|进度安排|时间安排|推进步骤|进度要求)$`)

// stageLineRe is a stage under such a label: a time, then the work done by
// it (5月中旬，举办长三角专场推介会；).
var stageLineRe = lazyRe(`^(?:(?:19|20)\d{2}\s*年)?(?:\d{1,2}\s*月|[一二三四1-4]\s*季度|上半年|下半年|年底|年内)[^。；;]{0,40}[；;。，,]?$`)

// unitsGoOn adds line t to the label line above it where the label's list
// of names goes on there: the label line ends in a name, with no stop,
// and t holds names only, apart by 、 (or one name, where a label line
// follows it: labelNext). It says whether it did.
func (w *walker) unitsGoOn(label, t string, labelNext bool) bool {
	label, t = trimLine(label), strings.TrimRight(trimLine(t), "。；;")
	if m := respLineRe.FindStringSubmatch(unbracket(label)); m == nil || isTimeLabel(m[1]) || strings.HasSuffix(m[1], "领导") || personsLabel(m[1]) {
		return false // 完成时限：… / 县住建局: no list of units goes on
	}
	if strings.HasSuffix(label, "。") || strings.HasSuffix(label, "；") || !strings.Contains(t, "、") && !labelNext || strings.ContainsAny(t, "，,：:") {
		// One name alone on the line is a unit heading the items under
		// it, or the signature, as often as the list's last name; not
		// between two label lines (责任单位：县财政局 / 县住建局 / 完成时限：…).
		return false
	}
	r := readNames(t)
	if len(r.names) == 0 || len(r.open) > 0 || slices.ContainsFunc(r.names, func(n string) bool { return !endsOrg(n) && !Collective(n) || oddNameRe.MatchString(n) }) {
		return false
	}
	for k := len(w.cur.raw.resp) - 1; k >= 0; k-- {
		if p := &w.cur.raw.resp[k]; p.line == w.cur.raw.last || strings.HasSuffix(label, trimLine(p.text)) || strings.Contains(label, trimLine(p.text)) {
			p.text = strings.TrimRight(p.text, "。；; ") + "、" + t
			return true
		}
	}
	return false
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

// decimalHeadRe is a cell opening with a decimal figure and its unit
// (1.5万名教师…, 2.35亿元…), not with an item's number: a year after the
// number (5.2006年春完成…) is the item's words, and so is a count of
// things no decimal counts (2.3所薄弱学校…, 3.10个乡镇…).
var decimalHeadRe = lazyRe(`^\d{1,3}[.．]\d{1,2}\s*(?:[%％‰万亿倍吨亩]|公里|平方|千米|千克|个百分点)`)

// nonBodies says a run of names after 由 names no body an office answers
// to: a person or a post (市委书记, 分管副市长), a meeting (市政府常务会议),
// those the work concerns (企业, 沿街商户, 居民自行). Such an item's owners
// are left for a person to write, listed, not made units.
func nonBodies(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "由"), "负责")
	if strings.Contains(s, "自行") {
		return true
	}
	for _, n := range readNames(s).names {
		if nonBodyRe.MatchString(n) {
			return true
		}
	}
	return false
}

// nonBodyRe ends a name that is no body: a post, a person, a meeting, the
// people or firms the work concerns.
var nonBodyRe = lazyRe(`(?:书记|[省市县区州旗乡镇]长|主任|局长|同志|领导|会议|办公会|常务会|联席会|^企业|各?企业|商户|经营户|居民|群众|市民|村民|个人|业主|房东|用人单位|产权单位|生产经营单位|建设单位|施工单位|热线|信箱)$`)

// workBeforeUnitRe is the words of a work run into the unit's name after
// them: 重大活动安保工作市公安局牵头 names 市公安局, not a body called so.
var workBeforeUnitRe = lazyRe(`(?:工作|活动|任务|项目|整治|值班|安保)(?:各|[省市县区州镇乡])`)
