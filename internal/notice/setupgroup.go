package notice

import (
	"strings"
)

// setUpTitleRe is an item's heading that sets up the group leading the
// work: 一、成立领导小组, 成立工作专班, 组建指挥部.
var setUpTitleRe = lazyRe(`^(?:成立|组建|设立)\p{Han}{0,24}?(?:领导小组|工作小组|工作组|专班|指挥部)$`)

// makeUpRe is a sentence giving a group's make-up: who heads it, who its
// members are, where its office sits.
var makeUpRe = lazyRe(`任(?:组长|副组长|指挥长|总指挥)|为成员|办公室设在`)

// dropSetUpGroup takes out an item that only sets up the group leading
// the work (一、成立领导小组 / 成立…领导小组,由副州长张宇任组长,…为成员。
// 领导小组办公室设在州交通运输局…): it is the plan's 组织领导, no task, as
// the corpus reads such a section. An item naming its owners in a label
// or bracket (成立“智改数转”工作专班,…(责任单位:…)) stays a task. Its
// text is not placed, and so still shown.
func (n *Notice) dropSetUpGroup() {
	n.setAside(func(t Task) bool {
		title := strings.TrimRight(trimLine(t.Title), "。：: ")
		return len(t.raw.resp) == 0 && t.raw.due.text == "" && t.Sources.Owners.Kind == FromNone &&
			setUpTitleRe.MatchString(title) && makeUpRe.MatchString(t.Body)
	})
}
