package notice

import (
	"testing"
)

// Round 62, on the probes of the last session's rules and the held-out
// sets of this one.

// Header cells left empty, each named by the cells under it: after the
// lead's column, the units answering with it; two empty cells after the
// owners' column, both owners; a column of persons (bare or after their
// posts), leaders; a lead's note, (牵头), in the owners' second cell, the
// lead; an empty cell ending the header, over a cell more in each row,
// owners too. Each of these was dropped, or read as an owner, in silence.
// A cell under an empty header cell after the time limit is read as
// nothing, and listed.
func TestEmptyHeaderCellsNamedByCellsUnder(t *testing.T) {
	tests := []struct {
		name, text string
		want       []probeRow
	}{
		{"after lead", "序号|任务内容|牵头单位| |完成时限\n1|推进高标准农田建设|县农业农村局|县财政局|2023年12月底\n2|推进城区排水防涝|县住建局|县水利局、县城管局|2023年6月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, []string{"县农业农村局"}, nil, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局", "县水利局", "县城管局"}, []string{"县住建局"}, nil, "2023-06-30", nil},
		}},
		{"persons", "序号|任务内容|牵头单位| |配合单位|完成时限\n1|推进高标准农田建设|县农业农村局|李明|县财政局|2023年12月底\n2|推进城区排水防涝|县住建局|王强|县水利局|2023年6月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, []string{"县农业农村局"}, []string{"李明"}, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局", "县水利局"}, []string{"县住建局"}, []string{"王强"}, "2023-06-30", nil},
		}},
		{"posts", "序号|任务内容|责任单位| |完成时限\n1|推进高标准农田建设|县农业农村局|副县长王刚|2023年12月底\n2|推进城区排水防涝|县住建局|县长助理李强|2023年6月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局"}, nil, []string{"副县长王刚"}, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局"}, nil, []string{"县长助理李强"}, "2023-06-30", nil},
		}},
		{"two empty", "序号|任务内容|责任单位| | |完成时限\n1|推进高标准农田建设|县农业农村局|县财政局|县自然资源局|2023年12月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局", "县自然资源局"}, nil, nil, "2023-12-31", nil},
		}},
		{"at the end", "序号|任务内容|完成时限|责任单位| \n1|推进高标准农田建设|2023年12月底|县农业农村局|县财政局\n2|推进城区排水防涝|2023年6月底|县住建局|县水利局\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, nil, nil, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局", "县水利局"}, nil, nil, "2023-06-30", nil},
		}},
		{"lead note", "序号|任务内容|责任领导|责任单位| |完成时限\n1|推进高标准农田建设|王刚|县农业农村局|县财政局|2023年12月底\n2|推进城区排水防涝|李强|县住建局|(牵头)|2023年6月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, nil, []string{"王刚"}, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局"}, []string{"县住建局"}, []string{"李强"}, "2023-06-30", nil},
		}},
		{"after due", "序号|任务内容|责任单位|完成时限| \n1|推进高标准农田建设|县农业农村局|2023年12月底|2023年6月底前完成招标\n2|推进城区排水防涝|县住建局|2023年6月底|汛前完工\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局"}, nil, nil, "2023-12-31", []string{"owners"}},
			{"推进城区排水防涝", []string{"县住建局"}, nil, nil, "2023-06-30", []string{"owners"}},
		}},
		{"after remark", "序号|任务内容|责任单位|完成时限|备注| \n1|推进高标准农田建设|县农业农村局|2023年12月底|省定任务|县财政局\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局"}, nil, nil, "2023-12-31", []string{"owners"}},
		}},
	}
	for _, tt := range tests {
		wantRows(t, tt.name, parseAt("某县2023年重点工作任务清单\n"+tt.text), tt.want)
	}
}
