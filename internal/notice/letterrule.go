package notice

import "strings"

// letterOwnersRe is a covering letter's rule that names the units that help
// with every item unless an item says otherwise: 除特别注明的外,各县(市、区)
// 政府和…管委会都是配合单位. Its units are owners of every item of the list.
var letterOwnersRe = lazyRe(`除[^，,。；;]{0,8}(?:注明|标明|标注|列明|明确)[^，,。；;]{0,3}外\s*[，,]?\s*([^。；;]{2,120}?)(?:都|均|也)?(?:是|为|作为)(?:配合|协办|协助|参与|责任|协同)(?:单位|部门)`)

// letterOwners reads such a rule in a line; it gives the units it names,
// or nil.
func letterOwners(t string) []string {
	m := letterOwnersRe.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	r := readNames(strings.TrimSpace(m[1]))
	if len(r.open) > 0 || len(r.runOn) > 0 {
		return nil
	}
	return r.names
}

// letterRule records the rule letterOwners reads in l, once for its line,
// and says whether there was one.
func (n *Notice) letterRule(l Line, scope string) bool {
	units := letterOwners(l.Text)
	if len(units) == 0 {
		return false
	}
	for _, ru := range n.rules {
		if ru.kind == ruleOwners && ru.line == l.N {
			return true
		}
	}
	n.addRule(rule{kind: ruleOwners, line: l.N, scope: scope, owners: units, letter: true})
	return true
}
