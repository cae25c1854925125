package notice

// personLeadRunRe is an item's first paragraph opening with the leader who
// answers for it, then the unit that leads and those that help, before the
// work: 由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…. The groups
// are the person, the leading units and the helping ones.
var personLeadRunRe = lazyRe(`^由(\p{Han}{2,4}(?:常务)?副?[省市县区州旗]长|(?:常务)?副?[省市县区州旗]长\p{Han}{2,4})(?:负责|牵头|主抓)[，,]\s*([^，,。；;：:]{2,40}?)牵头(?:[，,]\s*([^，,。；;：:]{2,80}?)(?:配合|协助|参与|协办))?[，,。；;]`)

// personLeadRun reads such an opening: the person is the leader, the units
// the owners, those before 牵头 the lead. The item's text says so in so
// many words, as a label would, so nothing is listed beyond what the
// names themselves bring (相关部门: an open name). ownLine says the body
// stands on the lines after the title's.
func (t *Task) personLeadRun(ownLine bool) {
	if len(t.raw.resp) > 0 {
		return
	}
	m := personLeadRunRe.FindStringSubmatch(t.Body)
	if m == nil || !unitNames(m[2]) || collectivePostRe.MatchString(m[1]) || nonPersonRe.MatchString(m[1]) {
		// 由各区区长负责: the heads of every district, no person (probe 19).
		return
	}
	resp := m[2] + "牵头"
	if m[3] != "" {
		resp += "，" + m[3] + "配合"
	}
	at := t.Line
	if ownLine {
		at++
	}
	t.raw.resp = []piece{{resp, at, FromInline, ""}, {m[1], at, FromInline, "责任领导"}}
}

// collectivePostRe is a post held by the heads of many places: 各区区长,
// 有关县县长.
var collectivePostRe = lazyRe(`^(?:各|有关|相关)`)

// nonPersonRe ends a name after a post's title that is no person: a
// meeting (市长办公会, 市长常务会议), a service line (市长热线).
var nonPersonRe = lazyRe(`(?:会|会议|热线|信箱)$`)
