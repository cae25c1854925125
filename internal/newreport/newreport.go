// Package newreport writes the report template a unit fills in for a
// period: one entry per task it owns and has not finished, carried over
// from its latest report, every field explained in Chinese.
package newreport

import (
	"fmt"
	"strings"

	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/yamlfmt"
)

// SchemaRef is where a report file finds its schema, from reports/P/.
const SchemaRef = "../../schema/report.schema.json"

// Template is reports/P/U.yaml for unit in period index pi. tasks counts
// the entries; zero means the unit has nothing open.
func Template(x *model.Index, unit *model.Unit, pi int) (text string, tasks int) {
	plan := x.Repo.Plan
	period := plan.Periods[pi]
	last := ledger.Latest(x, unit.ID, pi)
	contact := ""
	for _, r := range x.Repo.Reports {
		if r.Unit == unit.ID && x.PeriodIndex(r.Dir) >= 0 && x.PeriodIndex(r.Dir) < pi && r.Contact != "" {
			contact = r.Contact
		}
	}
	var b strings.Builder
	b.WriteString("# yaml-language-server: $schema=" + SchemaRef + "\n")
	fmt.Fprintf(&b, "# %s %s 报送（报送截止 %s）。\n", unit.Name, period.ID, model.FormatDate(period.Due))
	b.WriteString("# 每项负责且尚未完成的任务一条，已按上次报送预填状态、进度、问题和计划；请更新，并填写本期进展情况。\n")
	b.WriteString("# 状态 status：未启动、推进中、已完成、滞后 四选一；进度 progress：0 到 100 的整数，不带 %。\n")
	b.WriteString("# 填好后运行 tally check 检查。\n")
	b.WriteString("unit: " + unit.ID + "  # 单位编号，不要改\n")
	b.WriteString("period: " + period.ID + "  # 期次，不要改\n")
	b.WriteString("submitted:  # 报送日期，如 " + model.FormatDate(period.Due) + "\n")
	if contact != "" {
		b.WriteString("contact: " + yamlfmt.Scalar(contact) + "  # 联系人及电话\n")
	} else {
		b.WriteString("contact:  # 联系人及电话\n")
	}
	b.WriteString("entries:\n")
	for _, t := range x.Repo.Tasks {
		if x.Task(t.ID) != t || !x.Owns(unit.ID, t.ID) {
			continue
		}
		l, seen := last[model.TaskKey(t.ID)]
		if seen && l.Entry.Status == model.Done {
			continue // done carries forward: not reported again
		}
		if tasks > 0 {
			b.WriteString("\n")
		}
		tasks++
		status, progress, was := model.NotStarted, 0, "此前未报送"
		var problems, next string
		if seen {
			status, progress = l.Entry.Status, l.Entry.EffectiveProgress()
			problems, next = l.Entry.Problems, l.Entry.Next
			was = fmt.Sprintf("%s 报送：%s %d%%", l.Period, status.Label(0), progress)
		}
		fmt.Fprintf(&b, "  # 任务 %s %s（%s）\n", t.ID, t.Title, was)
		b.WriteString("  - task: " + model.TaskKey(t.ID) + "\n") // ids are letters, digits and dots
		b.WriteString("    status: " + status.Label(0) + "  # 未启动、推进中、已完成、滞后\n")
		fmt.Fprintf(&b, "    progress: %d  # 0 到 100\n", progress)
		b.WriteString("    summary:  # 本期进展情况（必填）\n")
		field(&b, "problems", problems, "存在问题（可不填）")
		field(&b, "next", next, "下步计划（可不填）")
		if len(t.Targets) > 0 {
			b.WriteString("    values:  # 量化指标的数值\n")
			for _, g := range t.Targets {
				v := ""
				if seen {
					for _, x := range l.Entry.Values {
						if x.Target == g.ID {
							v = " " + model.FormatNumber(x.Value)
						}
					}
				}
				if v == "" {
					v = " 0"
				}
				fmt.Fprintf(&b, "      %s:%s  # %s（目标 %s%s）\n", yamlfmt.Scalar(g.ID), v, g.Name, model.FormatNumber(g.Target), g.Unit)
			}
		}
	}
	if tasks == 0 {
		return strings.TrimSuffix(b.String(), "entries:\n") + "entries: []  # 本期没有需要报送的任务\n", 0
	}
	return b.String(), tasks
}

// field writes an optional text field carried from the last report, with
// its comment on the line above when the text is a block.
func field(b *strings.Builder, key, value, comment string) {
	value = strings.TrimRight(value, "\n")
	if value == "" {
		b.WriteString("    " + key + ":  # " + comment + "\n")
		return
	}
	if strings.Contains(value, "\n") {
		b.WriteString("    # " + comment + "\n")
		b.WriteString(yamlfmt.Block(key, value+"\n", 4))
		return
	}
	b.WriteString("    " + key + ": " + yamlfmt.Scalar(value) + "  # " + comment + "\n")
}
