package notice

import "strings"

// Places named with their level, then the last of them with a kind of
// department it shares with those before it: 海东市、兰州市、临夏州发展改革
// 部门 is each place's development and reform department, as a joint list
// of three cities writes it (the cities themselves are not meant).

// levelPlaceRe is a place named with its level and nothing after it:
// 海东市, 兰州市, 临夏州.
var levelPlaceRe = lazyRe(`^\p{Han}{2,4}[市州县盟]$`)

// placeDeptRe is a place with its level and a kind of department after it
// (临夏州发展改革部门): the place, and the department's kind.
var placeDeptRe = lazyRe(`^(\p{Han}{2,4}[市州县盟])(\p{Han}{2,10}(?:部门|系统|机构))$`)

// sharedDept is the name place takes where it and the parts after it up
// to one holding a department are places named with their level, and that
// one names a kind of department (发展改革部门): place with that kind, the
// text read so (for review), and true.
func sharedDept(place string, rest []string) (string, string, bool) {
	if !levelPlaceRe.MatchString(place) || Collective(place) {
		return "", "", false
	}
	for k, r := range rest {
		r = strings.TrimSpace(r)
		if levelPlaceRe.MatchString(r) {
			continue
		}
		m := placeDeptRe.FindStringSubmatch(r)
		if m == nil {
			return "", "", false
		}
		return place + m[2], place + "、" + strings.Join(rest[:k+1], "、"), true
	}
	return "", "", false
}
