package notice

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
