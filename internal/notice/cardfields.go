package notice

import (
	"strings"
	"unicode/utf8"
)

// A card of label and value lines (责任单位 / 县水利局 / 责任领导 / 张伟 /
// 完成时限 / 5月底) may give a field several values, one a line (县水利局 /
// 县住建局), break a label over two lines (分管 / 领导, 责任 / 单位, 完成 /
// 时限), or give its target under a label of its own (任务目标 / 2024年度
// 计划对…). pairLabels (lines.go) pairs each label with its values through
// these; a flattened table's header broken the same way stays a header.

// brokenCardLabel reads a card's label broken over two lines (分管 /
// 领导, 责任 / 单位, 完成 / 时限：) with its value under it, before the
// card's next label or the end: the label, and whether it is one. A
// header's cell so broken has another column's name under it, no value.
func brokenCardLabel(lines []Line, i int) (string, bool) {
	if i+2 >= len(lines) {
		return "", false
	}
	a, b := trimLine(lines[i].Text), strings.TrimRight(trimLine(lines[i+1].Text), "：: ")
	if utf8.RuneCountInString(a) > 3 || utf8.RuneCountInString(b) > 3 || utf8.RuneCountInString(a) < 1 || utf8.RuneCountInString(b) < 1 || labelAloneRe.MatchString(a) {
		return "", false
	}
	m := labelAloneRe.FindStringSubmatch(a + b)
	if m == nil {
		return "", false
	}
	v := trimLine(lines[i+2].Text)
	if !cardValue(m[1], v) || inHeaderRun(lines, i) || i+3 < len(lines) && utf8.RuneCountInString(v) <= 3 && labelAloneRe.MatchString(v+strings.TrimRight(trimLine(lines[i+3].Text), "：: ")) {
		// (序号 / 重点工作 / 责任 / 领导 / 责任 / 科室: a header's cells.)
		return "", false
	}
	if i+3 < len(lines) {
		next := trimLine(lines[i+3].Text)
		if next != "" && !labelAloneRe.MatchString(next) && !moreCardValue(m[1], next) && !isStructural(next) && !leadItemNumberRe.MatchString(next) &&
			!(utf8.RuneCountInString(next) <= 3 && i+4 < len(lines) && labelAloneRe.MatchString(next+strings.TrimRight(trimLine(lines[i+4].Text), "：: "))) {
			return "", false
		}
	}
	return m[1], true
}

// cardValue says a line under a card's label is a value of its kind: a
// person's name under a label of persons, a time under a time limit's,
// units under one of units.
func cardValue(label, v string) bool {
	if v == "" || labelAloneRe.MatchString(v) || isHeaderCell(v) || isStructural(v) {
		return false
	}
	if isTimeLabel(label) {
		return timeCellText(v) || utf8.RuneCountInString(v) <= 12 && len(findDates(v, sameYear(2000))) > 0
	}
	return moreCardValue(label, v) || unitList(v)
}

// targetAloneRe is a card's label over what its work is to reach, alone
// on its line: 任务目标, 工作目标, 建设内容.
var targetAloneRe = lazyRe(`^(?:任务|工作|年度|建设)?目标(?:任务)?[：:]?$|^建设内容[：:]?$`)

// cardField says a line is a card's field: a label and its value, or a
// value of one (张伟, 县住建局, 2024年8月底) under the label it was paired
// with.
func cardField(s string) bool {
	t := trimLine(s)
	if isColumnName(t) || isHeaderCell(t) || labelPartRe.MatchString(t) || numHead.MatchString(t) {
		return false // 序号 / 年度目标 / 分管 / 领导: a table's header
	}
	return respLineRe.MatchString(t) || personNameRe.MatchString(t) || unitCellText(t) || timeCellText(t)
}

// labelPartRe is a half of a card's label broken over two lines (责任 /
// 单位, 完成 / 时限, 分管 / 领导): no value, though as short as a name.
var labelPartRe = lazyRe(`^(?:责任|完成|分管|牵头|配合|协办|主办|联系|包保|挂点|时限|时间|期限|领导|单位|部门|科室|股室|处室|备注|任务|目标|工作|建设|内容)$`)

// moreCardValue says a line under a card's field is one more of its
// values: a person's name under a label of persons, a unit's name under
// one of units. A label, an item, or a sentence ends the field.
func moreCardValue(label, v string) bool {
	if v == "" || labelAloneRe.MatchString(v) || isStructural(v) || leadItemNumberRe.MatchString(v) || isHeaderCell(v) {
		return false
	}
	if labelPartRe.MatchString(v) {
		return false // 完成 / 时限: a label broken over two lines
	}
	switch {
	case strings.HasSuffix(label, "领导") || label == "责任人" || label == "负责人":
		return personNameRe.MatchString(v)
	case isTimeLabel(label):
		return false
	default:
		return utf8.RuneCountInString(v) <= 20 && !strings.ContainsAny(v, "，,。；;：:") && (endsOrg(v) || Collective(v) || townNameRe.MatchString(v) || bodyName(v) || bodyEndRe.MatchString(v))
	}
}
