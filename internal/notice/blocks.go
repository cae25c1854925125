package notice

// Stage 2 of the import: blocks. Each line (or table row) is classified —
// a section heading 一、, a sub-section （一）, an item 1. or （1）, a line of
// responsibility 牵头单位：…, a table row — and the notice's hierarchy is
// found: which level holds the tasks, which levels are sections above
// them, which are sub-items inside them.

import (
	"slices"
	"strings"
	"unicode/utf8"
)

var (
	sectionRe   = lazyRe(`^(?:第([一二三四五六七八九十]+)(?:部分|章|篇)\s*[、.．：:]?|(?:活动|行动)?([一二三四五六七八九十]+)\s*[、.．])\s*(.*)$`)
	subRe       = lazyRe(`^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*[、.．]?\s*(.*)$`)
	taskRe      = lazyRe(`^(\d{1,3})\s*[.．、]\s*(.*)$`)
	taskParenRe = lazyRe(`^[（(]\s*(\d{1,3})\s*[）)]\s*[、.．]?\s*(.*)$`)
	respLineRe  = lazyRe(`^(` + respLabels + `)` + labelNote + `\s*[：:]\s*(.*)$`)
	attachRe    = lazyRe(`^附件\s*[：:\d]`)
	circleRe    = lazyRe(`^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]`)
	// respWholeRe is a line that is all responsibility in brackets:
	// （牵头单位：…；配合单位：…）.
	respWholeRe = lazyRe(`^[（(【\[〔]\s*(` + respLabels + `)` + labelNote + `\s*[：:]`)
)

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

func classify(it item) kind {
	if it.row != nil {
		return kRow
	}
	if it.field {
		return kText // an item's field numbered as its part, or a step under one
	}
	t := it.line.Text
	switch {
	case sectionRe.MatchString(t):
		return kTop
	case subRe.MatchString(t):
		return kSub
	case taskRe.MatchString(t) && !dottedDateRe.MatchString(t), proposalNumRe.MatchString(t), it.article:
		return kNum
	case taskParenRe.MatchString(t):
		return kParen
	case circleRe.MatchString(t):
		return kCircle
	case respLineRe.MatchString(t) || respWholeRe.MatchString(t) || qualifiedLabelRe.MatchString(t) || unitsAreRespLine(t) || unitPersonsLineRe.MatchString(t):
		return kResp
	}
	return kText
}

// dottedDateRe is a line holding a date written day.month.year, a time
// after it or none (05.06.2022, 13.03.2015  07:51): a page's stamp, no
// item numbered 5 or 13.
var dottedDateRe = lazyRe(`^\s*\d{1,2}[.．]\d{1,2}[.．](?:19|20)\d{2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$`)

// blocks are the items of the list (lines and table rows) and what each is.
func blocks(lines []Line) ([]item, []kind) {
	items := tableRows(lines)
	kinds := make([]kind, len(items))
	numberedFields(items)
	ownArticles(items)
	for i, it := range items {
		kinds[i] = classify(it)
		if kinds[i] == kText && i > 0 && kinds[i-1] == kResp && otherLabelLineRe.MatchString(it.line.Text) {
			// 牵头责任单位：… then 主要协作单位：… on the next line: a label no
			// rule knows, under one that is known, is one more line of the
			// item's responsibility (its units are listed for review).
			kinds[i] = kResp
		}
	}
	return items, kinds
}

// otherLabelLineRe is a line that opens with a label no rule knows that
// names units (主要协作单位：…, 监测单位：…): two to eight characters ending
// in 单位 or 部门, a colon and a value.
var otherLabelLineRe = lazyRe(`^\p{Han}{2,8}?(?:单位|部门)\s*[：:]\s*\S`)

// qualifiedLabelRe is a line that opens with a label of who answers for
// an item, a few words before it saying of what: 问题整改责任单位:市科技馆,
// 项目牵头单位:….
var qualifiedLabelRe = lazyRe(`^\p{Han}{1,6}?` + qualifiedLabels + `\s*[：:]\s*\S`)

// qualifiedLabels are the labels a few words may qualify.
const qualifiedLabels = `(?:责任领导|分管领导|牵头领导|联系领导|责任单位|责任部门|牵头单位|牵头部门|配合单位|配合部门|主办单位|承办单位|协办单位|时限|期限)`

// ownArticles marks the lines that are articles of the rules a notice
// gives as its list (articleRe): where two or more articles stand, no line
// is numbered otherwise (一、, 1., (一)), and an article says who answers
// for it (第二条  …(牵头责任单位:…)). A law's articles naming no one, and
// articles quoted beside a list numbered otherwise, are no items. A
// closing article about the rules themselves (本规定由…负责解释, 本规定自…
// 起施行) is none either.
func ownArticles(items []item) {
	var at []int
	named := false
	for i, it := range items {
		t := strings.TrimSpace(it.line.Text)
		switch {
		case it.row != nil:
		case articleRe.MatchString(t):
			at = append(at, i)
			named = named || namesResponsibility(t)
		case chapterRe.MatchString(t):
		case sectionRe.MatchString(t) || subRe.MatchString(t) || taskRe.MatchString(t) || taskParenRe.MatchString(t):
			return
		}
	}
	if len(at) < 2 || !named {
		return
	}
	for _, i := range at {
		if m := articleRe.FindStringSubmatch(items[i].line.Text); m != nil && !rulesItselfRe.MatchString(m[2]) {
			items[i].article = true
		}
	}
}

// chapterRe is a chapter's heading over articles: 第二章  推进….
var chapterRe = lazyRe(`^第[一二三四五六七八九十]{1,3}章`)

// rulesItselfRe opens an article about the rules themselves: 本规定由…负责
// 解释, 本办法自…起施行.
var rulesItselfRe = lazyRe(`^本(?:规定|办法|细则|条例|意见|措施|方案)`)

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
	case has[kNum] && has[kTable] && notesAfterTable(items, kinds):
		return kRow
	case has[kNum]:
		if has[kSub] && sharedSubItems(items, kinds, kNum) {
			return kSub
		}
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
		if sectionsShareLabels(items, kinds) {
			return kTop
		}
		return kSub
	}
	return kTop
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
		if kinds[i] != kSub {
			continue
		}
		if numbered {
			// A section holding 1. items: a (一) of its own with no
			// 1. item under it, its paragraph closing with who does it
			// ((一)万企安全责任落实行动 / 组织所有企业…。(牵头单位:各地、各部门)
			// beside (三)… / 1.…), is a task all the same.
			own := false
			for j := i + 1; j < len(items) && kinds[j] != kTop && kinds[j] != kSub; j++ {
				if kinds[j] == kNum || kinds[j] == kRow {
					own = false
					break
				}
				own = own || kinds[j] == kText && j == i+1 && namesResponsibility(items[j].line.Text)
			}
			out[i] = own
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

// ownSubItems says which （1） or ① lines are tasks of their own: the
// sub-items of a 1. item, on lines of their own, where at least two of them name who
// is responsible for them (at their end, or on a line of their own after
// them) and the item itself names no one before them. Such an item is no
// task; its sub-items are (3.1, 3.2). Sub-items that share one owners line
// after them are the item's text.
// categoryItem is a numbered item whose words name a kind of content, no
// piece of work: 1.专项整改问题, 1.主要指标.
func categoryItem(t string) bool {
	m := taskRe.FindStringSubmatch(t)
	return m != nil && listHeading(m[2])
}

// nameOnlyItem is a numbered item that is only a short name, no
// sentence: 1.市场准入 over (1)扶持个体私营经济发展。… and its labels.
func nameOnlyItem(t string) bool {
	m := taskRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	name := strings.TrimSpace(m[2])
	return name != "" && utf8.RuneCountInString(name) <= 10 && !strings.ContainsAny(name, "。，,；;：:、（()）") &&
		!sentenceNameRe.MatchString(name) && !workNameRe.MatchString(name)
}

// workNameRe opens a name that is a piece of work (1.加强村级组织建设: its
// one sub-item is its text), as a field's name (1.市场准入) does not.
var workNameRe = lazyRe(`^(?:深化|开展|优化|提升|抓好|打造|促进|扩大|保障|规范|落实|建设|创建|组织|坚持|全面|持续|积极|大力|着力|切实|进一步)`)

func ownSubItems(items []item, kinds []kind, taskKind kind) []bool {
	out := make([]bool, len(items))
	if taskKind != kNum {
		return out
	}
	for i := 0; i < len(items); i++ {
		if kinds[i] != kNum || namesResponsibility(items[i].line.Text) {
			continue
		}
		var subs []int
		owned, before := 0, false // sub-items naming their own owners; owners named before the first
		in := false               // in a sub-item that names no one yet
		j := i + 1
		for ; j < len(items); j++ {
			switch kinds[j] {
			case kParen, kCircle:
				subs = append(subs, j)
				// (1)市委宣传部:负责…: a member's duty under its unit's name.
				in = !namesResponsibility(items[j].line.Text) && !(kinds[j] == kCircle && circleByBody(items[j].line.Text)) && !(kinds[j] == kParen && unitDutyHead(items[j].line.Text))
				if !in {
					owned++
				}
				continue
			case kResp:
				if len(subs) == 0 {
					before = true
				} else if in {
					owned++
					in = false
				}
				continue
			case kText:
				continue
			}
			break
		}
		lone := len(subs) == 1 && (owned == 1 && (categoryItem(items[i].line.Text) || subs[0] == i+1 && nameOnlyItem(items[i].line.Text)) || selectedSub(items[subs[0]].line.Text) && !endsInUnits(items[i].line.Text) && !inlineSubRe.MatchString(items[i].line.Text))
		if (owned >= 2 || lone) && !before {
			// A lone sub-item numbered past 1 and closing with its own
			// bracket ((2)教育培训工程。…(就管中心) under 17.继续办好农村新五件
			// 实事。, which names no one) is the one part of the item the
			// list gives its units: the task. (A lone (1) with its bracket
			// is the item's text, as the corpus reads it.)
			// 1.专项整改问题 / (1)将脱贫人口指标…。(牵头单位:扶贫办;…): under an
			// item naming a kind of content, a lone sub-item naming its
			// owners is the task too.
			for _, k := range subs {
				out[k] = true
			}
		}
		i = j - 1
	}
	circlesUnderHeadings(items, kinds, out) // four levels over ① (circlelevel.go)
	return out
}

// circleByBody says a circled sub-item gives its work to a body in its
// own words: ②裁判员入场式…由大型活动部组织实施,宣传部配合。
func circleByBody(s string) bool {
	m := circleByRe.FindStringSubmatch(s)
	return m != nil && unitNames(m[1])
}

// circleByRe is a clause giving the work to a body: 由竞赛部提供, 由大型活动
// 部落实, 由市教育局组织实施.
var circleByRe = lazyRe(`由([^，,。；;：:“”《》\s由]{1,20}?)(?:统筹|负责|牵头|联合|组织|主办|承办|举办|举行|提供|落实|实施)`)

// selectedSub says a sub-item's line is numbered past 1 and closes with
// a bracket naming who answers: one part of an item picked out.
func selectedSub(s string) bool {
	m := taskParenRe.FindStringSubmatch(strings.TrimSpace(s))
	return m != nil && atoi(m[1]) >= 2 && endsInUnits(s)
}

// inlineSubRe is an item's first sub-item run on in its line: (1)实施….
var inlineSubRe = lazyRe(`[（(]\s*1\s*[）)]|①`)

// endsInUnits says a line closes with a bracket naming who answers: a
// word of responsibility (市财政局负责) or units' names alone (就管中心).
func endsInUnits(s string) bool {
	if namesResponsibility(s) {
		return true
	}
	runes := []rune(strings.TrimRight(s, "。.；; "))
	if len(runes) == 0 || runes[len(runes)-1] != '）' && runes[len(runes)-1] != ')' {
		return false
	}
	i := openingBracket(runes, len(runes)-1)
	return i > 0 && unitNames(string(runes[i+1:len(runes)-1]))
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

// numberedLabelRe is a label line numbered as a part of its item:
// (一)责任领导:高勤, (二)责任单位:市教育局, (六)完成时限:2008年内,
// 3、承办单位:县委宣传部 (under (一)开幕式, beside 1、时 间: and 2、地 点:).
var numberedLabelRe = lazyRe(`^(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|\d{1,2}\s*[、.．])\s*[、.．]?\s*(\S.*)$`)

// emptyLabelOverUnit says a numbered field's label, its value left empty
// (2、承办单位：), stands over a unit's name on the next line.
func emptyLabelOverUnit(items []item, i int, label string) bool {
	return labelAloneRe.MatchString(strings.TrimSpace(label)) && i+1 < len(items) && items[i+1].row == nil && unitCellText(trimLine(items[i+1].line.Text))
}

// lastField is the text of the last line of items[i:j] that is a numbered
// field or a label line: what a unit alone after it continues.
func lastField(items []item, i, j int) string {
	for k := j - 1; k >= i; k-- {
		t := trimLine(items[k].line.Text)
		if m := numberedLabelRe.FindStringSubmatch(t); m != nil {
			return m[1]
		}
		if respLineRe.MatchString(t) {
			return t
		}
	}
	return ""
}

// fieldLabelRe opens a line with a short label of an item's field:
// 项目内容及任务分解:…, 资金筹措:….
var fieldLabelRe = lazyRe(`^(?:\p{Han}[ \x{3000}]?){2,12}\s*[：:]\s*\S`)

// numberedFields takes the numbers off an item's label lines numbered as
// its parts ((一)责任领导:高勤 / (二)责任单位:市教育局 / (三)协办单位:… /
// (四)项目内容及任务分解:… / (五)资金筹措:… / (六)完成时限:2008年内 under
// 三、实施…工程): no sub-items, the item's fields. A run of two or more
// such lines is its fields where one of them at least is a label of who
// answers or by when giving a name or a date, no sentence (（二）责任单位：各乡镇、县
// 直各部门要按照分工… under 二、保障措施 is a requirement, and stays one);
// the other labelled lines of the run are its text. One such line alone
// is the last of the page before's item only above every heading.
func numberedFields(items []item) {
	field := func(i int) (string, bool) {
		if items[i].row != nil {
			return "", false
		}
		m := numberedLabelRe.FindStringSubmatch(items[i].line.Text)
		if m == nil || !fieldLabelRe.MatchString(m[1]) && !openFieldRe.MatchString(items[i].line.Text) && !emptyLabelOverUnit(items, i, m[1]) {
			return "", false
		}
		return m[1], true
	}
	headed := false
	for i := 0; i < len(items); {
		j, resp := i, 0
		var steps []int // numbered steps under a field's label left open (项目内容及任务分解： / 1.… / 2.…)
		for ; j < len(items); j++ {
			f, ok := field(j)
			if !ok && j > i && items[j].row == nil && (unitCellText(trimLine(items[j].line.Text)) || respLineRe.MatchString(trimLine(items[j].line.Text))) && respLineRe.MatchString(lastField(items, i, j)) {
				// 1、主办单位:___市总工会 / ___市委文明办 / 协办单位:…: a
				// label's further units a line each, and an unnumbered
				// label after them, within the run.
				if respLineRe.MatchString(trimLine(items[j].line.Text)) {
					resp++
				}
				continue
			}
			if !ok {
				if j > i && openFieldRe.MatchString(items[j-1].line.Text) || len(steps) > 0 && steps[len(steps)-1] == j-1 {
					if items[j].row == nil && taskRe.MatchString(items[j].line.Text) {
						steps = append(steps, j)
						continue
					}
				}
				break
			}
			if m := respLineRe.FindStringSubmatch(f); m != nil && !fieldSentenceRe.MatchString(m[2]) {
				resp++
			}
		}
		if resp >= 1 && j-i >= 2 || !headed && resp == 1 && j-i == 1 {
			for k := i; k < j; k++ {
				if slices.Contains(steps, k) {
					items[k].field = true // a step of the item's work, its text
					continue
				}
				f, ok := field(k)
				if !ok {
					// A label's further unit joins the label's line (its
					// own left blank); an unnumbered label stands as it is.
					if t := trimLine(items[k].line.Text); !respLineRe.MatchString(t) && k > i {
						for p := k - 1; p >= i; p-- {
							if prev := items[p].line.Text; prev != "" {
								if !strings.HasSuffix(strings.TrimSpace(prev), "：") && !strings.HasSuffix(strings.TrimSpace(prev), ":") {
									t = "、" + t
								}
								items[p].line.Text = strings.TrimSpace(prev) + t
								break
							}
						}
						items[k].line.Text = ""
					}
					continue
				}
				items[k].line.Text = f
				items[k].field = !respLineRe.MatchString(f)
			}
		}
		for k := i; k < max(j, i+1); k++ {
			if t := items[k].line.Text; items[k].row == nil && (sectionRe.MatchString(t) || subRe.MatchString(t)) {
				headed = true
			}
		}
		i = max(j, i+1)
	}
}

// openFieldRe is a numbered field's label with its value on the lines
// after it: (四)项目内容及任务分解：.
var openFieldRe = lazyRe(`^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]\s*\p{Han}{2,12}\s*[：:]\s*$`)

// fieldSentenceRe is a label's value that is a sentence, no name or date:
// 各乡镇、县直各部门要按照分工…, 各项任务须于….
var fieldSentenceRe = lazyRe(`要|须|应|必须|确保|务必|。.+`)
