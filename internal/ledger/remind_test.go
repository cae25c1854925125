package ledger_test

import (
	"strings"
	"testing"

	"tally/internal/ledger"
)

// On the worked example of DESIGN §2, the units chased are the ones
// missing lists, for the same tasks: C (a draft only, with its report
// file) and D; late once as-of is past the due date (07-05).
func TestRemindersOfTheWorkedExample(t *testing.T) {
	x := repo(t, designExample)
	for _, c := range []struct {
		asOf string
		late bool
	}{{"2019-07-01", false}, {"2019-07-10", true}} {
		lg := ledger.Build(x, 1, ledger.Day(date(c.asOf)))
		var got []string
		for _, r := range ledger.Reminders(lg) {
			var tasks []string
			for _, t := range r.Tasks {
				tasks = append(tasks, t.Task.ID)
			}
			got = append(got, r.Unit.Unit.ID+":"+strings.Join(tasks, ",")+":"+r.Unit.File)
			if r.Late != c.late {
				t.Errorf("as of %s: %s late %v", c.asOf, r.Unit.Unit.ID, r.Late)
			}
		}
		if strings.Join(got, " ") != "c:T:reports/Q2/c.yaml d:T:" {
			t.Errorf("as of %s: %v", c.asOf, got)
		}
	}
}
