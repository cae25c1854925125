package notice

import "tally/internal/i18n"

// A copy that masks names (a tender site's (略), a sample's ××局, a
// redacted ***, a lost character's □) serves units no office can chase as
// written: 市人力资源社会保障局、市 (略) 牵头. The name is kept as served and
// the task's owners (and its lead, where the masked name leads) listed.

// maskRe is a mask standing in a name for what the copy left out.
var maskRe = lazyRe(`[(（]\s*略\s*[)）]|\*{2,}|[×Ｘ]{2,}|□`)

// reviewMasked lists a task's owners, and lead, where a name holds a mask.
func (t *Task) reviewMasked() {
	for _, o := range t.Owners {
		if m := maskRe.FindString(o); m != "" {
			t.reviewOnce("owners", t.Sources.Owners.Line, i18n.F("“%s”中有“%s”：转载的网页隐去了单位名称的一部分；请核对是哪个单位",
				"%q holds %q: the copy masked part of the unit's name; check which unit it is", o, m))
			break
		}
	}
	for _, o := range t.Lead {
		if m := maskRe.FindString(o); m != "" {
			t.reviewOnce("lead", t.Sources.Lead.Line, i18n.F("牵头单位“%s”中有“%s”：转载的网页隐去了单位名称的一部分；请核对是哪个单位",
				"the lead %q holds %q: the copy masked part of the unit's name; check which unit it is", o, m))
			break
		}
	}
}
