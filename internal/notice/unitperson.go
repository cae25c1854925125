package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

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
		if m := unitHeadNameRe.FindStringSubmatch(p); m != nil && endsOrg(m[1]) && !bodyLike(m[2]) && personToken(squeezeSpace(m[2])) && !headPlaceRe.MatchString(squeezeSpace(m[2])) && (len(people) == 0 || paired) {
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

// unitPersonPairs reads a part holding units each with its persons, all
// apart by spaces: 县商务局 王强 县市场监管局 赵刚, 县教体局 张伟 副局长,
// 县交通局 局长 刘洋, 县住建局 王强 李刚, 县城管局 张 军 (a padded name),
// 县民政局 王强 县商务局 (the last unit with no person), 县民政局 社会事务股
// 李明 (a section of the unit). It gives the units
// and the persons as written (张伟 副局长, 局长 刘洋), or ok false where the
// part is not so.
func unitPersonPairs(p string) (units, people []string, ok bool) {
	f := paddedNamesJoined(strings.Fields(p))
	if len(f) < 2 {
		return nil, nil, false
	}
	for i := 0; i < len(f); {
		if !bodyLike(f[i]) || slices.Contains(orgWords, f[i]) {
			return nil, nil, false
		}
		unit := f[i]
		i++
		if i+1 < len(f) && bodyLike(f[i]) && !slices.Contains(orgWords, f[i]) && !levelHeadRe.MatchString(f[i]) && (personToken(f[i+1]) || personPostRe.MatchString(f[i+1])) {
			// 县民政局 社会事务股 李明: the unit's section, its person.
			unit, i = unit+" "+f[i], i+1
		}
		units = append(units, unit)
		named := 0
		for i < len(f) && !bodyLike(f[i]) {
			person, post := "", ""
			if personPostRe.MatchString(f[i]) && i+1 < len(f) && personToken(f[i+1]) {
				post, i = f[i]+" ", i+1 // 局长 刘洋
			}
			if !personToken(f[i]) {
				return nil, nil, false
			}
			person, i = post+f[i], i+1
			if post == "" && i < len(f) && personPostRe.MatchString(f[i]) {
				person, i = person+" "+f[i], i+1 // 张伟 副局长
			}
			people = append(people, person)
			named++
		}
		if named == 0 && i < len(f) {
			return nil, nil, false // a unit with no person before another
		}
	}
	return units, people, len(people) > 0
}

// paddedNamesJoined joins a two-character name padded with a space (张 军),
// given as two tokens, into one.
func paddedNamesJoined(f []string) []string {
	out := make([]string, 0, len(f))
	for i := 0; i < len(f); i++ {
		if i+1 < len(f) && utf8.RuneCountInString(f[i]) == 1 && utf8.RuneCountInString(f[i+1]) == 1 && strings.Contains(surnames, f[i]) {
			out = append(out, f[i]+" "+f[i+1])
			i++
			continue
		}
		out = append(out, f[i])
	}
	return out
}

// personToken is a person's name as such a part writes it, padded or not.
func personToken(s string) bool {
	s = strings.TrimSuffix(s, "同志") // 张伟同志
	return personShaped(s) || personLikeName(s) || surnamedCell(s)
}

// personPostRe is a post written after a person's name: 副局长, 主任.
var personPostRe = lazyRe(`^(?:分管|党组|党委)?副?(?:局长|主任|主任科员|科员|科长|股长|所长|站长|大队长|中队长|队长|院长|校长|部长|书记|[省市县区镇乡旗]长|经理|总经理|董事长)$`)
