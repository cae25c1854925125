package notice

import "strings"

// A card's labels closed by a full stop, not a colon, as a document
// preview of a plan writes each item's fields run on after its text:
// 1.全面推进…激发活力。责任主体。市工商质监局。执行对象。…。执行时间。长期有效。

// stopLabelRe is a label of who answers for an item, or of its time
// limit, as a sentence of its own, and the sentence after it, its value.
var stopLabelRe = lazyRe(`(` + respLabels + `)。([^。]{1,80})(?:。|$)`)

// stopLabels puts the labels of an item's line that are closed by a full
// stop (责任主体。X。, 执行时间。Y。) on lines of their own, each with a colon,
// after the item's text and the card's other sentences (执行对象。…,
// 工作流程。…), which stay its text. Two or more such labels must stand in
// the line, each opening a sentence: one alone may be a sentence of the
// text, unless its value is plainly the label's: units' names alone
// for a label of units, a time for a label of time (plainStopLabel).
// Other lines are left whole.
func stopLabels(t string) []string {
	locs := stopLabelRe.FindAllStringSubmatchIndex(t, -1)
	var at [][]int
	for _, loc := range locs {
		before := strings.TrimRight(t[:loc[0]], " \u3000")
		if before == "" || strings.HasSuffix(before, "。") || strings.HasSuffix(before, "；") || strings.HasSuffix(before, ";") {
			if v := trimLine(t[loc[4]:loc[5]]); v != "" && !stopLabelRe.MatchString(v+"。") {
				at = append(at, loc)
			}
		}
	}
	if len(at) < 2 && (len(at) == 0 || !plainStopLabel(t[at[0][2]:at[0][3]], trimLine(t[at[0][4]:at[0][5]]))) {
		return []string{t}
	}
	var text strings.Builder
	var labels []string
	from := 0
	for _, loc := range at {
		text.WriteString(t[from:loc[0]])
		labels = append(labels, t[loc[2]:loc[3]]+"："+trimLine(t[loc[4]:loc[5]]))
		from = loc[1]
	}
	text.WriteString(t[from:])
	out := []string{}
	if s := trimLine(text.String()); s != "" {
		out = append(out, s)
	}
	return append(out, labels...)
}

// stopTimeRe is a time limit's value: a month, a year's end, an open time.
var stopTimeRe = lazyRe(`^[^，,；;]{0,20}(?:\d{1,2}\s*月|年底|年末|季度|长期|持续|常态)`)

// plainStopLabel says a label closed by a full stop stands alone in its
// line as a label, by its value: the names of units alone after a label of
// units (责任主体。市工商质监局。), a time after a label of time (执行时间。
// 长期有效。).
func plainStopLabel(label, value string) bool {
	if isTimeLabel(label) {
		return stopTimeRe.MatchString(value)
	}
	return unitList(value)
}
