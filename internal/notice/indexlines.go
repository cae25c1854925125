package notice

import "strings"

// A portal's index whose labels stand alone on their lines, with no colon,
// each value on the line under its label (标题 / 张店区人民政府办公室 关于印发
// …的通知发文机关 / 张店区人民政府办公室 / 发文字号 / 张政办发〔2025〕6号),
// the next label sometimes run on after a value: the page's, read as its
// index is, and no part of the title. The title's value under 标题 stays
// the page's heading of the notice, as the corpus reads it
// (county-2021-guanxian-zhengwu-index): the title with its issuer at its
// head, the label run on after it cut off.

// loneIndexLabel is the index label a line is alone, with no colon: 标题,
// 发文机关. "" where the line is none.
func loneIndexLabel(t string) string {
	if strings.ContainsAny(t, "：:|") || !isIndexLabel(t) {
		return ""
	}
	return indexCellLabel(t)
}

// runOnIndexLabel splits off an index label the page ran on after a value
// (…实施方案的通知发文机关): the value without it, and the label ("" where
// none runs on). A label that is the whole value is none.
func runOnIndexLabel(v string) (value, label string) {
	for _, l := range indexLabels {
		if len([]rune(l)) < 3 {
			continue // 文号, 名称: too short to tell from a value's last words
		}
		if q, ok := strings.CutSuffix(v, l); ok && strings.TrimSpace(q) != "" {
			return strings.TrimSpace(q), l
		}
	}
	return v, ""
}

// titleLabel says an index's label is the title's: 标题, 名称, 文件名称.
func titleLabel(l string) bool {
	return l == "标题" || l == "名称" || l == "文件名称" || l == "信息名称"
}

// hanGapRe is a space between two characters, where a page broke a title.
var hanGapRe = lazyRe(`(\p{Han})[ \x{3000}]+(\p{Han})`)

// brokenTitle is a title's value without the spaces a page left where it
// broke it (张店区人民政府办公室 关于印发…工作 实施方案的通知).
func brokenTitle(v string) string {
	return hanGapRe.ReplaceAllString(hanGapRe.ReplaceAllString(v, "$1$2"), "$1$2")
}

// A portal's index spread by spaces, several pairs a line, ends a line
// with a field the index's labels do not hold (… 发布机构 沙坡头区人民政府办公室
// 责任部门 沙坡头区政府办): the value before it is the issuer's, the rest the
// other field's. 责任部门 is no index label anywhere else, as a task's
// 责任部门：X names its owners.

// spacedFieldLabels are labels of a spaced index that run on after a value.
var spacedFieldLabels = []string{"责任部门", "责任单位", "主办单位"}

// cutSpacedField cuts a spaced index's value where a field of the page
// runs on after it, set off by spaces: the value before it.
func cutSpacedField(v string) string {
	f := strings.Fields(v)
	for i := 1; i < len(f); i++ {
		for _, l := range spacedFieldLabels {
			if f[i] == l {
				return strings.Join(f[:i], " ")
			}
		}
		if otherFieldRe.MatchString(f[i]) {
			// 政府发〔2023〕54号 所属主题: 政府文件: a field no rule knows
			// after the value, its label and colon set off by a space.
			return strings.Join(f[:i], " ")
		}
	}
	return v
}

// otherFieldRe is a word opening another field of an index: a short label
// and its colon (所属主题:, 废止日期：).
var otherFieldRe = lazyRe(`^\p{Han}{2,6}[：:]`)
