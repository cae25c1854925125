package notice

import "strings"

// leadRuns marks every unit of a run that leads together where the run is
// one clause of several (省政府办公厅、省财政厅牵头，省商务厅、省文旅厅): each
// of them leads, not only the one 牵头 stands after. A text that is that
// one run alone is read so already (readNames); one with no such run is
// given back as it was.
func leadRuns(s string) string {
	clauses := splitTop(s, "；;，,")
	if len(clauses) < 2 {
		return s
	}
	changed := false
	for k, c := range clauses {
		q, ok := strings.CutSuffix(c, "牵头")
		if !ok {
			continue
		}
		q = leadAdverbRe.ReplaceAllString(q, "")
		units := splitTop(q, "、")
		if len(units) < 2 {
			continue
		}
		clauses[k] = strings.Join(units, "牵头、") + "牵头"
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(clauses, "；")
}
