package notice

import "testing"

// Round 56, on probe 41's leftovers and the sets gathered this round.

// A label or a column of units and their persons holding two units each
// with its person apart by spaces (县商务局 王强 县市场监管局 赵刚) was read
// as one owner with the second person lost; a person's post after the
// name (张伟 副局长) made the whole value one owner; and in a table with no
// column of leaders, the person after the unit was dropped. Each unit is
// an owner, each person a leader, listed as 责任人 are.
func TestUnitsAndPersonsApartBySpaces(t *testing.T) {
	n := parseAt("XX县2023年民生实事工作任务清单\n1.新建农贸市场1个。\n责任单位及责任人:县商务局 王强 县市场监管局 赵刚\n完成时限:2023年12月底\n" +
		"2.新建城区幼儿园2所。\n责任单位及责任人:县教体局 张伟 副局长\n完成时限:2023年9月底\n")
	wantRows(t, "pairs", n, []probeRow{
		{"新建农贸市场1个", []string{"县商务局", "县市场监管局"}, nil, []string{"王强", "赵刚"}, "2023-12-31", []string{"leaders"}},
		{"新建城区幼儿园2所", []string{"县教体局"}, nil, []string{"张伟 副局长"}, "2023-09-30", []string{"leaders"}},
	})
	n = parseAt("XX县2023年民生实事工作任务清单\n序号 | 工作任务 | 责任单位及责任人 | 完成时限 |\n1 | 新建城区幼儿园2所 | 县教体局 张伟 | 2023年9月底 |\n" +
		"2 | 改造老旧小区10个 | 县住建局、李明 | 2023年11月底 |\n")
	wantRows(t, "table", n, []probeRow{
		{"新建城区幼儿园2所", []string{"县教体局"}, nil, []string{"张伟"}, "2023-09-30", []string{"leaders"}},
		{"改造老旧小区10个", []string{"县住建局"}, nil, []string{"李明"}, "2023-11-30", []string{"leaders"}},
	})
}

// Two bodies joined by 与 or 和 stayed one owner where the first was a
// section and the second no level's name (后勤资产处与饮食服务中心), where they
// lead together (市文旅局与市商务局联合牵头: one lead "X与Y"), or where the
// first was a company (物业公司和各学院).
func TestBodiesJoinedByYuAndHe(t *testing.T) {
	n := parseAt("XX学院2023年后勤保障工作要点\n一、资产管理\n1.做好食堂食品安全管理,由后勤资产处与饮食服务中心共同负责;\n" +
		"2.做好校园绿化养护,由后勤资产处牵头、物业公司和各学院配合;\n3.推进文旅融合。(市文旅局与市商务局联合牵头)\n4.推进城乡融合发展。(市农业农村局与市乡村振兴局共同牵头)\n")
	wantRows(t, "yu", n, []probeRow{
		{"做好食堂食品安全管理", []string{"后勤资产处", "饮食服务中心"}, nil, nil, "", nil},
		{"做好校园绿化养护", []string{"后勤资产处", "物业公司", "各学院"}, []string{"后勤资产处"}, nil, "", nil},
		{"推进文旅融合", []string{"市文旅局", "市商务局"}, []string{"市文旅局", "市商务局"}, nil, "", nil},
		{"推进城乡融合发展", []string{"市农业农村局", "市乡村振兴局"}, []string{"市农业农村局", "市乡村振兴局"}, nil, "", nil},
	})
	// A government's body named with 与 stays one (政府与社会资本合作: PPP).
	n = parseAt("XX市2023年重点工作任务分工\n1.规范PPP项目管理。(市政府与社会资本合作中心)\n2.推进财政改革。(市财政局)\n")
	wantRows(t, "ppp", n, []probeRow{
		{"规范PPP项目管理", []string{"市政府与社会资本合作中心"}, nil, nil, "", nil},
		{"推进财政改革", []string{"市财政局"}, nil, nil, "", nil},
	})
}
