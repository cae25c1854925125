package notice

import (
	"slices"
	"strings"

	"tally/internal/i18n"
)

// A division by department can close a department's duties with a line of
// the units that help it, under no item of its own:
//
//	(九)县公安局主要工作任务:
//	1、依法整治尾气排放年检不合格的机动车辆。
//	2、依法整治运输车辆的扬尘污染。
//	协助单位:交通局、县城管监察大队。
//
// The heading's unit owns each duty (headingLeads); the helpers help with
// each as well, not with the last alone, whose text the line closed.

// helpersLineRe is such a line: its label and its units.
var helpersLineRe = lazyRe(`^(?:工作)?(?:协助|配合|协同|协办)(?:单位|部门)\s*[：:]\s*([^：:]+?)[。；;]?$`)

// sectionHelpers gives the units of a helpers line closing the last item of
// a section whose items took their owners from the section's heading to
// every item of the section, listed, and takes the line out of the last
// item's text.
func (n *Notice) sectionHelpers() {
	for i := 0; i < len(n.Tasks); {
		j := i
		for j < len(n.Tasks) && n.Tasks[j].Section == n.Tasks[i].Section {
			j++
		}
		n.helpersOf(n.Tasks[i:j])
		i = j
	}
}

// helpersOf reads the helpers line of one section's tasks (see above).
func (n *Notice) helpersOf(tasks []Task) {
	last := &tasks[len(tasks)-1]
	lines := strings.Split(strings.TrimSpace(last.Body), "\n")
	m := helpersLineRe.FindStringSubmatch(strings.TrimSpace(lines[len(lines)-1]))
	if m == nil || slices.ContainsFunc(tasks, func(t Task) bool { return t.Sources.Owners.Kind != FromHeading }) {
		return
	}
	r := readNames(m[1])
	if len(r.names) == 0 || len(r.open) > 0 || slices.ContainsFunc(r.names, func(s string) bool { return !endsOrg(s) && !Collective(s) && !smallBodyRe.MatchString(s) }) {
		return
	}
	last.Body = strings.TrimSpace(strings.Join(lines[:len(lines)-1], "\n"))
	for k := range tasks {
		t := &tasks[k]
		addNew(&t.Owners, r.names...)
		t.review("owners", t.Line, i18n.F("“%s”写在这一节各项之后（%s），已读作这一节每一项的责任单位；请核对",
			"%q stands after the items of this section (%s) and was made an owner of each: check it", strings.Join(r.names, "、"), strings.TrimSpace(lines[len(lines)-1])))
	}
}
