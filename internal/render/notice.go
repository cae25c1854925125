package render

import (
	"fmt"
	"strings"

	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/notice"
)

// ImportAccount is the account printed after an import: sections and their
// tasks, what the tasks have, the lines that could not be placed and what
// looks wrong.
func ImportAccount(n *notice.Notice, lang i18n.Lang) string {
	var b strings.Builder
	a := n.Account()
	b.WriteString(lang.Pick(fmt.Sprintf("读取了 %d 项任务，%d 个部分：\n", a.Tasks, len(a.Sections)),
		fmt.Sprintf("read %d tasks in %d sections:\n", a.Tasks, len(a.Sections))))
	parent := ""
	for _, s := range a.Sections {
		indent := "  "
		if s.Parent != "" {
			if s.Parent != parent {
				b.WriteString("  " + s.Parent + "\n")
			}
			indent = "    "
		}
		parent = s.Parent
		b.WriteString(lang.Pick(fmt.Sprintf("%s%s %s：%d 项\n", indent, s.ID, s.Title, s.Tasks),
			fmt.Sprintf("%s%s %s: %d tasks\n", indent, s.ID, s.Title, s.Tasks)))
	}
	b.WriteString(lang.Pick(
		fmt.Sprintf("有责任单位的 %d 项，有牵头单位的 %d 项，有责任领导的 %d 项，有完成时限或时间节点的 %d 项。\n", a.Owners, a.Lead, a.Leaders, a.Dated),
		fmt.Sprintf("%d have owners, %d a lead unit, %d leaders, %d a due date or milestones.\n", a.Owners, a.Lead, a.Leaders, a.Dated)))
	if len(n.Unplaced) > 0 {
		b.WriteString(lang.Pick("以下内容无法归类，未导入（行号：内容）：\n", "these lines could not be placed and were not imported (line: text):\n"))
		for _, l := range n.Unplaced {
			fmt.Fprintf(&b, "  %d: %s\n", l.N, l.Text)
		}
	}
	for _, w := range n.Warnings {
		if w.Line > 0 {
			b.WriteString(lang.Pick(fmt.Sprintf("注意（第 %d 行）：", w.Line), fmt.Sprintf("warning (line %d): ", w.Line)))
		} else {
			b.WriteString(lang.Pick("注意：", "warning: "))
		}
		b.WriteString(w.Text.In(lang) + "\n")
	}
	return Safe(b.String()) // every line quotes the notice
}

// ImportTable is the tasks of a notice for review before they are written.
func ImportTable(n *notice.Notice, lang i18n.Lang) *Table {
	sep := lang.Pick("、", ", ")
	t := &Table{
		Head: []string{lang.Pick("编号", "ID"), lang.Pick("章节", "Section"), lang.Pick("任务", "Task"), lang.Pick("责任单位", "Owners"),
			lang.Pick("牵头", "Lead"), lang.Pick("责任领导", "Leaders"), lang.Pick("完成时限", "Due"), lang.Pick("时间节点", "Milestones")},
		Wrap:  map[int]int{2: 30, 3: 24, 4: 12, 5: 14},
		Right: map[int]bool{7: true},
	}
	for _, k := range n.Tasks {
		due := ""
		if !k.Due.IsZero() {
			due = model.FormatDate(k.Due)
		}
		t.Rows = append(t.Rows, []string{k.ID, k.Section, k.Title, strings.Join(k.Owners, sep), strings.Join(k.Lead, sep),
			strings.Join(k.Leaders, sep), due, fmt.Sprint(len(k.Milestones))})
	}
	return t
}
