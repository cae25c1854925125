package notice

import "strings"

// zoneKindRe is a kind of zone named bare, as a collective of its own
// beside the levels of government: 园区, 开发区, 高新区.
var zoneKindRe = lazyRe(`^(?:各)?(?:园区|开发区|新区|高新区|工业园区|经济开发区|产业园区|度假区|景区)(?:管委会)?$`)

// collectiveAnd splits a collective of governments and another body joined
// by 及 or 和 (各区县及园区: the district and county governments, and the
// parks): the two, where the part before is a collective and the part after
// one too, a body or a kind of zone; nil for any other name.
func collectiveAnd(s string) []string {
	for _, sep := range []string{"及", "和"} {
		if strings.Count(s, sep) != 1 {
			continue
		}
		a, b, _ := strings.Cut(s, sep)
		if !Collective(a) || endsOrg(a) || b == "" || openNameRe.MatchString(b) {
			continue
		}
		if Collective(b) || endsOrg(b) || zoneKindRe.MatchString(b) {
			return []string{a, b}
		}
	}
	return nil
}
