package notice

import (
	"slices"
	"strings"
)

// A command or a leading group can give its work to working groups, each
// an item naming the group, its heads, its members and its duties on
// label lines under it:
//
//	（一）综合协调组
//	组长：张明（县应急管理局局长）
//	成员单位：县应急管理局、县水利局、县气象局
//	职责：负责指挥部日常工作，收集汇总雨情水情信息。
//
// The group's members are the item's owners (its 牵头单位 its lead, where
// one is named), its heads the leaders, the duties its text. Before, no
// label the item's lines hold was read as one, and every item was dropped
// for naming no one. The members are listed: a group's members share its
// work, and the office says which of them reports.

// groupLabelRe is a label line under a working group's item: its heads,
// its members, the unit leading it, or its duties.
var groupLabelRe = lazyRe(`^(组长|副组长|常务副组长|召集人|副召集人|成员单位|组成单位|牵头单位|牵头部门|主要职责|工作职责|职责|工作任务|主要任务)\s*[：:]\s*(\S.*)$`)

// groupLabels reads the label lines under each item that names a working
// group (groupNameRe) and no one answering for it on its own line, where
// they name its members: see above. What was read of the label lines
// before (a 牵头单位 line among them) gives way to them read together.
func (n *Notice) groupLabels(lines []Line) {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		title := strings.TrimRight(trimLine(t.Title), "。：:")
		if len(t.Owners) > 0 || !groupNameRe.MatchString(title) || slices.ContainsFunc(t.raw.resp, func(p piece) bool { return p.line == t.Line }) {
			continue
		}
		next := n.lastLine + 1
		if i+1 < len(n.Tasks) {
			next = n.Tasks[i+1].Line
		}
		var heads, members, lead, duty []string
		at, leadAt, headsAt := 0, 0, 0
		ended := false // the duties' lines have ended
		dutyLines := map[int]bool{}
		for _, l := range lines {
			if l.N <= t.Line || l.N >= next {
				continue
			}
			m := groupLabelRe.FindStringSubmatch(trimLine(l.Text))
			if m == nil {
				if t := trimLine(l.Text); !ended && goesOnDuty(duty, t) {
					duty, dutyLines[l.N] = append(duty, t), true // the duties go on
				} else {
					ended = true // no more of them: what follows is not the group's
				}
				continue
			}
			value := strings.TrimRight(m[2], "。；; ")
			switch m[1] {
			case "组长", "副组长", "常务副组长", "召集人", "副召集人":
				heads = append(heads, value)
				if headsAt == 0 {
					headsAt = l.N
				}
			case "成员单位", "组成单位":
				members, at = append(members, value), l.N
			case "牵头单位", "牵头部门":
				lead = append(lead, value)
				if leadAt == 0 {
					leadAt = l.N
				}
			default:
				duty, dutyLines[l.N], ended = append(duty, m[2]), true, false
			}
		}
		if members == nil {
			continue
		}
		t.raw.resp = nil
		if lead != nil {
			t.raw.resp = append(t.raw.resp, piece{"牵头单位：" + strings.Join(lead, "、"), leadAt, FromLabel, "牵头单位"})
		}
		t.raw.resp = append(t.raw.resp, piece{"责任单位：" + strings.Join(members, "、"), at, FromLabel, "成员单位"})
		if heads != nil {
			t.raw.resp = append(t.raw.resp, piece{"责任领导：" + strings.Join(heads, "、"), headsAt, FromLabel, "组长"})
		}
		if duty != nil {
			t.Body = strings.Join(duty, "")
			for n := range dutyLines {
				t.raw.last = max(t.raw.last, n)
			}
			n.Unplaced = slices.DeleteFunc(n.Unplaced, func(l Line) bool { return dutyLines[l.N] })
		}
		t.review("owners", at, atF(n.At(at), "{at}写的是工作组“%s”的成员单位，已读作这一项的责任单位；请核对由其中哪些单位报送",
			"{at} names the members of the working group %q, read as the item's owners: check which of them report", title))
	}
}

// goesOnDuty says line t goes on the duties read so far: they stop inside
// a sentence (no 。 or ； after the last), and t is no item, heading,
// date, label or signature of its own (二、工作要求, 某县人民政府办公室 over
// the date): a copy that lost the duties' last stop does not give the
// group the rest of the notice.
func goesOnDuty(duty []string, t string) bool {
	last := len(duty) - 1
	return last >= 0 && !strings.ContainsAny(lastRune(duty[last]), "。；;") && !startsOwnLine(t) && !isSignature(t) &&
		!shortLabelRe.MatchString(t) && !labelAloneRe.MatchString(t)
}
