package notice

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
