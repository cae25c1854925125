package notice

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tally/internal/i18n"
)

// Stage 4 of the import: responsibility. Each task's responsibility text
// (brackets, label lines, table cells) is read into owners, lead, leaders
// and a time limit, each with where it came from; the rules a notice
// states (排在第一位的为牵头单位, 下同, 以下……不再单独列出) are applied to the
// items they cover; and whatever was inferred, open-ended or missing is
// listed for review.

// FromKind is where a value of a task came from.
type FromKind int

const (
	FromNone      FromKind = iota
	FromBracket            // （…负责） at the end of the item
	FromLabel              // 责任单位：… on a line of its own or in brackets
	FromColumn             // a column of a task table
	FromInline             // X牵头, 由X牵头, X会同Y负责
	FromFirstRule          // the first-listed unit, by a rule the item states
	FromCarry              // a rule stated before the item (下同, 以下……不再单独列出, a preamble)
	FromText               // a date in the task's text
	FromHeading            // the heading of the item's section (一、县示范区管委会牵头工作)
)

// From is where a value came from: how, at which line, under which label
// or column, and for a carried rule, the item or line that states it.
type From struct {
	Kind  FromKind
	Line  int
	Label string
	Item  string // the id of the item that states a carried rule ("" for a line of its own)
}

// Sources says where a task's owners, lead, leaders and due came from.
type Sources struct {
	Owners, Lead, Leaders, Due From
}

// Review is something of a task a person should check: the field, the line
// it comes from and why.
type Review struct {
	Field string // owners, lead, leaders, due
	Line  int
	Text  i18n.Text
}

// ruleKind is what a rule of the notice says.
type ruleKind int

const (
	ruleFirstLeads ruleKind = iota // the first-listed unit leads
	ruleOwners                     // these units are owners of every item below
	ruleHeading                    // the section's heading names who leads its items
	ruleSame                       // 下同 after an item's units: the items below that name none have them
)

// rule is a rule the notice states for the items after it.
type rule struct {
	kind    ruleKind
	line    int
	scope   string   // the section it covers (and its sub-sections); "" the whole list
	owners  []string // for ruleOwners and ruleSame; for ruleHeading, the unit that leads (or, named, the units)
	lead    []string // for ruleSame: the units that lead
	leaders []string // for ruleHeading: the person who leads
	named   bool     // for ruleHeading: the heading is the units' names alone, which do not lead
	leads   bool     // for ruleHeading: the heading says its unit leads (X牵头的工作), over items' own units too
	item    string   // the item that states it, "" for a line or heading
	all     bool     // a note (注：…) that speaks of the whole list, before it too
	above   bool     // for ruleFirstLeads: it speaks of the items above it (以上各项任务中…)
	letter  bool     // for ruleOwners: a covering letter's 除特别注明的外…都是配合单位
	multi   bool     // for ruleFirstLeads: only over items of several units (由多个单位负责的,…)
	general bool     // for ruleFirstLeads: stated among the division's principles, what it covers unsaid
	comma   bool     // for ruleFirstLeads: the units before the comma lead, not the first alone
	open    []string // for ruleOwners: names of the rule that name no unit (相关乡镇政府)
}

// multiUnitsRe limits a first-listed rule to the items several units do:
// 由多个单位负责的, 涉及多个部门的, 两个以上单位.
var multiUnitsRe = lazyRe(`(?:多个|两个以上|二个以上|2个以上|几个)(?:单位|部门)`)

var (
	// firstLeadsRe states that the first-listed unit leads: 排在第一位的部门为
	// 牵头部门, 列第一位者为牵头单位, 第一个单位为牵头单位.
	// 第一责任单位为牵头单位, 排在前面的为牵头单位.
	firstLeadsRe = lazyRe(`(第一位|第一个|第一名|首位|首个|首家|排在最前|列在最前|排在前面|列在前面|排名第一|排第一|列第一|第一(?:责任|主责)?(?:单位|部门|者)|逗号(?:之)?前(?:的|面的)?(?:单位|部门))[^，,。；;]{0,8}(为|是|作为|系|即)?牵头|牵头(单位|部门)(为|是)(排在|列)?(第一位|首位|第一个|前面|最前)`)
	// exceptRe is the exception a rule makes: 除标注“分别牵头”外.
	exceptRe = lazyRe(`^除.{1,20}外$`)
	// carryRe says a rule holds for the items below: 下同.
	carryRe = lazyRe(`下同|以下同|后同`)
	// ownersRuleRe states owners for the items below: 以下……均需各地区负责落实，
	// 不再单独列出.
	ownersRuleRe = lazyRe(`不再(单独|一一|逐一|逐项|重复)?(列出|列举|做分工|分工)|不再重复(?:[）)，,。；;]|$)`)
	// ownersOfRuleRe finds the units in such a rule: what follows 均需, 均由….
	ownersOfRuleRe = lazyRe(`(?:均需|均由|均要|都需|都由|都要|均为|均涉及|涉及|需|由)(.+?)(?:按职责分工|按照职责|结合实际|分别|负责|落实|牵头|抓好|，|,|$)`)
	// ruleSubjectRe is the first clause of a rule over several items:
	// 具体任务均涉及…, 各项任务均需….
	ruleSubjectRe = lazyRe(`^(具体|以下|上述|各项|所有|本部分|本节|本章)?(任务|工作|措施|政策措施|事项)(均|都|皆)(涉及|需|由|要)`)
	// openDueRe is a time limit that is none: the work goes on.
	openDueRe = lazyRe(`长期|持续|全年|常态化|常年|动态|每年|每季|每月|逐年|每[两二三四五]年|每半年|每周`)
	// relativeDueRe is a time limit that names its year relative to the
	// notice's: 明年, 次年, 今年.
	relativeDueRe = lazyRe(`明年|次年|下一年|后年|来年|翌年|今年|本年|当年|去年|上年|前年`)
	// openTextRe is an open-ended time in a task's text: 全年开展, 长期坚持.
	openTextRe = lazyRe(`长期坚持|持续推进|全年|年内持续|长期开展`)
	// labelRe finds the labels inside a responsibility text.
	labelRe = lazyRe(`(` + respLabels + `)` + labelNote + `\s*[：:]`)
	jointRe = lazyRe(`^(.+?)(牵头会同|会同|联合)(.+)$`)
	// labelIsRe is a label written as a sentence: 牵头单位为市发改委.
	labelIsRe = lazyRe(`^(` + respLabels + `)\s*(?:为|是)\s*(\S.*)$`)
	// leadIsRe names the lead in a sentence: 市发改委为牵头单位, 市应急局、
	// 市住建局同为牵头单位, 市大数据局担任牵头单位.
	leadIsRe = lazyRe(`^(.+?)(?:同为|均为|共同为|为|是|作为|担任)(?:第一)?(?:牵头|主办)(?:责任)?(?:单位|部门)$`)
)

// maxRules bounds the rules read from one notice: real ones state a few,
// and every task is checked against each.
const maxRules = 100

// addRule records a rule, up to maxRules.
func (n *Notice) addRule(r rule) {
	if len(n.rules) < maxRules {
		n.rules = append(n.rules, r)
	}
}

// statesRule records the rule a line of its own (or a heading's brackets)
// states, if any: a first-listed-leads rule covers the items after it, a
// 以下……不再单独列出 rule those of the section (scope) it stands in.
func (n *Notice) statesRule(l Line, scope string) bool {
	t := l.Text
	found := false
	all := noteRe.MatchString(t) // 注：排在第一位的为牵头单位, under the list
	above := aboveRuleRe.MatchString(t)
	if all || above {
		// (以上各项任务中，排在第一位的为牵头单位: the items before it, where it
		// stands between sections too.)
		scope = ""
	}
	if statesFirstLeads(t) {
		n.addRule(rule{kind: ruleFirstLeads, line: l.N, all: all || above, above: above, comma: strings.Contains(l.Text, "逗号")})
		found = true
	}
	if m := markRuleInLineRe.FindStringSubmatch(t); m != nil {
		// (标★的为牵头单位), 注:标★的为牵头单位: the rule on a line of its own.
		n.addRule(rule{kind: ruleMarkLeads, line: l.N, lead: []string{sameMark(m[1])}, all: all})
		found = true
	} else if lostMarkRe.MatchString(t) && !negatedMarkRe.MatchString(t) {
		// (责任单位中标记的为牵头单位): a mark the text may not keep.
		n.addRule(rule{kind: ruleMarkLeads, line: l.N, lead: []string{""}, all: all})
		found = true
	}
	if ownersRuleRe.MatchString(t) {
		if units := ruleOwnersOf(t); len(units) > 0 {
			n.addRule(rule{kind: ruleOwners, line: l.N, scope: scope, owners: units, all: all})
			found = true
		}
	} else if n.letterRule(l, scope) {
		found = true
	}
	return found
}

// aboveRuleRe opens a rule speaking of the items above it: 以上各项任务中,
// 上述任务.
var aboveRuleRe = lazyRe(`^[（(]?\s*(?:以上|上述|前述)`)

// noteRe starts a note, which speaks of the whole list wherever it
// stands: 注：…, 备注：…, 说明：….
var noteRe = lazyRe(`^[（(]?\s*(注|备注|说明)\s*[\d１-９]?\s*[：:]`)

// ruleOwnersOf are the units a 以下……不再单独列出 rule names.
func ruleOwnersOf(s string) []string {
	for _, clause := range splitTop(s, "，,；;。") {
		if m := ownersOfRuleRe.FindStringSubmatch(clause); m != nil && !ownersRuleRe.MatchString(m[1]) {
			if r := readNames(m[1]); len(r.names) > 0 {
				return r.names
			}
		}
	}
	return nil
}

// respParts is a responsibility text read.
type respParts struct {
	owners, lead, leaders, open []string
	unordered                   bool // a label's note says its units are in no order of leading (排名不分先后)
	due                         string
	dueLabel                    string   // the label the time limit was under (完成时限, 整改时限), where it had one
	leadFrom                    FromKind // FromLabel or FromInline, where a lead was named
	leadLabel                   string
	joined                      []string // leaders split apart: names run together
	dated                       []string // fields naming no one whose text sets a date (整改措施:…,6月底前完成), kept for the task's text
	runOn                       []string // owner names split apart: names run together
	shared                      []string // places read as sharing the body's name after them
	tails                       []string // fields read as sharing the association's word after them
	joinedDirect                []string // collectives joined with a body of one level's own
	joiners                     []string // collectives after a comma under a lead's label, read as owners, not leads
	odd                         []string // words read as 负责 that are not the usual ones (牵头卖力)
	staff                       []string // persons named as 责任人, not as leaders
	unitPersons                 []string // persons named as a unit's 责任人 (项目责任人)
	table                       []string // a table's text run on after a label's names
	unknown                     []string // labels of units no rule knows (监测单位：…), read as owners
	firstLeads, carry           bool     // a first-listed-leads rule, and 下同
	commaLeads                  bool     // the rule makes the units before the comma lead (逗号前的单位为牵头单位)
	carried                     []string // the units of a 以下……不再单独列出 rule
	carriedOpen                 []string // the names of such a rule that name no unit (相关乡镇政府)
	ruleOwners                  bool     // the rule's units are the item's own owners too
	markLead                    string   // the mark a rule says makes a unit the lead (标☆的为牵头单位: ☆)
}

// splitOwners reads a responsibility text into owner names and lead units.
// Leads are owners too.
func splitOwners(resp string) (owners, lead []string) {
	r := splitResp(resp)
	return r.owners, r.lead
}

func addNew(list *[]string, names ...string) {
	for _, n := range names {
		if n != "" && !slices.Contains(*list, n) {
			*list = append(*list, n)
		}
	}
}

// labelNoteRe is a label with a note in brackets before its colon: 牵头处室
// (排名第一的为牵头处室,下同):, 责任单位(排名不分先后):, 责任单位(市直):. The
// label is group 1, the note group 2.
var labelNoteRe = lazyRe(`(` + respLabels + `)\s*[（(〔［\[]([^（）()：:]{1,30})[）)〕］\]]\s*[：:]`)

// orderNoteRe is a note after a list of units saying they are in no order
// of leading (，排名不分先后, (按姓氏笔画排序)), or before them opening a cell
// (排名不分先后：县文广新旅局、县图书馆).
var orderNoteRe = lazyRe(`^\s*` + orderNote + `\s*[：:]|[，,；;]?\s*(?:[（(]\s*` + orderNote + `\s*[）)]|` + orderNote + `)`)

// orderNote is the words of such a note: 排名不分先后, 按姓氏笔画排序, 以笔画为序.
const orderNote = `(?:(?:排名|排序|排列)?不分(?:先后|前后|主次)(?:顺序)?|按(?:姓氏)?(?:笔画|笔划|拼音|音序|部门|单位)(?:顺序)?(?:排序|排列)|以(?:姓氏)?(?:笔画|笔划|拼音|音序)为序)`

// strokeOrderRe is a note saying units are listed by the strokes or the
// sound of their names: 按姓氏笔画排序.
var strokeOrderRe = lazyRe(`笔画|笔划|音序|拼音|字母`)

// labelNotes takes the notes off a responsibility text's labels: one
// stating who of the units leads (排名第一的为牵头处室,下同) is read as the
// rule it is, after the units (a lead label then names them all as owners,
// the rule which leads); one saying they are in no order (排名不分先后, 按姓氏
// 笔画排序) is dropped, and reported; any other (市直, 2024年) is dropped.
func labelNotes(resp string) (string, bool) {
	unordered := false
	for _, m := range orderNoteRe.FindAllStringIndex(resp, -1) {
		// （责任单位：A、B、C，排名不分先后）, A、B(按姓氏笔画排序): the note
		// after the units, no unit; one on the leaders (责任领导：王强、李明
		// (按姓氏笔画排序)) says nothing of the units' order.
		label := ""
		for _, l := range labelRe.FindAllStringSubmatchIndex(resp[:m[0]], -1) {
			label = resp[l[2]:l[3]]
		}
		unordered = unordered || !strings.HasSuffix(label, "领导") && !strings.HasSuffix(label, "责任人")
	}
	resp = orderNoteRe.ReplaceAllString(resp, "")
	locs := labelNoteRe.FindAllStringSubmatchIndex(resp, -1)
	if locs == nil {
		return resp, unordered
	}
	var b strings.Builder
	at := 0
	for k, m := range locs {
		label, note := resp[m[2]:m[3]], resp[m[4]:m[5]]
		rule := ""
		switch {
		case deniedLeadRe.MatchString(note) || strokeOrderRe.MatchString(note):
			// (the leaders' order says nothing of the units')
			unordered = unordered || !strings.HasSuffix(label, "领导") && !strings.HasSuffix(label, "责任人")
		case statesFirstLeads(note):
			rule = note
			if strings.HasPrefix(label, "牵头") {
				label = "责任" + strings.TrimPrefix(label, "牵头")
			}
		}
		b.WriteString(resp[at:m[2]])
		b.WriteString(label + "：")
		at = m[1]
		if rule == "" {
			continue
		}
		// The rule after the label's units, before the next field of the
		// text (；完成时限：…), where it holds for them.
		end := len(resp)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		if loc := labelRe.FindStringIndex(resp[at:end]); loc != nil {
			end = at + loc[0]
		}
		value := strings.TrimRight(resp[at:end], "。；;，, ")
		b.WriteString(value + "。" + rule + "；")
		at = end
	}
	b.WriteString(resp[at:])
	return strings.TrimRight(b.String(), "；"), unordered
}

// splitResp reads a responsibility text: labelled (牵头单位：…；配合单位：…；
// 责任领导：…；完成时限：…) or plain (市委组织部牵头，市直各单位配合).
// bracketLeaderRe is a unit's leader or head named in a bracket after it
// under a label: （分管领导：刘芳）, （局长：赵勇）.
var bracketLeaderRe = lazyRe(`[（(]\s*((?:分管|责任|牵头|联系|包保)?(?:[县市区]级)?领导|责任人|负责人|局长|主任|[馆院校所站队]长)\s*[：:]\s*([^（()）：:]{2,20}?)\s*[）)]`)

func splitResp(resp string) (r respParts) {
	resp = strings.TrimSpace(resp)
	if resp == "" {
		return r
	}
	// 县司法局牵头各行政机关负责: who leads, and who does the work, with no
	// comma between them.
	resp = leadRunOnRe.ReplaceAllString(resp, "${1}牵头，${2}")
	resp = brokenLabelRe.ReplaceAllStringFunc(resp, squeezeSpace)
	// 县教体局（分管领导：刘芳）: the unit's leader in its bracket, a label
	// of its own.
	var heads []string
	resp = bracketLeaderRe.ReplaceAllStringFunc(resp, func(m string) string {
		g := bracketLeaderRe.FindStringSubmatch(m)
		if !strings.HasSuffix(g[1], "领导") && !strings.HasSuffix(g[1], "人") {
			heads = append(heads, "责任领导："+g[1]+g[2]) // （局长：赵勇）: the head, his post with him
		} else {
			heads = append(heads, g[1]+"："+g[2])
		}
		return ""
	})
	if heads != nil {
		// Put after the units, each a label of its own: the units' list
		// goes on past the bracket (…（局长：赵勇）、各乡镇人民政府).
		resp = strings.TrimRight(resp, "。；; ") + "；" + strings.Join(heads, "；")
	}
	resp, r.unordered = labelNotes(resp)
	defer func() {
		if len(r.carried) > 0 && (len(r.owners) == 0 || !strings.Contains(resp, "以下") || thisAndBelowRe.MatchString(resp)) {
			// （各地区负责落实，以下不再单独列出）, （…，具体任务均涉及相关市（州）
			// 人民政府，不再做分工，下同）: the rule's units are this item's too.
			r.ruleOwners = true
		}
	}()
	locs := labelRe.FindAllStringSubmatchIndex(resp, -1)
	if locs == nil && !otherLabelLineRe.MatchString(resp) {
		r.plain(resp)
		return r
	}
	locs = r.otherLabels(resp, locs)
	if pre := strings.Trim(resp[:locs[0][0]], " ；;，,。"); pre != "" && !serialNumberRe.MatchString(pre) && !itemRangeRe.MatchString(pre) {
		r.plain(pre)
	}
	for i, loc := range locs {
		label := resp[loc[2]:loc[3]]
		end := len(resp)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		r.labelled(label, resp[loc[1]:end])
	}
	return r
}

// brokenLabelRe is a label a PDF's line break left a space in: 牵头单 位:,
// 责任 单位:.
var brokenLabelRe = lazyRe(`(?:牵[ \x{3000}]?头|责[ \x{3000}]?任|配[ \x{3000}]?合|协[ \x{3000}]?办|主[ \x{3000}]?办)[ \x{3000}]?(?:单[ \x{3000}]?位|部[ \x{3000}]?门)[ \x{3000}]?[：:]|完[ \x{3000}]?成[ \x{3000}]?(?:时[ \x{3000}]?限|时[ \x{3000}]?间)[ \x{3000}]?[：:]`)

// serialNumberRe is an entry's serial number before its labels (第1413号。
// 牵头单位:…, a proposal's number in a list of proposals): no unit's name.
var serialNumberRe = lazyRe(`^(?:[省市县区]?(?:人大|政协))?(?:代表)?(?:建议|提案|议案)?(?:第|编号\s*[：:]?)\s*[\d０-９][\d０-９\-－]{0,11}\s*号?(?:建议|提案|议案)?$`)

// itemRangeRe is the items a label speaks for, written before it
// ((1-4项牵头落实单位:…), 第5至8项责任单位:): no unit's name.
var itemRangeRe = lazyRe(`^(?:第|以上|上述)?\s*[\d０-９]{1,3}\s*(?:[-－—–~～至到]\s*[\d０-９]{1,3})?\s*项$`)

// otherLabelRe is a label no rule knows that says who answers for a part of
// the item (数据提供单位：…, 监测单位：…): a word of two to eight characters
// ending in 单位 or 部门, with a colon, at the head of the text or after a
// separator.
var otherLabelRe = lazyRe(`(?:^|[，,；;（(\s])(\p{Han}{2,8}?(?:单位|部门))\s*[：:]`)

// fieldRe is a field's label in a responsibility text, a word and a colon
// after a separator: 整改时限:, 实际完成情况:, 项目责任人:.
var fieldRe = lazyRe(`(?:^|[，,；;。\s])(\p{Han}{2,8})\s*[：:]`)

// gluedFieldRe is a label of the task's own fields run on after a unit's
// name with no mark between them: 莲塘镇任务目标:.
var gluedFieldRe = lazyRe(`\p{Han}((?:任务目标|目标任务|工作目标|建设内容|建设规模|主要内容|工作内容|项目内容|实施内容|年度目标))\s*[：:]`)

// otherLabels adds to the labels found in a labelled responsibility text
// (locs, as labelRe gives them) those no rule knows, so that their units
// are not read as the name before them ("数据提供单位:市统计局" as one
// unit of 牵头单位). Their units are owners, not leads, and are listed for
// review (unknown).
func (r *respParts) otherLabels(resp string, locs [][]int) [][]int {
	var out [][]int
	for _, m := range otherLabelRe.FindAllStringSubmatchIndex(resp, -1) {
		start, end := m[2], m[1]
		known := false
		for k, l := range locs {
			if start < l[1] && l[0] < end {
				known = true
				if q := resp[start:l[3]]; start < l[2] && l[1] == end && qualifiedLabelRe.MatchString(q+"：x") {
					// 问题整改责任单位: the known label, words before
					// it saying of what; they are no unit's name.
					locs[k] = []int{start, l[1], l[2], l[3]}
				}
				break
			}
		}
		if !known {
			out = append(out, []int{start, end, m[2], m[3]})
			r.unknown = append(r.unknown, resp[m[2]:m[3]])
		}
	}
	for _, m := range gluedFieldRe.FindAllStringSubmatchIndex(resp, -1) {
		// 责任单位:莲塘镇任务目标:2024年计划…: the next label line run on
		// with no mark after the units: no more of them.
		if !slices.ContainsFunc(append(out, locs...), func(l []int) bool { return m[2] < l[1] && l[0] < m[1] }) {
			out = append(out, []int{m[2], m[1], m[2], m[3]})
		}
	}
	for _, m := range fieldRe.FindAllStringSubmatchIndex(resp, -1) {
		// A field after the units, its label a word and a colon
		// (整改时限:3天, 实际完成情况:…): no more of them. A known label a
		// word qualifies (项目责任人) is that label, the word no unit's.
		start, end := m[2], m[1]
		k := slices.IndexFunc(locs, func(l []int) bool { return start < l[1] && l[0] < end })
		switch {
		case k >= 0:
			if q := resp[start:locs[k][0]]; personShaped(q) || personLikeName(q) || paddedNameEnd(resp[:start], q) {
				// 责任单位及责任人:县教体局 张伟完成时限:…, two label lines run
				// together: 张伟 is the person the label before names, no
				// word qualifying 完成时限.
				break
			}
			if l := locs[k]; start < l[0] && l[1] == end {
				locs[k] = []int{start, l[1], l[2], l[3]}
				if personsLabel(resp[l[2]:l[3]]) {
					locs[k][2] = start // 项目责任人: the unit's person
				}
			}
		case !slices.ContainsFunc(out, func(l []int) bool { return start < l[1] && l[0] < end }):
			out = append(out, []int{start, end, m[2], m[3]})
		}
	}
	if out == nil {
		return locs
	}
	out = append(out, locs...)
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// figureRunRe is a run of three or more bare figures apart by spaces: a
// table's row flattened into the line (新辟线路年度目标 2 5 1 2 10).
var figureRunRe = lazyRe(`(?:^|\s)\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?){2,}(?:\s|$)`)

// tableAfterNames splits a label's value where a table flattened into the
// line runs on after its names (配合单位:市公安局、市城管局,各区政府 鄞州 海曙、
// 江东 … 合计 新辟线路年度目标 2 5 1 2 10 …): the names up to the last body's
// before a space, and the table's text. table is "" where there is none.
func tableAfterNames(value string) (names, table string) {
	loc := figureRunRe.FindStringIndex(value)
	if loc == nil {
		return value, ""
	}
	head, cut := value[:loc[0]], -1
	for i, r := range head {
		if r != ' ' && r != '\u3000' {
			continue
		}
		if f := strings.Fields(head[:i]); len(f) > 0 {
			if parts := splitTop(f[len(f)-1], "、，,；;"); len(parts) > 0 && (endsOrg(parts[len(parts)-1]) || Collective(parts[len(parts)-1])) {
				cut = i // the last body's name before a space
			}
		}
	}
	if cut < 0 {
		return value, ""
	}
	return trimLine(head[:cut]), trimLine(value[cut:])
}

// unitPersonsRe is a label of the person in a unit who answers for the
// work: 项目责任人, 单位负责人.
var unitPersonsRe = lazyRe(`^\p{Han}{1,4}(?:责任人|负责人)$`)

// noneValueRe is a label's value saying there is none: 无, 暂无, /.
var noneValueRe = lazyRe(`^\s*(?:无|暂无|没有|/|／|-|—|——)\s*[。；;]?\s*$`)

// labelled reads the value of one label.
func (r *respParts) labelled(label, value string) {
	if noneValueRe.MatchString(value) {
		return // 协办单位：无
	}
	if unitsAndPersonsRe.MatchString(label) {
		// 责任单位及责任人:呈贡县政府、市发改委、…、市公安消防支队主要领导: the
		// units, and a post after the last one standing for each unit's
		// head (主要领导), a leader named by role.
		v := strings.TrimRight(strings.TrimSpace(value), "。；;，, ")
		if m := trailingRoleRe.FindStringSubmatch(v); m != nil && m[1] != "" {
			addNew(&r.leaders, m[2])
			value = m[1]
		} else if units, people := unitsThenPersons(v); people != nil {
			// 责任单位及责任人:县教体局 张伟 (or 县住建局、李明): the unit,
			// and its person named after it, a leader as 责任人 is.
			addNew(&r.leaders, people...)
			r.staff = append(r.staff, people...)
			value = units
		}
		label = "责任单位"
	}
	switch {
	case unitPersonsRe.MatchString(label):
		// 项目责任人:尹文德: the person in the unit who answers for the
		// work, no leader where the item names one.
		names, _ := persons(value)
		r.unitPersons = append(r.unitPersons, personsOfUnits(names)...)
	case !labelRe.MatchString(label+"：") && !otherLabelRe.MatchString(label+"：") && !isTimeLabel(label):
		// 实际完成情况:…: a field of what was done, naming no one. One
		// of what is to be done that sets a date (整改措施:…,6月底前完成)
		// goes to the task's text, where the date is read (listed).
		if measureLabelRe.MatchString(label) && len(findDates(value, sameYear(2000))) > 0 || targetLabelRe.MatchString(label) && targetYear(value) > 0 {
			// (任务目标:2024年度计划对…进行改造: the year of the work,
			// read from the task's text as its targets' year, listed.)
			r.dated = append(r.dated, label+"："+strings.Trim(value, " ；;，,。"))
		}
	case strings.HasSuffix(label, "领导") || secretaryLabel(label) || personsLabel(label):
		if head, rest, ok := strings.Cut(strings.TrimRight(strings.TrimSpace(value), "。"), "。"); ok && rest != "" {
			// 市政府分管领导：副市长 郑华。2024年11月底前全部开工。: the
			// persons end at the stop; the sentence after them is the
			// item's time limit, or its text.
			value = head
			if limitClauseRe.MatchString(strings.TrimSpace(rest)) && r.due == "" {
				r.due, r.dueLabel = strings.TrimSpace(rest), ""
			} else {
				r.dated = append(r.dated, strings.TrimSpace(rest))
			}
		}
		names, joined := persons(value)
		addNew(&r.leaders, names...)
		r.joined = append(r.joined, joined...)
		if personsLabel(label) {
			r.staff = append(r.staff, names...)
		}
	case isTimeLabel(label):
		if r.due == "" {
			r.due, r.dueLabel = strings.Trim(value, " ；;，,。"), label
		}
	default:
		if names, table := tableAfterNames(value); table != "" {
			value = names
			r.table = append(r.table, table)
		}
		if loc := namesNoteRe.FindStringIndex(value); loc != nil && loc[0] > 0 {
			// 责任单位:市信用办…;各县(市、区)人民政府。注:市、县信用办指…
			// 联席会议办公室,下同: a note on the names, none of them; a
			// rule it states holds all the same.
			for _, c := range splitTop(value[loc[1]:], "；;。，,") {
				r.rule(c)
			}
			value = value[:loc[0]]
		}
		r.unitsBeforeRule(value) // 配合部门:…。相关乡镇政府为责任主体,以下不再列出 (ruleself.go)
		var clauses, joiners []string
		parts := splitTop(r.asides(value), "；;。，,")
		for k, c := range parts {
			if r.rule(c) {
				continue
			}
			if units, ok := unitsAreResp(c); ok && k > 0 {
				// 牵头单位:县发改局;各乡镇人民政府为责任主体,以下不再列出:
				// the units the sentence names answer for the item too,
				// none of them its lead.
				nm := readNames(units)
				addNew(&r.owners, nm.names...)
				r.open = append(r.open, nm.open...) // (相关乡镇政府为责任主体: listed)
				continue
			}
			if nm := readNames(c); k > 0 && strings.HasPrefix(label, "牵头") && len(nm.names) > 0 && !strings.Contains(c, "牵头") && !slices.ContainsFunc(nm.names, func(o string) bool { return !ownOfficesRe.MatchString(o) }) {
				// 牵头单位:办公室,各科室: after the comma, the body's own
				// offices, every one, joining in; owners, the lead listed.
				// (牵头单位:市质监局,各县区政府: governments of a level
				// lead too, as the corpus reads it.)
				joiners = append(joiners, nm.names...)
				r.open = append(r.open, nm.open...)
				r.joiners = append(r.joiners, nm.names...)
				continue
			}
			if nm := readNames(c); k > 0 && strings.HasPrefix(label, "牵头") && len(nm.open) > 0 && !strings.Contains(c, "牵头") {
				// 牵头单位:调控处,信息中心、相关业务处室: after the comma, the
				// units that join in with the offices concerned, none of
				// them a lead.
				joiners = append(joiners, nm.names...)
				r.open = append(r.open, nm.open...)
				continue
			}
			if m := laterHelpersRe.FindStringSubmatch(strings.TrimSpace(c)); m != nil && k > 0 && strings.HasPrefix(label, "牵头") && !strings.HasSuffix(c, "牵头负责") {
				// 牵头单位:市公安局,各县区政府负责落实: those who carry it
				// out or help, named after the lead, lead nothing.
				if nm := readNames(m[1]); len(nm.names) > 0 {
					addNew(&r.owners, nm.names...)
					r.open = append(r.open, nm.open...)
					continue
				}
			}
			if m := jointRe.FindStringSubmatch(strings.TrimSpace(c)); m != nil && m[2] == "会同" && !strings.HasPrefix(label, "牵头") &&
				!strings.ContainsAny(lastRune(m[1]), "、，,；;") && !strings.HasPrefix(m[3], "县") { // (…、会同县林业局: 会同县 is a county)
				// 国家发展改革委会同有关部门 in a unit cell: the bodies before
				// 会同 answer for the work with those after it, neither
				// leading (as X会同Y负责 in the text reads). Read whole, the
				// cell was one open name, its bodies lost.
				if nm := readNames(m[1]); len(nm.names) > 0 && len(nm.open) == 0 {
					clauses = append(clauses, m[1])
					c = m[3]
				}
			}
			if k == len(parts)-1 && k > 0 && isDueClause(c) && r.due == "" {
				// （…责任单位：州司法局，各县市人民政府，6月底完成）: the time
				// limit closes the bracket after the names.
				r.due = strings.TrimSpace(c)
				continue
			}
			clauses = append(clauses, c)
		}
		nm := readNames(strings.Join(clauses, "；"))
		leads := nm.leads
		if strings.HasPrefix(label, "牵头") || strings.HasPrefix(label, "第一责任") || label == "主办单位" || label == "主办" || label == "主办部门" {
			leads = nm.names
		}
		if len(leads) > 0 && len(r.lead) == 0 {
			r.leadFrom, r.leadLabel = FromLabel, label
		}
		addNew(&r.lead, leads...)
		addNew(&r.owners, nm.names...)
		addNew(&r.owners, joiners...)
		r.open = append(r.open, nm.open...)
		r.runOn = append(r.runOn, nm.runOn...)
		r.odd = append(r.odd, nm.odd...)
		r.shared = append(r.shared, nm.shared...)
		r.tails = append(r.tails, nm.tails...)
		r.joinedDirect = append(r.joinedDirect, nm.joined...)
	}
}

// ownOfficesRe is every office or unit of a body's own: 各科室, 各股室,
// 局属各单位, 各直属单位.
var ownOfficesRe = lazyRe(`^(?:[局委厅办院]属)?各(?:科室|股室|处室|单位|直属单位|所属单位|下属单位|科|股|处)$`)

// namesNoteRe opens a note after a label's names: 。注:, ；备注：.
var namesNoteRe = lazyRe(`[。；;]\s*(?:注|备注|说明)\s*[：:]`)

// rule reads a clause that states a rule rather than names units.
func (r *respParts) rule(c string) bool {
	switch {
	case r.markRule(c):
		// 标☆的为牵头单位 (marklead.go).
	case firstLeadsRe.MatchString(c):
		r.firstLeads = true
		r.commaLeads = r.commaLeads || strings.Contains(c, "逗号")
		r.carry = r.carry || carryRe.MatchString(c)
	case strings.Trim(c, " 。") == "下同" || carryRe.MatchString(c) && len([]rune(c)) <= 4:
		r.carry = true
	case r.includesRule(c):
		// 本条及以下责任单位均包括各县市区政府 (ruleinclude.go).
	case ownersRuleRe.MatchString(c) || strings.HasPrefix(c, "以下"):
		addNew(&r.carried, ruleOwnersOf(c)...)
	case ruleSubjectRe.MatchString(c):
		// 具体任务均涉及相关市（州）人民政府: the units of the rule that follows.
		addNew(&r.carried, ruleOwnersOf(c)...)
	case exceptRe.MatchString(c):
		// 除标注“分别牵头”外: the rule's exception; the items it speaks of
		// mark their leads themselves.
	default:
		return false
	}
	return true
}

// asides reads the rules written in brackets inside a list of names
// (市发改委、市财政局（第一责任单位为牵头单位，下同）) and returns the text
// without them: a rule is no part of the name it follows.
func (r *respParts) asides(s string) string {
	var b strings.Builder
	rest := s
	for {
		open := strings.IndexAny(rest, "（(〔【[［")
		if open < 0 {
			break
		}
		end := closingBracket(rest, open)
		if end < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(rest[open:])
		inner := rest[open+size : end]
		_, csize := utf8.DecodeRuneInString(rest[end:])
		if !statesRuleRe.MatchString(inner) {
			b.WriteString(rest[:end+csize])
			rest = rest[end+csize:]
			continue
		}
		b.WriteString(rest[:open])
		var kept []string // what the brackets say besides the rule: （牵头，下同）
		for _, c := range splitTop(inner, "，,；;。") {
			if !r.rule(c) {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			b.WriteString(rest[open:open+size] + strings.Join(kept, "，") + rest[end:end+csize])
		}
		rest = rest[end+csize:]
	}
	b.WriteString(rest)
	return b.String()
}

// statesRuleRe finds the words of a rule in a bracketed aside.
var statesRuleRe = lazyRe(firstLeadsRe.String() + `|` + carryRe.String() + `|` + ownersRuleRe.String())

// closingBracket is the byte index of the bracket that closes the one at
// open in s (nested brackets matched), -1 when none does.
func closingBracket(s string, open int) int {
	depth := 0
	for i, c := range s[open:] {
		switch {
		case strings.ContainsRune("（(〔【[［", c):
			depth++
		case strings.ContainsRune("）)〕】]］", c):
			depth--
			if depth == 0 {
				return open + i
			}
		}
	}
	return -1
}

// openingBracket is the index in runes of the round bracket that opens the
// one at close (nested ones matched): close itself where runes[close]
// closes none, -1 where no bracket opens it.
func openingBracket(runes []rune, close int) int {
	depth := 0
	for i := close; i >= 0; i-- {
		switch runes[i] {
		case '）', ')':
			depth++
		case '（', '(':
			depth--
		}
		if depth == 0 {
			return i
		}
	}
	return -1
}

// plain reads a responsibility without labels, clause by clause: units
// (X牵头, Y、Z配合; X会同Y负责), rules, and a time limit.
func (r *respParts) plain(resp string) {
	// 以下均需各县(市)区政府落实,区政府无相关工作职能的,由市政府直属责任部门
	// 负责相关工作,不再列出: a rule over the items below whose sentence
	// goes on over commas to its 不再列出 is one clause, none of it a unit.
	r.unitsBeforeRule(resp) // 各市州、县市区人民政府均为责任单位,以下不再列出 (ruleself.go)
	resp = ruleSentenceRe.ReplaceAllStringFunc(resp, func(m string) string { return strings.NewReplacer("，", "", ",", "").Replace(m) })
	clauses := splitTop(r.asides(resp), "，,；;。")
	for k, part := range clauses {
		part = strings.TrimSpace(part)
		if q, used := r.hostClause(part); used {
			continue
		} else {
			part = q
		}
		if r.rule(part) {
			continue
		}
		if strings.HasSuffix(part, "的") && k+1 < len(clauses) && firstLeadsRe.MatchString(clauses[k+1]) {
			// 一项任务涉及多个部门的,原则上由排名首位的部门牵头负责: the
			// case the rule after it holds for, no unit.
			continue
		}
		if isDueClause(part) {
			if r.due == "" || k == len(clauses)-1 {
				r.due = part
			}
			continue
		}
		if m := labelIsRe.FindStringSubmatch(part); m != nil && !labelRe.MatchString(m[2]+"：") {
			r.labelled(m[1], m[2]) // 牵头单位为市发改委
			continue
		}
		if m := leadIsRe.FindStringSubmatch(part); m != nil {
			r.labelled("牵头单位", m[1]) // 市发改委为牵头单位
			continue
		}
		if posts, ok := postsClause(part); ok {
			// (分管副省长、协管副秘书长负责,省国资委牵头): the posts that
			// answer for the item are its leaders, no units.
			addNew(&r.leaders, posts...)
			continue
		}
		if units, ok := unitsAreResp(part); ok {
			part = units // 我市各区政府为责任单位: the units, no lead
		} else if cut := namesBeforeWork(part); cut != part && !strings.HasPrefix(part, "会同") && !strings.Contains(part[len(cut):], "牵头") && !endsOrg(bracketRunRoleRe.ReplaceAllString(part, "")) &&
			utf8.RuneCountInString(strings.TrimPrefix(part[len(cut):], "负责")) >= 4 && len(readNames(cut).names) > 0 && !strings.ContainsAny(cut, "，,") {
			// (各处室、单位负责解读材料起草;政策研究室、信息中心做好材料公开工作):
			// each clause's units, the part of the work they do after
			// them none of their names.
			part = cut
		}
		if k > 0 && strings.HasPrefix(part, "会同") {
			// 由省环保局牵头,会同建设厅、计经委…组织实施: the bodies the
			// lead works with, owners too; the work they do together
			// after them (会同县财政局研究制定配套政策) is none of their names.
			part = namesBeforeWork(strings.TrimPrefix(part, "会同"))
		}
		if m := jointRe.FindStringSubmatch(part); m != nil && (m[2] != "联合" || endsOrg(m[1]) && (levelHeadRe.MatchString(m[3]) || Collective(m[3]))) &&
			!(m[2] == "会同" && strings.TrimPrefix(m[1], "由") == "") {
			// (由会同县林业局: 会同县 is a county, no one before it to join.)
			// X会同Y负责 names both; only X牵头会同Y names a lead.
			// 联合 joins two bodies only after a body's name and before
			// one named with its level: a 市容环境综合整治联合执法工作组
			// and a 市城管局联合执法支队 are one.
			nm := readNames(m[1])
			if m[2] == "牵头会同" || m[2] == "会同" && strings.HasSuffix(m[3], "共同牵头") {
				// (市商务局会同市投促局共同牵头): both lead.
				if len(r.lead) == 0 {
					r.leadFrom = FromInline
				}
				addNew(&r.lead, nm.names...)
			}
			addNew(&r.owners, nm.names...)
			part = m[3]
		}
		nm := readNames(part)
		if len(nm.leads) > 0 && len(r.lead) == 0 {
			r.leadFrom = FromInline
		}
		addNew(&r.lead, nm.leads...)
		addNew(&r.owners, nm.names...)
		r.open = append(r.open, nm.open...)
		r.runOn = append(r.runOn, nm.runOn...)
		r.odd = append(r.odd, nm.odd...)
		r.shared = append(r.shared, nm.shared...)
		r.tails = append(r.tails, nm.tails...)
		r.joinedDirect = append(r.joinedDirect, nm.joined...)
	}

}

// namesBeforeWork is a clause cut before the work its names do: 县财政局研究
// 制定配套政策 → 县财政局, at the last place after a body's name where a
// verb of work opens the rest and no name goes on (县委组织部研究制定… →
// 县委组织部, not 县委).
func namesBeforeWork(s string) string {
	for i := len(s) - 1; i > 0; i-- {
		if !utf8.RuneStart(s[i]) || !endsOrg(s[:i]) && !smallBodyRe.MatchString(s[:i]) && !sectionOfficeRe.MatchString(s[:i]) && !strings.HasSuffix(s[:i], "、单位") &&
			!openTailEndRe.MatchString(s[:i]) {
			continue
		}
		rest := s[i:]
		verb := workVerbRe.FindString(rest)
		if verb == "" {
			verb = studyVerbRe.FindString(rest)
		}
		if verb != "" && !nameGoesOnRe.MatchString(rest) && !nameEndsAtVerbRe.MatchString(rest[len(verb):]) {
			return s[:i]
		}
	}
	return s
}

// openTailEndRe ends a list of names with its open tail: 县水务局等部门
// (负责地质灾害隐患调查).
var openTailEndRe = lazyRe(`\p{Han}等(?:相关|有关|其他)?(?:部门|单位|部门单位)$`)

// nameEndsAtVerbRe is what follows a word that reads as a verb where it
// closes a name in a list (社会组织、各社区; 社会组织和各社区): a separator
// or the end, no work after it.
var nameEndsAtVerbRe = lazyRe(`^(?:$|[、和及与])`)

// nameGoesOnRe opens words that go on a body's name though they open as a
// verb does: 组织部, 研究室, 建设局.
var nameGoesOnRe = lazyRe(`^\p{Han}{1,2}(?:部|局|委|办|室|科|处|站|所|中心|院|队)`)

// studyVerbRe opens work of study or drafting: 研究制定, 起草, 拟定.
var studyVerbRe = lazyRe(`^(?:研究|起草|拟定|共同|负责|承担|协调|指导|督促|做好|提出|出台|制订)`)

// ruleSentenceRe is a rule's sentence from its 以下 to its 不再列出, over
// commas but no stop.
var ruleSentenceRe = lazyRe(`(?:以下|本部分|本节|本章|本项|本条)[^。；;]*?不再(?:(?:单独|一一|逐一|逐项|重复)?(?:列出|做分工|分工)|重复(?:$|[^列\p{Han}]))`)

// seasonClauseRe is a clause naming a season of the work alone: 汛期,
// 汛前, 冬春季, 暑期.
var seasonClauseRe = lazyRe(`^(?:汛期|汛前|主汛期|雨季|冬春季?|秋冬季?|冬季|春季|夏季|秋季|暑期|寒假|暑假|农闲时节?|供暖季|采暖季)(?:前|期间|内|中)?$`)

// isDueClause reports whether a clause of a responsibility text is its
// time limit (2019年6月底前完成, 年内持续推进, 长期坚持) rather than units.
func isDueClause(c string) bool {
	if openDueRe.MatchString(c) && !endsOrg(stripSuffix(c)) || seasonClauseRe.MatchString(strings.TrimSpace(c)) {
		return true
	}
	f := allDates(c, sameYear(2000))
	return len(f) > 0 && !endsOrg(stripSuffix(c))
}

// unitsAndPersonsRe is a label of the units and of the persons in them
// who answer for an item: 责任单位及责任人.
var unitsAndPersonsRe = lazyRe(`^(?:责任单位|责任部门)(?:及|和|与)(?:责任人|责任领导|负责人)$`)

// trailingRoleRe is a list of units with a post after the last one
// (…、市公安消防支队主要领导): the units, and the post.
var trailingRoleRe = lazyRe(`^(.*?\p{Han})(主要领导|主要负责人|主要负责同志|分管领导|分管负责同志|主要领导同志)$`)

// personsLabel is a label of persons who answer for a task without being
// named its leaders: 责任人, 负责人.
func personsLabel(label string) bool { return label == "责任人" || label == "负责人" }

// spacedPersonsRe is names of three or four characters apart by spaces.
var spacedPersonsRe = lazyRe(`^\p{Han}{2,12}(?:[ \x{3000}]+\p{Han}{2,12})+$`)

// spacedPersons splits 王金法 贾军芳 into its names where each is a
// person's (not 副县长 王明, a post and its holder), else nil.
func spacedPersons(p string) []string {
	if !spacedPersonsRe.MatchString(p) {
		return nil
	}
	names := strings.Fields(strings.ReplaceAll(p, "\u3000", " "))
	for _, n := range names {
		if postedPerson(n) {
			continue // 副县长王刚 县长助理李强: each a leader with his post
		}
		if !isPersonName(n) || postOnlyRe.MatchString(n) || roleRe.MatchString(n) {
			return nil
		}
	}
	return names
}

// persons splits a list of leaders (张三、李四同志) into names, keeping
// their posts as the notice writes them (副县长张三), and padded names run
// together (陆 明俞 悦) into persons; joined are those, for review.
func persons(s string) (out, joined []string) {
	s = leadersBy(s)
	post := "" // a post written before the next one: 市委常委、常务副市长 张三
	for _, p := range splitTop(strings.Trim(s, " ；;，,。"), "、，,；;") {
		p = strings.TrimSuffix(p, "等")
		if q := strings.TrimSuffix(p, "同志"); !roleRe.MatchString(q) && !roleRe.MatchString(p) && utf8.RuneCountInString(trimLine(q)) != 1 {
			// (主要负责同志 is a post, 同志 and all.)
			p = q // 李四、王五同志: an honorific after the names (王同志, a surname alone, stays so)
		}
		if p = personOfPost(trimLine(p)); p == "" {
			continue
		}
		if postOnlyRe.MatchString(p) {
			post += p + "、"
			continue
		}
		if names, ok := paddedMix(p); ok {
			// 耿 峰 彭开国: a padded name and another, apart by a space.
			joined = append(joined, p)
			out = append(out, names...)
			post = ""
			continue
		}
		if names := spacedPersons(p); names != nil {
			// 王金法 贾军芳: whole names apart by a space, each a person's.
			out = append(out, names...)
			post = ""
			continue
		}
		if paddedRunRe.MatchString(p) {
			// 陆 明俞 悦: two-character names each padded with a space,
			// run together where a line break was lost.
			joined = append(joined, p)
			for r := []rune(p); len(r) >= 3; r = []rune(strings.TrimLeft(string(r[3:]), " \u3000")) {
				out = append(out, string(r[:3]))
			}
			post = ""
			continue
		}
		out = append(out, post+p)
		post = ""
	}
	if post != "" {
		// 市长、副市长 with no name after them: each post a leader of its
		// own (listed as posts); a party committee's seat goes with the
		// post after it (市委常委、常务副市长: one person).
		posts := strings.Split(strings.TrimSuffix(post, "、"), "、")
		for k := 0; k < len(posts); k++ {
			if partyPostRe.MatchString(posts[k]) && k+1 < len(posts) && !partyPostRe.MatchString(posts[k+1]) {
				out = append(out, posts[k]+"、"+posts[k+1])
				k++
				continue
			}
			out = append(out, posts[k])
		}
	}
	return out, joined
}

// surnamePost says a leader is named by surname and post, as colleagues
// call him: 王区长, 张书记.
func surnamePost(s string) bool {
	r := []rune(s)
	return (len(r) == 3 || len(r) == 4) && strings.ContainsRune(surnames, r[0]) && postOnlyRe.MatchString(string(r[1:])) && !strings.ContainsRune("省市县区镇乡州旗", r[0])
}

// unitPostAlone says a leader is a unit's post with no one named: 县人社局
// 局长, 县长助理.
func unitPostAlone(s string) bool {
	if s == "县长助理" || s == "市长助理" || s == "区长助理" {
		return true
	}
	m := unitPostNameRe.FindStringSubmatch(s)
	return m != nil && m[3] == "" && (endsOrg(m[1]) || bodyName(m[1]))
}

// nameThenPostRe is a person's name with the post after it: 朱伟县长.
var nameThenPostRe = lazyRe(`^(\p{Han}{2,3}?)((?:常务)?副?(?:[省市县区镇乡旗]长|书记|主任|局长|部长|主席|秘书长))$`)

// namedBeforePost says a leader is a person named before the post.
func namedBeforePost(s string) bool {
	m := nameThenPostRe.FindStringSubmatch(s)
	return m != nil && isPersonName(m[1])
}

// partyPostRe is a party committee's seat a leader holds beside a
// government post written after it: 市委常委、, 市委副书记、 (市委副书记、
// 市长: one person).
var partyPostRe = lazyRe(`(?:常委|委(?:副)?书记|党组书记)$`)

// roleRe is a leader named by role, not by name: 省政府分管领导同志,
// 分管负责同志, 主要负责人, 分管副县长. 同志 stays with it: 领导同志 is
// the phrase. A post alone (镇长, 副县长, 主任) names no one either.
var roleRe = lazyRe(`(领导|负责同志|负责人)$|^(分管|主管|联系|挂点|包保)\S*(长|主任|书记|委员|常委)$|` +
	`^(?:常务)?副?(?:[省市州县区镇乡旗村]长|主任|书记|站长|所长|局长|科长|部长|主席)$|` +
	// 市政府常务副市长, 县委副书记: the body's post, no one named.
	`^[省市州县区镇乡旗](?:政府|人民政府|委|党委)(?:常务)?副?(?:[省市州县区镇乡旗]长|主任|书记|秘书长)$`)

// surnameOnlyRe is a leader named by a surname alone: 王同志.
var surnameOnlyRe = lazyRe(`^\p{Han}同志$`)

// namedLeaderRe is a person named as who does a task's work: 由王同志负责,
// 由李明同志牵头.
var namedLeaderRe = lazyRe(`由\p{Han}{1,6}(?:、\p{Han}{1,6})*同志(?:负责|牵头)`)

// paddedRunRe is two or more padded two-character names run together.
var paddedRunRe = lazyRe(`^\p{Han}[ \x{3000}]\p{Han}(?:[ \x{3000}]?\p{Han}[ \x{3000}]\p{Han})+$`)

// postOnlyRe is a post with no person's name: 市委常委, 常务副市长.
var postOnlyRe = lazyRe(`^\S*(常委|委员|书记|副?[省市县区镇乡旗]长|主任|部长|主席|秘书长|调研员|巡视员)$`)

// respond reads every task's responsibility and time limit, in order, so
// that rules carry to the items after the one that states them.
func (n *Notice) respond() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		n.respondTask(t)
		if t.raw.score != "" {
			t.Body = strings.TrimSpace(t.Body+"\n"+t.raw.score) + "\n"
		}
	}
	n.reviewUndatedDays() // 活动时间:2月6日 with no year anywhere (eventday.go)
}

func (n *Notice) respondTask(t *Task) {
	var r respParts
	var texts []string
	var at piece // the piece that named the owners
	leadAt := piece{}
	openAt := 0              // the line of the first open name (有关部门, …等)
	var unitPersons []string // persons named as a unit's 责任人 (项目责任人)
	var dues []string        // time limits of earlier pieces, where a later one names another
	var staff []piece        // 责任人 lines and the persons they name
	var staffNames, namedLeaders []string
	unitAt := 0
	resp := t.raw.resp
	clauses := clauseBrackets(t)
	if len(clauses) > 0 {
		resp = append(clauses, resp...)
	}
	var bracketAt, labelAt piece // a bracket in the text and a label line after it, both naming units
	for _, p := range resp {
		pr := splitResp(p.text)
		t.raw.unordered = t.raw.unordered || pr.unordered
		if p.label != "" && !labelRe.MatchString(p.text) {
			// A table column: its heading is the label (a note on the
			// order of its units taken off: 县住建局（排名不分先后）).
			text, unordered := labelNotes(p.text)
			pr = respParts{unordered: unordered && !strings.HasSuffix(p.label, "领导")}
			pr.labelled(p.label, text)
			t.raw.unordered = t.raw.unordered || pr.unordered
		}
		if (p.from == FromColumn || p.from == FromInline) && (strings.HasSuffix(p.label, "领导") || secretaryLabel(p.label) || personsLabel(p.label)) {
			// A 责任领导 cell (or 由X同志负责 in the text) names a person,
			// no unit: owners_text (shown as 责任单位（原文）) is the units'
			// text alone.
		} else {
			texts = append(texts, p.text)
		}
		if len(pr.owners) > 0 && at.from == FromNone {
			at = p
		} else if len(pr.owners) > 0 && at.from == FromColumn && p.from == FromColumn && !slices.Contains(strings.Split(at.label, "、"), p.label) {
			// Owners from the 牵头单位 and the 配合单位 columns: both are
			// named as their source.
			at.label += "、" + p.label
		}
		if len(pr.lead) > 0 && len(r.lead) == 0 {
			leadAt = p
			r.leadFrom, r.leadLabel = pr.leadFrom, pr.leadLabel
			if p.from == FromColumn {
				r.leadFrom, r.leadLabel = FromColumn, p.label
			}
		}
		if len(pr.owners) > 0 && p.from == FromBracket && bracketAt.line == 0 {
			bracketAt = p
		} else if len(pr.owners) > 0 && p.from == FromLabel && bracketAt.line > 0 && p.line > bracketAt.line && labelAt.line == 0 {
			labelAt = p
		}
		addNew(&r.owners, pr.owners...)
		addNew(&r.lead, pr.lead...)
		if len(pr.leaders) > 0 && len(r.leaders) == 0 {
			t.Sources.Leaders = From{Kind: p.from, Line: p.line, Label: p.label}
		}
		addNew(&r.leaders, pr.leaders...)
		if len(pr.unitPersons) > 0 && len(unitPersons) == 0 {
			unitAt = p.line
		}
		addNew(&unitPersons, pr.unitPersons...)
		if len(pr.staff) > 0 {
			staff = append(staff, piece{strings.Join(pr.staff, "、"), p.line, p.from, p.label})
			addNew(&staffNames, pr.staff...)
		} else {
			addNew(&namedLeaders, pr.leaders...)
		}
		for _, x := range pr.table {
			t.review("owners", p.line, i18n.F("责任单位之后接着一段像是表格的文字（%s），未读作单位；请核对", "the owners are followed by text that looks like a table (%s), not read as units; check them", x))
		}
		for _, j := range pr.runOn {
			t.review("owners", p.line, i18n.F("“%s”像是几个单位名称连在一起，已按单位拆开；请核对", "%q looks like names of units run together and was split; check it", j))
		}
		for _, j := range pr.joinedDirect {
			t.review("owners", p.line, i18n.F("“%s”读作一个集合名称；如果指的是两类单位（前一个集合和后面这一级的机构），请拆开",
				"%q was read as one collective; if it names two kinds of body (the collective and the body of one level after it), split it", j))
		}
		for _, j := range pr.shared {
			for _, f := range []string{"owners", "lead"} {
				t.review(f, p.line, i18n.F("“%s”读作几处各有一个同名的机构（前面的地名共用后面的机构名称）；请核对", "%q was read as places each with a body of the name written once after the last; check it", j))
			}
		}
		for _, j := range pr.tails {
			t.review("owners", p.line, i18n.F("“%s”读作几个协会（后面的“协会”等字共用）；请核对", "%q was read as several associations sharing the word written once after the last; check it", j))
		}
		for _, w := range pr.odd {
			for _, f := range []string{"owners", "lead"} {
				t.review(f, p.line, i18n.F("“%s”不是写明责任的常见说法，已当作“负责”读出单位；请核对责任单位和牵头单位", "%q is not a usual word for who is responsible; it was read as 负责: check the owners and the lead", w))
			}
		}
		if len(pr.joiners) > 0 {
			t.review("lead", p.line, i18n.F("“%s”写在牵头单位的逗号之后，读作参与的单位（责任单位），不是牵头单位；请核对", "%q follows a comma under the lead's label and was read as units joining in (owners), not leads: check it", strings.Join(pr.joiners, "、")))
		}
		for _, l := range pr.unknown {
			t.review("owners", p.line, i18n.F("“%s”不是常见的责任标签，其后的单位已列为责任单位（不是牵头单位）；请核对", "%q is not a usual label of who is responsible; the units after it were made owners (not leads): check them", l))
		}
		for _, d := range pr.dated {
			if !strings.Contains(t.Body, d) {
				t.Body = strings.TrimSpace(t.Body + "\n" + d + "。")
			}
		}
		for _, j := range pr.joined {
			t.review("leaders", p.line, i18n.F("责任领导“%s”像是几个人名连在一起，已按人名拆开；请核对", "the leaders %q look like names run together and were split; check them", j))
		}
		if len(pr.open) > 0 && openAt == 0 {
			openAt = p.line
		}
		r.open = append(r.open, pr.open...)
		if pr.due != "" {
			if r.due != "" && r.due != pr.due {
				dues = append(dues, r.due)
			}
			r.due, r.dueLabel = pr.due, pr.dueLabel
		}
		r.firstLeads = r.firstLeads || pr.firstLeads
		r.commaLeads = r.commaLeads || pr.commaLeads
		r.carry = r.carry || pr.carry
		if pr.markLead != "" {
			r.markLead = pr.markLead
		}
		r.ruleOwners = r.ruleOwners || pr.ruleOwners
		addNew(&r.carried, pr.carried...)
		addNew(&r.carriedOpen, pr.carriedOpen...)
	}
	if len(namedLeaders) > 0 && len(staff) > 0 && (staff[0].from == FromLabel || staff[0].from == FromBracket) {
		// 分管领导:王金法 / 责 任 人:李 甄: the leader is named under his own
		// label; the 责任人 is the office's staff who carries it out.
		r.leaders = slices.DeleteFunc(r.leaders, func(s string) bool {
			return slices.Contains(staffNames, s) && !slices.Contains(namedLeaders, s)
		})
	} else {
		for _, s := range staff {
			t.review("leaders", s.line, i18n.F("“%s”写在“责任人”下，已列为责任领导（leaders）；请核对是否是领导", "%q is named as 责任人 and was made a leader; check that it is one", s.text))
		}
	}
	if len(r.leaders) == 0 && len(unitPersons) > 0 {
		// 项目责任人 where no leader is named: read as 责任人 is, listed.
		r.leaders = unitPersons
		t.Sources.Leaders = From{Kind: FromLabel, Line: unitAt, Label: "责任人"}
		t.review("leaders", unitAt, i18n.F("“%s”写在“责任人”下，已列为责任领导（leaders）；请核对是否是领导", "%q is named as 责任人 and was made a leader; check that it is one", strings.Join(unitPersons, "、")))
	}
	t.OwnersText = strings.Join(texts, "；")
	t.Owners, t.Lead, t.Leaders = r.owners, r.lead, r.leaders
	if len(dues) > 0 {
		// （县教育局负责，2025年8月底前建成）；…（…负责，年底前完成）: each
		// part's bracket its own time limit; the last was taken.
		t.review("due", t.raw.resp[len(t.raw.resp)-1].line, i18n.F("这一条的几处责任写明了各自的完成时限（%s和“%s”），已取最后的“%[2]s”；请核对",
			"several of the item's responsibility texts name their own time limits (%s and %q); the last, %[2]q, was taken: check it", "“"+strings.Join(dues, "”、“")+"”", r.due))
	}
	if labelAt.line > 0 {
		// （1-4项牵头落实单位:省编办、…）in the text, 责任处室:人事处牵头 on
		// the line after: a plan above's division copied with the text and
		// this notice's own, or two parts of one; both were read.
		for _, f := range []string{"owners", "lead"} {
			t.review(f, labelAt.line, atF(n.At(bracketAt.line), "这一条在正文的括号中（{at}）和其后的“"+labelAt.label+"”中各写了一次责任单位，两处的单位都已列入；如果括号中的是上级文件的分工，请删去其中的单位",
				"this item names units both in a bracket in its text ({at}) and under "+labelAt.label+" after it; the units of both were taken: if the bracket is a higher plan's division copied with the text, remove its units"))
		}
	}
	n.bodyBrackets(t)
	if len(clauses) > 0 {
		var names []string
		for _, c := range clauses {
			names = append(names, "“（"+c.text+"）”")
		}
		fields := []string{"owners"}
		if len(t.Lead) > 0 {
			fields = append(fields, "lead") // each bracket's own lead, or a rule in one of them (列第一者为牵头单位)
		}
		for _, f := range fields {
			t.review(f, clauses[0].line, i18n.F("这一条有几句话各自在括号中写明了由谁负责（%s和条目末尾的括号），这些单位都已列为责任单位；请核对是否应拆成几项任务",
				"several sentences of this item each name in brackets who does them (%s and the bracket at its end); all those units were made owners: check whether the item should be split into several tasks", strings.Join(names, "、")))
		}
	}
	if len(t.Owners) > 0 {
		t.Sources.Owners = From{Kind: at.from, Line: at.line, Label: at.label}
	}
	if len(t.Lead) > 0 {
		t.Sources.Lead = From{Kind: r.leadFrom, Line: leadAt.line, Label: r.leadLabel}
	}
	ruleLine := t.raw.last
	if len(t.raw.resp) > 0 {
		ruleLine = t.raw.resp[0].line
	}
	if r.ruleOwners {
		had := len(t.Owners)
		addNew(&t.Owners, r.carried...)
		if len(t.Owners) > had {
			t.review("owners", ruleLine, atF(n.At(ruleLine), "责任单位“%s”来自{at}的规定（不再单独列出或分工），请核对",
				"the owners %q come from the rule at {at} (not listed item by item); check them", strings.Join(r.carried, "、")))
		}
	}
	n.carryOwners(t)
	n.sameOwners(t)
	if r.carry && !r.firstLeads && r.markLead == "" && len(t.Owners) > 0 {
		// （县农业农村局牵头，县卫生健康局、各镇配合，下同）: the units hold
		// for the items below that name none of their own.
		n.addRule(rule{kind: ruleSame, line: ruleLine, scope: t.Section, owners: t.Owners, lead: t.Lead, item: t.ID})
	}
	n.headingLeads(t)
	n.headingBracketLeaders(t)
	n.headingBracketLead(t)
	n.leadByRule(t, r, ruleLine)
	n.markLeads(t, r.markLead, ruleLine)
	postLeaders(t)
	labelledPersons(t)
	n.reviewNames(t)
	if len(r.carried) > 0 || len(r.carriedOpen) > 0 {
		n.addRule(rule{kind: ruleOwners, line: ruleLine, scope: t.Section, owners: r.carried, open: r.carriedOpen, item: t.ID})
	}
	if t.raw.merged {
		from := resp[0].line
		for _, f := range []string{"owners", "lead", "leaders"} {
			t.review(f, t.Line, atF(n.At(from), "表格这一行没有写由谁负责，已沿用上一行（{at}）的单位和人员：可能是合并的单元格；请核对",
				"this table row names no one responsible; the units and persons of the row above ({at}) were taken, as from cells merged over both: check them"))
		}
	}
	for _, label := range t.raw.carried {
		f := "owners"
		switch label {
		case "责任领导", "责任人":
			f = "leaders"
		case "牵头单位":
			f = "lead"
		}
		from := t.Line
		for _, p := range t.raw.resp {
			if p.label == label {
				from = p.line
			}
		}
		if from > t.Line {
			// A cell merged over rows, given after the last of them
			// (groupedRows).
			t.review(f, t.Line, atF(n.At(from), "表格这一行的“"+label+"”一格是空的，已沿用下面一行（{at}）的：可能是合并的单元格；请核对",
				"this table row's "+label+" cell is empty; the row below's ({at}) was taken, as from a cell merged over both: check it"))
			continue
		}
		t.review(f, t.Line, atF(n.At(from), "表格这一行的“"+label+"”一格是空的，已沿用上一行（{at}）的：可能是合并的单元格；请核对",
			"this table row's "+label+" cell is empty; the row above's ({at}) was taken, as from a cell merged over both: check it"))
	}
	n.treeReview(t)
	if t.raw.joined {
		for _, f := range []string{"owners", "lead", "leaders"} {
			t.review(f, t.Line, i18n.T("表格这一行的各格连在一起、没有分隔：项目名称、单位和人员是从行首和行尾读出的；请核对",
				"this table row's cells ran together with nothing between them: the project's name, the unit and the persons were read from the row's ends; check them"))
		}
	}
	t.reviewUnread(t.raw.unread)
	if t.raw.guessed {
		for _, f := range []string{"owners", "lead"} {
			t.review(f, t.Line, i18n.T("表格这一行的单元格与表头的列对不上，单位是按内容对应到列的；请核对牵头单位和责任单位",
				"this table row's cells do not line up with the header's columns; units were placed by what they hold: check the lead and the owners"))
		}
	}
	if len(r.open) > 0 {
		open := strings.Join(r.open, "、")
		if openAt == 0 {
			openAt = at.line
		}
		if strings.HasPrefix(open, "等") {
			t.review("owners", openAt, i18n.F("责任单位写有“%s”，还有未列出的单位；已列出写明的单位，原文保留在 owners_text 中，请核对是否需补充",
				"the owners end in %q: more units than those named; the named ones are listed and the text stays in owners_text; check whether units are missing", open))
		} else {
			t.review("owners", openAt, i18n.F("“%s”没有指明具体单位，未列为责任单位（原文保留在 owners_text 中）；请核对是否需补充单位",
				"%q names no unit in particular and was not made an owner (the text stays in owners_text); check whether units are missing", open))
		}
	}
	// (由市人社局牵头会同市教育局研究…: the bodies worked with, with no
	// comma after 牵头, read as after one.)
	leadText := strings.ReplaceAll(t.Title+"。"+t.Body, "牵头会同", "牵头，会同")
	m := bodyLeadRe.FindStringSubmatch(leadText)
	if w := leadWithRe.FindStringSubmatch(leadText); m == nil && w != nil && unitNames(w[1]) {
		// 县住建局牵头，会同县财政局、…研究制定…: a sentence opening with
		// the units that lead, the bodies they work with after it, as
		// 由X牵头,会同Y… reads (the clause after the comma is read on).
		m = []string{strings.TrimSuffix(w[0], "会同"), w[1], "牵头"}
	}
	quoted := "" // the words read, as the text writes them
	if m != nil {
		quoted = "由" + m[1] + m[2]
		if !strings.Contains(m[0], "由") {
			quoted = m[1] + m[2]
		}
	}
	if len(t.Owners) == 0 && m != nil && (m[2] != "主办" || !n.sends) && !slices.Contains(t.Leaders, strings.TrimSpace(m[1])) {
		// (…由陈太良牵头 where 陈太良 was read as the leader: a person.)
		// (Who hosted an event a news report tells of is no owner.)
		// No label, bracket or column names who answers, but the text
		// says who leads the work (…计划由市住建局、残联牵头，各责任单位
		// 具体负责，…): they are owners and lead, listed.
		if owners, _ := names(leadAdverbRe.ReplaceAllString(m[1], "")); len(owners) > 0 && len(owners) <= 4 {
			// (由发展改革委、财政部分别牵头: 分别 says how they lead.)
			lead := slices.Clone(owners)
			text := leadText
			// rest opens at the mark closing the clause (，县总工会、县人社局配合):
			// the mark may be a full-width one of three bytes.
			_, size := utf8.DecodeLastRuneInString(m[0])
			rest := text[strings.Index(text, m[0])+len(m[0])-size:]
			if k := strings.IndexAny(rest, "。；;"); k >= 0 {
				rest = rest[:k]
			}
			for _, c := range splitTop(rest, "，,") {
				// …牵头,会同县发改委、县住建局,研究制定…: the bodies the
				// lead works with, owners too (the work after them no
				// part of their names).
				if w, ok := strings.CutPrefix(strings.TrimSpace(c), "会同"); ok {
					if hs, _ := names(namesBeforeWork(w)); len(hs) > 0 && !slices.ContainsFunc(hs, func(o string) bool { return !unitName(o) && !endsOrg(o) && !bodyEndRe.MatchString(o) }) {
						for _, o := range hs {
							addNew(&owners, o)
						}
					}
				}
			}
			for _, h := range append(helpedByAllRe.FindAllStringSubmatch(rest, -1), carriedOutByRe.FindAllStringSubmatch(rest, -1)...) {
				h[1] = strings.TrimPrefix(h[1], "会同") // (会同财政部等部门负责落实: read above)
				// …,县文广局、教育局承办,公安局、电力局协办: who undertakes
				// and helps, owners too; …,县水利局具体落实: who carries the
				// work out.
				if hs, _ := names(h[1]); len(hs) > 0 && !slices.ContainsFunc(hs, func(o string) bool {
					return !unitName(o) && !endsOrg(o) && !bodyEndRe.MatchString(o) && !strings.HasSuffix(o, "剧团")
				}) {
					for _, o := range hs {
						addNew(&owners, o)
					}
				}
			}
			fields := []string{"owners", "lead"}
			for k, l := range lead {
				// 由工会牵头，县总工会、县人社局配合: the short name stands for
				// the helper named in full, the lead.
				if full := endingIn(l, owners); full != "" && !unitName(l) {
					lead[k] = full
					owners = slices.DeleteFunc(owners, func(o string) bool { return o == l })
				}
			}
			people := headingPersons(m[1])
			if people == nil && !slices.ContainsFunc(lead, func(o string) bool { return !isPersonName(o) }) {
				people = slices.Clone(lead) // 由张建国牵头负责: a person's name alone
			}
			if people != nil && !slices.ContainsFunc(people, func(p string) bool { return endsOrg(p) || unitName(p) }) {
				// 由副县长李明牵头,县教体局、县卫健局配合: the person leads,
				// a leader; the units after are the owners, none the lead.
				owners, lead = slices.DeleteFunc(owners, func(o string) bool { return slices.Contains(lead, o) }), nil
				if len(t.Leaders) == 0 {
					t.Leaders = people
					t.Sources.Leaders = From{Kind: FromInline, Line: t.Line}
				}
				fields = []string{"owners", "leaders"}
			}
			t.Owners, t.Lead = owners, lead
			t.Sources.Owners = From{Kind: FromInline, Line: t.Line}
			if len(lead) > 0 {
				t.Sources.Lead = t.Sources.Owners
			}
			for _, f := range fields {
				if fields[1] == "leaders" {
					t.review(f, t.Line, i18n.F("没有写明责任单位的标签或括号，已从正文“%s”读出牵头的领导（及其后写明承办、协办或配合的单位）；请核对并补上其他责任单位",
						"no label or bracket names the owners; the leader (and the units the text says undertake or help) were read from the text (%s): check them and add the other owners", quoted))
					continue
				}
				t.review(f, t.Line, i18n.F("没有写明责任单位的标签或括号，已从正文“%s”读出牵头单位（及其后写明承办、协办或配合的单位）；请核对并补上其他责任单位",
					"no label or bracket names the owners; the lead (and the units the text says undertake or help) were read from the text (%s): check them and add the other owners", quoted))
			}
		}
	}
	if len(t.Owners) > 0 && len(t.Lead) == 0 && (t.Sources.Owners.Kind == FromBracket || t.Sources.Owners.Kind == FromLabel) {
		// 一、…。由行政办公室牵头,…。(责任部门:办公室、相关科室): the bracket
		// names who answers, the text who leads; the lead is an owner too.
		// Each part of the item may name its own (此项工作由X牵头负责。…此项
		// 工作由Y牵头负责。), and one clause several (由县委办、县政府办牵头).
		var leads []string
		text := t.Title + "。" + t.Body
		for _, loc := range bodyLeadRe.FindAllStringSubmatchIndex(text, -1) {
			m := []string{text[loc[0]:loc[1]], text[loc[2]:loc[3]], text[loc[4]:loc[5]]}
			if m[2] != "牵头" || formerLeadRe.MatchString(text[:loc[2]]) {
				continue // 不再由县民政局牵头, 原由县住建局牵头: who no longer leads
			}
			named, _ := names(m[1])
			if len(named) == 0 || slices.ContainsFunc(named, func(u string) bool { return !textLeadBody(u, t.Owners) }) {
				continue
			}
			for _, u := range named {
				addNew(&leads, ownerNamed(u, t.Owners))
			}
		}
		if len(leads) > 0 {
			t.Lead = leads
			t.Sources.Lead = From{Kind: FromInline, Line: t.Line}
			var added []string
			for _, u := range leads {
				if !slices.Contains(t.Owners, u) {
					added = append(added, u)
				}
			}
			t.Owners = append(added, t.Owners...)
			t.review("lead", t.Line, i18n.F("括号写明了责任单位，正文写由“%s”牵头，已读作牵头单位；请核对", "the bracket names the owners and the text says %q leads: read as the lead; check it", strings.Join(leads, "、")))
		}
	}
	if m := bodyLeadRe.FindStringSubmatch(t.Title + "。" + t.Body); len(t.Lead) > 0 && m != nil && m[2] == "牵头" && t.Sources.Lead.Kind != FromInline {
		// 由县财政局牵头负责。(牵头单位:县住建局;配合单位:县财政局): the text
		// and the label name different leads; the label's stands, listed.
		if lead, _ := names(m[1]); len(lead) > 0 && unitNames(m[1]) && !slices.ContainsFunc(lead, func(u string) bool { return slices.Contains(t.Lead, u) }) {
			t.review("lead", t.Line, i18n.F("正文写由“%s”牵头，与写明的牵头单位（%s）不同；已按写明的读，请核对", "the text says %q leads, unlike the lead written (%s): the written one was read; check it",
				strings.Join(lead, "、"), strings.Join(t.Lead, "、")))
		}
	}
	if m := bodyDutyRe.FindStringSubmatch(t.Title + "。" + t.Body); len(t.Owners) == 0 && m != nil {
		// No label, bracket or column names who answers, but a line of
		// the item says who does the work (整改要求:由县环卫站负责清除…):
		// they are owners, listed; 负责 names no lead.
		if owners, _ := names(m[1]); len(owners) > 0 && len(owners) <= 8 && !slices.ContainsFunc(owners, func(o string) bool { return !unitName(o) }) {
			t.Owners = owners
			t.Sources.Owners = From{Kind: FromInline, Line: t.Line}
			t.review("owners", t.Line, i18n.F("没有写明责任单位的标签或括号，已从正文“由%s%s”读出责任单位；请核对",
				"no label or bracket names the owners; they were read from the text (由%s%s): check them", m[1], m[2]))
		}
	}
	if t.raw.cellLabels {
		for _, f := range []string{"owners", "lead"} {
			t.review(f, t.Line, i18n.T("表格这一行的单位格里还写了标签（如“市牵头单位：”“区责任单位：”），单位是按格读出的，标签所指的层级没有区分；请核对牵头单位和责任单位",
				"this table row's unit cell holds labels of its own (such as 市牵头单位：, 区责任单位：); the units were read from the cell without telling the levels the labels name: check the lead and the owners"))
		}
	}
	if t.raw.extraRow > 0 {
		t.review("owners", t.raw.extraRow, atF(n.At(t.raw.extraRow), "{at}的表格行只写了时间和单位，已作为这一项的又一个单位（及其时间）并入；请核对",
			"the table row at {at} gives only a time and a unit: taken into this task as another of its units (with its time); check it"))
	}
	if t.raw.picked > 0 {
		t.review("owners", t.Line, i18n.F("这一项是第 %d 项下的第（%d）分项，只有它写明了责任单位，已单独作为任务（第 %d 项本身的文字记在 parent 中）；请核对这些单位是否也负责第 %d 项的其他内容",
			"this is sub-item (%[2]d) of item %[1]d, the only one naming units, made a task of its own (item %[1]d's own text is kept as its parent); check whether the units answer for the rest of item %[1]d too", t.Number, t.raw.picked, t.Number, t.Number))
	}
	n.parentLead(t)         // 1.开幕式 / 由市文化局牵头组织实施。 over ①②③ (leadheading.go)
	n.titleStatesLead(t)    // (二)省审计厅牵头的工作 as the task (leadheading.go)
	n.partnersOnlyReview(t) // 协同单位 alone, no lead (leadheading.go)
	twoLeadLabels(t)        // 牵头部门 and 主办部门 both (leadheading.go)
	n.bodyLeadUnit(t)       // X为…牵头责任单位 in running text (leadunit.go)
	n.textLeadReview(t)     // X牵头 in the text beside a bracket's units (textlead.go)
	n.sectionLeadReview(t)
	if len(t.Owners) == 0 {
		t.review("owners", t.Line, noOwnersText)
		if len(t.Lead) == 0 && len(t.Leaders) == 0 && strings.Contains(t.Title+t.Body, "牵头") {
			// …等信息审批处牵头,各有关处室配合: a lead the text names
			// where no unit could be read out of it (由王强牵头 read as
			// its leader is not).
			t.review("lead", t.Line, i18n.T("这一项的文字中写有“牵头”，但没有读出牵头单位；请按原文补上", "the item's text says 牵头 (leads), but no lead unit could be read; fill it in from the text"))
		}
	}
	due := t.raw.due
	if due.text == "" && r.due != "" {
		due = piece{r.due, ruleLine, FromBracket, ""}
		if len(t.raw.resp) > 0 {
			due.from, due.label = t.raw.resp[0].from, t.raw.resp[0].label
		}
		if r.dueLabel != "" {
			// 问题整改责任单位:X 整改时限:3天: the limit's own label, not the
			// line's first.
			due.label = r.dueLabel
		}
	}
	n.dates(t, due)
	if t.raw.mergedDue {
		t.review("due", t.Line, atF(n.At(due.line), "表格这一行没有写完成时限，已沿用上一行（{at}）的：可能是合并的单元格；请核对",
			"this table row gives no time limit; the row above's ({at}) was taken, as from a cell merged over both: check it"))
	}
	if t.raw.twoDue {
		t.review("due", due.line, i18n.F("这一行有两项工作，各有完成时限（%s），due 取的是较晚的一个；请核对",
			"this row holds two lines of work, each with its time limit (%s); due is the later one: check it", strings.ReplaceAll(due.text, " ", "、")))
	}
}

// clauseBrackets are the brackets inside an item that closes with its own
// bracket of owners (t.raw.resp[0], taken off its end) where earlier
// sentences close with brackets of their own naming who does them: each
// names owners of the item as much as the last one does. Before, only
// the last was read and the units of the others were lost, not listed.
// A bracket may be square (〔X牵头,Y参与〕) and hold brackets of its own
// (各县、区人民政府(管委会)). A sentence of a bracket that states a rule
// (以下各项工作均需…落实,不再列出) is left out of it; a bracket that
// names no unit is left in the text.
func clauseBrackets(t *Task) []piece {
	titled := strings.HasSuffix(t.Title, "）") || strings.HasSuffix(t.Title, ")")
	if len(t.raw.resp) == 0 || t.raw.resp[0].from != FromBracket || t.Body == "" && !titled {
		return nil
	}
	src := "。" + t.Body
	if titled {
		// 一、建立…机制(县发改局负责,县财政局牵头)。完善…(县工信局牵头)。: the
		// bracket closing the item's first sentence, its title.
		src = "。" + t.Title + "。" + t.Body
	}
	var out []piece
	for _, inner := range sentenceBrackets(src) {
		var keep []string
		for _, sent := range strings.FieldsFunc(inner, func(r rune) bool { return r == '。' }) {
			if sent = strings.TrimSpace(sent); sent != "" && !statesRuleRe.MatchString(sent) {
				keep = append(keep, sent)
			}
		}
		inner = strings.Join(keep, "。")
		if !respWordRe.MatchString(inner) || utf8.RuneCountInString(inner) > 120 {
			continue
		}
		if pr := splitResp(inner); len(pr.owners) > 0 {
			out = append(out, piece{inner, t.raw.resp[0].line, FromBracket, ""})
		}
	}
	if titled && len(out) > 0 {
		// The title's closing bracket read as a clause's units is no part
		// of the title.
		r := []rune(t.Title)
		if i := openingBracket(r, len(r)-1); i > 0 && slices.ContainsFunc(out, func(p piece) bool { return strings.HasPrefix(string(r[i+1:len(r)-1]), p.text) }) {
			t.Title = strings.TrimSpace(string(r[:i]))
		}
	}
	return out
}

// sentenceBrackets are the words of each bracket in s that follows the
// end of a sentence (。；;), brackets inside it kept: （…）, (…) or 〔…〕.
func sentenceBrackets(s string) []string {
	runes := []rune(s)
	var out []string
	for i := 1; i < len(runes); i++ {
		if !strings.ContainsRune("（(〔", runes[i]) {
			continue
		}
		j := i - 1
		for j >= 0 && unicode.IsSpace(runes[j]) {
			j--
		}
		afterStop := j >= 0 && strings.ContainsRune("。；;", runes[j])
		depth := 0
	scan:
		for k := i; k < len(runes); k++ {
			switch runes[k] {
			case '（', '(', '〔':
				depth++
			case '）', ')', '〕':
				depth--
			}
			if depth == 0 {
				// After a sentence's stop, or closing the sentence before
				// its stop (…分配机制(X负责,Y牵头)。毫不动摇…).
				if afterStop || k+1 < len(runes) && strings.ContainsRune("。；;", runes[k+1]) {
					out = append(out, string(runes[i+1:k]))
				}
				i = k
				break scan
			}
		}
	}
	return out
}

// bodyBracketRe is a bracket anywhere in a task's text that names who does
// some of its work: …加强跟踪评价（区卫生健康委负责），严格….
var bodyBracketRe = lazyRe(`[（(]([^（）()]{2,80}?(?:负责|牵头|牵头负责|配合|协办|协助|参与)|(?:配合|协助|协办|参与)(?:单位|部门)?\s*[：:][^（）()]{2,80})[）)]`)

// helperLabelRe is a bracket's label of who helps, then the names:
// 协助单位:县人社局、县医保局, 参与:县林业局.
var helperLabelRe = lazyRe(`^(?:配合|协助|协办|参与)(?:单位|部门)?\s*[：:]\s*(.+)$`)

// bodyBrackets lists a task whose text still holds a bracket naming units
// as doing some of its work that are not among its owners: no rule read
// the bracket (it stands mid-sentence, or the item's end names others),
// and the office should see the units it names.
func (n *Notice) bodyBrackets(t *Task) {
	for _, m := range bodyBracketRe.FindAllStringSubmatch(t.Title+"。"+t.Body, -1) {
		if statesRuleRe.MatchString(m[1]) {
			continue
		}
		inner := m[1]
		if h := helperLabelRe.FindStringSubmatch(inner); h != nil {
			inner = h[1] + "配合" // (协助单位:县人社局、县医保局)
		}
		pr := splitResp(inner)
		var missing []string
		for _, o := range pr.owners {
			if !slices.Contains(t.Owners, o) {
				missing = append(missing, o)
			}
		}
		if len(missing) > 0 {
			t.review("owners", t.raw.last, i18n.F("这一项的正文中有括号“%s”写明了由谁负责，其中“%s”没有列为责任单位；请核对",
				"the item's text holds a bracket %q naming who does part of it; %q is not among the owners: check them", m[0], strings.Join(missing, "、")))
			if slices.ContainsFunc(pr.lead, func(l string) bool { return !slices.Contains(t.Lead, l) }) {
				// (县卫健局牵头) in the text, the item's end naming another
				// lead (县妇联牵头) or none: the lead may be both.
				t.review("lead", t.raw.last, i18n.F("这一项的正文中有括号“%s”写明了牵头单位，其中的单位没有列为牵头单位；请核对",
					"the item's text holds a bracket %q naming a lead that is not among the leads: check the lead", m[0]))
			}
			return
		}
	}
}

// kindOnlyRe is a kind of department named with no body: 卫生健康部门,
// 卫生主管部门 (a unit's own name says 局, 委, 办 …).
var kindOnlyRe = lazyRe(`^\p{Han}{2,10}(?:主管)?部门$`)

// relationNameRe is a unit named by its relation to the work: 学生所在单位,
// 车辆日常使用单位, 拥有私家车的师生所在单位, 局主办科室, 学生所在学院.
var relationNameRe = lazyRe(`^\p{Han}{2,30}?(?:所在|使用|的)\p{Han}{0,12}(?:单位|部门)$|(?:主办|承办)(?:科室|处室|股室|部门|单位)$|^\p{Han}{1,8}所在\p{Han}{1,8}$|^(?:办医|办学|监管|责任|建设|运营|经营)主体$`)

// metaNameRe is a name that stands for whoever leads another task: 各主要
// 经济指标牵头单位.
var metaNameRe = lazyRe(`牵头单位|牵头部门|责任单位|主责单位`)

// memberGroupRe is a group named by what its members belong to, not by
// who they are: 省就业工作联席会议成员单位, 领导小组成员.
var memberGroupRe = lazyRe(`成员单位$|(小组|委员会|联席会议|指挥部)(各)?成员$|^各试点\p{Han}{0,6}(?:单位|部门|地区|区|县|市|区政府|县政府|市政府|乡镇|街道|学校|医院|企业)$`)

// levelessRe is a collective that names no level and no kind of body:
// 各地, 各部门, 各单位, 各直属单位 (whose 各部门? the province's, the city's?).
var levelessRe = lazyRe(`^各(?:直属|所属|下属|成员)?(地|地区|地方|部门|单位|机构|方面|级)$`)

// subordinateRe is such a collective after the body it belongs to (市政府
// 各直属单位, from 市政府各部门、各直属单位): which units are 直属 is not said.
var subordinateRe = lazyRe(`^\p{Han}{1,10}?各(?:直属|所属|下属)(单位|机构)$`)

// someOfRe is a collective of a level that leaves open which of them:
// 各有关区、县级市, 各相关县（市、区）, 相关市(州)人民政府.
var someOfRe = lazyRe(`^各?(?:有关|相关)`)

// runTogetherRe is two persons' names run together: 陆 明俞 悦.
var runTogetherRe = lazyRe(`^\p{Han}\s+\p{Han}{2}\s+\p{Han}$|^\p{Han}{5,}$`)

// oddNameRe is what no unit's name holds: an open tail run into it
// (省政务办等各有关部门和单位), a duty word, a sentence's stop, a
// percentage (a progress cell read as names: 88%(…推进缓慢)), a work's
// verb (a target's cell a PDF's copy broke at its 、: …公共场所开展生活垃圾
// 分类督查考核), a date or
// a bare number (a time limit's cell a broken row put under the units:
// 2010年9月20日前, 2010年9), a heading's number or a score (a merged
// heading cell of a table of indicators: ( 二)绩效 考核(6 分)).
var oddNameRe = lazyRe(`^(?:此项|该项|本项|这项|此为|其中|以上|上述)|办公会|常务会|党组会|(?:会议|例会)$|等|有关|相关|负责|牵头|配合|落实|完成|开展|一票否决|不得分|扣分|[。；;：:%％]|\d+[年月日]|^\d+$|^\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|^[一二三四五六七八九十]{1,3}、|[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]|^\d+(?:\.\d+)?\s*分$`)

// measureLabelRe is a field of what is to be done: 整改措施, 工作措施.
var measureLabelRe = lazyRe(`^(?:整改|工作|具体|主要)?措施$`)

// targetLabelRe is a card's label over what the work is to reach: 任务目标,
// 目标任务, 工作目标, 建设内容.
var targetLabelRe = lazyRe(`^(?:任务|工作|年度|建设)?目标(?:任务)?$|^建设内容$`)

// gradeWords hides the 等 of a school's grade (各高等学校, 中等职业学校)
// from oddNameRe: no open tail.
var gradeWords = strings.NewReplacer("高等", "高_", "中等", "中_", "初等", "初_")

// sentenceNameRe is a work's verb in a long name that ends as no body's
// does: a piece of work read as a unit (建立绩效考核机制,将…纳入…).
var sentenceNameRe = lazyRe(`建立|制定|纳入|加强|推进|推动|实施|做好|提高|完善|健全|督促|确保|加快|强化|落到`)

// fieldsOf is the fields an owner stands in: owners, and lead where it
// leads too.
func fieldsOf(t *Task, o string) []string {
	if slices.Contains(t.Lead, o) {
		return []string{"owners", "lead"}
	}
	return []string{"owners"}
}

// personLikeName says an owner reads as a person's name: three
// characters opening with a common surname, ending as no body or place
// does (张建国; not 林业局, 高新区, 王庄村).
func personLikeName(o string) bool {
	r := []rune(o)
	return len(r) == 3 && personNameRe.MatchString(o) && strings.ContainsRune(surnames, r[0]) && !bodyName(o) && !townNameRe.MatchString(o) &&
		!placeEndRe.MatchString(o) && !Collective(o) && !deptKind(o) && !unitSuffixRe.MatchString(o)
}

// twoBodiesRe is two names of small bodies run together, the first ending
// as a section, hall, squad or station does and the second as a body
// does: 文化宣传股文化馆.
var twoBodiesRe = lazyRe(`^(\p{Han}{2,}(?:股|馆|队|站))(\p{Han}{2,}(?:股|馆|队|站|所|局|委|办|中心|公司))$`)

// localBodyRe is a body named by where the work lies: 属地乡镇, 所在镇人民
// 政府, 属地党委政府, 辖区街道, 项目属地.
var localBodyRe = lazyRe(`^(?:各)?(?:项目)?(?:属地|所在地?|所属|辖区)(?:\p{Han}|[（(][^（()）]{1,6}[）)]){0,10}$|属地(?:政府|党委|乡镇|街道|镇街)`)

// kindOfUnitsRe is an owner naming a kind of unit, not which: 各行业主管
// 部门, 各有关职能部门, 各项目主管部门, …各挂点帮扶单位.
var kindOfUnitsRe = lazyRe(`各(?:有关|相关)?(?:行业|产业|项目|业务)?(?:主管|职能)部门$|各挂点(?:帮扶|联系)?单位$`)

// reviewNames lists names that are no unit or person as written: a name
// that stands for other tasks' leads, leaders run together, a name that
// holds words no unit's name holds; and a task whose text still holds a
// responsibility label after its owners were read.
func (n *Notice) reviewNames(t *Task) {
	if len(t.Owners) > 0 {
		n.reviewUnreadBy(t)
	}
	for _, o := range t.Owners {
		if m := oddNameRe.FindString(gradeWords.Replace(o)); m != "" && !someOfRe.MatchString(o) && !metaNameRe.MatchString(o) {
			for _, f := range fieldsOf(t, o) {
				t.review(f, t.Sources.Owners.Line, i18n.F("“%s”不像一个单位的名称（其中有“%s”）：可能是几个单位连在一起，或带进了别的字；请核对",
					"%q does not read as one unit's name (it holds %q): several units may have run together, or other words come in; check it", o, m))
			}
			break
		}
	}
	for _, o := range t.Owners {
		if personLikeName(o) {
			// 市住建局 / 张建国 in one cell: a person among the units.
			for _, f := range fieldsOf(t, o) {
				t.review(f, t.Sources.Owners.Line, i18n.F("“%s”像是人名，不是单位；请核对（人员请写在 leaders 中）",
					"%q reads as a person's name, not a unit's; check it (persons belong in leaders)", o))
			}
		}
	}
	for _, o := range t.Owners {
		if m := sentenceNameRe.FindString(o); m != "" && len([]rune(o)) > 12 && !endsOrg(o) && !Collective(o) && !oddNameRe.MatchString(o) {
			// 建立绩效考核机制 将农产品质量安全监管工作纳入政府考核体系: a
			// cell of the work read as units where a table's columns slid.
			for _, f := range fieldsOf(t, o) {
				t.review(f, t.Sources.Owners.Line, i18n.F("“%s”读起来像一句要做的事（其中有“%s”），不像单位的名称：可能是表格的列没有对齐；请核对",
					"%q reads as a piece of work (it holds %q), not a unit's name: a table's columns may have slid; check it", o, m))
			}
			break
		}
	}
	t.reviewShortNames()
	for _, o := range t.Owners {
		if m := unitPostNameRe.FindStringSubmatch(o); m != nil && strings.HasPrefix(m[1], "各") {
			// 各乡镇乡镇长: every unit's head, a post, kept as written.
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”是各单位的负责人（职务），不是单位，按原文保留；请核对", "%q names every unit's head (a post), not units; kept as written: check it", o))
			break
		}
	}
	for _, o := range t.Owners {
		if kindOfUnitsRe.MatchString(o) {
			// 各行业主管部门, 市直各职能部门: a kind of department, each
			// by the work it oversees, which the name does not say.
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”指一类单位（按职责各自负责），没有写明是哪些；请核对并写明", "%q names a kind of unit (each by its duties), not which ones: check it and name them", o))
			break
		}
	}
	for _, o := range t.Owners {
		if localBodyRe.MatchString(o) {
			// 属地乡镇, 所在镇人民政府: the township where the work lies,
			// which the name does not say.
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”指工作所在地的单位，没有写明是哪一个；请核对并写明", "%q means the body of the place where the work lies, not which one: check it and name it", o))
			break
		}
	}
	for _, o := range t.Owners {
		if m := twoBodiesRe.FindStringSubmatch(o); m != nil {
			// 文化宣传股文化馆: a table's cell of two small bodies on one
			// line with nothing between them.
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”像是两个单位连在了一起（“%s”和“%s”）；请核对", "%q reads as two units run together (%q and %q); check it", o, m[1], m[2]))
			break
		}
	}
	for _, o := range t.Owners {
		if bracketsUneven(o) {
			// 嘉鱼经济开发区]: a bracket a line break (a PDF's copy) cut
			// off from its other half is no part of a unit's name.
			for _, f := range fieldsOf(t, o) {
				t.review(f, t.Sources.Owners.Line, i18n.F("“%s”的括号不成对：可能是换行把括号断开了，另一半在别的行；请核对这个单位的名称",
					"%q has a bracket without its other half: a line break may have cut the brackets apart; check the unit's name", o))
			}
			break
		}
	}
	if m := respLabelRe.FindString(t.Title + "。" + upperLeadLinesOff(t.Body)); m != "" {
		t.review("owners", t.Line, i18n.F("任务的内容中还有“%s”：可能有一行责任单位或另一项任务没有读出；请核对",
			"the task's text still holds %q: a line of owners or another task may not have been read; check it", strings.TrimSpace(m)))
	}
	for _, o := range t.Owners {
		if metaNameRe.MatchString(o) {
			// The lead too where it is the lead (牵头单位：各项目牵头单位),
			// not where a unit named leads (牵头单位：市委组织部，配合单位：
			// 各项目牵头单位).
			fields := []string{"owners"}
			if slices.Contains(t.Lead, o) || len(t.Lead) == 0 {
				fields = append(fields, "lead")
			}
			for _, f := range fields {
				t.review(f, t.Sources.Owners.Line, i18n.F("“%s”不是具体单位，请改成实际的单位", "%q is no unit in particular; name the units", o))
			}
			break
		}
	}
	for _, o := range t.Owners {
		if kindOnlyRe.MatchString(o) && !localityRe.MatchString(o) && !strings.Contains(o, "各") {
			// 卫生健康部门, 市场监管部门: a kind of department at no level.
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”是一类部门，没有写明哪一级、哪个单位；请核对", "%q names a kind of department at no level; check which unit it is", o))
			break
		}
	}
	for _, o := range t.Owners {
		if relationNameRe.MatchString(o) && !kindOnlyRe.MatchString(o) && !strings.Contains(o, "各") {
			// 学生所在单位, 车辆日常使用单位: a unit named by its relation
			// to the work, whichever unit that is.
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”是按与这项工作的关系写的单位（如所在单位、使用单位），不是具体的单位；请核对是哪些单位",
				"%q names units by their relation to the work (the unit one belongs to, the unit using something), no unit in particular; check which units they are", o))
			break
		}
	}
	for _, o := range t.Owners {
		if memberGroupRe.MatchString(o) {
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”是一组单位，通知没有列出是哪些单位；已按分组写入 units.yaml，请列出其成员",
				"%q is a group whose members the notice does not list; it is a group in units.yaml: list its members", o))
			break
		}
	}
	var leveless []string
	for _, o := range t.Owners {
		if levelessRe.MatchString(o) || subordinateRe.MatchString(o) || holdersRe.MatchString(o) {
			leveless = append(leveless, o)
		}
	}
	if len(leveless) > 0 {
		t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”没有说明是哪一级的哪些单位；已列为责任单位，请核对是否改成具体单位，或在 units.yaml 中列出这一组的成员",
			"%q says neither the level nor which units; they were made owners: name the units, or list the group's members in units.yaml", strings.Join(leveless, "、")))
	}
	var someOf []string
	for _, o := range t.Owners {
		if someOfRe.MatchString(o) {
			someOf = append(someOf, o)
		}
	}
	if len(someOf) > 0 {
		t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”没有说明是其中哪些；已列为责任单位，请核对是否改成具体单位",
			"%q does not say which of them; they were made owners: name the units", strings.Join(someOf, "、")))
	}
	for _, p := range t.Leaders {
		if (bodyName(p) || townNameRe.MatchString(p) || endsOrg(p) && !postOnlyRe.MatchString(p) || placeEndRe.MatchString(p) && utf8.RuneCountInString(p) >= 3 && localityRe.MatchString(p)) &&
			!personLikeName(p) && !personShaped(p) && !roleRe.MatchString(p) && !headPostRe.MatchString(p) {
			// 分管领导 | 牵头单位 over a row that left a cell out: 城管局
			// under 分管领导.
			t.review("leaders", t.Sources.Leaders.Line, i18n.F("责任领导“%s”像是单位，不是人；请核对", "the leader %q reads as a unit, not a person; check it", p))
			continue
		}
		if q := strings.TrimSuffix(p, "同志"); roleRe.MatchString(q) || postOnlyRe.MatchString(q) && !namedBeforePost(q) && !surnamePost(q) || unitPostAlone(q) {
			// (高新区党工委书记, 各分管副市长: a post, its holder unnamed.)
			t.review("leaders", t.Sources.Leaders.Line, i18n.F("责任领导“%s”是职务，没有写明是谁；请写上姓名", "the leader %q is a post, not a person; write the name", p))
			continue
		}
		if surnameOnlyRe.MatchString(p) {
			t.review("leaders", t.Sources.Leaders.Line, i18n.F("责任领导“%s”只写了姓，没有写明是谁；请写上姓名", "the leader %q gives a surname alone, not who it is; write the name", p))
			continue
		}
		if runTogetherRe.MatchString(p) && !personRe.MatchString(strings.ReplaceAll(p, " ", "")) {
			t.review("leaders", t.Sources.Leaders.Line, i18n.F("责任领导“%s”可能是两个人名连在一起，请核对", "the leader %q may be two names run together; check it", p))
		}
	}
	if m := namedLeaderRe.FindString(t.Title + "。" + t.Body); len(t.Leaders) == 0 && m != "" {
		// The text names a person who does the work (由王同志负责) and
		// no leader was read from it.
		t.review("leaders", t.Line, i18n.F("这一项的正文写明了由谁负责（%s），没有读出责任领导；请核对并写上", "the item's text names who does it (%s) and no leader was read: check it and write them", m))
	}
}

// carryOwners adds the units of the 以下……不再单独列出 rules that cover a
// task, and says so.
func (n *Notice) carryOwners(t *Task) {
	for _, ru := range n.rules {
		if ru.kind != ruleOwners || ru.line >= t.Line && ru.item == "" && !ru.all || ru.item == t.ID || !inScope(t.Section, ru.scope) {
			continue
		}
		if ru.item != "" && ru.line > t.raw.last {
			continue
		}
		if len(ru.open) > 0 {
			// 相关乡镇政府为责任主体,以下不再列出: the rule gives every item
			// below names that name no unit; the clerk must fill them in.
			t.review("owners", ru.line, atF(n.At(ru.line), "{at}的规定写明以下各项也由“%s”负责，没有指明具体单位，未列为责任单位；请核对是否需补充单位",
				"the rule at {at} gives the items below %q too, which names no unit: not made owners; check whether units should be added", strings.Join(ru.open, "、")))
		}
		had := len(t.Owners)
		addNew(&t.Owners, ru.owners...)
		if len(t.Owners) == had {
			continue
		}
		if had == 0 {
			t.Sources.Owners = From{Kind: FromCarry, Line: ru.line, Item: ru.item}
		}
		if ru.letter {
			t.review("owners", ru.line, atF(n.At(ru.line), "责任单位“%s”来自{at}“除特别注明的外”的规定，请核对",
				"the owners %q come from the rule at {at} (除特别注明的外…); check them", strings.Join(ru.owners, "、")))
			continue
		}
		t.review("owners", ru.line, atF(n.At(ru.line), "责任单位“%s”来自{at}“不再单独列出”的规定，请核对",
			"the owners %q come from the rule at {at} (以下……不再单独列出); check them", strings.Join(ru.owners, "、")))
	}
}

// sameOwners gives a task that names no units of its own those of the
// latest item before it in its section whose units end in 下同, its lead
// too, and says so.
func (n *Notice) sameOwners(t *Task) {
	if len(t.Owners) > 0 {
		return
	}
	for k := len(n.rules) - 1; k >= 0; k-- {
		ru := n.rules[k]
		if ru.kind != ruleSame || ru.item == t.ID || ru.line > t.Line || !inScope(t.Section, ru.scope) {
			continue
		}
		t.Owners, t.Lead = slices.Clone(ru.owners), slices.Clone(ru.lead)
		t.Sources.Owners = From{Kind: FromCarry, Line: ru.line, Item: ru.item}
		if len(t.Lead) > 0 {
			t.Sources.Lead = t.Sources.Owners
		}
		t.review("owners", ru.line, atF(n.At(ru.line), "责任单位“%s”沿用第 %s 项的“下同”（{at}），请核对",
			"the owners %q are item %s's, carried by its 下同 ({at}); check them", strings.Join(ru.owners, "、"), ru.item))
		return
	}
}

// headingRe is a section heading that names who leads the items under
// it: 一、县示范区管委会牵头工作（8项）, 一、朱伟县长牵头重点工作,
// 一、王纲市长主抓重点工作.
var headingRe = lazyRe(`^(\S{2,20}?)(?:牵头|负责|主抓|领办|包抓|分管)的?(?:重点)?(?:工作|任务|事项)(?:[（(]\s*共?\s*\d{1,3}\s*项\s*[）)])?$`)

// headPostRe ends the name of a person with a post, not of a unit:
// 朱伟县长, 张三副市长, 徐洪涛常务副区长, 张盈军区政府党组成员.
var headPostRe = lazyRe(`\p{Han}{2,3}(?:副?[省市县区镇乡旗州]长|书记|主任|秘书长|党组成员|常委|[省市县区]长助理)$`)

// postHeadRe is a post opening a heading of duties: 支部书记, 党组书记,
// 分管领导 before the duties' topic (意识形态工作职责).
var postHeadRe = lazyRe(`^[\p{Han}（）()]{0,10}?(?:副?书记|委员|分管领导|主要负责人|主要领导)(?:、\p{Han}{0,4}?(?:[镇乡县区市]长|主任|书记))*`)

// postOnlyHeading is the post a heading names as its whole, with what it
// answers for after it or not: 党委书记, 班子成员, 党委书记第一责任人责任,
// 党组成员“一岗双责”, 村党组织书记. "" for any other heading.
func postOnlyHeading(title string) string {
	t := strings.TrimRight(trimLine(title), "。：: ")
	t = postDutyTailRe.ReplaceAllString(t, "")
	if !postWholeRe.MatchString(t) || notStaffPostRe.MatchString(t) {
		return ""
	}
	return t
}

// postTopic says what stands between a post and 职责 in a heading is a
// field of duty (意识形态工作, 党风廉政建设) or nothing, not a topic of its own
// (书记项目, 委员提案办理).
func postTopic(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "职责"), "责任")
	return s == "" || strings.HasSuffix(s, "工作") || strings.HasSuffix(s, "建设") || postDutyTailRe.FindString(s) == s
}

var (
	// postWholeRe is a post named whole, with the body it is in before it.
	postWholeRe = lazyRe(`^[\p{Han}（）()]{0,8}?(?:副?书记|党组成员|班子成员|领导班子成员|党委委员|支委委员|分管领导|主要负责人|主要领导|负责人)$`)
	// postDutyTailRe is what a post answers for, after it in a heading.
	postDutyTailRe = lazyRe(`(?:第一责任人|[“"]?一岗双责[”"]?|监督)?(?:责任|职责)?$`)
	// notStaffPostRe is a member of a congress or a conference, no post
	// of the body's staff.
	notStaffPostRe = lazyRe(`人大|政协|代表`)
)

// headingStatesLead records who a section heading says leads the section's
// items: a person (朱伟县长) leads them as their leader, a unit (县示范区管委会)
// as the owner and lead of items that name none of their own.
func (n *Notice) headingStatesLead(title string, line int, scope string) {
	if units := unitHeading(title); units != nil {
		// 五、省发改委: a division of the work by unit, each heading the
		// unit's name over its items.
		n.addRule(rule{kind: ruleHeading, line: line, scope: scope, owners: units, named: true})
		return
	}
	if post := postOnlyHeading(title); post != "" {
		// 二、党委书记第一责任人责任, 四、班子成员, 三、党组成员“一岗双责”: a
		// post over its duties, the post the items' leader as written
		// (listed: it names no one).
		n.addRule(rule{kind: ruleHeading, line: line, scope: scope, leaders: strings.Split(post, "、")})
		return
	}
	if whole := strings.TrimRight(trimLine(title), "。：: "); dutyHeadingRe.MatchString(whole) {
		m := dutyHeadingRe.FindStringSubmatch(whole)
		// 二、支部书记意识形态工作职责: a post's duties, the post the items'
		// leader as written (listed: it names no one), not 支部 an owner.
		// (一、书记项目工作任务, 二、政协委员提案办理工作任务: topics, no post's duties.)
		if post := postHeadRe.FindString(m[1]); post != "" && !strings.HasPrefix(m[1][len(post):], "会") && postTopic(whole[len(post):]) && !notStaffPostRe.MatchString(post) {
			n.addRule(rule{kind: ruleHeading, line: line, scope: scope, leaders: strings.Split(post, "、")})
			return
		}
	}
	if units := deptHeading(title); units != nil {
		// (二)公安部门 / 1、…: a division of duties by department.
		n.addRule(rule{kind: ruleHeading, line: line, scope: scope, owners: units, named: true})
		return
	}
	var helpers []string
	if b := headHelpersRe.FindStringSubmatch(title); b != nil {
		// 于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助): the persons
		// who assist lead the items with the one the heading names.
		if hs := headingPersons(b[2]); hs != nil {
			title, helpers = b[1], hs
		}
	}
	m := headingRe.FindStringSubmatch(title)
	if m == nil || strings.ContainsAny(m[1], "，,。；;") {
		return
	}
	if persons := headingPersons(m[1]); persons != nil {
		n.addRule(rule{kind: ruleHeading, line: line, scope: scope, leaders: append(persons, helpers...)})
		return
	}
	if units := headingUnits(m[1]); units != nil {
		n.addRule(rule{kind: ruleHeading, line: line, scope: scope, owners: units, leads: true})
	}
}

// headingPersons is the persons a heading names as leading its items,
// each as written: 孟学农省长, 常务副市长李强 (the post first), 李强同志,
// 张伟、王芳副市长 (two, the post after the last), 县长 (a post alone, which
// the review says names no one). Nil where who is no person.
func headingPersons(who string) []string {
	parts := strings.Split(who, "、")
	for k, p := range parts {
		last := k == len(parts)-1
		switch {
		case headPostRe.MatchString(p), postFirstRe.MatchString(p), strings.HasSuffix(p, "同志") && utf8.RuneCountInString(p) <= 6:
		case last && roleOnlyRe.MatchString(p) && len(parts) == 1:
		case !last && isHanRun(p) && utf8.RuneCountInString(p) >= 2 && utf8.RuneCountInString(p) <= 3 && !endsOrg(p):
			// 张伟、王芳副市长: a name before the last, the post after it
			// for both.
		default:
			return nil
		}
	}
	return parts
}

// headingUnits is the units a heading names as leading its items (市财政局,
// 市发改委、市统计局), each a body's name; nil for any other.
func headingUnits(who string) []string {
	parts := strings.Split(who, "、")
	for _, p := range parts {
		if !endsOrg(p) || !unitName(p) || Collective(p) {
			return nil
		}
	}
	return parts
}

// headHelpersRe is a heading closed by a bracket naming the persons who
// assist: …负责的工作(李政文秘书长、刘俊谦省长助理协助).
var headHelpersRe = lazyRe(`^(.+?)\s*[（(]([^（()）]{2,40}?)(?:协助|配合|协管)[）)]$`)

// postFirstRe is a person named after their post: 常务副市长李强, 副县长王明.
var postFirstRe = lazyRe(`^(?:常务)?副?[省市县区州镇乡旗]长\p{Han}{2,3}$`)

// roleOnlyRe is a post with no name: 县长, 常务副市长.
var roleOnlyRe = lazyRe(`^(?:常务)?副?[省市县区州镇乡旗]长$`)

// unitHeading is the units a section heading names where it is their
// names and nothing more (省发改委, 省人力资源和社会保障厅, 县财政局、县税务局),
// each named with its level or place; nil for any other heading.
func unitHeading(title string) []string {
	title = strings.TrimRight(trimLine(title), "。：:")
	title = countBracketRe.ReplaceAllString(title, "") // 区委办公室(8项): how many items it leads
	if title == "" || utf8.RuneCountInString(title) > 30 || strings.ContainsAny(title, " \u3000，,；;：:（）()“”《》") || strings.Contains(title, "责任") {
		// (重点普法内容及责任部门: what the items under it give, and
		// who answers for each, no unit.)
		return nil
	}
	parts := splitTop(title, "、")
	for _, p := range parts {
		if !unitName(p) || !endsOrg(p) || Collective(p) || openNameRe.MatchString(p) || suffixRe.MatchString(p) || workVerbRe.MatchString(p) || runOddRe.MatchString(p) {
			return nil // (推动教育强省建设实现高质量开局: work, ending as a bureau's name does)
		}
	}
	return parts
}

// countBracketRe is a bracket after a heading counting the items under
// it: (8项), （共12项）.
var countBracketRe = lazyRe(`\s*(?:[（(]\s*(?:(?:牵头|负责|主办)\s*[，,、]\s*)?共?\s*\d{1,3}\s*项\s*[）)]|[：:]\s*共?\s*\d{1,3}\s*项)$`)

// headingLeads gives a task what its section's heading says: its leader,
// where it names none, and its owner and lead, where it names no owner.
// Either is listed for review: the heading says it of the items in
// general, an office confirms it of each.
func (n *Notice) headingLeads(t *Task) {
	for _, ru := range n.rules {
		if ru.kind != ruleHeading || ru.line > t.Line || ru.scope != t.Section && !strings.HasPrefix(t.Section, ru.scope+"（") {
			continue
		}
		at := From{Kind: FromHeading, Line: ru.line}
		if len(ru.leaders) > 0 && len(t.Leaders) == 0 {
			t.Leaders, t.Sources.Leaders = ru.leaders, at
			t.review("leaders", ru.line, atF(n.At(ru.line), "责任领导“%s”来自{at}的小节标题，请核对", "the leader %q comes from the section heading at {at}; check it", strings.Join(ru.leaders, "、")))
		}
		if len(ru.owners) > 0 && len(t.Owners) > 0 && len(t.Lead) == 0 && ru.named && partnersOnly(t.raw.resp) {
			// 县住建局(3项) over 1.…(配合单位:各社区): the item names only
			// those who help; the body the heading names does the work,
			// the lead.
			t.Owners = append(slices.Clone(ru.owners), t.Owners...)
			t.Lead = slices.Clone(ru.owners)
			t.Sources.Lead = at
			for _, f := range []string{"owners", "lead"} {
				t.review(f, ru.line, atF(n.At(ru.line), "这一项只写了配合（协办）单位；{at}的小节标题写的单位“%s”已列为牵头单位；请核对",
					"this item names only the units that help; the unit %q the section heading at {at} names was made the lead: check it", strings.Join(ru.owners, "、")))
			}
		}
		if len(ru.owners) > 0 && len(t.Owners) == 0 && ru.named {
			t.Owners, t.Sources.Owners = ru.owners, at
			t.review("owners", ru.line, atF(n.At(ru.line), "这一项没有写明责任单位；{at}的小节标题只写了单位名称“%s”，已列为责任单位（不是牵头单位）；请核对",
				"this item names no owners; the section heading at {at} is the name of %q alone, made its owner (not its lead): check it", strings.Join(ru.owners, "、")))
		}
		if ru.leads && len(t.Owners) > 0 && len(t.Lead) == 0 {
			if onlyPartners(t.raw.resp) {
				// (一)省人民政府办公厅牵头的工作 over 1.… / 协同单位:…: the
				// heading's units lead the item beside the units it names.
				n.leadFromHeading(t, ru.owners, at, ru.line)
			} else {
				// Over an item naming who answers for it (责任单位:市税务局),
				// whether the heading's unit leads it the notice does not
				// say.
				t.review("lead", ru.line, atF(n.At(ru.line), "{at}的小节标题写明由“%s”牵头或负责，本项写有自己的责任单位，未把它列为牵头单位；请核对",
					"the section heading at {at} names %s to lead or answer for its work; this item names its own owners and it was not made the lead: check it", strings.Join(ru.owners, "、")))
			}
		}
		if len(ru.owners) > 0 && len(t.Owners) == 0 {
			t.Owners, t.Lead = ru.owners, ru.owners
			t.Sources.Owners, t.Sources.Lead = at, at
			t.review("owners", ru.line, atF(n.At(ru.line), "责任单位（牵头）“%s”来自{at}的小节标题，请核对", "the owner and lead %q come from the section heading at {at}; check them", strings.Join(ru.owners, "、")))
		}
	}
}

// leadByRule makes the first-listed owner the lead where a rule says so:
// in the item's own text, or carried from an item or line before it.
func (n *Notice) leadByRule(t *Task, r respParts, line int) {
	if r.firstLeads && r.carry {
		n.addRule(rule{kind: ruleFirstLeads, line: line, item: t.ID, comma: r.commaLeads})
	}
	if len(t.Lead) > 1 && t.Sources.Lead.Kind == FromLabel {
		for _, ru := range n.rules {
			if ru.kind == ruleFirstLeads && (ru.line < t.Line || ru.item != "" && ru.item != t.ID) && inScope(t.Section, ru.scope) {
				// 牵头处室:科技处、电教馆 under 排名第一的为牵头处室,下同:
				// the label makes them all leads, the rule the first.
				t.review("lead", t.Sources.Lead.Line, atF(n.At(ru.line), "标签写明的牵头单位有几个，而{at}规定排在第一位的为牵头单位；已按标签读作都牵头，请核对",
					"the label names several leads, and the rule at {at} says the first-listed leads; all were read as leads, as the label says: check it"))
				break
			}
		}
	}
	if len(t.Lead) > 0 || len(t.Owners) == 0 || t.Sources.Owners.Kind == FromCarry || t.raw.unordered {
		return
	}
	if r.firstLeads {
		t.Lead = firstLeads(t, r.commaLeads)
		t.Sources.Lead = From{Kind: FromFirstRule, Line: line}
		return
	}
	for k := len(n.rules) - 1; k >= 0; k-- {
		ru := n.rules[k]
		// A rule stated in an item was read with it, before the items
		// after it (which may share its line, where a page ran them on).
		before := ru.line < t.Line || ru.item != "" && ru.item != t.ID
		if ru.kind == ruleFirstLeads && (before || ru.all) && inScope(t.Section, ru.scope) {
			if ru.multi && len(t.Owners) < 2 {
				// 由多个单位负责的,排在第一位的为牵头单位: an item of one unit
				// has no lead by it.
				return
			}
			t.Lead = firstLeads(t, ru.comma)
			t.Sources.Lead = From{Kind: FromCarry, Line: ru.line, Item: ru.item}
			if ru.above && before {
				// 二、… after 以上各项任务中，排在第一位的为牵头单位 under 一、:
				// the rule speaks of the items above it.
				t.review("lead", ru.line, atF(n.At(ru.line), "{at}规定“以上”各项排在第一位的为牵头单位，本项在它之后，也按此取了第一个单位为牵头单位；请核对",
					"the rule at {at} says the first-listed unit leads in the items above it; this item comes after it and its first unit was read as the lead too: check it"))
			}
			if ru.general {
				// (三)合理划分责任。…排在第一位的为牵头单位: a principle, which
				// may hold for some parts of the list only.
				t.review("lead", ru.line, atF(n.At(ru.line), "牵头单位按{at}分工原则中“排在第一位的为牵头单位”的规定取了第一个单位；这条规定写在原则里，请核对是否适用于本项",
					"the lead is the first unit by the rule among the division's principles at {at}; check that the rule holds for this item"))
			}
			if len(t.raw.sectionLead) > 0 && !slices.Equal(t.raw.sectionLead, t.Lead) {
				// 一、…（牵头单位：市政务服务局） over （市大数据局、市政务服务局）:
				// the rule and the section's heading name different leads.
				t.review("lead", t.Line, atF(n.At(ru.line), "按{at}的规定取了第一个单位“%s”为牵头单位，但小节标题写明的牵头单位是“%s”；请核对",
					"by the rule at {at} the first unit (%s) leads, but the section heading names %s to lead: check it", t.Lead[0], strings.Join(t.raw.sectionLead, "、")))
			}
			return
		}
	}
}

// inScope reports whether a task's section lies in a rule's scope.
func inScope(section, scope string) bool {
	return scope == "" || section == scope || strings.HasPrefix(section, scope+"（")
}

func (t *Task) review(field string, line int, text i18n.Text) {
	t.Review = append(t.Review, Review{Field: field, Line: line, Text: text})
}

// bodyDutyRe is a sentence of an item's text, opened by a label of what is
// to be done, saying who does it: 整改要求:由县环卫站负责清除…, 整改要求:
// 按照…的要求,由包片单位县职教中心、县消防大队负责对…. (A letter's
// paragraph, …,由办公室负责抓好…, has no such label.) Who urges the owner
// of a shop or stall to act does the item as well: 整改措施:由县住建局督促
// 商户更换。
var bodyDutyRe = lazyRe(`(?:^|[。；;])\s*\p{Han}{2,6}[：:][^。；;：:]*?由([^由，,。；;：:（）()“”]{2,80}?)(负责|督促)`)

// unitName says a name is a body's or a place's named with its level or
// place (县环卫站, 城关镇, 各乡镇), not a person's, a word of the text (其,
// 本人) or a body of no level (办公室, which a letter names as its own).
func unitName(s string) bool {
	return localityRe.MatchString(s) && (endsOrg(s) || unitSuffixRe.MatchString(s) || spacedUnitRe.MatchString(s) || Collective(s) || placeItemRe.MatchString(s) || taskForceRe.MatchString(s))
}

// taskForceRe ends the name of a body set up for a work, named with its
// place: 市容环境综合整治联合执法工作组, 县创卫工作专班, 市防汛抗旱指挥部.
var taskForceRe = lazyRe(`(?:工作组|领导小组|专班|指挥部)$`)

// twoCharBodyRe is a body's name of two characters a school or a bureau
// writes: 团委, 工会, 校办, 党办, 妇联, 科协 (not 本局, 该委, 其办).
var twoCharBodyRe = lazyRe(`^[^本该其各此上下全][委会办联协]$`)

// formerLeadRe ends the words before a body that no longer leads: 不再由,
// 原由, 原来由.
var formerLeadRe = lazyRe(`(?:不再|原来?|过去|以往|曾)由$`)

// textLeadBody says a name the text gives as leading is a body: a unit's
// name, one of the owners (or the short name of one: 总工会 for 县总工会),
// or a body's name of three characters or more, or of two a school writes.
func textLeadBody(u string, owners []string) bool {
	return unitName(u) || ownerNamed(u, owners) != u || slices.Contains(owners, u) ||
		endsOrg(u) && (utf8.RuneCountInString(u) >= 3 || twoCharBodyRe.MatchString(u))
}

// ownerNamed is the owner a name the text gives stands for, the one owner
// that is it with a level before it or that it is with one (妇联 → 县妇联;
// 县总工会 → 总工会, the owner as the label writes it), or the bureau of
// the field it names (公安 → 县公安局); else the name itself.
func ownerNamed(u string, owners []string) string {
	var hit string
	for _, o := range owners {
		if o != u && (levelBefore(o, u) || utf8.RuneCountInString(o) >= 2 && levelBefore(u, o) || fieldOfBody(o, u)) {
			if hit != "" {
				return u
			}
			hit = o
		}
	}
	if hit == "" {
		return u
	}
	return hit
}

// carriedOutByRe is a clause after a lead's naming who carries the work
// out: ，县水利局具体落实, ，县交通局具体负责.
var carriedOutByRe = lazyRe(`[，,]\s*([\p{Han}、]{2,40}?)等?(?:具体(?:负责|落实|实施|承办)|负责落实|抓好落实|负责(?:[，,。；;]|$))`)

// endingIn is the one name of names, other than u, ending in u (工会 in
// 县总工会); "" when none or more than one does.
func endingIn(u string, names []string) string {
	var hit string
	for _, o := range names {
		if o != u && strings.HasSuffix(o, u) {
			if hit != "" {
				return ""
			}
			hit = o
		}
	}
	return hit
}

// leadWithRe is a sentence of an item's text opening with the units that
// lead it, then those they work with: 县住建局牵头，会同县财政局….
var leadWithRe = lazyRe(`(?:^|[。；;])\s*([^由，,。；;：:（）()“”]{2,40}?)牵头[，,]会同`)

// bodyLeadRe is an item's text saying who leads its work: 由市住建局、残联
// 牵头，各责任单位具体负责.
var bodyLeadRe = lazyRe(`(?:^|[。；;，,\p{Han}])由([^由，,。；;：:（）()“”]{2,40}?)(牵头|主办)(?:负责)?(?:[，,。；;（(\n]|$)`)

// statesFirstLeads says a text states the first-listed rule: not its
// denial (排名不分先后，不以排在第一位的为牵头单位; 排在第一位的不作为牵头单位),
// nor a rule of the leaders (责任领导中排在第一位的为牵头领导).
func statesFirstLeads(t string) bool {
	loc := firstLeadsRe.FindStringIndex(t)
	return loc != nil && !deniedLeadRe.MatchString(t) && !strings.HasPrefix(t[loc[1]:], "领导")
}

// deniedLeadRe denies that the order of the units names a lead.
var deniedLeadRe = lazyRe(`不以|不作为|不视为|不分先后|不分主次|无先后|并非|不代表|不表示`)

// leadRunOnRe is a lead's name and 牵头 run on into the names of those who
// do the work or help, a level or 各 opening them: 县司法局牵头各行政机关负责.
var leadRunOnRe = lazyRe(`^([^，,、。；;：:\s]{2,20}?(?:局|委|办|院|中心|部|厅|室|站|馆|所|队|政府))牵头((?:各|县|市|区|省|镇|乡)[^，,。；;]{2,30}?(?:负责|配合|协助|参与|落实))`)

// paddedSurnameRe ends a text with a surname alone after a space, the
// first half of a padded name: 县商务局 王 .
var paddedSurnameRe = lazyRe(`(?:^|\s)(\p{Han})\s+$`)

// paddedNameEnd says q, one character, ends a padded name whose surname
// stands before it (县商务局 王 强完成时限:…: 强 is the name's, no word
// qualifying the label).
func paddedNameEnd(before, q string) bool {
	m := paddedSurnameRe.FindStringSubmatch(before)
	return m != nil && utf8.RuneCountInString(q) == 1 && strings.Contains(surnames, m[1])
}

// levelBefore says long is short with a level before it: 县妇联 and 妇联,
// 县总工会 and 总工会 (not 行政办公室 and 办公室).
func levelBefore(long, short string) bool {
	head, ok := strings.CutSuffix(long, short)
	return ok && levelWordRe.MatchString(head)
}

// fieldOfBody says short is the field of the body long names with its
// level: 公安 for 县公安局, 教育 for 县教育局 (not 县教育基金会).
func fieldOfBody(long, short string) bool {
	if utf8.RuneCountInString(short) < 2 || utf8.RuneCountInString(short) > 4 {
		return false
	}
	rest, ok := strings.CutSuffix(long, "局")
	if !ok {
		return false
	}
	head, ok := strings.CutSuffix(rest, short)
	return ok && levelWordRe.MatchString(head)
}

// levelWordRe is a level alone, or its party committee: 县, 市, 区, 省,
// 镇, 乡, 县委 (政法委 for 县委政法委).
var levelWordRe = lazyRe(`^(?:省|市|县|区|镇|乡|旗|州)委?$`)

// overseeNextRe follows 由X负责 where X oversees or checks the work: 监督,
// 督导, 审核, 指导.
var overseeNextRe = lazyRe(`^(?:监督|督导|督促|督查|督办|审核|审计|指导|考核|验收|协调|解释)`)

// reviewUnreadBy lists units the task's text says do its work (由X负责,
// 由X牵头) that are none of its owners: a paragraph of several decisions
// read as one task may keep only one clause's units.
func (n *Notice) reviewUnreadBy(t *Task) {
	var missed []string
	text := t.Title + "。" + t.Body
	for _, loc := range byBodyRe.FindAllStringSubmatchIndex(text, 8) {
		if overseeNextRe.MatchString(text[loc[1]:]) {
			continue // 由县农业农村局、财政局负责监督: who oversees, no owner
		}
		names, open := names(text[loc[2]:loc[3]])
		if len(open) > 0 || len(names) == 0 {
			continue
		}
		for _, u := range names {
			if !unitName(u) || postOnlyRe.MatchString(u) || roleRe.MatchString(u) || slices.Contains(t.Owners, u) || slices.ContainsFunc(t.Owners, func(o string) bool { return strings.HasSuffix(o, u) || strings.HasSuffix(u, o) }) ||
				slices.Contains(t.Leaders, u) || slices.Contains(missed, u) {
				continue
			}
			missed = append(missed, u)
		}
	}
	if len(missed) > 0 {
		t.review("owners", t.Line, i18n.F("这一项的文字中还写有由“%s”负责或牵头，未列为责任单位；请核对是否也是责任单位",
			"the item's text also says %q does or leads the work, not made an owner: check whether it is one", strings.Join(missed, "、")))
	}
	var leads []string
	for _, m := range namedLeadRe.FindAllStringSubmatch(text, 8) {
		who := m[1] + m[2]
		names, open := names(who)
		if len(open) > 0 || len(names) == 0 {
			continue
		}
		for _, u := range names {
			if (unitName(u) || bodyName(u)) && !slices.Contains(t.Lead, u) && !slices.Contains(leads, u) {
				leads = append(leads, u)
			}
		}
	}
	if len(leads) > 0 {
		t.review("lead", t.Line, i18n.F("这一项的文字中还写有“%s”牵头，未列为牵头单位；请核对牵头单位",
			"the item's text also names %q as leading the work, not made its lead: check the lead", strings.Join(leads, "、")))
	}
}

// namedLeadRe is a clause inside an item's text naming who leads the work,
// none of the item's opening: 牵头单位为县城管委, 会同发改委牵头推进.
var namedLeadRe = lazyRe(`牵头(?:单位|部门)(?:为|是)([^，,。；;：:“”《》（）()]{2,30})|会同([^，,。；;：:“”《》（）()]{2,30}?)(?:共同)?牵头`)

// firstLeads are the units a first-listed rule makes lead: the first
// owner, or, where the rule names the units before the comma (逗号前的单位
// 为牵头单位), every owner written before the owners' text's first comma
// (市脱贫攻坚办、市财政局,各县(市、区) → both); the first where none is.
func firstLeads(t *Task, comma bool) []string {
	if !comma {
		return []string{t.Owners[0]}
	}
	text := t.OwnersText
	if m := labelRe.FindStringIndex(text); m != nil && m[0] == 0 {
		text = text[m[1]:]
	}
	i := strings.IndexAny(text, "，,")
	if i < 0 {
		return []string{t.Owners[0]}
	}
	var out []string
	for _, o := range readNames(text[:i]).names {
		if slices.Contains(t.Owners, o) {
			out = append(out, o)
		}
	}
	if len(out) == 0 {
		return []string{t.Owners[0]}
	}
	return out
}
