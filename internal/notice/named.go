package notice

import (
	"strings"
	"time"
)

// A news item may keep no title line of the notice at all, its lead
// saying a body issued it: …网站发布了《自治区人民政府办公厅关于印发…的通知》,
// 青海省人民政府办公厅印发《关于进一步抓项目稳投资的若干意见》,要求…. The
// document the lead names is the title, the body at its head (…办公厅关于…)
// its issuer, as a post whose headline is a question takes the document
// its lead names (reportedTitle). A page that interprets a notice (现将主要
// 内容解读如下) is no copy of it, and a cover letter naming the list it
// sends (《…方案》已经…同意,现印发给你们) keeps no title line either: both
// stay without a title, as the corpus reads them.

// issuedDocRe is a body issuing the document named after it in 《》.
var issuedDocRe = lazyRe(`(?:印发|发布|出台|下发|公布)了?《`)

// interpretsRe says a page interprets the document it names.
var interpretsRe = lazyRe(`解读`)

// docBodyRe is the body at the head of a title: …办公厅 before 关于.
var docBodyRe = lazyRe(`^(\p{Han}{2,30}?)关于`)

// namedDocTitle gives the title and issuer a news lead names, the text's
// first line, where nothing else gave a title.
func (n *Notice) namedDocTitle(lines []Line) {
	for _, l := range lines {
		if strings.TrimSpace(l.Text) == "" {
			continue
		}
		if len(n.Tasks) > 0 && l.N >= n.Tasks[0].Line {
			return
		}
		name := leadDoc(l.Text)
		if name == "" {
			return
		}
		n.Title, n.titleOfList = name, false
		if m := docBodyRe.FindStringSubmatch(name); m != nil && n.Issuer == "" && endsBody(m[1]) {
			n.Issuer = m[1]
		}
		if body, day, ok := datedIssue(trimLine(l.Text), name); ok {
			// 2022年5月5日,民政部办公厅发布《…》: a lead that names the
			// day and the body, as an encyclopedia's entry on a document
			// opens (近日,X印发《…》 names no day: it reports one).
			if n.Issuer == "" {
				n.Issuer = body
			}
			if n.Date.IsZero() {
				n.Date = day
			}
		}
		return
	}
}

// listNameRe ends the name of a list a lead says was issued: 《县2023年重点
// 民生实事》, 《2023年优化营商环境重点任务》.
var listNameRe = lazyRe(`(?:19|20)\d{2}\s*年\p{Han}{2,30}(?:任务|实事|项目|事项)$`)

// leadDoc is the document a news lead says was issued, "" where the line
// names none or interprets it.
func leadDoc(s string) string {
	if interpretsRe.MatchString(s) {
		return ""
	}
	for _, sent := range strings.SplitAfter(s, "。") {
		if loc := issuedDocRe.FindStringIndex(sent); loc != nil {
			names := quotedNames(sent[loc[1]-len("《"):])
			if len(names) > 0 && (endsTitle(names[0]) || listNameRe.MatchString(names[0])) {
				return names[0]
			}
		}
	}
	return ""
}

// dateFirstIssuedRe is a lead naming the day first, then the body that
// issued the document: 2022年5月5日,民政部办公厅发布《…》.
var dateFirstIssuedRe = lazyRe(`^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[,，]\s*([\p{Han}X]{4,40}?)(?:正式)?(?:印发|发布|出台|下发|公布)了?《([^》]+)》`)

// datedIssue reads the body and the day from a lead that names both, either
// way round (X于2023年3月1日印发《…》, 2022年5月5日,X发布《…》), for the
// document titled title.
func datedIssue(s, title string) (string, time.Time, bool) {
	body, day, doc := "", "", ""
	if m := leadIssuedRe.FindStringSubmatch(s); m != nil {
		body, day, doc = m[1], m[2], m[3]
	} else if m := dateFirstIssuedRe.FindStringSubmatch(s); m != nil {
		day, body, doc = m[1], m[2], m[3]
	}
	if doc == "" || sameQuotes(spaceless(doc)) != sameQuotes(spaceless(title)) || !endsBody(body) {
		return "", time.Time{}, false
	}
	d, ok := dateOfLine(day)
	return body, d, ok
}
