package notice

import "strconv"

// pageSubItems finds, in a site's middle page of a notice (no header: the
// page starts inside an item), the sub-items (2) (3)… before the page's
// first item of the task level, each closing with its own responsibility:
//
//	(责任部门:省农委、…)           the end of sub-item (1), on the page before
//	(2)农民健康工程。…
//	(责任部门:省卫生厅、财政厅)
//	…
//	16.深化农村各项改革。…
//
// Their item is on the page before, so they are the tasks (as sub-items
// each naming its owners are). subs marks them; orphans are the lines
// before the first, the end of the sub-item before it: no title, no task.
// A page whose first sub-item is (1), or one with a title, has none.
func pageSubItems(items []item, kinds []kind, taskKind kind, titled bool) (subs []bool, orphans int) {
	if titled || taskKind != kNum {
		return nil, 0
	}
	first := -1
	for i, k := range kinds {
		if k == kParen {
			first = i
			break
		}
		if k != kText && k != kResp || i >= 2 {
			return nil, 0
		}
	}
	if first < 1 {
		return nil, 0
	}
	if m := taskParenRe.FindStringSubmatch(items[first].line.Text); m == nil || atoi(m[1]) < 2 {
		return nil, 0
	}
	subs = make([]bool, len(kinds))
	want := atoi(taskParenRe.FindStringSubmatch(items[first].line.Text)[1])
	for i := first; i < len(kinds) && kinds[i] != kNum && kinds[i] != kTop && kinds[i] != kSub; i++ {
		if kinds[i] != kParen {
			continue
		}
		m := taskParenRe.FindStringSubmatch(items[i].line.Text)
		if m == nil || m[1] != strconv.Itoa(want) || !ownResp(items, kinds, i) {
			return nil, 0
		}
		subs[i] = true
		want++
	}
	return subs, first
}

// ownResp says the sub-item at i names who answers for it: its own line
// does, or a line of responsibility follows before the next item.
func ownResp(items []item, kinds []kind, i int) bool {
	if namesResponsibility(items[i].line.Text) {
		return true
	}
	for j := i + 1; j < len(kinds); j++ {
		switch kinds[j] {
		case kResp:
			return true
		case kText:
			continue
		}
		return false
	}
	return false
}
