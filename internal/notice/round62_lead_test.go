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

// A table whose cells close on lone bars, a section's heading in a row of
// its own before the rows (一、… |), a unit cell of four lines, one unit a
// line, and a time cell of two lines: the table ended at the unit cell
// and every row after it was lost in silence. A time limit that dates
// the work and then keeps it up (2021年12月底前完成并长期坚持) was read as
// no date; its date is the due, listed.
func TestBarTableHeadingRowAndUnitsOneALine(t *testing.T) {
	text := "某市医保基金监管重点工作\n" + bars("重点工作", "具体任务", "责任单位", "完成时限", "一、强化医保部门常态监管机制",
		"严格定点协议管理", "切实加强医保经办机构内控制度建设。", "市医保局", "2021年12月底前完成并长期坚持",
		"坚持多形式检查", "严格落实属地管理责任。", "市医保局\n市卫生健康委\n市市场监管局\n市公安局", "每年开展\n并长期坚持",
		"加强监管力量", "建立健全市、县医保基金监管机构。", "市委编办\n市医保局\n市财政局", "2022年12月底前完成")
	wantRows(t, "bar-heading", parseAt(text), []probeRow{
		{"严格定点协议管理", []string{"市医保局"}, nil, nil, "2021-12-31", []string{"due"}},
		{"坚持多形式检查", []string{"市医保局", "市卫生健康委", "市市场监管局", "市公安局"}, nil, nil, "", []string{"due"}},
		{"加强监管力量", []string{"市委编办", "市医保局", "市财政局"}, nil, nil, "2022-12-31", nil},
	})
}

// A notice served as one line from a PDF, each line break a space: its
// title holds spaces up to the recipients, the signature's date is
// written 2021 年 5 月 21 日, and a label is broken (牵头单 位:). The title,
// issuer and date were lost, and the label read as a unit's name with no
// lead (listed, the lead not).
func TestOneLinePDFSpacedTitleDateAndLabel(t *testing.T) {
	text := "某市人民政府办公室 关于印发某市 2021 年法治政府建设 工作计划的通知 各县(市、区)人民政府,市政府各部门、 直属机构: " +
		"《某市 2021 年法治政府建设工作计划》已经市政府同意, 现印发给你们,请结合实际认真贯彻执行。 某市人民政府办公室 2021 年 5 月 21 日 " +
		"(此件公开发布) 某市 2021 年法治政府建设工作计划 为深入学习贯彻习近平法治思想,制定本年度法治政府 建设工作计划。 " +
		"一、深入学习宣传贯彻习近平法治思想 1.加强对习近平法治思想的学习宣传和贯彻落实。结合庆祝建党 100 周年组织开展 系列法治宣传教育活动。 " +
		"〔牵头单位:市政府办公室、市司法局;责任单位:市政府各部门〕 2.市政府常务会定期研究法治建设工作。 〔牵头单 位:市政府办公室、市司法局;责任单位:市政府各部门〕\n"
	n := parseAt(text)
	if n.Title != "某市人民政府办公室 关于印发某市 2021 年法治政府建设 工作计划的通知" || n.Issuer != "某市人民政府办公室" || n.Date.Format("2006-01-02") != "2021-05-21" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	wantRows(t, "pdf-oneline", n, []probeRow{
		{"加强对习近平法治思想的学习宣传和贯彻落实", []string{"市政府办公室", "市司法局", "市政府各部门"}, []string{"市政府办公室", "市司法局"}, nil, "", nil},
		{"市政府常务会定期研究法治建设工作", []string{"市政府办公室", "市司法局", "市政府各部门"}, []string{"市政府办公室", "市司法局"}, nil, "", nil},
	})
}
