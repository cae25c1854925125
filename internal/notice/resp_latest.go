package notice

import (
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// latestDue reads the due of an item whose running text sets several
// deadlines, each for a piece of its work, the last written not the
// latest (…须于6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达
// 到位。…第3季度对…进行检查): the item is done when its latest piece is, so
// the latest date is the due, the others milestones; a reader could take
// another, so it is listed.
func (n *Notice) latestDue(t *Task, kept []Milestone) {
	at := 0
	for i, m := range kept {
		if m.Due.After(kept[at].Due) {
			at = i
		}
	}
	t.Due, t.Sources.Due = kept[at].Due, From{Kind: FromText, Line: t.raw.last}
	for i, m := range kept {
		if i != at {
			t.Milestones = append(t.Milestones, m)
		}
	}
	t.review("due", t.raw.last, i18n.F("正文中有多个时间节点，最晚的“%s”（%s）作为完成时限，其余作为时间节点；请核对",
		"the text names several dates: the latest, %q (%s), was taken as the due date, the others as milestones; check it", kept[at].phrase, kept[at].Due.Format("2006-01-02")))
}

// loneDue reads the one date of an item's running text as its due
// (…年内新建基站1500个以上…, 确保2022年完工并投入使用): readers of the
// corpus take it so, 14 tasks to 1 (a policy's end date, now no deadline).
// It may be the time of one step only, so it is listed.
func (n *Notice) loneDue(t *Task, m Milestone) {
	t.Due, t.Sources.Due = m.Due, From{Kind: FromText, Line: t.raw.last}
	t.review("due", t.raw.last, i18n.F("正文中只有一个日期“%s”，已作为完成时限（%s）；也可能只是其中一步的时间，请核对",
		"the text names one date, %q, taken as the due date (%s); it may be the time of one step only: check it", m.phrase, m.Due.Format("2006-01-02")))
}

// ongoing says a task's title names work that goes on (持续大力整顿…,
// 常态化开展…, 坚持…): it has no completion date of its own, so a lone date in
// its running text is the time of one piece of it (…在9月底前全面完成村
// （社区）“两委”“三类”干部的清理…), a milestone, not the task's due.
func ongoing(title string) bool {
	t := strings.TrimSpace(title)
	for _, p := range []string{"持续", "常态化", "坚持", "长期", "不断"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// inOneBullet says the phrase opens one of several bullets of the text
// (?2019年建成…等项目;?加快建设…;?开工建设…): the date is that bullet's,
// not the item's, and stays a milestone (listed).
func inOneBullet(text, phrase string) bool {
	i := strings.Index(text, phrase)
	if i < 0 {
		return false
	}
	start := strings.LastIndexAny(text[:i], "。；;\n，,") + 1
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(text[start:]))
	return strings.ContainsRune(bulletMarks, r) && strings.Count(text, string(r)) >= 2
}

// bulletMarks open a bullet, or stand where a copy lost one (?).
const bulletMarks = "?？•●◆▪·★■□○◇"
