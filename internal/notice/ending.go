package notice

import (
	"strings"
	"unicode/utf8"
)

// Two places written before one body's name they share: 赣州、龙南经济技术
// 开发区管委会 is the committee of each zone, 赣州经济技术开发区管委会 and
// 龙南经济技术开发区管委会, as 南昌、九江市人民政府 is each city's government.

// placeAloneRe is a place named alone, with no body: 赣州, 龙南, 南昌 (not a
// body written short at its level, 市人行, 县农办).
var placeAloneRe = lazyRe(`^[^省市县区州镇乡各]\p{Han}{1,2}$`)

// shortBodyRe ends a body's short name: 人行, 农办, 气象站.
var shortBodyRe = lazyRe(`[行办站所局委厅处室队院馆部会社团]$`)

// sharedBodyRe is the body's name a place shares with the one before it:
// a kind of place (开发区, 新区, 市, 县 …) and the body there.
var sharedBodyRe = lazyRe(`^\p{Han}{0,8}?(?:开发区|新区|园区|高新区|试验区|示范区|合作区|市|县|区|州|盟|旗)\p{Han}{2,12}$`)

// sharedEndingRun is sharedEnding over places written alone one after
// another before the one with the body (哈尔滨、黑河、绥芬河市政府: each
// city's government): the name place takes, the run as written, and true.
func sharedEndingRun(place string, rest []string) (string, string, bool) {
	run := []string{place}
	for _, next := range rest {
		next = strings.TrimSpace(next)
		run = append(run, next)
		if q, ok := sharedEnding(place, next); ok {
			return q, strings.Join(run, "、"), true
		}
		if !placeAloneRe.MatchString(next) || shortBodyRe.MatchString(next) || levelOnlyRe.MatchString(next) || Collective(next) {
			break
		}
	}
	return "", "", false
}

// sharedEnding is the name place takes from next, where place is a place
// named alone and next a place with a body after it: of as many
// characters (龙南 + 经济技术开发区管委会), or of any length before its
// level word (绥芬河 + 市政府): place with that body, and true.
func sharedEnding(place, next string) (string, bool) {
	if !placeAloneRe.MatchString(place) || shortBodyRe.MatchString(place) || endsOrg(place) || levelOnlyRe.MatchString(place) || Collective(place) {
		return "", false
	}
	k := utf8.RuneCountInString(place)
	r := []rune(next)
	for j := 2; j <= 3 && j+2 < len(r); j++ {
		// A place of other length before its level word: 黑河、绥芬河市政府
		// is 黑河市政府 too, not 黑河 + 河市政府.
		if strings.ContainsRune("市县州盟旗", r[j]) && placeAloneRe.MatchString(string(r[:j])) && endsOrg(string(r[j:])) {
			k = j
			break
		}
	}
	if len(r) <= k+2 {
		return "", false
	}
	head, body := string(r[:k]), string(r[k:])
	if !placeAloneRe.MatchString(head) || strings.HasPrefix(body, "各") || !sharedBodyRe.MatchString(body) || !endsOrg(body) {
		return "", false
	}
	return place + body, true
}
