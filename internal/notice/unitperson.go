package notice

import "strings"

// unitPersonsLineRe is a line of its own labelling the persons in the
// units who answer for the item above it: 项目负责人:市卫生局方来英,
// 项目责任人:尹文德. It is a responsibility line, as 主要责任单位: is; the
// persons are read by unitPersonsRe.
var unitPersonsLineRe = lazyRe(`^\p{Han}{1,4}?(?:责任人|负责人)\s*[：:]\s*\S`)

// unitBeforePersonRe is a person written after the unit they head:
// 市卫生局方来英, 市政府食品安全办张志宽.
var unitBeforePersonRe = lazyRe(`^(\p{Han}{2,20}?(?:局|委|办|会|院|厅|中心|政府|部|室|所|站|队|处|科))(\p{Han}{2,3})$`)

// personsOfUnits drops the unit written before each person in a list of
// the units' persons (项目负责人:市卫生局方来英、市红十字会韩陆): the
// persons are the leaders, their units are the owners already.
func personsOfUnits(names []string) []string {
	out := make([]string, 0, len(names))
	for _, p := range names {
		if m := unitBeforePersonRe.FindStringSubmatch(p); m != nil && endsOrg(m[1]) {
			p = m[2]
		}
		out = append(out, p)
	}
	return out
}

// unitsThenPersons splits the value of a label of units and their persons
// (责任单位及责任人) written as units then persons: 县教体局 张伟 (a space
// between), 县住建局、李明 (a 、). It gives the units and the persons, or
// nil persons where the value is not written so.
func unitsThenPersons(v string) (units string, people []string) {
	var us []string
	paired := false
	for _, p := range splitTop(v, "、，,") {
		p = strings.TrimSpace(p)
		if u, ps, ok := unitPersonPairs(p); ok && (len(people) == 0 || paired) {
			us = append(us, u...)
			people = append(people, ps...)
			paired = true
			continue
		}
		if m := unitHeadNameRe.FindStringSubmatch(p); m != nil && endsOrg(m[1]) && !endsOrg(m[2]) && !headPlaceRe.MatchString(squeezeSpace(m[2])) && (len(people) == 0 || paired) {
			us = append(us, m[1])
			people = append(people, squeezeSpace(m[2]))
			paired = true
			continue
		}
		paired = false
		if len(us) > 0 && (personShaped(p) || personLikeName(p)) {
			people = append(people, p)
			continue
		}
		if len(people) > 0 || strings.ContainsAny(p, " \u3000") {
			return v, nil
		}
		us = append(us, p)
	}
	if len(us) == 0 {
		return v, nil
	}
	return strings.Join(us, "、"), people
}

// unitPersonPairs reads a part holding units each with its person, all
// apart by spaces, the person's post after the name or not (县商务局 王强
// 县市场监管局 赵刚, 县教体局 张伟 副局长). It gives the units and the
// persons as written (张伟 副局长), or ok false where the part is not so.
func unitPersonPairs(p string) (units, people []string, ok bool) {
	f := strings.Fields(p)
	if len(f) < 3 {
		return nil, nil, false
	}
	for i := 0; i < len(f); {
		if i+1 >= len(f) || !endsOrg(f[i]) || endsOrg(f[i+1]) || !(personShaped(f[i+1]) || personLikeName(f[i+1])) {
			return nil, nil, false
		}
		units = append(units, f[i])
		person := f[i+1]
		i += 2
		if i < len(f) && personPostRe.MatchString(f[i]) {
			person += " " + f[i]
			i++
		}
		people = append(people, person)
	}
	return units, people, true
}

// personPostRe is a post written after a person's name: 副局长, 主任.
var personPostRe = lazyRe(`^副?(?:局长|主任|科长|股长|所长|站长|队长|院长|校长|部长|书记|[省市县区镇乡旗]长|经理|总经理|董事长)$`)
