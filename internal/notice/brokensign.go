package notice

import "strings"

// A signature broken over two lines at the end of a notice with no date
// under it, its last line the office that signs on a group's behalf with
// (代) after it: 泽库县乡村振兴领导小组 / 办公室(代). The issuer is the
// office, its two lines joined; (代) says it signs for the group, no part
// of its name.

// signOfficeRe is the second line of such a signature: an office's word
// and the mark of signing on another's behalf.
var signOfficeRe = lazyRe(`^(办公室|办公厅|秘书处|秘书科)\s*[（(]\s*代(?:章)?\s*[）)]$`)

// brokenSignature is the issuer such a signature names, last the notice's
// last line and above the line over it; "" where they are no such
// signature.
func brokenSignature(last, above string) string {
	m := signOfficeRe.FindStringSubmatch(trimLine(last))
	a := trimLine(above)
	if m == nil || !isSignature(a) || strings.HasSuffix(a, m[1]) {
		return ""
	}
	return a + m[1]
}
