package notice

import "strings"

// A project list's field line under each numbered project, as a
// fund-allocation notice (资金分配计划的公告) writes it: fields apart by
// spaces, the one naming who carries the project out among them (投资:500万元
// 实施单位:X). A field's value closing with a bracket may run into the next
// label with no space: 投资:167万元(少数民族发展资金)实施单位:X.

// fieldLineRe opens a line with a field's label that names no one: two to
// six characters and a colon (投资:, 资金规模:, 建设内容:).
var fieldLineRe = lazyRe(`^\p{Han}{2,6}\s*[：:]`)

// bracketThenLabelRe is a closing bracket with a label of who answers
// right after it.
var bracketThenLabelRe = lazyRe(`([）)])((?:` + respLabels + `)` + labelNote + `\s*[：:])`)

// fieldLabelsApart gives a field line whose label of who answers runs on
// after a bracket closing the field before it a space there, so that the
// label is read as run on after the line's own text (splitLabels). Any
// other line is given back as it is.
func fieldLabelsApart(t string) string {
	s := trimLine(t)
	if !fieldLineRe.MatchString(s) || respLineRe.MatchString(s) || strings.ContainsAny(s, "|｜\t") {
		return t
	}
	return bracketThenLabelRe.ReplaceAllString(t, "$1 $2")
}

// fieldLineUnder says the line t under an item's first line is a field
// line (投资:500万元), so that the first line, a project's name however
// long (no sentence), is the item's title on a line of its own: the field
// is no part of the name.
func fieldLineUnder(first, t string) bool {
	r := []rune(strings.TrimSpace(first))
	s := trimLine(t)
	return len(r) > 0 && !strings.ContainsRune("，,、；;：:“《", r[len(r)-1]) && !strings.ContainsAny(string(r), "。；;") &&
		fieldLineRe.MatchString(s) && !respLineRe.MatchString(s) && !taskLabelRe.MatchString(s)
}
