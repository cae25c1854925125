package notice

import (
	"html"
	"strings"

	"tally/internal/i18n"
)

// A page saved from a browser as its source (.htm, or its source copied
// into a text file) holds the notice inside the page's markup: paragraphs
// in <p>…</p>, lines broken by <br>, cells in <td>, characters written as
// entities (&nbsp;, &ldquo;). Read as it is, a whole page is one line of
// tags and the items inside it are never seen. The import reads such a
// text as the page shows it: each paragraph, line, list entry or heading
// on a line of its own, each table row on a line with its cells apart by
// tabs, scripts and styles and every other tag dropped, entities written
// as their characters. It says so, since the lines it then counts are the
// page's shown lines, not the source file's.

// htmlBlockRe is a tag that ends a line of what a page shows.
var htmlBlockRe = lazyRe(`(?i)<\s*(?:br\s*/?|/\s*(?:p|div|li|tr|h[1-6]|table|section|article|blockquote|dd|dt)\s*)>|<\s*(?:p|div|li|tr|h[1-6])(?:\s[^>]*)?>`)

// htmlCellRe is a tag that ends a table's cell.
var htmlCellRe = lazyRe(`(?i)<\s*/\s*t[dh]\s*>`)

// htmlDropRe is a script or a style with its content, or a comment.
var htmlDropRe = lazyRe(`(?is)<\s*(script|style)[^>]*>.*?<\s*/\s*(?:script|style)\s*>|<!--.*?-->`)

// htmlTagRe is any tag.
var htmlTagRe = lazyRe(`(?s)<\s*/?\s*[a-zA-Z][^<>]*>`)

// htmlMarks counts the tags that say a text is a page's markup: a notice's
// own words hold no <p>, </p>, <br> or </td>.
var htmlMarks = lazyRe(`(?i)<\s*/?\s*(?:p|br|div|td|tr|span)(?:\s[^>]*)?\s*/?>`)

// htmlText is the text a page's markup shows, and whether text was such
// markup (three tags or more).
func htmlText(text string) (string, bool) {
	if !strings.Contains(text, "<") || len(htmlMarks.FindAllStringIndex(text, 3)) < 3 {
		return text, false
	}
	t := htmlDropRe.ReplaceAllString(text, "")
	t = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(t) // the source's own breaks show as spaces
	t = htmlCellRe.ReplaceAllString(t, "\t")
	t = htmlBlockRe.ReplaceAllString(t, "\n")
	t = html.UnescapeString(htmlTagRe.ReplaceAllString(t, ""))
	var lines []string
	for _, l := range strings.Split(t, "\n") {
		l = strings.Trim(l, " \t")
		if l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n"), true
}

// htmlWarning says the notice was read from a page's markup.
func (n *Notice) htmlWarning() {
	n.Warnings = append(n.Warnings, Warning{Text: i18n.T(
		"通知是网页源码（带有 <p>、<br> 等标记），已去掉标记、按网页显示的文字读取；文中所说的行号是去掉标记后的行，不是文件中的行",
		"the notice is a web page's source (with tags such as <p> and <br>): the tags were dropped and the text read as the page shows it; line numbers count the lines so shown, not the file's")})
}
