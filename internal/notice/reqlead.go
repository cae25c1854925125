package notice

import (
	"slices"
	"strings"
)

// requiredLead reads the lead of an item whose labels name its units
// (责任单位:市发改委 五县五区政府 开发区管委会) and no lead, where a line
// of the item after them, a requirement (工作要求:由市发改委牵头,并负责报
// 进度。), says which of those units leads: it is the lead. The line is
// none of the item's text (no rule placed it); the unit must be one of the
// item's owners as written, so a line naming another body leads nothing.
func (n *Notice) requiredLead() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if len(t.Lead) > 0 || len(t.Owners) < 2 || t.Sources.Owners.Kind != FromLabel {
			continue
		}
		end := n.lastLine + 1
		if i+1 < len(n.Tasks) {
			end = n.Tasks[i+1].Line
		}
		for _, l := range n.Unplaced {
			if l.N <= t.Sources.Owners.Line || l.N >= end {
				continue
			}
			m := requiredLeadRe.FindStringSubmatch(trimLine(l.Text))
			if m == nil || !slices.Contains(t.Owners, m[1]) {
				continue
			}
			t.Lead = []string{m[1]}
			t.Sources.Lead = From{Kind: FromInline, Line: l.N, Label: strings.TrimSpace(m[0][:strings.IndexAny(m[0], "：:")])}
			break
		}
	}
}

// requiredLeadRe is a requirement's line that says which unit leads the
// item's work: 工作要求:由市发改委牵头,并负责报进度。
var requiredLeadRe = lazyRe(`^(?:工作要求|具体要求|要求|工作措施|备注)\s*[：:]\s*由([^，,。；;：:、\s]{2,20}?)牵头(?:负责)?(?:[，,。；;]|$)`)
