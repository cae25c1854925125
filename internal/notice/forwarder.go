package notice

// A notice forwarding another body's document is titled with both
// (三明市人民政府办公室转发市文化与出版局关于…的通知): the notice is the
// forwarder's, its issuer the body before 转发, not the two run together.

// forwardHeadRe is a title's head naming the body that forwards another's
// document and that other: 三明市人民政府办公室转发市文化与出版局(关于…).
var forwardHeadRe = lazyRe(`^(\p{Han}{4,30}?)(?:转发|批转)\p{Han}{2,30}$`)

// forwarder is the body that forwards, where a title's head names it and
// the body whose document it forwards: the notice is the forwarder's.
func forwarder(head string) string {
	if m := forwardHeadRe.FindStringSubmatch(head); m != nil && endsOrg(m[1]) {
		return m[1]
	}
	return ""
}
