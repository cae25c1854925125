package notice

import "strings"

// dutyJoinWords splits, in the subject of a duty, the names joined by a
// word saying they work together (市沙澧河建管委协同市建委负责…: X协同Y):
// each is a body that answers for the work, none of them named a lead by
// the word. A part is split only where both sides are a body's name.
func dutyJoinWords(parts []string) []string {
	var out []string
	for _, p := range parts {
		for {
			before, after, ok := strings.Cut(p, "协同")
			if !ok || !endsOrg(before) || !endsOrg(after) {
				break
			}
			out = append(out, before)
			p = after
		}
		out = append(out, p)
	}
	return out
}
