package notice

import "strings"

// A report to a congress or a CPPCC committee is titled 关于…的报告, its
// author and a month in brackets on lines of their own under it:
//
//	关于政协红寺堡区委员会三届五次会议委员提案办理情况的报告
//	吴忠市红寺堡区人民政府
//	(2021年10月)
//
// The title ends at 的报告: the lines under it are no more of it. A title
// ending in a bare 报告 (…政府工作报告 / 重点工作分工) may go on, and is
// read line by line as before.

// reportTitle says a title ends as a report's does: 关于…的报告.
func reportTitle(s string) bool {
	return strings.HasSuffix(s, "的报告") && strings.Contains(s, "关于")
}

// monthLineRe is a report's date under its author: (2021年10月), a day or
// none.
var monthLineRe = lazyRe(`^[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]$`)

// byline reads the lines right under a report's title from start: its
// author alone on a line, then its date in brackets. It gives the author
// and the line after the date; "" and start where they are not so.
func byline(lines []Line, start int) (string, int) {
	var at []int
	for i := start; i < len(lines) && len(at) < 2; i++ {
		if trimLine(lines[i].Text) != "" {
			at = append(at, i)
		}
	}
	if len(at) < 2 || !monthLineRe.MatchString(trimLine(lines[at[1]].Text)) {
		return "", start
	}
	orgs := orgList(trimLine(lines[at[0]].Text))
	if len(orgs) != 1 {
		return "", start
	}
	return orgs[0], at[1] + 1
}
