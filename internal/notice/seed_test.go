package notice

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Imported from the seed, the notice gives back the committed tasks/ of
// the project byte for byte.
func TestSeedReproducesCommittedTasks(t *testing.T) {
	data, err := os.ReadFile("../../seeds/000_7e1a8dca1ca48960.txt")
	if err != nil {
		t.Fatal(err)
	}
	text, err := Decode("notice.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	n := Parse(text, time.Time{})
	if len(n.Tasks) != 25 || len(n.Sections) != 7 {
		t.Fatalf("%d tasks in %d sections, want 25 in 7", len(n.Tasks), len(n.Sections))
	}
	committed, _ := filepath.Glob("../../tasks/*.yaml")
	if len(committed) != 25 {
		t.Fatalf("%d committed task files", len(committed))
	}
	for _, task := range n.Tasks {
		name := TaskFileName(task)
		want, err := os.ReadFile(filepath.Join("../..", name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := TaskFile(task); got != string(want) {
			t.Errorf("%s differs:\n--- imported\n%s--- committed\n%s", name, got, want)
		}
	}
	if n.Number != "湛组通〔2019〕22号" || n.Issuer != "中共湛江市委组织部" || n.Date.Format("2006-01-02") != "2019-04-24" {
		t.Errorf("header: %q %q %v", n.Number, n.Issuer, n.Date)
	}
	if n.Title != "关于印发《湛江市加强党的基层组织建设三年行动计划2019年重点工作任务清单》的通知" {
		t.Errorf("title %q", n.Title)
	}
	if n.ListTitle != "湛江市加强党的基层组织建设三年行动计划2019年重点工作任务清单" {
		t.Errorf("list title %q", n.ListTitle)
	}
	if len(n.Recipients) != 4 || !strings.HasPrefix(n.Preamble, "2019年是实施") {
		t.Errorf("recipients %q, preamble %q", n.Recipients, n.Preamble)
	}
	for _, l := range n.Unplaced {
		t.Errorf("unplaced line %d: %s", l.N, l.Text)
	}
}
