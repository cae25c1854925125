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

// namedPlaceRe is a place's name before its level word, two to four
// characters, whatever it opens with (镇江, 齐齐哈尔).
var namedPlaceRe = lazyRe(`^[^各]\p{Han}{1,3}$`)

// placeName says a name is a place's alone, two to four characters: 赣州,
// 哈尔滨, 齐齐哈尔, 镇江 (a city whose name opens with a level's word), not
// a level with a word after it (市直, 县级, 市委).
func placeName(s string) bool {
	if placeAloneRe.MatchString(s) {
		return true
	}
	r := []rune(s)
	return namedPlaceRe.MatchString(s) && !endsOrg(s) && !(strings.ContainsRune("省市县区州镇乡", r[0]) && strings.ContainsRune("直属级委政辖内外", r[1]))
}

// shortBodyRe ends a body's short name: 人行, 农办, 气象站.
var shortBodyRe = lazyRe(`[行办站所局委厅处室队院馆部会社团]$`)

// sharedBodyRe is the body's name a place shares with the one before it:
// a kind of place (开发区, 新区, 市, 县 …) and the body there.
var sharedBodyRe = lazyRe(`^\p{Han}{0,8}?(?:开发区|新区|园区|高新区|试验区|示范区|合作区|市|县|区|州|盟|旗|镇|乡|街道)\p{Han}{2,12}$`)

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
		if !placeName(next) || shortBodyRe.MatchString(next) || levelOnlyRe.MatchString(next) || Collective(next) {
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
	if !placeName(place) || shortBodyRe.MatchString(place) || endsOrg(place) || levelOnlyRe.MatchString(place) || Collective(place) || fieldStemRe.MatchString(place) {
		return "", false // (林业、城关镇人民政府: 林业 is a department's field, no place)
	}
	k := utf8.RuneCountInString(place)
	r := []rune(next)
	for j := 2; j <= 4 && j+1 < len(r); j++ {
		// A place of any length before its level word: 黑河、绥芬河市政府 is
		// 黑河市政府 too, not 黑河 + 河市政府; 哈尔滨、齐齐哈尔市政府 is
		// 哈尔滨市政府; 青海、甘肃省人民政府 is 青海省人民政府.
		lv := string(r[j])
		if !strings.Contains("省市县州盟旗区", lv) || !namedPlaceRe.MatchString(string(r[:j])) || !endsOrg(string(r[j+1:])) && !endsOrg(string(r[j:])) {
			continue
		}
		if strings.HasSuffix(place, lv) {
			// 银川市、石嘴山市、吴忠市人民政府: a place written with its level
			// names the city as a body; it keeps its wording.
			return "", false
		}
		if lv == "区" {
			continue // 区 alone is no level of a place named bare (高新、经开区…)
		}
		return place + string(r[j:]), true
	}
	if len(r) > k+1 && strings.ContainsRune("省市县州盟旗", r[k+1]) {
		return "", false // the cut at the place's length would fall inside the next place's name
	}
	if len(r) <= k+2 {
		return "", false
	}
	head, body := string(r[:k]), string(r[k:])
	if pr := []rune(place); strings.ContainsRune("省市县州盟旗区", pr[len(pr)-1]) && strings.ContainsRune("省市县州盟旗区", []rune(body)[0]) {
		// 秭归县、…、伍家岗区政府: a place written with its level takes no
		// second level (秭归县区政府); it keeps its wording.
		return "", false
	}
	if !placeAloneRe.MatchString(head) || strings.HasPrefix(body, "各") || !sharedBodyRe.MatchString(body) || !endsOrg(body) {
		return "", false
	}
	return place + body, true
}
