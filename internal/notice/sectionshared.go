package notice

// sectionsShareLabels says the （一） items are the text of the 一、
// sections over them, the sections the tasks: no （一） item names anyone
// of its own, and the label lines of a section stand after its last
// （一） item alone (五、基础设施建设 / (一)水利。… (五)渔港。… / 主办单位:… /
// 协办单位:…), in every section holding such items, at least one section
// with two of them. Where no 一、 section stands over them, the （一） items
// are no section's text: a label after the last is its own ((二)抢险救援组 /
// 牵头单位:…).
func sectionsShareLabels(items []item, kinds []kind) bool {
	shared, top := false, false
	subs, closed := 0, false // in the current section: （一） items, label lines after the last
	done := func() bool {
		if subs > 0 && !closed {
			return false
		}
		shared = shared || top && subs >= 2 && closed
		return true
	}
	for i, it := range items {
		switch kinds[i] {
		case kTop:
			if !done() {
				return false
			}
			subs, closed, top = 0, false, true
		case kSub:
			if closed || namesResponsibility(it.line.Text) {
				return false
			}
			subs++
		case kResp:
			closed = closed || subs > 0
		case kText:
		default:
			return false
		}
	}
	return done() && shared
}
