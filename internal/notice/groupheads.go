package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A plan can give its work to working groups, one an item: the item is
// the group's name (1、“门前三包”整治组), its tasks follow (主要任务是:①…),
// and a line closes it naming the persons at its head (由城区办主任刘鹏任
// 组长,政协…副主任曹善忠、水务局纪检组长田瑞任副组长). The persons are the
// item's leaders, written with their posts as the notice writes them; the
// group is its owner, kept as written and listed, since the notice names
// it without its members (as …联席会议成员单位 is read). Units named inside
// its tasks for parts of the work (由市场管理中心负责接纳) are not its
// owners.

// groupHeadsRe is the sentence naming a group's heads: 由X任组长,Y、Z任
// 副组长 (the deputies may be left out), the clause ending there: 由区长任
// 组长的…领导小组 names a group's head in passing, no item's.
var groupHeadsRe = lazyRe(`(?:^|[。；;，,：:]|[①-⑳])\s*由?([^。；;，,：:①-⑳由的]{2,40}?(?:、[^。；;，,：:①-⑳由的]{2,30}?)*)(?:同志)?任组长(?:\s*[，,；;]\s*([^。；;①-⑳由的]{2,80}?)(?:同志)?任副组长)?\s*(?:[。；;，,]|$)`)

// groupHeadBracketRe is a bracket naming a group's heads by label, its
// members after them: (组长:郭丽红,成员:…), (组长:张尚俊、副组长:李四、成员:…).
var groupHeadBracketRe = lazyRe(`[（(]\s*组长\s*[：:]\s*([^，,、；;。()（）:：]{2,12})(?:\s*[，,、；;]\s*副组长\s*[：:]\s*([^，,；;。()（）:：]{2,30}))?(?:\s*[，,、；;]\s*成员[^()（）]*)?[）)]`)

// groupNameRe is an item that is a working group's name alone:
// “门前三包”整治组, 市场及市场环境整治组, 宣传报道组.
var groupNameRe = lazyRe(`^[\p{Han}“”"《》]{2,24}(?:组|专班)$`)

// groupHeads reads the heads of the working group an item is given to
// (see above), where the item is the group's name alone: the persons as
// its leaders, where it names none, and the group as its owner, where no
// label, bracket or column names its owners. A head written as a post
// with no name (分管副市长) is listed, as any leader so written is.
func (n *Notice) groupHeads(lines []Line) {
	onLine := map[int]int{} // how many tasks start on each line
	for _, t := range n.Tasks {
		onLine[t.Line]++
	}
	for i := range n.Tasks {
		t := &n.Tasks[i]
		title := strings.TrimRight(trimLine(t.Title), "。：:")
		if len(t.Leaders) > 0 || !groupNameRe.MatchString(title) || utf8.RuneCountInString(title) > 24 {
			continue
		}
		next := n.lastLine + 1
		if i+1 < len(n.Tasks) {
			next = n.Tasks[i+1].Line
		}
		at, clause, heads := 0, "", []string(nil)
		own := lines
		if next <= t.Line || onLine[t.Line] > 1 {
			// Items run together on one line: the task's own text, not
			// the line's, names its heads.
			own = []Line{{t.Line, t.Title + "：" + t.Body}}
			next = t.Line + 1
		}
		for _, l := range own {
			if l.N < t.Line || l.N >= next {
				continue
			}
			// (组长:郭丽红,成员:全体党政领导、各村支部书记): the members
			// named by their posts are no units.
			m := groupHeadBracketRe.FindStringSubmatch(trimLine(l.Text))
			if m == nil {
				m = groupHeadsRe.FindStringSubmatch(trimLine(l.Text))
			}
			if m != nil {
				heads, _ = persons(m[1])
				if m[2] != "" {
					deputies, _ := persons(m[2])
					heads = append(heads, deputies...)
				}
				at, clause = l.N, strings.Trim(m[0], "（()）。；;，, ")
				break
			}
		}
		if len(heads) == 0 {
			continue
		}
		t.Leaders = heads
		t.Sources.Leaders = From{Kind: FromInline, Line: at}
		for _, p := range heads {
			if roleRe.MatchString(strings.TrimSuffix(p, "同志")) {
				t.review("leaders", at, atF(n.At(at), "{at}写的组长或副组长“%s”是职务，没有写明是谁；请写上姓名",
					"the group's head %q at {at} is a post, not a person; write the name", p))
				break
			}
		}
		if k := t.Sources.Owners.Kind; k == FromLabel || k == FromBracket || k == FromColumn {
			continue
		}
		t.Owners, t.Lead, t.OwnersText = []string{title}, nil, clause
		t.Sources.Owners, t.Sources.Lead = From{Kind: FromInline, Line: t.Line}, From{}
		t.Review = slices.DeleteFunc(t.Review, func(r Review) bool { return r.Field == "owners" || r.Field == "lead" })
		t.review("owners", t.Line, atF(n.At(t.Line), "{at}这一项是工作组“%s”的任务，组长、副组长（%s）已读作责任领导；该组已列为责任单位，但没有写明其成员单位；请核对",
			"{at} gives the work to the group %q, whose heads (%s) are read as its leaders; the group is made its owner, its members unnamed: check it", title, strings.Join(heads, "、")))
	}
}
