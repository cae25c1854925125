package notice

import "strings"

// A table's unit column whose heading names the unit's head too (牵头单位及
// 主要负责人, 责任单位及责任人): each cell holds the unit and, after a
// space, its head's name (市民政局 伍泽国). The head answers for the unit
// inside it; the list names its leaders in a column of their own (分管
// 市领导) where it names any. The name is no unit's and no leader's.

// unitHeadColumnRe is such a heading, white space dropped.
var unitHeadColumnRe = lazyRe(`(?:单位|部门)(?:及|和|/|、)(?:其)?(?:主要)?(?:负责人|责任人|负责同志)$`)

// unitHeadNameRe is a cell holding a unit's name, a space and a person's
// name of two or three characters (a two-character one maybe padded).
var unitHeadNameRe = lazyRe(`^(\S+)[ \x{3000}]+(\p{Han}[ \x{3000}]?\p{Han}{1,2})$`)

// unitHeadOff gives a cell under such a heading without its head's name;
// any other cell as it is (县住建局 建管股: a unit and its section).
func unitHeadOff(v, heading string) string {
	if !unitHeadColumnRe.MatchString(squeezeSpace(heading)) {
		return v
	}
	if m := unitHeadNameRe.FindStringSubmatch(strings.TrimSpace(v)); m != nil && endsOrg(m[1]) {
		if headPlaceRe.MatchString(squeezeSpace(m[2])) {
			// 市教育局 各区: a second body, a place's or a collective,
			// no person (probe 19: dropped as the unit's head).
			return m[1] + "、" + squeezeSpace(m[2])
		}
		if !bodyLike(m[2]) {
			return m[1]
		}
	}
	return v
}

// headPlaceRe is a second name that is a place, a collective or a zone,
// no person's: 各区, 高新区, 有关县, 各镇 (probe 19: dropped as a head).
var headPlaceRe = lazyRe(`^(?:各|有关|相关)|(?:区|县|市|镇|乡|街道|园区|新区)$`)
