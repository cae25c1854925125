package notice

import "strconv"

// A report on how proposals or suggestions were handled takes each in turn
// by its number word, the proposal's title in quotes and its bodies after
// it, under headings that count them:
//
//	(一)重点提案办理情况(6件)
//	第1号“关于进一步推进乡村振兴和产业发展的建议”(A类)。主办单位:农业农村局;协办单位:文体局、住建交通局。
//
// Each such line is an item numbered 1 as 1. is, the heading over it a
// heading. Before, the line was read as the text of the heading, the task
// titled by the heading's count.

// proposalNumRe is a line opening 第N号 right before a quoted title.
var proposalNumRe = lazyRe(`^\s*第(\d{1,3})号\s*([“"「].*)$`)

// articleRe is an article of rules a notice sends (若干规定, 办法) opening
// its line, a space after its number: 第二条  推进“一件事”一窗办。…(牵头责任
// 单位:…). Each article is an item numbered as 2. is, its chapters (第二章
// …) the sections. An article quoted inside other text (第七条【信息公示】…)
// is no item.
var articleRe = lazyRe(`^\s*第([一二三四五六七八九十]{1,4}|\d{1,3})条[ \x{3000}]+(\S.*)$`)

// itemMatch matches a numbered item's line: 1. text, 第1号“…” text, or
// 第二条 text. It gives the number in digits and the text after it, as
// taskRe's groups.
func itemMatch(t string) []string {
	if m := taskRe.FindStringSubmatch(t); m != nil {
		return m
	}
	if m := articleRe.FindStringSubmatch(t); m != nil && !taskRe.MatchString(t) {
		if m[1][0] > '9' {
			m[1] = strconv.Itoa(chineseNumber(m[1]))
		}
		return m
	}
	return proposalNumRe.FindStringSubmatch(t)
}
