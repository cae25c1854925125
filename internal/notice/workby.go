package notice

import "strings"

var (
	// workByRe is a part of a responsibility text that names the work
	// before the units doing it: 本部分工作由市建委, 村庄规划工作由市规划局牵头
	// 组织实施. The units are the text after 由.
	workByRe = lazyRe(`^[^、，,；;：:（()）]{1,30}?(?:工作|事项|任务|部分)由(\p{Han}.*)$`)
	// topicByRe is a part naming what is done, then 由 and the unit
	// doing it: 规章由政策法规司, 执法事项清单由政策法规司.
	// byWordRe is 由 inside a word: 自由贸易, 经由, 理由.
	byWordRe  = lazyRe(`(?:自|经|理|缘|来|事|因)由$`)
	topicByRe = lazyRe(`^([^、，,；;：:（()）由]{2,16}?)由(\p{Han}.*)$`)
	// dutyPhraseTailRe is a run of names closed by 负责 and what is done
	// (市规划局等部门负责制定方案并组织实施): the names are the text before
	// 负责.
	dutyPhraseTailRe = lazyRe(`^(.{2,}?)(?:分别|共同)?负责(?:制定|组织|落实|实施|推进|编制|抓好|做好|开展)\p{Han}{0,12}$`)
)

// workByNames reads the names of one part of a responsibility text that
// says which work they do around them: the work before 由 and the doing
// after 负责 are dropped where what is left ends with a body's name or an
// open tail (等部门).
func workByNames(p string) string {
	if m := workByRe.FindStringSubmatch(p); m != nil {
		p = m[1]
	} else if m := topicByRe.FindStringSubmatch(p); m != nil && !endsOrg(m[1]) && !unitName(m[1]) && byBody(m[2]) && !byWordRe.MatchString(m[1]+"由") {
		// 规章由政策法规司、规范性文件由制发司(局): each kind of work
		// by its unit.
		p = strings.TrimSpace(m[2])
	}
	if m := dutyPhraseTailRe.FindStringSubmatch(p); m != nil {
		if q := strings.TrimSpace(m[1]); endsOrg(q) || openTailRe.MatchString(q) {
			p = q
		}
	}
	return p
}

// byBody says the text after 由 is a body's name, with 牵头 or 负责 after
// it or not: 政策法规司牵头, 制发司(局).
func byBody(s string) bool {
	s = strings.TrimSpace(s)
	for _, w := range []string{"牵头", "负责", "牽頭", "負責"} {
		s = strings.TrimSuffix(s, w)
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "(局)"), "（局）")
	return endsOrg(s) || ministryDept(s)
}
