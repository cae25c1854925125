package notice

import (
	"strings"
	"testing"
)

// Stage 1: lines run together by a web page are split at their numbers,
// and nowhere else.
func TestRunTogether(t *testing.T) {
	for in, want := range map[string]string{
		"现提出以下意见: 一、深入实施就业优先战略 1.坚持就业优先。(市人社局负责)": "现提出以下意见:|一、深入实施就业优先战略|1.坚持就业优先。(市人社局负责)",
		"会议确定:1.由办公室负责,按照意见修改。2.由财务处负责,做好衔接。":     "会议确定:|1.由办公室负责,按照意见修改。|2.由财务处负责,做好衔接。",
		"提高到1.5倍，增长3.2%。": "提高到1.5倍，增长3.2%。",
		"其一、二级指标":         "其一、二级指标",
		"3.推进改革,主要包括:1.简政放权;2.优化服务。(市发改委负责) 4.稳定就业。(市人社局负责)": "3.推进改革,主要包括:1.简政放权;2.优化服务。(市发改委负责)|4.稳定就业。(市人社局负责)",
		"二、工作措施。1.严格执行标准,降低税负。2.减免费用,降低成本。":                  "二、工作措施。|1.严格执行标准,降低税负。|2.减免费用,降低成本。",
	} {
		if got := strings.Join(runTogether(in), "|"); got != want {
			t.Errorf("%s\n got  %s\n want %s", in, got, want)
		}
	}
}

// Stage 1: the header in the orders published pages give it.
func TestHeaders(t *testing.T) {
	cases := []struct{ name, text, title, number, issuer, date string }{
		{"title, number, recipients; signature at the end",
			"国务院关于落实《政府工作报告》重点工作部门分工的意见\n国发〔2019〕8号\n各省、自治区、直辖市人民政府：\n现提出如下意见：\n1.甲。（财政部负责）\n国务院\n2019年3月5日\n（此件公开发布）\n",
			"国务院关于落实《政府工作报告》重点工作部门分工的意见", "国发〔2019〕8号", "国务院", "2019-03-05"},
		{"masthead, number, title over two lines, letter signed before the list",
			"某某县人民政府文件\n某政发〔2023〕2号\n某某县人民政府关于印发\n重点工作分工方案的通知\n各乡镇人民政府：\n现将方案印发给你们。\n某某县人民政府\n2023年3月28日\n（此件公开发布）\n重点工作分工方案\n1.甲。（县财政局负责）\n",
			"某某县人民政府关于印发重点工作分工方案的通知", "某政发〔2023〕2号", "某某县人民政府", "2023-03-28"},
		{"recipients first, no title line: the list's title",
			"各镇人民政府，县直各单位：\n现将方案印发给你们。\n某某县人民政府办公室\n2023年1月3日\n2023年民生实事分工方案\n1.甲。（县民政局负责）\n",
			"2023年民生实事分工方案", "", "某某县人民政府办公室", "2023-01-03"},
		{"issuer line under the number",
			"某政办〔2020〕20号\n某某县人民政府办公室\n关于印发工作安排的通知\n各乡镇：\n现印发给你们。\n2020年7月8日\n1.甲。（县司法局负责）\n",
			"关于印发工作安排的通知", "某政办〔2020〕20号", "某某县人民政府办公室", "2020-07-08"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := Parse(c.text, today)
			date := ""
			if !n.Date.IsZero() {
				date = n.Date.Format("2006-01-02")
			}
			got := []string{n.Title, n.Number, n.Issuer, date}
			want := []string{c.title, c.number, c.issuer, c.date}
			if strings.Join(got, " | ") != strings.Join(want, " | ") {
				t.Errorf("title | number | issuer | date\n got  %s\n want %s", strings.Join(got, " | "), strings.Join(want, " | "))
			}
			if len(n.Tasks) != 1 || len(n.Unplaced) != 0 {
				t.Errorf("tasks %+v unplaced %+v", n.Tasks, n.Unplaced)
			}
		})
	}
}

// Stage 5: readable ids, unique, reused where a known units.yaml names the
// unit; collective names are groups.
func TestUnitsFile(t *testing.T) {
	got := UnitsFile([]string{"市委组织部", "市商务局", "市水务局", "市委组织部", "市直各单位"},
		[]Known{{ID: "city-org", Name: "中共某市委组织部", Aliases: []string{"市委组织部"}}})
	for _, want := range []string{
		"  - id: city-org\n    name: 中共某市委组织部\n    aliases:\n      - 市委组织部\n",
		"  - id: sswj\n    name: 市商务局\n",
		"  - id: shishuiwuju\n    name: 市水务局\n",
		"  - name: 市直各单位\n    members: []\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("units.yaml lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "name: 中共某市委组织部") != 1 {
		t.Errorf("a name listed twice:\n%s", got)
	}
}
