package notice

import "slices"

// headLeadOnlyRe is a section heading's bracket that names only the unit
// leading the section's work: 由市发改局牵头实施, 市科技局牵头.
var headLeadOnlyRe = lazyRe(`^\s*由?(\p{Han}[^，,。；;、：:（）()]{1,30}?)(?:牵头实施|牵头负责|负责牵头|牵头抓总|牵头)\s*$`)

// headingLeadOver reads a section heading whose bracket names only the unit
// that leads the section (一、扩大有效投资政策(由市发改局牵头实施)) where the
// items under it each name their own units ((责任单位:市发改局、市财政局)):
// the heading is no task of its own; its unit leads those of its items
// that name it among their units (see headingBracketLead). It says whether
// the heading was one.
func (w *walker) headingLeadOver(h *heading) bool {
	if h == nil || h.resp == nil || h.respUsed || !h.used || h.first > len(w.n.Tasks) {
		return false
	}
	m := headLeadOnlyRe.FindStringSubmatch(h.resp.text)
	if m == nil || !endsOrg(m[1]) {
		return false
	}
	p := piece{m[1], h.resp.line, FromHeading, ""}
	found := false
	for i := h.first; i < len(w.n.Tasks); i++ {
		t := &w.n.Tasks[i]
		if inScope(t.Section, h.sec.ID) && len(t.raw.resp) > 0 {
			t.raw.headLead, found = &p, true
		}
	}
	return found
}

// headingBracketLead makes the unit a section heading's bracket names to
// lead (headingLeadOver) the lead of an item that names it among its own
// units and names no lead of its own. Listed for review either way: the
// heading says it of the section in general, and an item that does not
// name the unit is left with no lead.
func (n *Notice) headingBracketLead(t *Task) {
	p := t.raw.headLead
	if p == nil || len(t.Lead) > 0 {
		return
	}
	if slices.ContainsFunc(t.Owners, func(o string) bool { return squeezeSpace(o) == squeezeSpace(p.text) }) {
		t.Lead = []string{p.text}
		t.Sources.Lead = From{Kind: FromHeading, Line: p.line}
		t.review("lead", p.line, atF(n.At(p.line), "牵头单位“%s”取自{at}小节标题末尾的括号（由该单位牵头实施），本项的责任单位中有它；请核对",
			"the lead %q comes from the bracket closing the section heading at {at} (the unit leading the section), which this item names among its units: check it", p.text))
		return
	}
	t.review("lead", p.line, atF(n.At(p.line), "{at}的小节标题写明由“%s”牵头，本项的责任单位中没有它，未定牵头单位；请核对",
		"the section heading at {at} names %q to lead, which this item does not name among its units: no lead was set; check it", p.text))
}
