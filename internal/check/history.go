package check

import (
	"fmt"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// historyRules compares each entry with the same unit's latest earlier
// entry for the task, and looks for owned open tasks a report leaves out.
func historyRules(c *ctx) {
	if c.repo.Plan == nil {
		return
	}
	type key struct{ unit, task string }
	type last struct {
		e      model.Entry
		period string
	}
	latest := map[key]last{}
	unitTasks := c.x.UnitTasks()
	// Reports are sorted by period order; entries of one period update the
	// history only after the whole period is seen.
	for i := 0; i < len(c.repo.Reports); {
		j := i
		for j < len(c.repo.Reports) && c.repo.Reports[j].Dir == c.repo.Reports[i].Dir {
			j++
		}
		if c.x.PeriodIndex(c.repo.Reports[i].Dir) < 0 {
			i = j
			continue
		}
		type update struct {
			k key
			l last
		}
		var updates []update
		for _, r := range c.repo.Reports[i:j] {
			if r.Unit != r.Base {
				continue
			}
			reported := map[string]bool{}
			for _, e := range r.Entries {
				k := key{r.Unit, model.TaskKey(e.Task)}
				reported[k.task] = true
				if prev, ok := latest[k]; ok {
					if prev.e.Status == model.Done && e.Status != model.Done {
						c.add(r.File, e.At.Of("status"), diag.DoneWentBack, i18n.F("任务 %s 在 %s 已报已完成，本期却报为%s",
							"task %s was reported done in %s but is now %s", e.Task, prev.period, e.Status.Label(i18n.Zh)))
					} else if e.EffectiveProgress() < prev.e.EffectiveProgress() && (e.HasProgress || prev.e.HasProgress) {
						c.add(r.File, e.At.Of("progress"), diag.ProgressDown, i18n.T(
							fmt.Sprintf("进度 %d 低于 %s 报送的 %d", e.EffectiveProgress(), prev.period, prev.e.EffectiveProgress()),
							fmt.Sprintf("progress %d is below the %d reported in %s", e.EffectiveProgress(), prev.e.EffectiveProgress(), prev.period)))
					}
				}
				updates = append(updates, update{k, last{e, r.Dir}})
			}
			var open []string
			for _, tid := range unitTasks[r.Unit] {
				k := key{r.Unit, model.TaskKey(tid)}
				if reported[k.task] {
					continue
				}
				if prev, ok := latest[k]; ok && prev.e.Status == model.Done {
					continue
				}
				open = append(open, tid)
			}
			if len(open) > 0 {
				c.add(r.File, r.At.Of("entries"), diag.NotReported, i18n.T(
					"本期报送漏了它负责的任务："+i18n.List(open).Zh, "the report leaves out tasks the unit owns: "+i18n.List(open).En))
			}
		}
		for _, u := range updates {
			latest[u.k] = u.l
		}
		i = j
	}
}
