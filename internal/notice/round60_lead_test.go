package notice

import (
	"testing"
)

// Round 60, on the leftovers of the probes of the session before.

// An item's text naming who leads (由X牵头) and, after it, who helps or
// carries the work out: the helpers after a full-width comma were lost
// (the clause was cut inside the comma's bytes); a person's name alone
// leading (由张建国牵头负责) stood as a unit and the lead; a short name
// (由工会牵头) stood beside the helper it stands for (县总工会); posts
// alone (由局长负责, 由县委书记、县长共同牵头) named no leader.
func TestTextLeadsHelpersPersonsPosts(t *testing.T) {
	text := "某县人民政府办公室关于印发2025年重点工作任务分解方案的通知\n某政办发〔2025〕3号\n各乡镇人民政府，县直各部门：\n" +
		"现将《2025年重点工作任务分解方案》印发给你们，请认真贯彻落实。\n某县人民政府办公室\n2025年3月1日\n2025年重点工作任务分解方案\n" +
		"1.推进农村饮水安全巩固提升工程。由张建国牵头负责，县水利局具体落实，6月底前完成。\n" +
		"2.开展工会会员普惠服务活动。由工会牵头，县总工会、县人社局配合，9月底前完成。\n" +
		"3.建立矛盾纠纷多元化解机制。由联席会议牵头，县司法局、县信访局配合，年底前完成。\n" +
		"4.完成机关办公用房清理工作。由局长负责，10月底前完成。\n" +
		"5.推进全域旅游示范区创建工作。由县委书记、县长共同牵头，县文旅局负责，年底前完成。\n"
	wantRows(t, "textleads", parseAt(text), []probeRow{
		{"推进农村饮水安全巩固提升工程", []string{"县水利局"}, nil, []string{"张建国"}, "2025-06-30", []string{"owners", "leaders"}},
		{"开展工会会员普惠服务活动", []string{"县总工会", "县人社局"}, []string{"县总工会"}, nil, "2025-09-30", []string{"owners", "lead"}},
		{"建立矛盾纠纷多元化解机制", []string{"联席会议", "县司法局", "县信访局"}, []string{"联席会议"}, nil, "2025-12-31", []string{"owners", "lead"}},
		{"完成机关办公用房清理工作", nil, nil, []string{"局长"}, "2025-10-31", []string{"owners", "leaders"}},
		{"推进全域旅游示范区创建工作", []string{"县文旅局"}, nil, []string{"县委书记", "县长"}, "2025-12-31", []string{"owners", "leaders"}},
	})
}

// The same table with a 序号 column: a group's second row leaves out the
// 序号 and 工作任务 merged over it. Read from number to number, the row
// ran into the one above and was lost; now it is a sub-row of the row
// numbered (1.2), its cells placed by what they hold, listed. A full row
// whose unit cell is empty takes the units above, listed.
func TestNumberedLoneBarRowsShortOfMergedCells(t *testing.T) {
	text := "某镇2024年政务公开工作任务分解表\n|\n" + bars("序号", "工作任务", "具体内容", "责任部门", "",
		"1", "推进政策公开", "常态化公开就业、住房、教育等领域信息。", "财政所、便民综合服务中心", "",
		"积极探索特定群体的线下公开渠道,持续发布相关政策文件。", "便民综合服务中心", "",
		"2", "强化权力配置信息公开", "细化权力配置信息公开,动态更新权责事项清单。", "党政办公室", "",
		"健全本镇行政执法信息全流程公示机制。", "党政办公室", "",
		"3", "加强平台建设", "规范政府网站栏目设置,及时更新内容。", "", "",
		"4", "做好依申请公开", "依法按时答复依申请公开事项。", "党政办公室")
	n := parseAt(text)
	wantRows(t, "numberedlonebars", n, []probeRow{
		{"推进政策公开", []string{"财政所", "便民综合服务中心"}, nil, nil, "", nil},
		{"积极探索特定群体的线下公开渠道", []string{"便民综合服务中心"}, nil, nil, "", []string{"owners"}},
		{"强化权力配置信息公开", []string{"党政办公室"}, nil, nil, "", nil},
		{"健全本镇行政执法信息全流程公示机制", []string{"党政办公室"}, nil, nil, "", []string{"owners"}},
		{"加强平台建设", []string{"党政办公室"}, nil, nil, "", []string{"owners"}},
		{"做好依申请公开", []string{"党政办公室"}, nil, nil, "", nil},
	})
	for k, want := range []string{"01.1", "01.2", "02.1", "02.2", "03", "04"} {
		if n.Tasks[k].ID != want {
			t.Errorf("task %d id %q, want %s", k, n.Tasks[k].ID, want)
		}
	}
}
