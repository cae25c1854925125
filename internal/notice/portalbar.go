package notice

import (
	"strings"
	"unicode/utf8"
)

// portalButtonRe is a button of a portal's top bar: its other scripts and
// languages, its reading aids and its assistant (繁體版, En, 无障碍阅读,
// 长者模式, 智能问答).
var portalButtonRe = lazyRe(`^(?:繁体版?|繁體版?|简体版?|En|EN|English|无障碍\S{0,4}|長者模式|长者模式|关怀版|长辈版|智能问答|智能問答|手机版|网站地图|登录|注册)$`)

// portalBar says a line is a portal's top bar: short cells apart by |
// (智能問答 | 無障礙浏覽 | |, 中央人民政府门户网站 | 繁體版 | En | 无障碍阅读
// 长者模式), one of them at least a button of the bar. No title.
func portalBar(t string) bool {
	if !strings.Contains(t, "|") {
		return false
	}
	cells, buttons, sites := 0, 0, 0
	for _, c := range strings.Split(pipeSeps.Replace(t), "|") {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if utf8.RuneCountInString(c) > 12 || strings.ContainsAny(c, "。，,；;：:") {
			return false
		}
		cells++
		if siteLinkRe.MatchString(c) {
			sites++ // 中国政府网 | 山西省政府网 | 长治市政府网: links to portals
		}
		for _, w := range strings.Fields(c) {
			if portalButtonRe.MatchString(w) {
				buttons++
				break
			}
		}
	}
	return cells >= 2 && (buttons >= 1 || sites == cells)
}

// siteLinkRe is a link to a site by its name: 中国政府网, 山西省政府网,
// 长治市人民政府门户网站.
var siteLinkRe = lazyRe(`^\p{Han}{2,10}(?:网|网站)$`)

// gazetteHeadRe is a government gazette's column name over a notice, and
// its motto of four-character phrases apart by spaces (政府公报 / 传达指令
// 指导工作 公开政务 服务社会): no title.
var gazetteHeadRe = lazyRe(`^(?:政府公报|\p{Han}{4}(?:[ \x{3000}]+\p{Han}{4}){2,})$`)

// kindTitleRe is a title that is only a kind of document (通知, 通 知,
// 实施意见): a wiki's or a page's heading over the text, naming no
// document. No title.
var kindTitleRe = lazyRe(`^(?:通[ \x{3000}]*知|意[ \x{3000}]*见|实施意见|方[ \x{3000}]*案|实施方案|决[ \x{3000}]*定|公[ \x{3000}]*告)$`)

// dropBareKind takes a title that is only a kind of document.
func (n *Notice) dropBareKind() {
	if kindTitleRe.MatchString(strings.TrimSpace(n.Title)) {
		n.Title = ""
	}
}
