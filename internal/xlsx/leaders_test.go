package xlsx_test

import (
	"bytes"
	"testing"
	"time"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/xlsx"
)

// Where the notice named leaders (责任领导), the 任务 sheet shows them beside
// the task; where it named none, the sheet has no such column.
func TestLeadersBesideTheTask(t *testing.T) {
	_, x, data := build(t)
	f := open(t, data)
	if h, _ := f.GetCellValue("任务", "D1"); h != "完成时限" {
		t.Errorf("without leaders, D1 is %q", h)
	}
	x.Repo.Tasks[0].Leaders = []string{"张三", "李四"}
	lg := ledger.Build(x, 1, ledger.Day(time.Date(2019, 7, 5, 0, 0, 0, 0, time.UTC)))
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, lg, x, xlsx.Meta{Title: "测试清单", Source: "提交 0123456789ab"}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	f = open(t, buf.Bytes())
	head, _ := f.GetCellValue("任务", "D1")
	first, _ := f.GetCellValue("任务", "D2")
	due, _ := f.GetCellValue("任务", "E2")
	if head != "责任领导" || first != "张三、李四" || due != "2019-12-31" {
		t.Errorf("任务 D1 %q, D2 %q, E2 %q", head, first, due)
	}
}
