package notice

import "strings"

// A table header's cell naming two columns of units in one, and cells
// labelled with their own column's name.

// pairedColumnRe is a header's cell naming two columns of units in one,
// the cells under it labelled each (牵头单位、相关单位 over 牵头单位:市文物局 /
// 相关单位:市水务局).
var pairedColumnRe = lazyRe(`^((?:牵头|责任|主办|主责|配合|协办|相关|参与)(?:单位|部门))[、/和及]((?:牵头|责任|主办|主责|配合|协办|相关|参与)(?:单位|部门))$`)

// pairedColumns says a header's cell names two columns of units in one.
func pairedColumns(s string) bool {
	_, _, ok := splitPairedColumns(s)
	return ok
}

// splitPairedColumns gives the two columns such a cell names.
func splitPairedColumns(s string) (a, b string, ok bool) {
	m := pairedColumnRe.FindStringSubmatch(squeezeSpace(s))
	if m == nil || m[1] == m[2] {
		return "", "", false
	}
	return m[1], m[2], true
}

// ownLabelOff takes off a cell its own column's name written before its
// value as a label (牵头单位:市文物局 under 牵头单位), as a table whose
// header names two columns in one cell labels each row's cells.
func ownLabelOff(v string, names []string, col int) string {
	if col < 0 || col >= len(names) {
		return v
	}
	name := squeezeSpace(names[col])
	rest, ok := strings.CutPrefix(strings.TrimSpace(v), name)
	if !ok || name == "" {
		return v
	}
	rest = strings.TrimLeft(rest, " ")
	if r, ok := strings.CutPrefix(rest, "："); ok {
		return strings.TrimSpace(r)
	}
	if r, ok := strings.CutPrefix(rest, ":"); ok {
		return strings.TrimSpace(r)
	}
	return v
}
