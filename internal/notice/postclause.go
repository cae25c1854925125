package notice

import (
	"slices"
	"strings"

	"tally/internal/i18n"
)

// postClauseRe is a clause of an item's text that gives the work to a
// post, not a unit: 分管副市长负责, 常务副县长牵头. The post is the leader
// (a post where a person should be, listed by reviewNames).
var postClauseRe = lazyRe(`^((?:分管|主管|常务)(?:副)?[省市州县区镇乡旗]长)(?:负责|牵头|督办|抓总)$`)

// postsClauseRe is a clause naming only posts that answer for the work,
// one or several apart by 、, a person's name before a post or not:
// 分管副省长、协管副秘书长负责, 王刚副县长负责, 县委书记、县长牵头.
var postsClauseRe = lazyRe(`^(` + namedPost + `(?:、` + namedPost + `)*)(?:负责|牵头|督办|抓总|分管|亲自抓|亲自负责|亲自部署)$`)

// leaderPost is a government leader's post with no person's name;
// namedPost the same, a name before it or none (postsClause checks the
// name).
const (
	leaderPost = `(?:分管|协管|主管|常务)?副?(?:[省市州县区镇乡旗]长|秘书长|(?:[省市州县区]委|镇党委|乡党委)书记|主任|局长|[校院厅所站处科]长)`
	namedPost  = `(?:\p{Han}{2,3}?)?` + leaderPost
)

var (
	// leaderPostRe is such a post alone; postAfterNameRe the post
	// closing a person's name and post (王刚副县长).
	leaderPostRe    = lazyRe(`^` + leaderPost + `$`)
	postAfterNameRe = lazyRe(`(` + leaderPost + `)$`)
)

// postsClause reads a clause naming only posts (and persons before their
// posts) answering for the work: its leaders, and true.
func postsClause(part string) ([]string, bool) {
	m := postsClauseRe.FindStringSubmatch(part)
	if m == nil {
		return nil, false
	}
	var out []string
	for _, p := range splitTop(m[1], "、") {
		if leaderPostRe.MatchString(p) {
			out = append(out, p) // a post alone, listed as no person
			continue
		}
		loc := postAfterNameRe.FindStringSubmatchIndex(p)
		if loc == nil || !isPersonName(p[:loc[2]]) {
			return nil, false
		}
		out = append(out, p) // 王刚副县长: the person, written as 副县长王刚 is
	}
	return out, true
}

// postBracketRe is an item closing with a bracket that names a post, not
// a unit: (分管副校长), (分管副县长), (校长).
var postBracketRe = lazyRe(`[（(]\s*(` + postWord + `(?:[、，,]` + postWord + `)*(?:\s*\p{Han}{2,3})?)\s*[）)]\s*[。.；;]?\s*$`)

// personAfterPostRe is a post with a person's name after it: 副校长 王刚.
var personAfterPostRe = lazyRe(`^` + postWord + `\s*\p{Han}{2,3}$`)

// postWord is a post a bracket may name where a unit would stand: 分管副县长,
// 校长, 工会主席.
const postWord = `(?:分管|主管|常务)?(?:副)?(?:[省市州县区镇乡旗]长|校长|院长|园长|工会主席|书记)`

// postBracketLeaders splits a bracket's posts (校长、副校长) into leaders, a
// post with a person after it (副校长 王刚) kept as one, as written.
func postBracketLeaders(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("、，,", r) })
}

// postLeaders reads a leader from a clause of the item's text that names a
// post doing the work (由市发改委牵头,…共同编制,分管副市长负责,6月25日完成),
// where no leader was read from a label or column.
func postLeaders(t *Task) {
	if len(t.Leaders) > 0 {
		return
	}
	text := t.Title + "。" + t.Body
	if m := postBracketRe.FindStringSubmatch(text); m != nil && len(t.Owners) == 0 {
		// …部署学校预防学生溺水宣传教育工作。(分管副校长): the post that
		// answers for the item, closing it where a unit would.
		t.Leaders = postBracketLeaders(m[1])
		t.Sources.Leaders = From{Kind: FromBracket, Line: t.raw.last}
		t.review("leaders", t.raw.last, i18n.F("条目末尾的括号写的是职务“%s”，已列为责任领导；请写上姓名，并补上责任单位", "the closing bracket names a post, %q, made the leader: write the person's name, and add the owners", m[1]))
		if personAfterPostRe.MatchString(m[1]) {
			t.Review = t.Review[:len(t.Review)-1] // (副校长 王刚): a person, named
			t.review("leaders", t.raw.last, i18n.F("条目末尾的括号写的是“%s”，已列为责任领导；请核对并补上责任单位", "the closing bracket names %q, made the leader: check it and add the owners", m[1]))
		}
		return
	}
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，,。；;\n", r) }) {
		if m := postClauseRe.FindStringSubmatch(strings.TrimSpace(c)); m != nil && !slices.Contains(t.Leaders, m[1]) {
			t.Leaders = append(t.Leaders, m[1])
			t.Sources.Leaders = From{Kind: FromInline, Line: t.raw.last}
		}
	}
}
