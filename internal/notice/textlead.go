package notice

import (
	"slices"
	"strings"

	"tally/internal/i18n"
)

// textLeadRe is a clause of an item's own text naming units that lead:
// …，市公安局牵头，市市场监管局配合。 / 由市公安局牵头，开展….
var textLeadRe = lazyRe(`(?:^|[。；;，,\n]\s*)由?([^由。；;，,：:（()）“”《》\s]{2,40}?)牵头`)

// textLeadReview lists an item whose own text names units leading it that
// the fields read elsewhere (a bracket, a label, a column) leave out: the
// bracket says 责任单位：市教育局 while the text says 市公安局牵头, or the
// owners hold the unit but no lead is read. Which the office means is a
// person's call; the fields stay as the bracket gives them.
func (n *Notice) textLeadReview(t *Task) {
	if len(t.Owners) == 0 || t.Sources.Owners.Kind == FromInline {
		return
	}
	if _, resp, clause, ok := closingUnits(strings.TrimSpace(t.Title + "。" + t.Body)); ok {
		// …。各区政府负责。 beside a label's units (牵头单位：市文旅局).
		for _, u := range splitResp(resp).owners {
			if !slices.Contains(t.Owners, u) {
				t.review("owners", t.Line, i18n.F("这一项的正文最后写有“%s”，但%s不在读到的责任单位中；请核对责任单位",
					"the item's text closes with %s, but %s is not among the owners read: check the owners", clause, u))
				return
			}
		}
	}
	for _, m := range textLeadRe.FindAllStringSubmatch(t.Title+"。"+t.Body, -1) {
		if !unitNames(m[1]) || !levelNamed(m[1]) {
			continue
		}
		for _, u := range readNames(m[1]).names {
			switch {
			case !slices.Contains(t.Owners, u):
				t.review("owners", t.Line, i18n.F("这一项的正文写有“%s牵头”，但%s不在读到的责任单位中；请核对责任单位和牵头单位",
					"the item's text says %s牵头, but %s is not among the owners read: check the owners and the lead", m[1], u))
				return
			case len(t.Lead) == 0:
				t.review("lead", t.Line, i18n.F("这一项的正文写有“%s牵头”，未读作牵头单位；请核对", "the item's text says %s牵头, which was not read as the lead: check it", m[1]))
				return
			}
		}
	}
}

// sectionLeadReview lists an item that names its own owners and no lead
// under a section heading whose bracket names one (一、…（牵头单位：
// 市政务服务局） over 1.…，各区政府负责。): whether the section's lead leads
// the item too, the notice does not say.
func (n *Notice) sectionLeadReview(t *Task) {
	if len(t.raw.sectionLead) == 0 || len(t.Lead) > 0 {
		return
	}
	t.review("lead", t.Line, atF(n.At(t.raw.sectionAt), "{at}小节标题的括号写明了牵头单位（%s），本项写有自己的责任单位，没有沿用；请核对本项的牵头单位",
		"the bracket closing the section heading at {at} names a lead (%s); this item names its own owners and the section's lead was not taken: check this item's lead", strings.Join(t.raw.sectionLead, "、")))
}
