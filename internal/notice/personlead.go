package notice

// personLeadRunRe is an item's first paragraph opening with the leader who
// answers for it, then the unit that leads and those that help, before the
// work: 由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…, and
// without 由 (王建国副县长牵头,县水利局负责,县应急管理局配合,做好…; 县长张伟
// 亲自抓,县发改局牵头,负责…; 由副县长李明牵头,县教体局、县卫健局配合,…). The groups are the person, the units after
// him, their role and the helping ones.
var personLeadRunRe = lazyRe(`^由?(` + personHeadPat + `)(?:负责|牵头|主抓|亲自抓|抓总)[，,]\s*([^，,。；;：:]{2,40}?)(牵头负责|牵头|负责|配合|协助)(?:[，,]\s*([^，,。；;：:]{2,80}?)(?:配合|协助|参与|协办))?[，,。；;]`)

// personHeadPat is a leader named at an item's head with his post, the
// post first or after the name (王建国副县长, 副县长李明, 县长张伟), a
// party post before it (县委书记、县长张伟; 县委常委、副县长李明), or two
// such (县长张伟、副县长李明).
const personHeadPat = `(?:(?:[省市县区州旗]委)?(?:常委|书记|副书记)、)?(?:\p{Han}{2,4}(?:常务)?副?[省市县区州旗]长|(?:常务)?副?[省市县区州旗]长\p{Han}{2,4})(?:、(?:\p{Han}{2,4}(?:常务)?副?[省市县区州旗]长|(?:常务)?副?[省市县区州旗]长\p{Han}{2,4}))?`

// personHeadRe is an item opening with its leader alone, the units it names
// elsewhere (in a closing bracket): 王建国副县长牵头,做好防汛调度工作。(…).
var personHeadRe = lazyRe(`^由?(` + personHeadPat + `)(?:负责|牵头|主抓|亲自抓|抓总)[，,]`)

// headPerson is the leader an item's text opens with (personHeadRe), ""
// for none; a post held by many (各区区长) or a meeting (市长办公会) is none.
func headPerson(text string) string {
	m := personHeadRe.FindStringSubmatch(text)
	if m == nil || collectivePostRe.MatchString(m[1]) || nonPersonRe.MatchString(m[1]) {
		return ""
	}
	return m[1]
}

// personLeadResp reads such an opening of text: the units' responsibility
// (those before 牵头 the lead, before 负责 owners only), the person, and
// the opening's length. ok is false where the text opens otherwise, or
// where the post is no one person's (各区区长, 市长办公会).
func personLeadResp(text string) (resp, person string, n int, ok bool) {
	m := personLeadRunRe.FindStringSubmatch(text)
	if m == nil || !unitNames(m[2]) || collectivePostRe.MatchString(m[1]) || nonPersonRe.MatchString(m[1]) {
		// 由各区区长负责: the heads of every district, no person (probe 19).
		return "", "", 0, false
	}
	resp = m[2] + m[3]
	if m[4] != "" {
		resp += "，" + m[4] + "配合"
	}
	return resp, m[1], len(m[0]), true
}

// personLeadRun reads such an opening: the person is the leader, the units
// the owners, those before 牵头 the lead. The item's text says so in so
// many words, as a label would, so nothing is listed beyond what the
// names themselves bring (相关部门: an open name). ownLine says the body
// stands on the lines after the title's.
func (t *Task) personLeadRun(ownLine bool) {
	if len(t.raw.resp) > 0 {
		return
	}
	resp, person, _, ok := personLeadResp(t.Body)
	if !ok {
		return
	}
	at := t.Line
	if ownLine {
		at++
	}
	t.raw.resp = []piece{{resp, at, FromInline, ""}, {person, at, FromInline, "责任领导"}}
}

// collectivePostRe is a post held by the heads of many places: 各区区长,
// 有关县县长.
var collectivePostRe = lazyRe(`^(?:各|有关|相关)`)

// nonPersonRe ends a name after a post's title that is no person: a
// meeting (市长办公会, 市长常务会议), a service line (市长热线).
var nonPersonRe = lazyRe(`(?:会|会议|热线|信箱)$`)
