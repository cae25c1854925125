package notice

import (
	"html"
	"strings"
	"unicode/utf8"

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

// htmlDropRe is what a page holds that it does not show as its text: a
// script, a style, its head (the window's title) with their content, a
// comment, a declaration (<!DOCTYPE html>), and the markers of Word's
// conditional parts (<![if !supportLists]>, <![endif]>), whose content
// (a list's number) is shown.
var htmlDropRe = lazyRe(`(?is)<\s*(?:script|style|head|title)(?:\s[^>]*)?>.*?<\s*/\s*(?:script|style|head|title)\s*>|<!--.*?-->|<!\[(?:if[^\]]*|endif)\]>|<![a-zA-Z][^>]*>`)

// htmlPreRe is a block shown as written, its line breaks kept: <pre>…</pre>.
var htmlPreRe = lazyRe(`(?is)<\s*pre(?:\s[^>]*)?>.*?<\s*/\s*pre\s*>`)

// htmlCellTextRe is a table cell with its content; a break inside it
// (<br>, a paragraph's end) is no row's end.
var htmlCellTextRe = lazyRe(`(?is)<\s*t[dh](?:\s[^>]*)?>.*?(?:<\s*/\s*t[dh]\s*>|<\s*t[dhr][\s>]|<\s*/\s*tr\s*>)`)

// htmlRowRe is a table's row with its cells.
var htmlRowRe = lazyRe(`(?is)<\s*tr(?:\s[^>]*)?>.*?(?:<\s*/\s*tr\s*>|<\s*tr[\s>]|<\s*/\s*table\s*>)`)

// htmlInCellBreakRe is a break inside a cell.
var htmlInCellBreakRe = lazyRe(`(?i)<\s*br\s*/?>|<\s*/\s*(?:p|div)\s*>`)

// htmlCellOpenRe opens a table's cell: a page may leave its end out (<td>a<td>b).
var htmlCellOpenRe = lazyRe(`(?i)<\s*t[dh](?:\s[^>]*)?>`)

// htmlTagRe is any tag.
var htmlTagRe = lazyRe(`(?s)<\s*/?\s*[a-zA-Z][^<>]*>`)

// htmlMarks counts the tags that say a text is a page's markup: a notice's
// own words hold no <p>, </p>, <br> or </td>. A leftover inline tag
// (<span>) or two in a copied text does not make it a page.
var htmlMarks = lazyRe(`(?i)<\s*/?\s*(?:p|br|div|td|tr|li|table|body|html)(?:\s[^>]*)?\s*/?>`)

// htmlInlineRe is a tag that styles words within a line: <span …>, </font>.
var htmlInlineRe = lazyRe(`(?i)<\s*/?\s*(?:span|font|b|strong|em|i|u|a|sup|sub)(?:\s[^<>]*)?>`)

// htmlText is the text a page's markup shows, and whether text was such
// markup (three tags or more).
func htmlText(text string) (string, bool) {
	if !strings.Contains(text, "<") {
		return text, false
	}
	if len(htmlMarks.FindAllStringIndex(text, 3)) < 3 {
		// A copied text with a leftover inline tag or two (<span
		// style="color:red">县农业农村局</span>): the tags go, the lines
		// stay as they are.
		return htmlInlineRe.ReplaceAllString(text, ""), false
	}
	t := htmlDropRe.ReplaceAllString(text, "")
	t = htmlPreRe.ReplaceAllStringFunc(t, func(pre string) string {
		return strings.NewReplacer("\r\n", "<br>", "\n", "<br>").Replace(pre) // its breaks are shown
	})
	t = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(t) // the source's own breaks show as spaces
	t = htmlRowRe.ReplaceAllStringFunc(t, func(row string) string {
		for _, cell := range htmlCellTextRe.FindAllString(row, -1) {
			if utf8.RuneCountInString(htmlTagRe.ReplaceAllString(cell, "")) > 80 {
				// A page laid out in a table: a cell holds the notice,
				// its breaks its lines, and its cells are blocks, no
				// columns.
				return htmlCellOpenRe.ReplaceAllString(htmlCellRe.ReplaceAllString(row, "<br>"), "<br>")
			}
		}
		return htmlCellTextRe.ReplaceAllStringFunc(row, func(cell string) string {
			return htmlInCellBreakRe.ReplaceAllString(cell, " ")
		})
	})
	t = htmlCellRe.ReplaceAllString(t, "")
	t = htmlCellOpenRe.ReplaceAllString(t, "\t")
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
