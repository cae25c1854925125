package notice

import "strings"

// A repost's page section (新闻中心) on the line over a title that names
// its own issuer at its head (市人民政府办公室关于…的实施意见): the section
// names no place and no level, as no issuing body's name does, and the
// title's head is the issuer.
func (n *Notice) titleHeadOverSection() {
	head, _, ok := strings.Cut(n.Title, "关于")
	head = trimLine(head)
	if !ok || n.Issuer == "" || head == n.Issuer || len([]rune(head)) > 30 || !endsOrg(head) || strings.ContainsAny(head, "，,。；; ") {
		return
	}
	if strings.ContainsAny(n.Issuer, levelRunes+"国党") || strings.Contains(head, n.Issuer) || !endsOrg(n.Issuer) {
		return
	}
	n.Issuer = head
}
