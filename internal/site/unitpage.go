package site

import (
	"bytes"
	"strconv"
)

// The unit pages, 2,000 of a province's 2,207, are written here rather
// than through the template unit.tmpl, whose engine made a reflective
// call for each value and each {{if}} and {{range}} of a page (BENCHMARKS.md,
// round 11). writeUnitPage writes the very bytes the template writes:
// every value it puts in a page is escaped as html/template escapes it
// in text, in an attribute and in the title (pageEscapes), the HTML
// parts are put in as they are, and the fixed text is the template's.
// TestUnitPageAsTemplate renders every unit page both ways, on generated
// data and on names and texts full of what must be escaped, so that an
// edit of unit.tmpl or layout.tmpl that this file does not follow fails.

// pageEscapes are html/template's replacements (its htmlReplacementTable)
// for a string value in HTML text, in a quoted attribute and in the
// title: each byte below 0x80 it replaces. A byte of a character of
// several bytes is never below 0x80, and html/template passes an invalid
// byte through unchanged, so replacing byte by byte gives its bytes.
var pageEscapes = [256]string{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}

// escapeTo writes s to b as the template would write a string value.
func escapeTo(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		if esc := pageEscapes[s[i]]; esc != "" {
			b.WriteString(s[last:i])
			b.WriteString(esc)
			last = i + 1
		}
	}
	b.WriteString(s[last:])
}

// writeUnitPage writes p as the template "unit" does.
func (v *view) writeUnitPage(b *bytes.Buffer, p *unitPage) {
	t := v.t
	b.Grow(len(p.HeadTail) + len(p.Periods2) + len(p.Grid) + len(p.Texts) + len(p.Foot) + len(v.legend) + 4096)
	// layout.tmpl's "head".
	b.WriteString("<!DOCTYPE html>\n<html lang=\"")
	escapeTo(b, p.Lang)
	b.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"tally site\">\n<title>")
	escapeTo(b, p.Title)
	b.WriteString(" · ")
	escapeTo(b, p.SiteTitle)
	b.WriteString("</title>\n")
	b.WriteString(string(p.HeadTail))

	put(b, "\n<p class=\"crumb\">", t("单位", "Unit"), " ")
	escapeTo(b, p.ID)
	if len(p.Aliases) > 0 {
		b.WriteString(" · ")
		for i, a := range p.Aliases {
			if i > 0 {
				b.WriteString(t("、", ", "))
			}
			escapeTo(b, a)
		}
	}
	b.WriteString("</p>\n<h1>")
	escapeTo(b, p.Name)
	b.WriteString("</h1>\n<ul class=\"stats\">\n<li><span class=\"v\">")
	escapeTo(b, p.Rank)
	put(b, "</span><span class=\"k\">", t("排名", "Rank"), "</span></li>\n<li><span class=\"v\">")
	escapeTo(b, p.Progress)
	put(b, "</span><span class=\"k\">", t("平均进度", "Progress"), "</span></li>\n<li><span class=\"v\">")
	b.WriteString(strconv.Itoa(p.Done))
	b.WriteString(" / ")
	b.WriteString(strconv.Itoa(p.Tasks))
	put(b, "</span><span class=\"k\">", t("已完成任务", "Tasks done"), "</span></li>\n<li")
	if p.Alert {
		b.WriteString(" class=\"alert\"")
	}
	b.WriteString("><span class=\"v\">")
	escapeTo(b, p.State)
	put(b, "</span><span class=\"k\">", t("本期报送", "This period"), "</span></li>")
	if p.Review != "" {
		b.WriteString("\n<li class=\"review\"><span class=\"v\">")
		escapeTo(b, p.Review)
		put(b, "</span><span class=\"k\">", t("审核", "Review"), "</span></li>")
	}
	b.WriteString("\n</ul>")
	if len(p.Reasons) > 0 {
		put(b, "\n<section class=\"returned\">\n<h2>", t("退回理由", "Why it was returned"), "</h2>\n<ul>")
		for _, r := range p.Reasons {
			b.WriteString("<li>")
			escapeTo(b, r)
			b.WriteString("</li>")
		}
		put(b, "</ul>\n<p>", t("退回的报送不计入汇总；改好后把报送日期改为重新报送的日期，再次报送。", "A returned report does not count: once changed, it is sent again with a new submission date."), "</p>\n</section>")
	}
	put(b, "\n\n<section>\n<h2>", t("各期报送", "Reports by period"), "</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>", t("期次", "Period"), "</th><th>", t("报送情况", "Report"), "</th><th>", t("报送日期", "Submitted"), "</th><th class=\"n\">", t("本期已报", "Reported"), "</th><th class=\"n\">", t("已完成", "Done"), "</th><th class=\"n\">", t("平均进度", "Progress"), "</th><th class=\"n\">", t("排名", "Rank"), "</th></tr></thead>\n<tbody>")
	b.WriteString(string(p.Periods2))
	put(b, "</tbody></table></div>\n</section>\n\n<section>\n<h2>", t("负责的任务", "Its tasks"), "</h2>\n")
	b.WriteString(string(v.legend))
	put(b, "\n<div class=\"scroll\"><table class=\"grid\">\n<thead><tr><th>", t("任务", "Task"), "</th>")
	for _, id := range p.PeriodIDs {
		b.WriteString("<th>")
		escapeTo(b, id)
		b.WriteString("</th>")
	}
	put(b, "<th>", t("预警", "Light"), "</th></tr></thead>\n<tbody>")
	b.WriteString(string(p.Grid))
	put(b, "</tbody></table></div>\n</section>\n\n<section>\n<h2>", t("报送内容", "What it reported"), "</h2>\n")
	b.WriteString(string(p.Texts))
	b.WriteString("\n</section>\n")
	// layout.tmpl's "foot".
	b.WriteString(string(p.Foot))
}

// put writes each of ss to b.
func put(b *bytes.Buffer, ss ...string) {
	for _, s := range ss {
		b.WriteString(s)
	}
}
