package render

import (
	"fmt"
	"testing"

	"tally/internal/ledger"
	"tally/internal/model"
)

// Red tasks the brief would word alike are said once, unless the units
// that sent nothing differ: the text names only five of them, so two tasks
// whose sixth unit differs must stay apart or the brief would misstate one.
func TestGroupRedTasks(t *testing.T) {
	task := func(id string, unreported ...string) ledger.RedTask {
		return ledger.RedTask{Task: &ledger.TaskRow{Task: &model.Task{ID: id}}, Unreported: unreported}
	}
	six := []string{"a", "b", "c", "d", "e", "f"}
	other := []string{"a", "b", "c", "d", "e", "g"}
	reds := []ledger.RedTask{task("01", six...), task("02", other...), task("03", six...), task("04"), task("05")}
	body := func(r ledger.RedTask) string {
		if r.Task.Task.ID == "05" {
			return "different"
		}
		return "same"
	}
	var got [][]string
	for _, g := range groupRedTasks(reds, body) {
		var ids []string
		for _, r := range g.tasks {
			ids = append(ids, r.Task.Task.ID)
		}
		got = append(got, ids)
	}
	want := [][]string{{"01", "03"}, {"02"}, {"04"}, {"05"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("groups = %v, want %v", got, want)
	}
}
