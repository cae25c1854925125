package notice

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// A meeting's decisions may be given with no numbers, run on in one
// paragraph apart by semicolons, each naming the work, the person or unit
// who leads it and the unit that carries it out: 会议决定:…。九重区域环境整治
// 由王光玲牵头,九重镇落实;香花区域环境整治由王培理牵头,香花镇落实;…

// decisionRe is such a clause: the work, who leads it (由X牵头), and what
// follows (the unit that carries it out, or more work).
var decisionRe = lazyRe(`^(\S.{1,40}?)由([^，,。；;：:“”《》由\s]{2,20}?)牵头(?:[，,]\s*(.*))?$`)

// doerRe opens what follows the lead with the unit that carries the work
// out: 九重镇落实, 住建局负责.
var doerRe = lazyRe(`^([^，,。；;：:“”《》\s]{2,20}?)(?:具体负责|负责落实|落实|负责|实施)`)

// decisionPersonRe is a person's name as a meeting's decisions give it:
// two or three characters (王光玲, 顾理).
var decisionPersonRe = lazyRe(`^\p{Han}{2,3}$`)

// doerName says a name carrying out a decision is a unit's: 九重镇, 住建局,
// 督导组.
func doerName(s string) bool {
	return unitNames(s) || bodyName(s) || townNameRe.MatchString(s) || strings.HasSuffix(s, "组")
}

// decision is one clause read: the units that do it, the one leading it,
// and the person leading it.
type decision struct {
	text          string
	owners, leads []string
	person        string
	resp          string // a clause to read as the owners' (由X牵头,Y配合)
	leadFirst     bool   // the clause names who leads before the work
	answers       bool   // …who answers for it (由X负责), no lead
}

// leadFirstRe is such a clause naming who leads before the work, and
// those who help (由县发展和改革局牵头,县委党校、县自然资源局配合,在9月底前
// 完成…供地工作), after any words leading into the run (…,曲道凯要求,).
// The groups: where the clause proper opens, the lead, the verb (牵头 or
// 负责), the clauses after it naming who does or helps (one or two:
// 县商务局负责,县发改委配合,), the bodies after 会同.
var leadFirstRe = lazyRe(`^(?:.{0,80}?(?:要求|明确|决定|提出|指出|强调|部署|议定|同意|安排)[，,：:]?\s*)?(由([^，,。；;：:“”《》由\s]{2,20}?)(牵头|负责)[，,]\s*((?:[^，,。；;：:“”《》由\s]{2,80}?(?:配合|协助|参与|具体落实|落实|负责)[，,]\s*){1,2})?(?:会同([^，,。；;：:“”《》由\s]{2,80}?)[，,]\s*)?\S.{3,})$`)

// readLeadFirst reads a clause of leadFirstRe's: the clause proper and who
// answers for it, the lead a unit (first among the owners) or a person
// (a leader); the helpers units, or an open name (有关部门配合) read and
// listed as any is. ok is false where the lead is neither, or the
// helpers name no body.
func readLeadFirst(c string) (decision, bool) {
	m := leadFirstRe.FindStringSubmatch(c)
	if m == nil {
		return decision{}, false
	}
	doers := func(s string) bool {
		r := readNames(s)
		return len(r.names) > 0 && len(r.open) == 0 && !slices.ContainsFunc(r.names, func(n string) bool { return !doerName(n) })
	}
	helpers, with := helperNamesOf(m[4]), m[5]
	for _, h := range []string{helpers, with} {
		if h != "" && !doers(h) && !(len(readNames(h).names) == 0 && len(readNames(h).open) > 0) {
			return decision{}, false
		}
	}
	d := decision{text: m[1], leadFirst: true, answers: m[3] == "负责"}
	switch who := m[2]; {
	case doers(who):
		// 由X牵头: the lead; 由X负责: who answers, no lead (由X负责,Y落实,
		// 由X负责,会同Y: owners all).
		d.resp = who + m[3]
		if helpers != "" {
			d.resp += "，" + helpers + "配合"
		}
		if with != "" {
			d.resp += "，会同" + with
		}
	case m[3] == "牵头" && decisionPersonRe.MatchString(who) && isPersonName(who) && !bodyName(who) && !townNameRe.MatchString(who),
		postedPerson(who), roleRe.MatchString(who) && helpers != "":
		// 由王强牵头,县教育局配合: a person leads, the units help; so
		// where a post names him (由副县长赵刚负责,县财政局配合), or a post
		// alone does (由分管副县长负责,县住建局配合: listed as a post).
		d.person = who
		if helpers != "" {
			d.resp = helpers + "负责"
		}
	case unitHeadNamed(who):
		// 由县林业局局长王林负责: the unit's head, its leader; the unit
		// answers for the work.
		d.person = who
		d.resp = unitPostNameRe.FindStringSubmatch(who)[1] + "负责"
		if helpers != "" {
			d.resp += "，" + helpers + "配合"
		}
	default:
		return decision{}, false
	}
	return d, true
}

// readDecision reads a clause of a meeting's decisions; ok is false where
// it names no one leading it, or a leader that is neither a person nor a
// unit.
func readDecision(c string) (decision, bool) {
	m := decisionRe.FindStringSubmatch(c)
	if m == nil {
		return decision{}, false
	}
	d := decision{text: c}
	switch who := m[2]; {
	case personShaped(who) || personLikeName(who) || decisionPersonRe.MatchString(who) && !bodyName(who) && !unitNames(who) && !townNameRe.MatchString(who):
		d.person = who
	case unitNames(who):
		d.owners, d.leads = readNames(who).names, readNames(who).names
	default:
		return decision{}, false
	}
	if dm := doerRe.FindStringSubmatch(m[3]); dm != nil && doerName(dm[1]) {
		addNew(&d.owners, readNames(dm[1]).names...)
	}
	return d, true
}

// decisionClauses reads a line holding three or more such clauses, apart
// by semicolons or stops, as many tasks: each clause naming who leads it,
// and each clause after the first of them opening with a unit and 负责
// (督导组负责每天…). It says whether it read the line so.
func (w *walker) decisionClauses(l Line) bool {
	var clauses []string
	for _, c := range strings.FieldsFunc(l.Text, func(r rune) bool { return r == '；' || r == ';' || r == '。' }) {
		if c = strings.TrimSpace(c); c != "" {
			clauses = append(clauses, splitLeadFirst(c)...)
		}
	}
	var read []decision
	var left []string
	for _, c := range clauses {
		if d, ok := readLeadFirst(c); ok && (!d.answers || strings.Contains(l.Text, "会议")) {
			// (由X负责,… outside a meeting's report, a letter's sentence
			// on who checks the work, is no decision.)
			read = append(read, d)
		} else if d, ok := readDecision(c); ok {
			read = append(read, d)
		} else if m := doerRe.FindStringSubmatch(c); len(read) > 0 && m != nil && doerName(m[1]) && len(m[0]) < len(c) {
			read = append(read, decision{text: c, owners: readNames(m[1]).names})
		} else {
			left = append(left, c)
		}
	}
	// Three clauses or more make a run of decisions; two where both name
	// who leads before the work, one where the notice's decisions so
	// named were read in another paragraph already.
	leadFirst := len(read) > 0 && !slices.ContainsFunc(read, func(d decision) bool { return !d.leadFirst })
	if len(read) < 3 && !(leadFirst && (len(read) == 2 || w.leadFirstRead)) {
		return false
	}
	w.leadFirstRead = w.leadFirstRead || leadFirst
	for _, d := range read {
		w.startTask(len(w.n.Tasks)+1, d.text, l.N)
		w.finish()
		t := &w.n.Tasks[len(w.n.Tasks)-1]
		var resp []piece
		if d.resp != "" {
			resp = append(resp, piece{d.resp, l.N, FromInline, ""})
		} else if len(d.owners) > 0 {
			lead := ""
			if len(d.leads) > 0 {
				lead = strings.Join(d.leads, "、") + "牵头，"
			}
			resp = append(resp, piece{lead + strings.Join(d.owners, "、") + "负责", l.N, FromInline, ""})
		}
		if d.person != "" {
			resp = append(resp, piece{d.person, l.N, FromInline, "责任领导"})
		}
		t.raw.resp = resp
		if d.person != "" {
			t.review("leaders", l.N, i18n.F("这一项决定写明由“%s”牵头，已列为责任领导（leaders）；请核对是否是领导", "the decision says %q leads it, made its leader: check that it is one", d.person))
		}
		t.review("owners", l.N, atF(w.n.At(l.N), "{at}的段落没有编号，用分号分开写了几项决定，每项写明由谁牵头、谁落实，已逐项读作任务；请核对",
			"the paragraph at {at} has no numbers and gives several decisions apart by semicolons, each naming who leads and who carries it out; each was read as a task: check them"))
	}
	if len(left) > 0 {
		w.n.Unplaced = append(w.n.Unplaced, Line{l.N, strings.Join(left, "；")})
	}
	return true
}

// nextLeadFirstRe is where a clause runs on into the next decision after a
// comma, not a semicolon: …完成政府性债务清理,由市审计局负责,在11月底前….
var nextLeadFirstRe = lazyRe(`[，,]由[^，,。；;：:“”《》由\s]{2,20}?(?:牵头|负责)[，,]`)

// splitLeadFirst splits a clause where a decision naming who answers for
// it starts after a comma.
func splitLeadFirst(c string) []string {
	var out []string
	from := 0 // where to look for the next decision in c
	for {
		loc := nextLeadFirstRe.FindStringIndex(c[from:])
		if loc == nil {
			return append(out, c)
		}
		at := from + loc[0]
		_, size := utf8.DecodeRuneInString(c[at:])
		if !leadFirstRe.MatchString(c[:at]) {
			// 会议要求,由…: the words leading into the decisions, no
			// decision of their own.
			from = at + size
			continue
		}
		out = append(out, c[:at])
		c, from = c[at+size:], 0
	}
}

// unitHeadNamed says a name is a unit's head, named with the unit and the
// post: 县林业局局长王林.
func unitHeadNamed(s string) bool {
	m := unitPostNameRe.FindStringSubmatch(s)
	return m != nil && m[3] != "" && isPersonName(m[3]) && (endsOrg(m[1]) || bodyName(m[1]))
}

// helperVerbRe ends a clause naming who helps or does the work after a
// decision's lead: 配合, 负责, 具体落实.
var helperVerbRe = lazyRe(`(?:配合|协助|参与|具体落实|落实|负责)$`)

// helperNamesOf reads the clauses after a decision's lead naming who does
// or helps with the work (县商务局负责,县发改委配合,) as one list of names
// (县商务局、县发改委); "" for none.
func helperNamesOf(s string) string {
	var out []string
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return r == '，' || r == ',' }) {
		if c = helperVerbRe.ReplaceAllString(strings.TrimSpace(c), ""); c != "" {
			out = append(out, c)
		}
	}
	return strings.Join(out, "、")
}
