package notice

import (
	"strings"
	"testing"
)

// One excerpt per layout published notices use for their items: each
// gives the tasks listed (id, title start, owners, lead).
func TestLayouts(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"inline sub-items", "2020年要点\n1.深化商事制度改革。(1)推进“证照分离”改革。(市市场监管局牵头负责)(2)压缩企业开办时间。(市政务服务局负责)\n2.优化税收服务。（市税务局负责）\n",
			"01.1 推进“证照分离”改革 市市场监管局 市市场监管局|01.2 压缩企业开办时间 市政务服务局 |02 优化税收服务 市税务局 "},
		{"sub-items on lines of their own, each with its owners", "七、健全住房保障\n3、改善居住条件。\n(1)建设集体宿舍。\n责任部门:市房管局牵头,市劳动保障局配合。\n(2)建立补助制度。\n责任部门:市民政局。\n4、完善配套措施。\n责任部门:市房管局。\n",
			"03.1 建设集体宿舍 市房管局|市劳动保障局 市房管局|03.2 建立补助制度 市民政局 |04 完善配套措施 市房管局 "},
		{"sub-items ① on lines of their own, each with its owners", "2020年要点\n1.改善居住条件。\n①建设集体宿舍。（市房管局牵头）\n②建立补助制度。（市民政局负责）\n",
			"01.1 建设集体宿舍 市房管局 市房管局|01.2 建立补助制度 市民政局 "},
		{"sub-items on lines of their own sharing one owners line", "2020年要点\n1.完善预案体系\n(1)加强预案管理。\n(2)推进预案精编。\n(责任单位:市应急局)\n2.加强队伍建设。\n(责任单位:市应急局)\n",
			"01 完善预案体系 市应急局 |02 加强队伍建设 市应急局 "},
		{"closing paragraph and signature", "2020年要点\n1.优化税收服务。（市税务局负责）\n各单位要高度重视，确保按时完成。\n某某市人民政府办公室\n2020年3月1日\n（此件公开发布）\n",
			"01 优化税收服务 市税务局 "},
		{"table headed 重点工作", "2020年要点\n序号\t重点工作\t责任单位\t完成时限\t\n1\t建设养老院\t县民政局\t2020年底\t\n",
			"01 建设养老院 县民政局 "},
		{"table headed 工作措施 and 主要任务", "2020年要点\n序号\t工作措施\t牵头单位\t配合单位\t\n1\t建设养老院\t县民政局\t县财政局\t\n序号\t主要任务\t责任单位\t\n2\t改造学校\t县教育局\t\n",
			"01 建设养老院 县民政局|县财政局 县民政局|02 改造学校 县教育局 "},
		{"flattened, cells ending |, header cell over two lines, a missing cell", "2020年要点\n序号 |\n目标任务 |\n牵头 |\n单位 |\n责任领导 |\n1 |\n建设养老院 |\n县民政局 |\n副县长张三 |\n2 |\n改造学校 |\n县教育局 |\n副县长李四 |\n",
			"01 建设养老院 县民政局 县民政局|02 改造学校 县教育局 县教育局"},
		{"flattened, no |", "2020年要点\n序号\n任务内容\n牵头单位\n责任单位\n完成时限\n1\n建设养老院,新增床位200张。\n县民政局\n县财政局、县卫健局\n2020年12月底\n2\n改造学校\n县教育局\n2020年9月底\n",
			"01 建设养老院,新增床位200张 县民政局|县财政局|县卫健局 县民政局|02 改造学校 县教育局 县教育局"},
		{"flattened, ended by the next attachment's label", "附件1\n2022年目标任务分解表\n序号\n2022年预期目标\n责任单位\n1\n地区生产总值增长5.5%左右\n区发展改革委\n2\n节能减排完成年度目标\n区发展改革委\n附件二\n2022年重点工作任务分解表\n",
			"01 地区生产总值增长5.5%左右 区发展改革委 |02 节能减排完成年度目标 区发展改革委 "},
		{"attachments listed under 附件：1. are no items", "某区人民政府办公室关于印发目标任务的通知\n各镇人民政府：\n现印发给你们。\n附件：1. 2022年预期目标分解表\n2. 2022年重点工作任务分解表\n2022年预期目标分解表\n序号\n工作任务\n责任单位\n1\n建设养老院\n区民政局\n",
			"01 建设养老院 区民政局 "},
		{"flattened, header cells broken over two lines (分管 / 领导, 完成 / 状况), units over several lines", "2024年任务\n序号\n年度目标\n分管\n领导\n牵头单位\n配合单位\n完成\n状况\n1\n地区生产总值增长6%\n副县长张三\n区发改委\n区统计局\n各镇街\n开发区\n序时推进\n",
			"01 地区生产总值增长6% 区发改委|区统计局|各镇街|开发区 区发改委"},
		{"a table of targets: indicator and target value", "2023年主要目标\n序号\t指标名称\t目标值\t责任单位\t\n1\t地区生产总值\t增长6%左右\t区发改委\t\n2\t一般公共预算收入\t50亿元\t区财政局\t\n",
			"01 地区生产总值增长6%左右 区发改委 |02 一般公共预算收入 区财政局 "},
		{"flattened table of targets under a caption that names a column", "2023年主要目标\n序号\n主要指标\n预期目标\n牵头单位\n1\n地区生产总值\n增长6%左右\n区发改委\n",
			"01 地区生产总值增长6%左右 区发改委 区发改委"},
		{"rows with | at both ends", "2020年要点\n| 序号 | 具体任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 建设养老院 | 县民政局 | 2020年底 |\n",
			"01 建设养老院 县民政局 "},
		{"label/value blocks", "2020年要点\n重点任务：建设养老院\n责任单位：县民政局\n完成时限：2020年底\n重点任务：改造学校\n牵头单位：县教育局\n",
			"01 建设养老院 县民政局 |02 改造学校 县教育局 县教育局"},
		{"label/value cards, each label alone on its line", "具体任务\n建设养老院,新增床位200张。\n责任单位\n县民政局、县财政局\n配合单位\n各乡镇\n完成时限\n2020年底\n具体任务：\n改造学校\n牵头单位\n县教育局\n",
			"01 建设养老院,新增床位200张 县民政局|县财政局|各乡镇 |02 改造学校 县教育局 县教育局"},
		{"label/value cards with short values, which read as no table header", "具体任务\n建设养老院\n责任单位\n县民政局\n完成时限\n年底\n具体任务\n改造学校\n责任单位\n县教育局\n",
			"01 建设养老院 县民政局 |02 改造学校 县教育局 "},
		{"a label alone after a numbered item", "2020年要点\n1.建设养老院。\n责任单位\n县民政局\n2.改造学校。\n牵头单位：\n县教育局\n",
			"01 建设养老院 县民政局 |02 改造学校 县教育局 县教育局"},
		{"flattened, a label over another column's name stays a header", "2020年要点\n序号\n年度目标\n牵头单位\n完成情况\n配合单位\n季度目标\n1\n地区生产总值增长6%\n区发改委\n序时推进\n区统计局\n增长6%\n",
			"01 地区生产总值增长6% 区发改委|区统计局 区发改委"},
		{"box drawing", "2020年要点\n┌──┬────┬────┐\n│序号│工作任务│责任单位│\n├──┼────┼────┤\n│1│建设养老院│县民政局│\n└──┴────┴────┘\n",
			"01 建设养老院 县民政局 "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := Parse(c.text, today)
			var got []string
			for _, k := range n.Tasks {
				got = append(got, k.ID+" "+k.Title+" "+strings.Join(k.Owners, "|")+" "+strings.Join(k.Lead, "|"))
			}
			if strings.Join(got, "|") != c.want {
				t.Errorf("tasks\n got  %s\n want %s\nunplaced %+v", strings.Join(got, "|"), c.want, n.Unplaced)
			}
		})
	}
}
