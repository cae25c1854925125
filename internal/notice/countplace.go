package notice

import "strings"

// countRe opens a collective with the number of its members: 13个街道,
// 十一个县区.
var countRe = lazyRe(`^(?:\d{1,3}|[一二三四五六七八九十]{1,3})个`)

// countedKinds reports whether first, a collective counted by its
// members (13个街道), goes on with next, one more kind of place with no
// name (镇): 13个街道、镇 is the district's thirteen street offices and
// towns together, one collective, as 各开发区、镇 is.
func countedKinds(first, next string) bool {
	m := countRe.FindString(first)
	if m == "" {
		return false
	}
	return placeTypeRe.MatchString(strings.TrimPrefix(first, m)) && placeTypeRe.MatchString(next)
}
