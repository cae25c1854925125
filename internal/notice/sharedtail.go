package notice

import (
	"unicode/utf8"
)

// Two associations can be written with their shared word once, after the
// last: 书法、美术协会 is 书法协会 and 美术协会 (the plan writes both in
// full a few items before). Before, 书法 was read as a name of its own,
// in silence. Now a field of two to four characters named alone before a
// name that is a field of as many characters and an association's word
// (协会, 学会, 研究会, 联合会, 促进会) takes that word, listed.

// tailWordRe is an association's word a list can write once after its
// last field: 协会, 学会, 研究会, 联合会, 促进会.
var tailWordRe = lazyRe(`^(\p{Han}{2,4}?)((?:研究|联合|促进|协|学)会)$`)

// sharedTail is the name field takes from next, where field is a field
// named alone (书法) and next a field of as many characters with an
// association's word after it (美术协会): 书法协会, and true.
func sharedTail(field, next string) (string, bool) {
	if shortBodyRe.MatchString(field) || endsOrg(field) || levelOnlyRe.MatchString(field) || Collective(field) || levelStartRe.MatchString(field) {
		return "", false
	}
	m := tailWordRe.FindStringSubmatch(next)
	k := utf8.RuneCountInString(field)
	if m == nil || k < 2 || k > 4 || utf8.RuneCountInString(m[1]) != k {
		return "", false
	}
	return field + m[2], true
}
