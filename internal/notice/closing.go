package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// An item, or a paragraph with no number, may close with a sentence of its
// own saying who answers for it, no bracket around it: …提高砂石矿产资源
// 出让、审批和监管工作效率。此项目青海省自然资源厅牵头,省有关部门、各市州政府
// 配合,常态化开展,年内完成。 The sentence opens by pointing back at the work
// (此项目, 此项工作, 该项工作) and names the units that lead it.

// closingLeadRe is such a closing sentence: the words pointing back, and
// who leads and helps (with any time limit after them).
var closingLeadRe = lazyRe(`(?:^|[。；;]\s*)(?:此|该|本|这)项(?:目|工作|任务|措施|举措)?(?:由)?([^由。；;：:（()）“”《》]{2,160}?牵头[^。；;（()）“”《》]{0,160}?)[。；;]?\s*$`)

// closingLead cuts a closing sentence naming who leads the work off text:
// the text before it and the responsibility it states. ok is false where
// the text has no such sentence, or its lead names no unit.
func closingLead(text string) (head, resp string, ok bool) {
	loc := closingLeadRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return closingHost(text)
	}
	resp = text[loc[2]:loc[3]]
	lead, _, _ := strings.Cut(resp, "牵头")
	if !unitNames(lead) || len(splitResp(resp).lead) == 0 {
		return "", "", false
	}
	head = strings.TrimSpace(text[:loc[0]])
	if r, _ := utf8.DecodeRuneInString(text[loc[0]:]); r == '。' {
		head += "。"
	}
	if !strings.ContainsAny(head, "，,。；;") {
		return "", "", false // a sentence alone is no work it points back at
	}
	return head, resp, true
}

// midClosingRe is a sentence inside an item's text pointing back at the
// part before it and naming who leads it: 此项工作由市效能办牵头负责。
var midClosingRe = lazyRe(`(?:^|[。；;，,])\s*(?:此|该|这)项(?:工作|任务|措施)由([^由。；;：:（()）“”《》，,]{2,40}?)牵头(?:负责)?(?:[，,]\s*([^由。；;：:（()）“”《》，,]{2,40}?)配合)?[。；;]`)

// midClosingLeads are the units such sentences inside text name as
// leading, and those they name as helping; nil where a sentence names no
// units.
func midClosingLeads(text string) (leads, helpers []string) {
	for _, m := range midClosingRe.FindAllStringSubmatch(text, -1) {
		if !unitNames(m[1]) {
			return nil, nil
		}
		for _, u := range readNames(m[1]).names {
			addNew(&leads, u)
		}
		if m[2] != "" && (unitNames(m[2]) || Collective(m[2])) {
			for _, u := range readNames(m[2]).names {
				addNew(&helpers, u)
			}
		}
	}
	return leads, helpers
}

// joinSameLine takes off pre and rest the lines kept from text line n (a
// line of the text the reading cut at a sentence) and puts their words
// before text.
func joinSameLine(pre, rest []Line, n int, text string) ([]Line, []Line, string) {
	var before []string
	take := func(ls []Line) []Line {
		for len(ls) > 0 && ls[len(ls)-1].N == n {
			before = append([]string{strings.TrimSpace(ls[len(ls)-1].Text)}, before...)
			ls = ls[:len(ls)-1]
		}
		return ls
	}
	pre, rest = take(pre), take(rest)
	return pre, rest, strings.Join(append(before, text), "")
}

// closingUnitsRe is an item's last clause naming, with no bracket, label or
// words pointing back, the units that lead it and those that help, or the
// units that answer for it (…开展全民阅读活动。市文化广电旅游局牵头，市教育局
// 配合。; …，由市文化广电旅游局牵头，各区配合，2023年10月底前完成。; …。市委宣传部
// 负责。), a time limit alone after them. The helpers may be apart by
// commas too (办公室牵头,各有关处室、民服中心,省信息中心运维九部配合).
var closingUnitsRe = lazyRe(`(?:^|[。；;，,]\s*)(?:具体工作|具体事宜|具体事项)?(由?((?:[^由。；;，,：:（()）“”《》\s]|[（(][^（()）]{1,8}[）)]){2,60}?)(?:牵头(?:负责)?|负责(?:落实|实施)?|主办|具体落实|具体实施)(?:[，,]\s*((?:[^由。；;：:（()）“”《》\s]|[（(][^（()）]{1,8}[）)]){2,80}?)(?:配合|协助|参与|协办))?)((?:[，,]\s*[^。；;，,（()）]{2,20})?)[。；;]?\s*$`)

// sectionNames says s names a department's own sections, each ending as a
// body's name does (办公室, 审批处、人事处): no level named, and 办公室 a
// word some lists use alone.
func sectionNames(s string) bool {
	r := readNames(strings.TrimPrefix(s, "由"))
	return len(r.names) > 0 && len(r.open) == 0 && !slices.ContainsFunc(r.names, func(n string) bool {
		return utf8.RuneCountInString(n) > 12 || oddNameRe.MatchString(n) || !sectionEndRe.MatchString(n)
	})
}

// sectionEndRe is how a section's name ends: 办公室, 审批处, 民服中心.
var sectionEndRe = lazyRe(`(?:处|室|科|股|中心)$`)

// closingUnits cuts such a clause off text: the text before it (with the
// clause's time limit, read as the item's date), the responsibility it
// states and the clause as written. ok is false where the names leading
// are not units named with their level or place (报市政府负责 and 汛期值班
// 市应急管理局负责 name the item's words, not a unit), where the helpers are
// neither such units nor an open name (有关部门), where what follows them
// is not a time limit, or where another clause before it names who does a
// part of the item (（1）…市市场监管局负责；（2）…市公安局负责。: each part's).
// A clause 由X牵头 right before it (由市教育局牵头，市财政局、各区政府负责)
// is read with it.
// firmNameRe is a firm's name: 万达集团, 县城投公司.
var firmNameRe = lazyRe(`^\p{Han}{2,12}(?:集团|公司)$`)

func closingUnits(text string) (head, resp, clause string, ok bool) {
	loc := closingUnitsRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return "", "", "", false
	}
	// 办公室牵头,各有关处室配合: a department's own sections, named with
	// no level, where one leads and others help.
	paired := loc[6] >= 0 && strings.Contains(text[loc[2]:loc[3]], "牵头") && sectionNames(text[loc[4]:loc[5]])
	if lead := text[loc[4]:loc[5]]; !unitNames(lead) && !levelCollective(strings.TrimPrefix(lead, "由")) && !paired || !levelNamed(lead) && !paired && !placedFirmRe.MatchString(strings.TrimPrefix(lead, "由")) && !leagueRe.MatchString(strings.TrimPrefix(lead, "由")) {
		return "", "", "", false
	}
	if loc[6] >= 0 {
		help := text[loc[6]:loc[7]]
		// (城投公司和各乡镇配合: a company beside a collective, no level
		// named, helps all the same where the lead names its level.)
		if r := readNames(help); !byNames(help) && !helperNames(r.names) && (len(r.names) > 0 || len(r.open) == 0) {
			return "", "", "", false
		}
	}
	limit := strings.TrimLeft(text[loc[8]:loc[9]], "，, ")
	if limit != "" && (!limitClauseRe.MatchString(limit) || limitNamesRe.MatchString(limit)) {
		return "", "", "", false
	}
	start, from := loc[0], loc[2]
	if m := leadBeforeRe.FindStringSubmatchIndex(text[:start]); m != nil && !strings.Contains(text[loc[2]:loc[3]], "牵头") {
		if lead := text[m[4]:m[5]]; unitNames(lead) && levelNamed(lead) || townNameRe.MatchString(strings.TrimPrefix(lead, "由")) || firmNameRe.MatchString(strings.TrimPrefix(lead, "由")) {
			// (由陈庄镇牵头负责, 由万达集团牵头负责: a town or a firm, named
			// by its own name.)
			start, from = m[0], m[2]
		}
	}
	helpers := ""
	if loc[6] < 0 && from == loc[2] {
		// 由物业公司和社区居委会配合,县住建局牵头: the helpers written
		// first, in a clause of their own.
		if m := helpersBeforeRe.FindStringSubmatchIndex(text[:start]); m != nil {
			if h := text[m[4]:m[5]]; byNames(h) || helperNames(readNames(h).names) {
				start, helpers = m[0], h
			}
		}
	}
	head = strings.TrimSpace(text[:start])
	if _, led := headLeadWork(head); (led || dutyAnyVerb(firstClause(head)) != nil) && !strings.Contains(text[loc[2]:loc[3]], "牵头") {
		// 县卫健局牵头做好…,各乡镇卫生院具体负责 (县公安局保障…,县交警大队
		// 具体负责): the item opens with who leads or does it; those who
		// carry it out join them (headLeadWork, dutySubjects).
		return "", "", "", false
	}
	sep, _ := utf8.DecodeRuneInString(text[start:])
	if partClauseRe.MatchString(head) || sep != '。' && subMarkRe.MatchString(head) {
		return "", "", "", false
	}
	if strings.HasSuffix(strings.TrimRight(head, "，, "), "的") {
		// …发生重大事故的，各区政府负责: who answers if it happens, not
		// who does the item.
		return "", "", "", false
	}
	head = pointBackRe.ReplaceAllString(head, "")
	if sep == '。' {
		head += "。"
	}
	if utf8.RuneCountInString(strings.TrimRight(head, "。，, \n")) < 4 {
		return "", "", "", false // no work left before the names
	}
	resp = text[from:loc[3]]
	if helpers != "" {
		resp += "，" + helpers + "配合"
		from = start + len(text[start:]) - len(strings.TrimLeft(text[start:], "，, "))
	}
	if limit != "" {
		// The time limit stays in the item's text, read as its date.
		head = strings.TrimRight(head, "。，, ") + "。" + limit + "。"
	}
	return head, resp, strings.TrimSpace(text[from:loc[9]]), true
}

// leadBeforeRe is a clause naming who leads right before the closing
// clause: …，由市教育局牵头 (or opening its sentence: …工程。由县住建局牵头),
// a clause of who helps between them or none (由县住建局牵头,县财政局配合,
// 各街道具体实施).
var leadBeforeRe = lazyRe(`(?:^|[，,。；;])\s*(由?([^由。；;，,：:（()）“”《》\s]{2,60}?)牵头(?:负责)?)(?:[，,]\s*[^由。；;，,：:（()）“”《》\s]{2,60}?(?:配合|协助|参与|协办))?$`)

// helpersBeforeRe is a clause naming who helps right before the closing
// clause that names who leads: …，由物业公司和社区居委会配合.
var helpersBeforeRe = lazyRe(`[，,]\s*(由?((?:[^由。；;，,：:（()）“”《》\s]|[（(][^（()）]{1,8}[）)]){2,80}?)(?:配合|协助|参与|协办))$`)

// partClauseRe is a clause of the text before the closing one naming who
// does a part: …市市场监管局负责；.
var partClauseRe = lazyRe(`(?:负责|牵头|配合)[；;，,]`)

// subMarkRe is a sub-item's number inside an item's text: （1）, (2), ①.
var subMarkRe = lazyRe(`[（(]\s*\d{1,2}\s*[）)]|[①-⑳]`)

// pointBackRe is the words the closing clause opens with that point back
// at the item (上述工作，市委宣传部牵头…): no work of their own.
var pointBackRe = lazyRe(`\s*(?:上述|以上|此项|该项|本项|这项)(?:工作|任务|措施)?[，,]?\s*$`)

// levelNamed says a run of names opens with a level or a place
// (市应急管理局, 各区政府, 蓝田县文物局, 中共…), as units named in running
// text do; words of the sentence before a name (汛期值班市应急管理局, 报
// 市政府, 督促各区政府) are not.
func levelNamed(s string) bool {
	names := readNames(s).names
	if len(names) == 0 || !levelNameRe.MatchString(strings.TrimPrefix(strings.TrimSpace(s), "由")) {
		return false
	}
	// The names after the first share its level (市经委、发改委、农业局).
	first := names[0]
	return levelNameRe.MatchString(first) && !verbBeforeNameRe.MatchString(first) && strings.Index(first, "各") <= 0
}

// placedFirmRe is a company or a bank named with the place it serves
// (国网XX县供电公司, 建设银行XX支行 is not: no place): it leads an item as a
// unit named with its level does.
var placedFirmRe = lazyRe(`^(?:国网|国家电网|中国|中国移动|中国电信|中国联通|中国铁塔|中石油|中石化)?[\p{Han}X]{0,6}?(?:省|市|县|区|州)\p{Han}{0,10}?(?:公司|集团|分行|支行)$`)

// levelCollective says a name is every body of a level (各乡镇, 各街道,
// 各乡镇(街道)): the bodies an office chases, though no one of them is named.
func levelCollective(s string) bool {
	return strings.HasPrefix(s, "各") && levelsRe.MatchString(s)
}

// leagueRe is the Youth League's committee of a level, its level inside
// its name: 团区委, 团县委, 团市委.
var leagueRe = lazyRe(`^团(?:省|市|县|区|州|旗)委$`)

// verbBeforeNameRe is a verb of the sentence run into the name after it:
// 督促各区政府, 要求市直单位, 报市政府.
var verbBeforeNameRe = lazyRe(`^(?:督促|要求|指导|推动|组织|协调|支持|鼓励|引导|会同|联合|报|经|请|由)`)

// levelNameRe opens a unit's name with its level or its place.
var levelNameRe = lazyRe(`^(?:各|全|省|市|县|区|州|盟|旗|镇|乡|街道|中共|国家|自治区|\d{1,3}个|[一二三四五六七八九十]{1,3}个|\p{Han}{2,3}(?:省|市|县|区|州|盟|旗|镇|乡|街道))`)

// limitNamesRe is a word of a clause after a date that names who does the
// work (7月1日有关部门参与完成): no time limit alone.
var limitNamesRe = lazyRe(`有关|相关|部门|单位|政府|参与|配合|协助|负责|牵头`)

// helperNames says names of helpers are each a unit, a company, a
// collective or a kind of bodies (社会组织).
func helperNames(names []string) bool {
	return len(names) > 0 && !slices.ContainsFunc(names, func(n string) bool { return !unitNames(n) && !Collective(n) && !kindOfBodiesRe.MatchString(n) })
}
