package notice

import "strings"

// A title broken over three lines inside its book title: 关于印发《转水镇
// 加强党的基层组织 / 建设三年行动计划实施方案 / (2018—2020年)》的通知. The
// second line ends as a plan's name does (实施方案), but the 《 it is in
// is still open and the next line closes it: the title goes on.

// quoteClosedBelow says a title read so far leaves a 《 open that the next
// line of the head closes.
func quoteClosedBelow(title string, head []Line, i int) bool {
	if strings.Count(title, "《") <= strings.Count(title, "》") || i+1 >= len(head) {
		return false
	}
	return strings.Contains(head[i+1].Text, "》")
}
