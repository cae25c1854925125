package notice

import "strings"

// Zones listed before the committee they each have: 金华开发区、金义都市新区、
// 金华山旅游经济区管委会 names the committee of each of the three zones, as
// 赣州、龙南经济技术开发区管委会 does of two places (ending.go). A 台商投资区
// is a zone as a 开发区 is (泉州开发区、泉州台商投资区管委会).

// zoneRe is a zone named whole with no body: 金华开发区, 金义都市新区.
var zoneRe = lazyRe(`^\p{Han}{2,14}(?:开发区|新区|经济区|园区|高新区|试验区|示范区|合作区|度假区|风景区|管理区|保税区|投资区|新城)$`)

// zoneBodyRe is a zone named with its committee, the body the zones
// before it share: 金华山旅游经济区管委会.
var zoneBodyRe = lazyRe(`^\p{Han}{2,14}(?:开发区|新区|经济区|园区|高新区|试验区|示范区|合作区|度假区|风景区|管理区|保税区|投资区|新城)(管委会|管理委员会|工委)$`)

// zoneCommittee is the name a zone takes from the names after it, where it
// and the ones up to the last are zones named whole and the last names its
// committee: the zone with that committee, the run of names as written,
// and true.
func zoneCommittee(place string, rest []string) (name, run string, ok bool) {
	if !zoneRe.MatchString(place) {
		return "", "", false
	}
	names := []string{place}
	for _, r := range rest {
		r = strings.TrimSpace(r)
		names = append(names, r)
		if m := zoneBodyRe.FindStringSubmatch(r); m != nil {
			return place + m[1], strings.Join(names, "、"), true
		}
		if !zoneRe.MatchString(r) {
			return "", "", false
		}
	}
	return "", "", false
}
