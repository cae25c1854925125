package notice

import (
	"strings"
)

// A command's division of work can head its items with its working groups
// ((五)农村组: / 1.制定农村…预案。 2.督促检查…): each item under such a heading
// is the group's task, the group its owner, kept as written and listed,
// since the notice names it without its members (as groupHeads reads a
// group's item). A middle page's items before its first such heading
// belong to a group named on the page before: they stay tasks, naming no
// owner, and the office is asked whose they are.

// setUpGroupRe is a heading setting a group up or naming the leading
// group (一、成立工作领导小组): its items are the group's make-up, no
// group's share of the work.
var setUpGroupRe = lazyRe(`^(?:成立|设立|组建|建立|健全)|领导小组$`)

// groupSections gives the items under a working group's heading that name
// no one the group as their owner, listed.
func (n *Notice) groupSections() {
	groups := map[string]string{}
	for _, s := range n.Sections {
		title := strings.TrimRight(trimLine(s.Title), "。：: ")
		if groupNameRe.MatchString(title) && !strings.ContainsAny(title, "“”\"《》") && !setUpGroupRe.MatchString(title) {
			groups[s.ID] = title
		}
	}
	// Two or more items naming no one under the heading: one is no
	// group's share of the work.
	under := map[string]int{}
	for _, t := range n.Tasks {
		if groups[t.Section] != "" && len(t.raw.resp) == 0 && len(t.Owners) == 0 {
			under[t.Section]++
		}
	}
	for id := range groups {
		if under[id] < 2 {
			delete(groups, id)
		}
	}
	if len(groups) == 0 {
		return
	}
	for i := range n.Tasks {
		t := &n.Tasks[i]
		g := groups[t.Section]
		if g == "" || len(t.raw.resp) > 0 || len(t.Owners) > 0 {
			continue
		}
		t.raw.resp = []piece{{g + "负责", t.Line, FromHeading, ""}}
		t.review("owners", t.Line, atF(n.At(t.Line), "{at}这一项在工作组“%s”的小标题下，没有写明责任单位，已把该组列为责任单位，但没有写明其成员单位；请核对",
			"the item at {at} is under the heading of the working group %q and names no owners: the group is made its owner, its members unnamed; check it", g))
	}
}
