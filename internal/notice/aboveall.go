package notice

import (
	"strings"
)

// A line after a list's last item may say who does all the work above it
// (以上工作由团区委负责,区民政局、区教育局配合。): the items above that name
// no one are theirs, each listed.

// aboveAllRe is such a line: the words pointing back at the items above,
// and who leads or does them and who helps.
var aboveAllRe = lazyRe(`(?:^|\n)[\s\x{3000}]*(?:以上|上述)(?:各项)?(?:工作|任务|事项|项目)?[，,]?\s*(由?[^，,。；;：:\n由]{2,40}?(?:牵头|负责)(?:[，,]\s*[^，,。；;：:\n由]{2,60}?(?:配合|协助|参与))?)[。；;]?\s*$`)

// aboveAll gives the items of a section that name no one the
// responsibility a line after its last item states for all of them.
func (w *walker) aboveAll() {
	n := w.n
	for i := range n.Tasks {
		t := &n.Tasks[i]
		m := aboveAllRe.FindStringSubmatchIndex(t.Body)
		if m == nil || len(t.raw.resp) > 0 {
			continue
		}
		resp := t.Body[m[2]:m[3]]
		if names := splitResp(resp); len(names.owners) == 0 {
			continue
		}
		t.Body = strings.TrimRight(t.Body[:m[0]], "\n") + "\n"
		if strings.TrimSpace(t.Body) == "" {
			t.Body = ""
		}
		line := t.raw.last
		for j := 0; j <= i; j++ {
			o := &n.Tasks[j]
			if o.Section != t.Section || len(o.raw.resp) > 0 || respWordRe.MatchString(o.Title+"。"+o.Body) || ownBody(o.Title+"。"+o.Body) {
				continue // (2.开展…活动(区文明办负责): the item names its own.)
			}
			o.raw.resp = []piece{{resp, line, FromInline, ""}}
			o.review("owners", line, atF(n.At(line), "{at}写明“以上工作%s”，已读作本项的责任单位；请核对",
				"the line at {at} says who does all the work above it (%s), read as this item's owners: check them", resp))
		}
	}
}
