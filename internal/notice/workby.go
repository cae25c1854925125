package notice

import "strings"

var (
	// workByRe is a part of a responsibility text that names the work
	// before the units doing it: 本部分工作由市建委, 村庄规划工作由市规划局牵头
	// 组织实施. The units are the text after 由.
	workByRe = lazyRe(`^[^、，,；;：:（()）]{1,30}?(?:工作|事项|任务|部分)由(\p{Han}.*)$`)
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
	}
	if m := dutyPhraseTailRe.FindStringSubmatch(p); m != nil {
		if q := strings.TrimSpace(m[1]); endsOrg(q) || openTailRe.MatchString(q) {
			p = q
		}
	}
	return p
}
