package notice

import "strings"

// A city's joint plan as its portal serves it: the title, then the joint
// issuers one a line (郑州市市场监督管理局 / 中共郑州市委金融委员会办公室 /
// … eighteen of them), then the title again and the number. The bodies
// between the two title lines are the issuers, in their order. A portal's
// index bullets (• 郑市监〔2025〕6 号) mark their values with a bullet,
// no part of the number.

// bulletLeadRe is a list bullet opening a line.
var bulletLeadRe = lazyRe(`^[•·∙▪●]\s*`)

// issuersBetweenTitles reads the bodies one a line between the title and
// its repetition (or the number under them) as the joint issuers, where
// no issuer was read.
func (n *Notice) issuersBetweenTitles(lines []Line) {
	if n.Issuer != "" || n.Title == "" {
		return
	}
	title := spaceless(n.Title)
	for i, l := range lines {
		if spaceless(trimLine(l.Text)) != title {
			continue
		}
		var bodies []string
		for k := i + 1; k < len(lines); k++ {
			t := trimLine(lines[k].Text)
			if t == "" {
				continue
			}
			if spaceless(t) == title || isNumberLine(t) {
				if len(bodies) >= 2 {
					n.Issuer = strings.Join(bodies, "、")
				}
				return
			}
			if !isSignature(t) || len(orgList(t)) != 1 {
				break
			}
			bodies = append(bodies, t)
		}
	}
}
