package notice

import "strings"

// orgOverTitle is the issuer a page writes on the line right over a title
// that opens with 关于 (海东市人民政府办公室 / 关于印发…的通知), where the
// page's own furniture (网站无障碍 适老版, a breadcrumb) stands above them:
// the body's name alone on that line, nil where it holds anything else.
func orgOverTitle(head []Line, titleAt int, title string) []string {
	if titleAt < 1 || titleAt > len(head) || !strings.HasPrefix(strings.TrimSpace(title), "关于") {
		return nil
	}
	t := trimLine(head[titleAt-1].Text)
	if strings.Contains(t, "关于") || strings.ContainsAny(t, "。，；：:>") || isDateLine(t) || isNumberLine(t) {
		return nil
	}
	return orgList(strings.TrimSuffix(t, "文件"))
}

// lostLabelRe is a label of persons a page cut short to its last
// character, 人: for 责任人:, under an item's 责任单位 line.
var lostLabelRe = lazyRe(`^人\s*[：:]\s*(\S.*)$`)

// bareColonRe is a line that keeps only the colon of its label before
// units' names: :市市容局.
var bareColonRe = lazyRe(`^[：:]\s*(\S.{0,80})$`)

// lostLabels reads the labels a page lost on their lines and records
// those lines, whose readings are listed (reviewRestored): 人:X right
// under a line of who is responsible (责任单位:海东市、…) is the 责任人
// label that lost 责任, as the list pairs each item's units with the
// persons answering for them; :X under a paragraph, X naming units, is
// the 责任单位 label a card closes its item with (:市市容局).
func (n *Notice) lostLabels(lines []Line) []Line {
	for i := 1; i < len(lines); i++ {
		t, above := trimLine(lines[i].Text), trimLine(lines[i-1].Text)
		if m := lostLabelRe.FindStringSubmatch(t); m != nil && respLineRe.MatchString(above) {
			lines[i].Text = "责任人:" + m[1]
			n.restored = append(n.restored, lines[i].N)
		} else if m := bareColonRe.FindStringSubmatch(t); m != nil && unitList(m[1]) && strings.HasSuffix(above, "。") {
			lines[i].Text = "责任单位:" + m[1]
			n.restored = append(n.restored, lines[i].N)
		}
	}
	return lines
}

// reviewRestored lists the owners or leaders read from a line whose label
// the page lost (lostLabels): the label was read from what the line holds.
func (n *Notice) reviewRestored() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		for _, at := range n.restored {
			if len(t.Owners) > 0 && t.Sources.Owners.Line == at {
				t.review("owners", at, atF(n.At(at), "{at}的单位前面没有标签（像是丢了“责任单位”），已读作责任单位；请核对",
					"the units at {at} have no label before them (责任单位 seems lost); they were read as the owners: check them"))
			}
			if len(t.Leaders) > 0 && t.Sources.Leaders.Line == at {
				t.review("leaders", at, atF(n.At(at), "{at}的标签只剩“人”（像是丢了“责任”），已读作责任人；请核对",
					"the label at {at} is only 人 (责任 seems lost); it was read as 责任人: check the leaders"))
			}
		}
	}
}

// jointTitleHead are the joint issuers a title names at its head, before
// 关于 (中共株洲市委株洲市人民政府关于…, 中 共 株 洲 市 委 株洲市人民政府 关于…
// as a PDF spreads them): nil where it names fewer than two.
func jointTitleHead(title string) []string {
	i := strings.Index(title, "关于")
	if i <= 0 {
		return nil
	}
	head := trimLine(title[:i])
	if orgs := orgList(head); len(orgs) > 1 {
		return orgs
	}
	if m := partyAndGovRe.FindStringSubmatch(strings.Join(strings.Fields(head), "")); m != nil {
		return []string{m[1], m[2]}
	}
	return nil
}

// mastheadOfJoint says the masthead names the first of the joint issuers a
// title's head names (中共株洲市委文件 over 中共株洲市委株洲市人民政府关于…):
// a joint document printed under its first issuer's masthead, whose
// issuers are all those the title names.
func mastheadOfJoint(masthead, joint []string) bool {
	return len(masthead) == 1 && len(joint) > 1 && masthead[0] == joint[0]
}
