package notice

import "strings"

// A division of duties can open each line with a unit whose name starts
// with its place's name rather than a level word, the lines under a
// heading (六、责任分工) with no number of their own:
//
//	铁岭县文旅广局:负责综合协调工作;
//	凡河镇人民政府:负责现场环境卫生、安全保障…;
//	开发区社会事业服务中心:负责舞龙舞狮团队表演相关工作;
//
// Before, unitDutyHeadRe, which wants the name to open with its level
// (县…局), read none of them and the notice was refused. Now a place's
// name of two to four characters before the level word (铁岭县, 凡河镇,
// 开发区) opens the unit as well; numberUnitDuties still wants a run of
// two or more such lines after a heading or a sentence ending in a colon.

// placeUnitDutyHeadRe is a line opening with a unit named after its place
// (铁岭县文旅广局, 铁岭市中医院, 凡河镇人民政府), a colon and a duty.
var placeUnitDutyHeadRe = lazyRe(`^\p{Han}{2,4}?(?:省|市|县|区|州|盟|旗|镇|乡|街道)[\p{Han}（）()]{1,14}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|集团|院|队|站|馆|所|社|联)\s*[：:]\s*\p{Han}`)

// unitDutyHead says a line opens with a unit's name and a colon, the name
// opening with its level (县卫健局) or with its place (铁岭县文旅广局).
func unitDutyHead(t string) bool {
	return unitDutyHeadRe.MatchString(t) || placeUnitDutyHeadRe.MatchString(t) || collectiveDutyHeadRe.MatchString(t) || levelNamesHead(t)
}

// levelNamesHeadRe is a line opening with names at a level and a colon:
// 乡纪委、监察室:, 乡党政综合办公室:.
var levelNamesHeadRe = lazyRe(`^((?:省|市|县|区|州|盟|旗|镇|乡|街道)[^：:，,。；;\s]{1,30}?)\s*[：:]\s*\p{Han}`)

// levelNamesHead says a line opens with bodies' names, the first at its
// level, apart by 、, each ending as a body's does (乡纪委、监察室:), and
// a colon.
func levelNamesHead(t string) bool {
	m := levelNamesHeadRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	for _, p := range strings.Split(m[1], "、") {
		if !endsOrg(p) && !bodyEndRe.MatchString(p) && !sectionName(p) || roomRe.MatchString(p) || oddNameRe.MatchString(p) {
			return false
		}
	}
	return true
}

// collectiveDutyHeadRe is a line opening with a kind of body, every one of
// it, a colon and a duty (各乡镇:负责结合绿化造林等工作…), among units'
// lines under 三、责任分工.
var collectiveDutyHeadRe = lazyRe(`^各(?:\p{Han}{0,6}(?:乡镇|乡|镇|街道|社区|村|县|区|市)(?:[（(][\p{Han}、]{1,8}[）)])?(?:人民政府|政府|办事处)?|\p{Han}{0,4}(?:部门|单位))\s*[：:]\s*\p{Han}`)
