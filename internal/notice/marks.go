package notice

import "strings"

// A copy may carry a site's marks inside the notice's words, put there
// against copying: 各州@@、市人民政府@@, 一@@、强化组织领导@@, 国办@@发@@
// 〔2017〕24号@@. Two or more @ together stand in no notice; they are no
// part of its text, and are taken off before it is read (a line's words
// and number stay where they were).

// dropMarks takes runs of two or more @ out of the text.
func dropMarks(text string) string {
	if !strings.Contains(text, "@@") {
		return text
	}
	return marksRe.ReplaceAllString(text, "")
}

var marksRe = lazyRe(`@{2,}`)
