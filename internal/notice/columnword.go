package notice

import "strings"

// A cell can close its names with its column's own word, as if writing a
// sentence: 縣委、縣政府主辦 under 主辦單位 (县委、县政府 hold the event). The
// word says what the column already says; left on, 县政府主办 was read as a
// name (listed) and the lead it names was missed. Now the column's word
// (主办, 承办, 协办, 牵头, 配合, 负责) at the cell's end, after a name, is
// taken off.

// columnWordRe is the word a unit column's header opens with: 主办 of
// 主办单位, 牵头 of 牵头部门.
var columnWordRe = lazyRe(`^(主办|承办|协办|牵头|配合|负责)(?:单位|部门)$`)

// columnWordOff takes the column's own word off the end of a cell under
// it (县委、县政府主办 under 主办单位 → 县委、县政府).
func columnWordOff(v, head string) string {
	m := columnWordRe.FindStringSubmatch(squeezeSpace(head))
	if m == nil {
		return v
	}
	t := strings.TrimSpace(v)
	if rest, ok := strings.CutSuffix(t, m[1]); ok && len([]rune(rest)) >= 2 {
		return strings.TrimRight(rest, " 、，,")
	}
	return v
}
