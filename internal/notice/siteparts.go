package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A site's parts of a page that rules elsewhere took for the notice's: a
// menu's entries and a breadcrumb's rest on lines of their own, a cell
// mark ending a page served as one line, a signature run on after the last
// sentence, and a heading made of words lifted from the text.

// crumbTailRe is the rest of a breadcrumb on a line of its own, under the
// menu entry it started from: >政务公开>每月工作.
var crumbTailRe = lazyRe(`^[>»＞]{1,2}\s*[^>»＞。，,；;]{2,12}(?:\s*[>»＞]{1,2}\s*[^>»＞。，,；;]{2,12})*$`)

// menuLine is a line of a page's menu at the head of the text: a bulleted
// entry of a few characters (• 微信公众平台, • 首页) or a breadcrumb's rest
// under it (>政务公开>每月工作). raw is the line as given, t the line with
// its bullet taken off.
func menuLine(raw, t string) bool {
	if crumbTailRe.MatchString(t) {
		return true
	}
	raw = strings.TrimLeft(raw, " \t\u3000")
	return strings.HasPrefix(raw, "•") && utf8.RuneCountInString(t) <= 8 && isHan(strings.ReplaceAll(t, " ", "")) &&
		!indexLabelRe.MatchString(t) && !isRecipients(t)
}

// dropEndCell takes a lone cell mark off the end of a page served as one
// long line (…2010年11月5日 |): the page's, no cell of a table.
func dropEndCell(t string) string {
	s := strings.TrimRight(t, " \u3000")
	if strings.Count(s, "|") == 1 && strings.HasSuffix(s, "|") && utf8.RuneCountInString(s) >= longLine {
		return strings.TrimRight(strings.TrimSuffix(s, "|"), " \u3000")
	}
	return t
}

// jointSignedRe is a line ending in two or more issuers apart by spaces
// and their date, run on after the last sentence: …专项督查。 中共中央组织部
// 民政部 2010年11月5日.
var jointSignedRe = lazyRe(`^(.*。)[ \x{3000}]+((?:\p{Han}{2,30}[ \x{3000}]+){1,3}\p{Han}{2,30})[ \x{3000}]+((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$`)

// jointSigned splits a line whose joint signature and date are run on
// after its last sentence: the text, and the signature (the issuers on a
// line, the date on the next).
func jointSigned(t string) (head, sig string, ok bool) {
	m := jointSignedRe.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	for _, o := range strings.Fields(m[2]) {
		if !endsOrg(o) {
			return "", "", false
		}
	}
	return m[1], m[2] + "\n" + m[3], true
}

// liftedHeading says the list's title is a site's heading made of a few
// words lifted from the text, naming no document (相互支持 over a notice
// whose text says 有关部门要分工协作，相互支持，密切配合): no title. The
// notice's own title line is elsewhere, or not on the page.
func (w *walker) liftedHeading() bool {
	t := spaceless(w.n.ListTitle)
	if w.n.Title != "" || t == "" || titleLike(t) || utf8.RuneCountInString(t) > 8 || len(w.titleAt) != 1 {
		return false
	}
	lines := append(slices.Clone(w.preamble), w.n.Unplaced...)
	for _, it := range w.items {
		lines = append(lines, it.line)
	}
	for _, l := range lines {
		if l.N != w.titleAt[0].N && strings.Contains(spaceless(l.Text), t) {
			return true
		}
	}
	return false
}
