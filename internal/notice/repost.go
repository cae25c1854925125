package notice

import "strings"

// A page's furniture over a reposted notice: a date widget over the text,
// a repost's heading that leaves a word out of the notice's own title,
// and an index's issue where the document has no 〔year〕 number.

// issueLabelRe is a series' issue written under an index's 文号 where the
// document has no 〔year〕 number (督察通报第十七期, 督查通报第3期): the page's
// own number of it.
var issueLabelRe = lazyRe(`^\p{Han}{2,10}第[\d一二三四五六七八九十〇零百]{1,5}期$`)

// monthStampRe is a page's month stamp alone on a line: 2024-04.
var monthStampRe = lazyRe(`^(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])$`)

// dayStampRe is a page's day alone on a line, over its month stamp: 28.
var dayStampRe = lazyRe(`^(?:0?[1-9]|[12]\d|3[01])$`)

// dateWidget says the line at i is part of a page's date widget above the
// text (28 / 2024-04: the day large over the year and month): the page's
// date, not the notice's, and no part of its title.
func dateWidget(lines []Line, i int) bool {
	t := trimLine(lines[i].Text)
	if monthStampRe.MatchString(t) {
		return true
	}
	if !dayStampRe.MatchString(t) {
		return false
	}
	for j := i + 1; j < len(lines); j++ {
		if next := trimLine(lines[j].Text); next != "" {
			return monthStampRe.MatchString(next)
		}
	}
	return false
}

// maxLeftOut bounds the words a repost's heading leaves out of the
// notice's own title (印发, 转发).
const maxLeftOut = 4

// dropRepostHeading drops a page's heading that is the notice's own title
// below it with a word left out (关于《…工作方案》的通知 over 关于印发《…
// 工作方案》的通知, the own title maybe broken over two lines): a repost's
// heading, not the notice's title. The line at i is the own title's
// first line.
func dropRepostHeading(kept []Line, lines []Line, i int) []Line {
	own := trimLine(lines[i].Text)
	if !strings.HasPrefix(own, "关于") {
		return kept
	}
	if !endsTitle(own) {
		for j := i + 1; j < len(lines); j++ {
			if next := trimLine(lines[j].Text); next != "" {
				own += next
				break
			}
		}
	}
	s := []rune(spaceless(own))
	if !endsTitle(string(s)) || !isTitleCandidate(string(s)) {
		return kept
	}
	for k, l := range kept {
		a := []rune(spaceless(trimLine(l.Text)))
		if len(a) < 10 || len(a) >= len(s) || len(s)-len(a) > maxLeftOut {
			continue
		}
		p := 0
		for p < len(a) && a[p] == s[p] {
			p++
		}
		q := 0
		for q < len(a)-p && a[len(a)-1-q] == s[len(s)-1-q] {
			q++
		}
		if p+q == len(a) && p >= 2 && q >= 2 {
			return append(kept[:k:k], kept[k+1:]...)
		}
	}
	return kept
}
