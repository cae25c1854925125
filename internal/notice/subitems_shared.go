package notice

// sharedSubItems says the items of kind k are sub-items of the （一） items
// over them: no more than half of them name who is responsible, none in a
// bracket of its own, and some
// （一） item does, its units on the label lines after its text or after
// its sub-items ((二)加强…保洁工作。 / 1、局机关:… 2、… 3、… / 责任科室:局办公室).
// The （一） items are then the tasks, as with （1） items (taskLevel).
func sharedSubItems(items []item, kinds []kind, k kind) bool {
	withResp, all := carriesResp(items, kinds, k)
	if all == 0 || 2*withResp > all {
		return false
	}
	for i := range items {
		if kinds[i] != k {
			continue
		}
		// 2.完善…。（责任部门：…）, the bracket maybe on a line the page
		// broke it onto: an item with its own bracket is a task of its
		// own, beside the （一） items.
		text := items[i].line.Text
		for j := i + 1; j < len(items) && kinds[j] == kText && j-i <= maxCellLines; j++ {
			text += items[j].line.Text
		}
		if namesResponsibility(text) {
			return false
		}
	}
	subResp, subs := carriesResp(items, kinds, kSub)
	return subResp > 0 && subs > 0
}
