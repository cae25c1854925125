package notice

// A carry-forward rule that says what the owners of its item and of those
// below it include (本条及以下责任单位均包括各县市区政府(管委会),不再重复
// 列举): the units it names are added to each, and listed.

// includesRuleRe is such a rule's clause: the units after 包括.
var includesRuleRe = lazyRe(`^(?:(?:此项|本项|该项|本条|此条)(?:任务)?(?:及|和|以及|与))?以下(?:各项|各条|任务|措施)?(?:的)?(?:责任单位|责任部门)(?:均|都|也)?(?:包括|包含|含)(.{2,60})$`)

// includesRule reads a clause of such a rule, adding its units to those
// the rule carries; it says whether the clause was one.
func (r *respParts) includesRule(c string) bool {
	m := includesRuleRe.FindStringSubmatch(c)
	if m == nil {
		return false
	}
	names := readNames(m[1]).names
	if len(names) == 0 {
		return false
	}
	addNew(&r.carried, names...)
	return true
}
