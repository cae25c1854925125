package notice

import "strings"

// A table flattened one cell a line may give a unit's other name, in
// brackets, on a line of its own under the name (區發改局 / (區金融辦) /
// 區經信局 in a 牽頭單位 cell): it is part of the name above, not a cell
// or a unit of its own.

// otherNameLineRe is a line holding a bracketed name alone: (区金融办).
var otherNameLineRe = lazyRe(`^[（(]([^（()）]{2,16})[）)]$`)

// otherNameOf says a line is a unit's bracketed other name going with the
// cell above it, a unit's name.
func otherNameOf(prev, line string) bool {
	m := otherNameLineRe.FindStringSubmatch(strings.TrimSpace(line))
	return m != nil && endsOrg(m[1]) && endsOrg(strings.TrimSpace(prev))
}

// listOntoName is what it costs more to read a line listing units (区科技局、
// 区财政局,各平台) as going on from a line naming one unit in the same
// cell: a cell broken over lines gives one unit a line, and a line that
// lists several on its own is more likely a cell of its own (区发改局 /
// 区经信局 / 区科技局、区财政局… under 牵头单位 | 主要参与单位: the two
// single names lead).
func listOntoName(name, next string) float64 {
	if !strings.ContainsAny(name, "、，,") && strings.ContainsAny(next, "、，,") {
		return 0.1
	}
	return 0
}
