package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

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

// headUnitsRe is an item opening with the units that lead or do it, and
// those that help, before its work: 市文旅局负责,市商务局配合,开展…;
// 市文旅局牵头组织实施…. The groups are the units, their role and the
// helpers.
var headUnitsRe = lazyRe(`^([^，,。；;：:（()）“”《》由]{2,40}?)(牵头负责|牵头抓总|牵头|负责)(?:组织实施|组织落实|实施|落实)?(?:[，,、]\s*([^，,。；;：:（()）“”《》由]{2,60}?)(?:配合|协助|参与|协办|具体负责|负责落实|具体实施)[，,]?)?`)

// leadVerbRe opens words that set others to work, or lean on them: 督促,
// 指导, 协调, 要求, 依托, 确保.
var leadVerbRe = lazyRe(`^(?:督促|指导|协调|要求|配合|协助|支持|鼓励|引导|监督|帮助|依托|确保|围绕|依靠|借助|通过|结合|坚持|保障|发挥|对接|争取|协同|推动|会同|联合)`)

// headUnits gives the responsibility an item's opening names (headUnitsRe)
// as a clause to read (市文旅局负责，市商务局配合); ok is false where the
// item opens otherwise, or its opening names no unit (全面负责, 工作牵头).
func headUnits(text string) (string, bool) {
	m := headUnitsRe.FindStringSubmatch(text)
	if m != nil && strings.HasPrefix(text[len(m[0]):], "的") {
		// 县住建局牵头、县城管局配合的城区道路改造项目: the units qualify
		// the work named, they do not open the item.
		return "", false
	}
	if m == nil || !unitNames(m[1]) && !Collective(m[1]) || workBeforeUnitRe.MatchString(m[1]) || verbBeforeUnit(workVerbRe, m[1]) || verbBeforeUnit(leadVerbRe, m[1]) {
		// (完善县住建局负责…, 督促县城投公司负责…: the work's verb before
		// the unit it names, no unit at the head.)
		return "", false
	}
	resp := m[1] + m[2]
	if m[3] != "" {
		if r := readNames(m[3]); !unitNames(m[3]) && !Collective(m[3]) && (len(r.open) == 0 || len(r.odd) > 0) {
			return "", false
		}
		resp += "，" + m[3] + "配合"
	}
	return resp, true
}

// headLeadWork gives the responsibility an item's opening names where the
// units lead it and its work follows straight on (安监股牵头检查…, 县教育局
// 牵头,县卫健局配合,开展…); ok is false otherwise, and where 牵头 qualifies
// a thing (市发改委牵头的项目).
func headLeadWork(text string) (string, bool) {
	resp, ok := headUnits(text)
	if !ok || !strings.Contains(resp, "牵头") {
		// (县教育局负责开展…: a division of duties, its sub-items each
		// a body's part (subItems), is read elsewhere.)
		return "", false
	}
	m := headUnitsRe.FindStringSubmatchIndex(text)
	rest := text[m[1]:]
	if w, ok := strings.CutPrefix(strings.TrimLeft(rest, "，, "), "会同"); ok {
		// 市发改委牵头，会同市财政局、市税务局出台…: the bodies the lead
		// works with, owners too (the work after them none of their names).
		if with := namesBeforeWork(strings.SplitN(w, "，", 2)[0]); withBodies(with) {
			resp += "，会同" + with
		}
	}
	if m[6] < 0 {
		// 县教体局牵头检查学校食堂,县市场监管局配合: the helpers in a
		// clause of their own after the work.
		resp += laterDoers(rest) // (…,县市场监管局配合,各乡镇负责落实: those who do it too.)
	}
	return resp, rest != "" && !strings.HasPrefix(rest, "的") && !strings.HasPrefix(rest, "单位") && !strings.HasPrefix(rest, "部门")
}

// laterHelpersRe is a clause naming who helps or carries it out, after
// the work an item's opening lead does: …,县市场监管局配合(,…), …,各乡镇卫生院
// 具体负责.
var laterHelpersRe = lazyRe(`^((?:[^，,。；;：:（()）“”《》由\s]|[（(][^（()）]{1,8}[）)]){2,60}?)(?:配合|协助|参与|协办|具体负责|负责落实|负责具体实施|具体实施|具体落实|抓好落实|负责|落实)$`)

// laterDoers gives the clauses after an item's first (its work) that name
// who helps or carries it out (…,县市场监管局配合,各乡镇负责落实) as a
// responsibility to add to the item's own: "，Y配合，Z配合"; "" where none.
func laterDoers(text string) string {
	var out string
	for k, c := range splitTop(text, "，,。；;") {
		if k == 0 {
			continue // the work
		}
		if h := laterHelpersRe.FindStringSubmatch(strings.TrimSpace(c)); h != nil && (unitNames(h[1]) || Collective(h[1]) || helperNames(readNames(h[1]).names)) {
			out += "，" + h[1] + "配合"
		}
	}
	return out
}

// verbBeforeUnit says a name opens with a verb of re that stands before a
// unit's own name (完善县住建局, 督促县城投公司), not one a unit's name opens
// with (组织部, 监督科, 协调办, 建设银行XX支行): what follows the verb opens
// with a level or is a unit's name of its own.
func verbBeforeUnit(re *lazyRegexp, name string) bool {
	v := re.FindString(name)
	if v == "" {
		return false
	}
	rest := name[len(v):]
	return levelHeadRe.MatchString(rest) || utf8.RuneCountInString(rest) >= 3 && endsOrg(rest) || Collective(rest)
}

// bracketUnits says a closing bracket names units only, bare or with the
// role of helpers or doers after them: (市财政局), (市商务局配合),
// (市商务局、市财政局按职责分工负责).
func bracketUnits(inner string) bool {
	names := strings.TrimSpace(bracketRunRoleRe.ReplaceAllString(inner, ""))
	if names == "" || coverRe.MatchString(inner) || sentenceWordRe.MatchString(names) {
		return false
	}
	if unitNames(names) {
		return true
	}
	// (各乡镇), (县财政局、各乡镇配合): collectives among the units.
	parts := splitTop(names, "、，,")
	return !slices.ContainsFunc(parts, func(p string) bool { return !Collective(p) && !unitNames(p) })
}
