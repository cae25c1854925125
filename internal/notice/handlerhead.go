package notice

// A bulletin on how suggestions and proposals were handled takes each in
// turn by the body that handles it, the suggestion's title in quotes after
// it:
//
//	1.农业和科技委员会承办的“关于解决沙坡头区柔远镇夹渠村自来水并网的建议”(第1号)
//	办理情况:已办结。…
//
// The body before 承办的 is the item's owner; 承办 names no lead (as a
// 承办部门 column is read). No label says so: the owner is listed for
// review. Before, the item named no one and the notice was refused.

// handlerHeadRe is an item opening X承办的 right before a quoted title.
var handlerHeadRe = lazyRe(`^([^，,。；;：:（()）“”《》\s]{2,40}?)承办的\s*[“"「]`)

// handlerHead gives the units an item opens by naming as handling it.
func handlerHead(text string) (string, bool) {
	m := handlerHeadRe.FindStringSubmatch(text)
	if m == nil || !unitNames(m[1]) {
		return "", false
	}
	return m[1], true
}
