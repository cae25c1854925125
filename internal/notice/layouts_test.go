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
		{"rows with | at both ends", "2020年要点\n| 序号 | 具体任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 建设养老院 | 县民政局 | 2020年底 |\n",
			"01 建设养老院 县民政局 "},
		{"label/value blocks", "2020年要点\n重点任务：建设养老院\n责任单位：县民政局\n完成时限：2020年底\n重点任务：改造学校\n牵头单位：县教育局\n",
			"01 建设养老院 县民政局 |02 改造学校 县教育局 县教育局"},
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
