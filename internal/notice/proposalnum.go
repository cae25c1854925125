package notice

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

// itemMatch matches a numbered item's line: 1. text, or 第1号“…” text.
// It gives the number and the text after it, as taskRe's groups.
func itemMatch(t string) []string {
	if m := taskRe.FindStringSubmatch(t); m != nil {
		return m
	}
	return proposalNumRe.FindStringSubmatch(t)
}
