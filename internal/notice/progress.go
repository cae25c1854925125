package notice

import (
	"strings"

	"tally/internal/i18n"
)

// A bulletin on how suggestions were handled follows each item with what
// was done, under a label of its own:
//
//	1.农业和科技委员会承办的“关于解决…的建议”(第1号)
//	办理情况:已办结。该工程于2017年4月20日开工建设,7月27日通过工程竣工验收,…
//
// The dates after the label are work done, no deadline: they are no due
// nor milestones. Whether the report sets a date still to come, a person
// checks: the task is listed where dates were left so.

// progressLabelRe is a label opening the report of an item's progress,
// after a sentence or a line a copy ran on (…(第1号)办理情况:).
var progressLabelRe = lazyRe(`(?:^|[。；;\n)）”"])\s*(?:办理情况|进展情况|落实情况|办理进展|工作进展)\s*[：:]`)

// beforeProgress gives an item's text before its progress report, and
// the report's label where one was cut off.
func beforeProgress(text string) (string, string) {
	loc := progressLabelRe.FindStringIndex(text)
	if loc == nil {
		return text, ""
	}
	label := strings.TrimLeft(text[loc[0]:loc[1]], "。；;\n)）”\" \t")
	return text[:loc[0]], label
}

// progressDates takes the progress report off the text whose dates are
// read (the report may open in the title's sentence, 办理情况:已办结。),
// listing the task where the report holds a date.
func (n *Notice) progressDates(t *Task, dated string, year years) string {
	head, label := beforeProgress(dated)
	if label == "" && dated == t.Body {
		if _, label = beforeProgress(t.Title); label != "" {
			head = ""
		}
	}
	if label == "" {
		return dated
	}
	if len(milestones(dated[len(head):], year)) > 0 {
		t.review("due", t.raw.last, i18n.F("“%s”之后写的是办理进展，其中的日期未作为完成时限或时间节点；请核对",
			"the text after %q reports progress: its dates were not taken as the due date or milestones; check it", label))
	}
	return head
}
