package notice

import (
	"regexp"
	"strings"
)

// headlinePlanRe is a news post's headline naming a plan a body issued,
// in book brackets with no 关于: 四川乐山井研县印发《2021年全县24件民生实事
// 实施方案》.
var headlinePlanRe = lazyRe(`^[^《》关]{2,20}?(?:印发|出台|发布|公布|下发)了?《([^《》]{4,60})》$`)

// officeRunRe is an office's name ending where another runs on after it.
var officeRunRe = lazyRe(`(办公室|办公厅)`)

// reportedPlan gives the title, date and issuer of a plan a news post
// reprints under a headline naming it (…印发《Y》), where the page holds
// the plan's own title line Y: Y is the title, and the lead that says who
// issued it and when (2021年5月26日,…县委办公室…县人民政府办公室印发了《Y》)
// gives the date and the issuer, offices run together parted by 、.
func (n *Notice) reportedPlan(lines []Line) {
	m := headlinePlanRe.FindStringSubmatch(strings.TrimSpace(n.Title))
	if m == nil {
		return
	}
	plan := m[1]
	own := false
	for _, l := range lines {
		if trimLine(l.Text) == plan {
			own = true
			break
		}
	}
	if !own {
		return
	}
	n.Title = plan
	lead := regexp.MustCompile(`^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[,，]\s*(\p{Han}{4,60}?)(?:正式)?(?:印发|出台|下发|发布)了?《` + regexp.QuoteMeta(plan) + `》`)
	for _, l := range lines {
		lm := lead.FindStringSubmatch(trimLine(l.Text))
		if lm == nil {
			continue
		}
		if d, ok := dateOfLine(lm[1]); ok && n.Date.IsZero() {
			n.Date = d
		}
		if n.Issuer == "" && endsBody(lm[2]) {
			n.Issuer = partOffices(lm[2])
		}
		return
	}
}

// partOffices parts offices a lead runs together (…县委办公室…县人民政府
// 办公室) by 、, each as written; a name that is one office stays whole.
func partOffices(s string) string {
	var parts []string
	rest := s
	for {
		loc := officeRunRe.FindStringIndex(rest)
		if loc == nil || loc[1] == len(rest) {
			break
		}
		parts = append(parts, rest[:loc[1]])
		rest = rest[loc[1]:]
	}
	parts = append(parts, rest)
	for _, p := range parts {
		if !endsBody(p) || len([]rune(p)) < 4 {
			return s
		}
	}
	return strings.Join(parts, "、")
}
