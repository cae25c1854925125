package notice

import "strings"

// dateMarkRe is a signature's date with the publication mark run on after
// it on the same line: 2025年7月13日(此件主动公开).
var dateMarkRe = lazyRe(`^(.{6,20}?日)\s*([（(]\s*此件.{0,12}[）)])$`)

// dateMarks puts a publication mark run on after a date line on a line of
// its own, each line of t in turn: the date is then read as the notice's,
// as where the mark stands apart.
func dateMarks(t string) string {
	if !strings.Contains(t, "此件") {
		return t
	}
	lines := strings.Split(t, "\n")
	for i, l := range lines {
		if m := dateMarkRe.FindStringSubmatch(trimLine(l)); m != nil && isDateLine(m[1]) {
			lines[i] = m[1] + "\n" + m[2]
		}
	}
	return strings.Join(lines, "\n")
}
