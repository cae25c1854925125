package notice

import "strings"

// headingLeadersOf notes, for the item being closed, the bracket of its
// section's heading where that bracket names the persons who lead the
// section and no unit (三、六项保障措施(牵头领导:张同生、赵建华、…)) and the item
// names its own responsibility ((责任秘书长:李振峰,责任单位:市政府办公室)):
// the heading's persons answer for each item under it beside the item's own
// (see headingBracketLeaders). An item that names no one takes the whole
// bracket already (finish).
func (w *walker) headingLeadersOf(t *Task) {
	h := w.ownHeading(t.Section)
	if h == nil || h.resp == nil || len(t.raw.resp) == 0 || !leadersOnly(h.resp.text) && len(splitResp(h.resp.text).leaders) == 0 {
		// (一、…（牵头领导：黄海；牵头单位：县乡村振兴局） names its units
		// too: its leaders lead the items all the same.)
		return
	}
	p := *h.resp
	t.raw.headLeaders = &p
}

// headingBracketLeaders gives a task the leaders its section heading's
// bracket names, before its own, unless the item names its own under the
// same label (an item with its own 牵头领导 is led by them, not by the
// section's). Listed for review: the heading says it of the items in
// general.
func (n *Notice) headingBracketLeaders(t *Task) {
	p := t.raw.headLeaders
	if p == nil {
		return
	}
	label, _, ok := strings.Cut(strings.ReplaceAll(strings.TrimSpace(p.text), "：", ":"), ":")
	if !ok {
		return
	}
	label = strings.TrimSpace(label)
	for _, q := range t.raw.resp {
		if q.label == label || strings.Contains(strings.ReplaceAll(q.text, "：", ":"), label+":") {
			return
		}
	}
	lead := splitResp(p.text).leaders
	if len(lead) == 0 {
		return
	}
	own := t.Leaders
	t.Leaders = nil
	addNew(&t.Leaders, lead...)
	addNew(&t.Leaders, own...)
	if len(own) == 0 {
		t.Sources.Leaders = From{Kind: FromHeading, Line: p.line}
	}
	t.review("leaders", p.line, atF(n.At(p.line), "责任领导“%s”来自{at}小节标题末尾的括号，已加在本项自己写明的人员之前；请核对",
		"the leaders %q come from the bracket closing the section heading at {at}, put before the item's own: check them", strings.Join(lead, "、")))
}
