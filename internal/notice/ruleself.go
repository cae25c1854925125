package notice

// Two forms of a carry-forward rule in an item's bracket:
//
//   - one that names its own item too (市人社局,此项及以下任务均需各县(市、区)
//     落实,不再列出): the rule's units are the item's owners as well as those
//     of the items below;
//   - one whose units are named in the sentence before it, the rule saying
//     only 以下不再列出 (各市州、县市区人民政府均为责任单位,以下不再列出): those
//     units are the rule's, for the items below.

// thisAndBelowRe says a rule covers its own item and those below it.
var thisAndBelowRe = lazyRe(`(?:此项|本项|该项|本条|此条)(?:任务)?(?:及|和|以及|与)以下`)

// unitsThenRuleRe is a sentence naming units as responsible followed by a
// rule that names none: its group is the units.
var unitsThenRuleRe = lazyRe(`(?:^|[，,。；;])\s*((?:[^，,。；;：:（()）“”《》]|[（(][^（()）]{1,8}[）)]){2,80}?)(?:均|都|也|亦)?(?:为|是|作为)(?:责任单位|责任部门|主要责任单位|责任主体|实施主体)\s*[，,]\s*以下(?:任务|事项|各项)?(?:均|都)?不再(?:单独|一一|逐一|逐项|重复)?列出`)

// unitsBeforeRule adds to r.carried the units of a sentence before a rule
// that names none, and to r.carriedOpen its names that name no unit
// (相关乡镇政府为责任主体,以下不再列出).
func (r *respParts) unitsBeforeRule(resp string) {
	m := unitsThenRuleRe.FindStringSubmatch(resp)
	if m == nil {
		return
	}
	if units, ok := unitsAreResp(m[1] + "为责任单位"); ok {
		nm := readNames(units)
		addNew(&r.carried, nm.names...)
		addNew(&r.carriedOpen, nm.open...)
	}
}
