package notice

import "tally/internal/i18n"

// Account is what an import found, for the user to judge at a glance.
type Account struct {
	Sections []SectionCount
	Tasks    int
	Owners   int // tasks with at least one owner
	Lead     int // tasks with a lead unit
	Leaders  int // tasks with a 责任领导
	Dated    int // tasks with a due date or a milestone
}

// SectionCount is a section and how many tasks it holds.
type SectionCount struct {
	ID, Title, Parent string
	Tasks             int
}

// Account counts the notice's sections and tasks, and what the tasks have.
func (n *Notice) Account() Account {
	a := Account{Tasks: len(n.Tasks)}
	at := map[string]int{}
	for i, s := range n.Sections {
		a.Sections = append(a.Sections, SectionCount{ID: s.ID, Title: s.Title, Parent: s.Parent})
		at[s.ID] = i
	}
	for _, t := range n.Tasks {
		if i, ok := at[t.Section]; ok {
			a.Sections[i].Tasks++
		}
		a.Owners += min(1, len(t.Owners))
		a.Lead += min(1, len(t.Lead))
		a.Leaders += min(1, len(t.Leaders))
		if !t.Due.IsZero() || len(t.Milestones) > 0 {
			a.Dated++
		}
	}
	return a
}

// Text says where a value came from, in words a reader can check against
// the notice: 括号（第 12 行）, 表格“牵头单位”列（第 8 行）, 第一位为牵头的规定（第 3 行）.
func (f From) Text() i18n.Text {
	at := func(zh, en string) i18n.Text {
		return i18n.F(zh+"（第 %d 行）", en+" (line %d)", f.Line)
	}
	switch f.Kind {
	case FromBracket:
		return at("条目末尾的括号", "the brackets after the item")
	case FromLabel:
		return at("“"+f.Label+"”", "the label "+f.Label)
	case FromColumn:
		return at("表格“"+f.Label+"”列", "the table's column "+f.Label)
	case FromInline:
		return at("“牵头”“会同”等字样", "the words 牵头/会同")
	case FromFirstRule:
		return at("“排在第一位的为牵头”的规定，取第一个单位", "the rule that the first-listed unit leads")
	case FromCarry:
		if f.Item != "" {
			return i18n.F("沿用第 %s 项的规定（第 %d 行）", "carried from the rule of item %s (line %d)", f.Item, f.Line)
		}
		return at("沿用文中的规定", "carried from the rule stated")
	case FromText:
		return at("任务正文中的日期", "a date in the task's text")
	case FromHeading:
		return at("所在小节的标题", "the heading of its section")
	}
	return i18n.T("无", "none")
}
