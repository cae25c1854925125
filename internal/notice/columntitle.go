package notice

import "strings"

// A portal's column or category run on before the title with a colon
// (杭州市萧山区高新技术企业奖励政策:关于深入实施创新强区战略…的若干政策意见):
// the words before the colon name the page's column, not the notice; the
// title is what follows from 关于.

// categoryBeforeTitleRe is such a column's name: a few words closing with
// a kind of page (政策, 专栏, 栏目, 公告, 文件…) and a colon, 关于 after it.
var categoryBeforeTitleRe = lazyRe(`^\p{Han}{2,30}?(?:政策|专栏|栏目|专题|公告|公示|文件|信息|动态|法规)\s*[：:]\s*(关于\p{Han}.*)$`)

// columnOffTitle takes a portal's column off the head of the title.
func (n *Notice) columnOffTitle() {
	if m := categoryBeforeTitleRe.FindStringSubmatch(strings.TrimSpace(n.Title)); m != nil {
		n.Title = m[1]
	}
}
