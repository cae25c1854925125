package notice

import "strings"

// splitWith splits two bodies joined by 与 (由市城规局与11个县区政府牵头):
// where what stands before 与 is a whole organisation and what follows it
// one too, or a collective, they are two. A name with 与 inside
// (市自然资源与规划局) keeps it: what stands before its 与 is no body.
func splitWith(s string) []string {
	before, after, ok := strings.Cut(s, "与")
	if !ok || !endsOrg(before) || strings.Contains(after, "与") {
		return []string{s}
	}
	rest := suffixRe.ReplaceAllString(strings.TrimSuffix(after, "牵头"), "")
	if len([]rune(rest)) < 2 || !(endsOrg(rest) || Collective(rest) || countedCollective(rest)) {
		return []string{s}
	}
	return []string{before, after}
}

// countedCollective is a collective counted by its members: 11个县区政府.
func countedCollective(s string) bool {
	m := countRe.FindString(s)
	return m != "" && len(s) > len(m)
}
