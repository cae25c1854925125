package notice

import (
	"strings"
	"testing"
)

// An item closing with a bracket of the units doing it and then one of
// the units helping (…。(县市场监管局)(县公安局、县文旅局配合)) lost the
// first bracket's units in silence: the helpers alone were its owners.
func TestBareBracketThenHelpers(t *testing.T) {
	n := parseAt("XX县2023年营商环境提升任务分工\n1.加强知识产权保护。开展专项执法行动。(县市场监管局)(县公安局、县文旅局配合)\n" +
		"2.规范涉企收费。开展专项检查。(县发改委牵头)(县财政局、县市场监管局配合)\n")
	wantRows(t, "bare then helpers", n, []probeRow{
		{"加强知识产权保护", []string{"县市场监管局", "县公安局", "县文旅局"}, nil, nil, "", nil},
		{"规范涉企收费", []string{"县发改委", "县财政局", "县市场监管局"}, []string{"县发改委"}, nil, "", nil},
	})
	if strings.Contains(n.Tasks[0].Body, "县市场监管局") {
		t.Errorf("the units doing the work stayed in the text: %q", n.Tasks[0].Body)
	}
}

// An assessment list closes each item with its score, in a bracket of its
// own after the units' or after a comma inside it: the score was an owner
// (6分, in silence where the units said 负责), or hid the units' bracket so
// that the item had no owners and its time limit was lost. The score is
// kept at the end of the task's text.
func TestScoreAfterUnits(t *testing.T) {
	n := parseAt("XX县2023年乡村振兴考核任务分解\n一、产业发展(20分)\n1.推进高标准农田建设，2023年10月底前完成2万亩。(县农业农村局负责，6分)\n" +
		"2.发展特色产业。(县农业农村局、各乡镇负责)(8分)\n二、乡村建设(15分)\n3.推进农村公路建设，2023年12月底前完成。(县交通运输局)(10分)\n")
	wantRows(t, "scores", n, []probeRow{
		{"推进高标准农田建设", []string{"县农业农村局"}, nil, nil, "2023-10-31", nil},
		{"发展特色产业", []string{"县农业农村局", "各乡镇"}, nil, nil, "", nil},
		{"推进农村公路建设", []string{"县交通运输局"}, nil, nil, "2023-12-31", nil},
	})
	for k, want := range []string{"6分", "8分", "10分"} {
		if !strings.Contains(n.Tasks[k].Body, want) {
			t.Errorf("task %s lost its score %s: body %q", n.Tasks[k].ID, want, n.Tasks[k].Body)
		}
	}
}

// A flattened table, one cell a line, with a column of towns before the
// work's (乡镇, 所在乡镇) and a row whose empty cell is a blank line: the
// 乡镇 column was no column, and past the empty cell each cell slid a
// column, so that a row's town was its task and its task an owner, in
// silence.
func TestTownColumnAndBlankCell(t *testing.T) {
	n := parseAt("XX县2023年乡村振兴重点项目任务清单\n序号\n乡镇\n项目名称\n建设内容\n责任单位\n完成时限\n1\n城关镇\n城东村道路硬化\n硬化道路3公里\n县交通运输局\n2023年9月底\n" +
		"2\n新城镇\n北塘村供水工程\n新建供水管网5公里\n县水利局\n2023年11月底\n")
	wantRows(t, "town column", n, []probeRow{
		{"城东村道路硬化", []string{"县交通运输局"}, nil, nil, "2023-09-30", nil},
		{"北塘村供水工程", []string{"县水利局"}, nil, nil, "2023-11-30", nil},
	})
	n = parseAt("XX县2022年农村黑臭水体治理任务清单\n序号\n所在乡镇\n水体名称\n治理措施\n责任人\n完成时限\n1\n城关镇\n东沟渠\n截污清淤\n张德明\n2022年6月底\n" +
		"2\n新城镇\n北塘\n生态修复\n李卫东\n\n3\n东关镇\n西河\n控源截污\n王建国\n2022年12月底\n")
	wantRows(t, "blank cell", n, []probeRow{
		{"截污清淤", nil, nil, []string{"张德明"}, "2022-06-30", nil},
		{"生态修复", nil, nil, []string{"李卫东"}, "2022-06-30", []string{"due"}},
		{"控源截污", nil, nil, []string{"王建国"}, "2022-12-31", nil},
	})
}
