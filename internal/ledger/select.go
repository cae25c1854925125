package ledger

// Alert is one non-green item: a task's own light (Pair nil) or one of
// its units'.
type Alert struct {
	Task    *TaskRow
	Pair    *Pair // nil for the task's own light
	Light   Light
	Reasons []Reason
}

// Unit is the unit the alert is about, "" for a task's own light.
func (a Alert) Unit() string {
	if a.Pair == nil {
		return ""
	}
	return a.Pair.Unit
}

// Progress is the alert's progress (the pair's, or the task's), and false
// when there is none (未报).
func (a Alert) Progress() (float64, bool) {
	if a.Pair == nil {
		return a.Task.Progress, a.Task.HasProgress
	}
	return a.Pair.Progress, a.Pair.HasState()
}

// Alerts lists the red and yellow items of the ledger (预警): reds first,
// then yellows; within each, task by task, the task's own light before its
// units'. A pair with no state (未报) has no light and is not listed.
// `overdue`, the workbook's 预警 sheet and every other view of warnings use
// this one selection.
func Alerts(lg *Ledger) []Alert {
	var out []Alert
	for _, want := range []Light{Red, Yellow} {
		for _, t := range lg.Tasks {
			if t.Light == want {
				out = append(out, Alert{Task: t, Light: t.Light, Reasons: t.Reasons})
			}
			for _, p := range t.Pairs {
				if p.Light == want {
					out = append(out, Alert{Task: t, Pair: p, Light: p.Light, Reasons: p.Reasons})
				}
			}
		}
	}
	return out
}

// AlertCounts counts alerts: the tasks' own lights (as the summary's
// totals count them) and the units' items (pairs) apart.
type AlertCounts struct {
	TaskRed, TaskYellow, PairRed, PairYellow int
}

// CountAlerts counts alerts by light, tasks and pairs apart.
func CountAlerts(alerts []Alert) AlertCounts {
	var c AlertCounts
	for _, a := range alerts {
		switch {
		case a.Pair == nil && a.Light == Red:
			c.TaskRed++
		case a.Pair == nil:
			c.TaskYellow++
		case a.Light == Red:
			c.PairRed++
		default:
			c.PairYellow++
		}
	}
	return c
}

// RedTask is a red task with the reasons that make it red and the units
// whose own light on it is red.
type RedTask struct {
	Task    *TaskRow
	Reasons []Reason
	Pairs   []*Pair // the red pairs, in the task's order
	// Unreported are the units that owe the task a report this period
	// and sent none (TaskRow.Missing), but for the red pairs' units: a
	// unit that never reported has no light, yet it is as much why the
	// task is not done, and a list naming only the units that reported
	// would name them alone as behind.
	Unreported []string
}

// RedTasks lists the red tasks in task order. The workbook's cover and the
// brief lead with them.
func RedTasks(lg *Ledger) []RedTask {
	var out []RedTask
	for _, t := range lg.Tasks {
		if t.Light != Red {
			continue
		}
		r := RedTask{Task: t}
		for _, rs := range t.Reasons {
			if rs.Light == Red {
				r.Reasons = append(r.Reasons, rs)
			}
		}
		red := map[string]bool{}
		for _, p := range t.Pairs {
			if p.Light == Red {
				r.Pairs = append(r.Pairs, p)
				red[p.Unit] = true
			}
		}
		for _, u := range t.Missing {
			if !red[u] {
				r.Unreported = append(r.Unreported, u)
			}
		}
		out = append(out, r)
	}
	return out
}
