package notice

import (
	"strings"
	"unicode/utf8"
)

// A news post served as one line, its lead, the passage it quotes and the
// passage's labels run on together (2月23日,广东省人民政府办公厅印发《2023年
// 省〈政府工作报告〉工作任务分工方案》…其中明确指出: 贯彻实施…。 分管领导:…
// 部门分工:…): the lead is no part of the task, and names the document and
// the body that issued it, as a lead over the text does (named.go,
// reportedplan.go). A month and day with no year in the lead give no date.

// leadBodyRe is the body a news lead says issued the document named after
// it in 《》, after the lead's date if it has one: 2月23日,广东省人民政府
// 办公厅印发《.
var leadBodyRe = lazyRe(`^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月\d{1,2}日)?(?:近日|日前|近期)?[,，]?\s*(\p{Han}{4,40}?)(?:近日|日前)?(?:正式)?(?:印发|发布|出台|下发|公布)了?《`)

// leadOnTaskLine gives the title and issuer a news lead names where it
// opens the line of the first task, no title having been read.
func (n *Notice) leadOnTaskLine(lines []Line) {
	if n.Title != "" || len(n.Tasks) == 0 {
		return
	}
	first := n.Tasks[0]
	for _, l := range lines {
		if strings.TrimSpace(l.Text) == "" {
			continue
		}
		if l.N != first.Line {
			return
		}
		// The line as read may be the lead alone, the page's paragraphs
		// apart by spaces parted into lines of the same number.
		lead := trimLine(l.Text)
		if i := strings.Index(l.Text, first.Title); i == 0 {
			return
		} else if i > 0 {
			lead = trimLine(l.Text[:i])
		}
		name := leadDoc(lead)
		if name == "" {
			return
		}
		n.Title, n.titleOfList = name, false
		if m := leadBodyRe.FindStringSubmatch(lead); m != nil && n.Issuer == "" && endsBody(m[1]) {
			n.Issuer = m[1]
		}
		return
	}
}

// A news card over the text, of short lines: a month and day, the body,
// 发布, the document's title, 全文内容如下 (6月24日 / 咸宁市人民政府办公室 /
// 发布 / 咸宁市提振消费专项行动若干措施 / 全文内容如下). The card says the body
// published the document: the title is the title's lines alone, the body
// the issuer; the month and day with no year give no date.

// cardVerbRe is the card's line saying the body issued the document.
var cardVerbRe = lazyRe(`^(?:印发|发布|出台|公布|下发)了?$`)

// cardFullTextRe is the card's line over the text: 全文内容如下, 全文如下.
var cardFullTextRe = lazyRe(`^(?:以下(?:为|是))?全文(?:内容)?(?:如下)?[:：]?$`)

// cardDateRe is a month and day alone: 6月24日.
var cardDateRe = lazyRe(`^\d{1,2}月\d{1,2}日$`)

// newsCard reads the title lines as such a card, where they are one.
func (n *Notice) newsCard() {
	ls := n.titleLines
	var texts []string
	for _, l := range ls {
		if t := trimLine(l.Text); t != "" {
			texts = append(texts, t)
		}
	}
	if len(texts) > 0 && cardDateRe.MatchString(texts[0]) {
		texts = texts[1:]
	}
	if len(texts) < 4 || !endsBody(texts[0]) || !cardVerbRe.MatchString(texts[1]) || !cardFullTextRe.MatchString(texts[len(texts)-1]) {
		return
	}
	title := strings.Join(texts[2:len(texts)-1], "")
	if utf8.RuneCountInString(title) < 6 || strings.ContainsAny(title, "。；;，,") {
		return // a document's name, no sentence
	}
	n.Title, n.titleOfList = title, false
	if n.Issuer == "" {
		n.Issuer = texts[0]
	}
}
