package xlsx_test

import (
	"bytes"
	"testing"
	"testing/fstest"
	"time"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
	"tally/internal/testrepo"
	"tally/internal/xlsx"
)

// The bundled data, 2019Q2, with 赤坎区委组织部's report returned: its 明细
// rows say 已退回 in the 审核 column (with the reasons given for the task),
// though the report does not count and the rows read 未报送（退回…）; and the 单位
// sheet's 排名分组 column is wide enough for the longest group, centred.
func TestReturnedAndGroupsInTheWorkbook(t *testing.T) {
	fsys := testrepo.Bundled()
	res := load.Load(fsys)
	var hash string
	for _, r := range res.Repo.Reports {
		if r.Base == "chikan-org" && r.Dir == "2019Q2" {
			hash = r.Hash
		}
	}
	fsys["reviews/2019Q2/chikan-org.yaml"] = &fstest.MapFile{Data: []byte("unit: chikan-org\nperiod: 2019Q2\nreport: " + hash +
		"\nresult: 退回\ndate: 2019-07-09\nby: 督查科 李四\nreasons:\n  - text: 缺少会议纪要作为佐证\n  - task: 16\n    text: 请补充整顿村数\n")}
	res = load.Load(fsys)
	if n, _ := res.Diags.Counts(); n > 0 {
		t.Fatalf("fixture has errors: %+v", res.Diags.Items)
	}
	x := model.NewIndex(res.Repo)
	pi, err := ledger.PeriodNamed(res.Repo.Plan, "2019Q2")
	if err != nil {
		t.Fatal(err)
	}
	lg := ledger.Build(x, pi, ledger.Day(time.Date(2019, 7, 10, 0, 0, 0, 0, time.UTC)))
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, lg, x, xlsx.Meta{Title: "测试清单", Source: "提交 0123456789ab"}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())

	rows, _ := f.GetRows("明细")
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	cell := func(r []string, name string) string {
		if i, ok := col[name]; ok && i < len(r) {
			return r[i]
		}
		return ""
	}
	seen := 0
	for _, r := range rows[1:] {
		if cell(r, "单位") != "赤坎区委组织部" {
			continue
		}
		seen++
		want := "已退回"
		if cell(r, "编号") == "16" {
			want = "已退回\n任务 16：请补充整顿村数"
		}
		if got := cell(r, "审核"); got != want {
			t.Errorf("明细 task %s: 审核 %q, want %q", cell(r, "编号"), got, want)
		}
		// The report does not count, and the unit did send one: not 从未报送
		// (probe 7), but where the unit stands, as 单位 says.
		if got := cell(r, "本期报送"); got != "未报送（已退回）" {
			t.Errorf("明细 task %s: 本期报送 %q, want 未报送（已退回）", cell(r, "编号"), got)
		}
	}
	if seen == 0 {
		t.Fatal("no 明细 row of 赤坎区委组织部")
	}

	if h, _ := f.GetCellValue("单位", "A1"); h != "排名分组" {
		t.Fatalf("单位 A1 is %q", h)
	}
	longest := 0
	for _, u := range lg.Units {
		longest = max(longest, render.Width(render.RankGroup(u, i18n.Zh)))
	}
	if w, _ := f.GetColWidth("单位", "A"); w < float64(longest+2) {
		t.Errorf("排名分组 is %v wide, its longest group takes %d", w, longest)
	}
	id, _ := f.GetCellStyle("单位", "A2")
	if st, _ := f.GetStyle(id); st.Alignment == nil || st.Alignment.Horizontal != "center" {
		t.Errorf("排名分组 cells are not centred: %+v", st.Alignment)
	}
}

// A unit with only a draft: its 明细 rows say so, as its 单位 row says
// 草稿未报 (walk 4, #9), instead of 从未报送 alone.
func TestDraftSaidInDetails(t *testing.T) {
	fsys := testrepo.Bundled()
	fsys["reports/2019Q2/potou-org.yaml"] = &fstest.MapFile{Data: []byte("unit: potou-org\nperiod: 2019Q2\nentries:\n  - {task: 1, status: 推进中, progress: 30, summary: 推进}\n")}
	res := load.Load(fsys)
	x := model.NewIndex(res.Repo)
	pi, _ := ledger.PeriodNamed(res.Repo.Plan, "2019Q2")
	lg := ledger.Build(x, pi, ledger.Day(time.Date(2019, 7, 10, 0, 0, 0, 0, time.UTC)))
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, lg, x, xlsx.Meta{Title: "测试清单"}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	rows, _ := open(t, buf.Bytes()).GetRows("明细")
	seen := 0
	for _, r := range rows[1:] {
		if len(r) > 3 && r[2] == "坡头区委组织部" {
			seen++
			if r[3] != "从未报送（草稿未报）" {
				t.Errorf("明细 task %s of a unit with a draft: 本期报送 %q", r[0], r[3])
			}
		}
	}
	if seen == 0 {
		t.Fatal("no 明细 row of 坡头区委组织部")
	}
}

// A unit whose report has errors sent one: its 明细 rows say the file
// did not count, not 从未报送 (probe 7), and still read 未报送.
func TestErroneousReportSaidInDetails(t *testing.T) {
	res := load.Load(testrepo.BundledQ3())
	x := model.NewIndex(res.Repo)
	pi, _ := ledger.PeriodNamed(res.Repo.Plan, "2019Q3")
	lg := ledger.Build(x, pi, ledger.Day(res.Repo.Plan.Periods[pi].Due))
	invalid := ""
	for _, u := range lg.Units {
		if u.Invalid && u.Unit.ID == "potou-org" {
			invalid = u.Unit.Name
		}
	}
	if invalid == "" {
		t.Fatal("potou-org's report (an entry without summary) is not counted as having errors")
	}
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, lg, x, xlsx.Meta{Title: "测试清单"}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	rows, _ := open(t, buf.Bytes()).GetRows("明细")
	seen := 0
	for _, r := range rows[1:] {
		if len(r) > 3 && r[2] == invalid && r[3] != "无需再报" && r[3] != "已报送" {
			seen++
			if r[3] != "未报送（文件有误）" {
				t.Errorf("明细 task %s of a unit whose report has errors: 本期报送 %q", r[0], r[3])
			}
		}
	}
	if seen == 0 {
		t.Fatalf("no 明细 row of %s", invalid)
	}
}
