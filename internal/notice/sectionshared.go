package notice

// sectionsShareLabels says the （一） items are the text of the 一、
// sections over them, the sections the tasks: no （一） item names anyone
// of its own, and the label lines of a section stand after its last
// （一） item alone (五、基础设施建设 / (一)水利。… (五)渔港。… / 主办单位:… /
// 协办单位:…), in every section holding such items, at least one section
// with two of them.
func sectionsShareLabels(items []item, kinds []kind) bool {
	shared := false
	subs, closed := 0, false // in the current section: （一） items, label lines after the last
	done := func() bool {
		if subs > 0 && !closed {
			return false
		}
		shared = shared || subs >= 2 && closed
		return true
	}
	for i, it := range items {
		switch kinds[i] {
		case kTop:
			if !done() {
				return false
			}
			subs, closed = 0, false
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
