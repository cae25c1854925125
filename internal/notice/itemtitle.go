package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The list's title from the lines before its first item: a title broken
// over lines, a site's menu over it, a news lead naming the document it
// reports (近日,X印发《…》) and the lines that are none of it.

// preambleLine is a line that opens or runs on a preamble, not one that
// ends a title: a PDF's full-width line (为贯彻落实…及《中共某市委某), or
// one that opens as preambles do.
func preambleLine(t string) bool {
	return utf8.RuneCountInString(t) >= 20 || strings.HasPrefix(t, "为") || strings.HasPrefix(t, "根据") || strings.HasPrefix(t, "按照")
}

// menuTitle says the lines read as a title are a site's menu: four or
// more words of two to four characters, a word a line, that end as no
// title does.
func menuTitle(lines []string) bool {
	if len(lines) < 4 || endsTitle(strings.Join(lines, "")) {
		return false
	}
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n < 2 || n > 4 || !isHan(l) {
			return false
		}
	}
	return true
}

// formUnitRe is a form's line naming the body that fills it in and seals
// it, and the day it was filled in or not: 单位(盖章):区总工会, 填报单位（盖章）：
// X, 单位(盖章):县民政局     填报日期:2023年7月5日.
var formUnitRe = lazyRe(`^(?:填报|报送|责任)?单位\s*[（(]\s*(?:盖章|公章|签章)\s*[)）]\s*[：:]\s*([\p{Han}X]{2,30})\s*(?:(?:填报|报送)?日期\s*[：:]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*)?$`)

// namedTitle finds the list's title among the lines before its first item
// where a news report over the list named it in book brackets: 日前，…公布了
// 《2022年〈政府工作报告〉目标任务责任分解方案》。… over the lines 2022年
// 《政府工作报告》 / 目标任务责任分解方案. One to three lines in a row that
// say the name, its inner 〈〉 written 《》 or not, are the list's title,
// and leave the preamble.
func (w *walker) namedTitle() {
	var named []string
	p := w.preamble
	for i := range p {
		for k := 1; k <= 3 && i+k <= len(p); k++ {
			run := p[i : i+k]
			if run[k-1].N-run[0].N > 2*(k-1) || !isTitleLine(run[k-1].Text) {
				break
			}
			var b strings.Builder
			for _, l := range run {
				b.WriteString(trimLine(l.Text))
			}
			if joined := b.String(); slices.Contains(named, sameQuotes(spaceless(joined))) {
				w.n.ListTitle = joined
				w.n.leadIssued(p[:i], joined)
				w.preamble = append(p[:i:i], p[i+k:]...)
				return
			}
		}
		for _, q := range quotedNames(p[i].Text) {
			named = append(named, sameQuotes(spaceless(q)))
		}
		for _, m := range issuedNameRe.FindAllStringSubmatch(spaceless(p[i].Text), -1) {
			// 印发2020年政府工作报告重点工作责任分解的通知: the list the
			// notice issued, with or without its year.
			named = append(named, sameQuotes(m[1]), sameQuotes(leadingYearRe.ReplaceAllString(m[1], "")))
		}
	}
}

// leadIssuedRe is a news lead saying which body issued the document and
// on which day: 上海市…工作领导小组于2022年7月7日印发《…》. (近日,X印发《…》
// reports a document, as the corpus reads it: no issuer.)
var leadIssuedRe = lazyRe(`^([\p{Han}X]{4,40}?)于((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:正式)?(?:印发|发布|出台|下发|公布)了?《([^》]+)》`)

// leadIssued takes the issuer and date from a lead among lines that says
// a body issued the document titled title on a day, where the header gave
// neither.
func (n *Notice) leadIssued(lines []Line, title string) {
	for _, l := range lines {
		body, day, ok := datedIssue(trimLine(l.Text), title)
		if !ok {
			continue
		}
		if n.Issuer == "" {
			n.Issuer = body
		}
		if n.Date.IsZero() {
			n.Date = day
		}
		return
	}
}

// titleLike says a run of title lines names a document: it ends as a
// title does (…方案, …分解表, …清单) or names one (印发, 关于).
func titleLike(s string) bool {
	return endsTitle(s) || docEndRe.MatchString(s) || strings.Contains(s, "关于") || strings.Contains(s, "《")
}

// docEndRe is how a list's or a plan's name ends, beyond endsTitle's words.
var docEndRe = lazyRe(`(?:分解|分解表|任务表|责任表|一览表|细则|规划|纲要|办法|规定|制度|措施|报告|总结)(?:[（(][^（）()]{1,20}[）)])?$`)

// newsHeadlineRe is a news site's headline over a list, not a notice's
// title: a body issuing a document, with no 关于 (省政府印发2020年政府工作
// 报告重点工作责任分解通知).
var newsHeadlineRe = lazyRe(`^[^关]{1,12}?(?:印发|出台|发布|公布|下发)[^关]*(?:通知|意见|方案|要点|计划|清单|措施|办法|细则)$`)

// issuedNameRe is the document a report says a notice issued, named
// without book brackets: 印发2020年政府工作报告重点工作责任分解的通知.
var issuedNameRe = lazyRe(`印发([^《》，,。；;]{4,60}?)的(?:通知|意见)`)

// leadingYearRe is a year at the head of a list's name (2020年…), which
// the list's own title may leave out.
var leadingYearRe = lazyRe(`^(?:19|20)\d{2}年度?`)

// quotedNames are the names a line quotes whole in book brackets, the
// brackets inside them kept: 《2022年〈政府工作报告〉目标任务责任分解方案》.
func quotedNames(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '《':
			if depth == 0 {
				start = i + len("《")
			}
			depth++
		case '》':
			if depth > 0 {
				depth--
				if depth == 0 {
					out = append(out, s[start:i])
				}
			}
		}
	}
	return out
}

// sameQuotes writes the inner book brackets 〈〉 as 《》, so that a name
// quoted inside another and the same name written on its own compare.
func sameQuotes(s string) string {
	return strings.NewReplacer("〈", "《", "〉", "》", "<", "《", ">", "》").Replace(s)
}

// tableUnitRe is the unit a table's figures are given in, over it:
// 单位:万元, 单位：亿元.
var tableUnitRe = lazyRe(`^单位\s*[：:]\s*(?:万元|亿元|元|个|人|项)$`)

func isTitleLine(s string) bool {
	n := len([]rune(s))
	// 关于贯彻落实市委办公室市政府办公室《关于贯彻落实…的意见〉重点工作任务的分工
	// 方案》: a title naming the document it carries out may run longer.
	long := n <= 90 && strings.HasPrefix(s, "关于") && endsTitle(strings.TrimSuffix(s, "》"))
	return (n <= 60 || long) && !strings.ContainsAny(s, "。；，") && !publicRe.MatchString(s) && !isDateLine(s) &&
		!respLineRe.MatchString(s) && // 责任单位：… names units, never a title
		!noteRe.MatchString(s) && // (注:A类指责任目标;…) explains a table
		!chromeRe.MatchString(trimLine(s)) && // 来源:…, 编辑:…: a page's post lines
		!cardHeadingRe.MatchString(trimLine(s)) && // 任务163: a card's number, no document's name
		!tableUnitRe.MatchString(trimLine(s)) && // 单位:万元: the unit a table's figures are in
		!countNoteRe.MatchString(trimLine(s)) && // (共118项): how many items the list holds
		!columnNamesLine(trimLine(s)) && // 序号  目标任务 三季度 推进情况: a table's header
		!isRecipients(s)
}

// countNoteRe is a note under a list's title counting its items: (共118项).
var countNoteRe = lazyRe(`^[（(]\s*共\s*\d+\s*(?:项|条|个|件)\s*[）)]$`)

// draftMarkRe is the line under a draft's title that says it is one, in
// brackets: (征求意见稿V2.2), （讨论稿）. It is no part of the title.
var draftMarkRe = lazyRe(`^[（(]\s*(?:征求意见稿|意见征求稿|讨论稿|送审稿|草案|初稿|修改稿|代拟稿|印发稿|报批稿|审定稿|定稿)[^（）()]{0,12}[）)]$`)

// cardHeadingRe is a card's heading on a page of one item of a list: a word
// and the item's number (任务163, 事项12).
var cardHeadingRe = lazyRe(`^\p{Han}{1,4}\s*\d{1,5}$`)
