package forms

import (
	"bytes"
	"io/fs"
	"strings"
	"time"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// Two or more forms may come back for one unit and period: a resend
// beside the first, or a copy WPS made ("… - 副本.xlsx"). Which one is
// taken is decided by what they hold, never by their names' order
// (walk 9, F1): forms that hold the same are one, of which the first is
// taken; of forms that differ, the one with the latest 报送日期 is taken;
// where the latest date is shared by forms that differ, or a form has no
// date, none is taken and the clerk chooses.

// Duplicates settles the forms of cs (nil entries are files that are no
// forms) that fill in the same report, names[i] being how cs[i]'s file
// is shown: each one not taken is refused saying which one is and why,
// and the one taken says which were not.
func Duplicates(cs []*Collected, names []string) {
	groups := map[string][]int{}
	var order []string
	for i, c := range cs {
		if c == nil || c.Refused != nil || c.File == "" {
			continue
		}
		if _, ok := groups[c.File]; !ok {
			order = append(order, c.File)
		}
		groups[c.File] = append(groups[c.File], i)
	}
	for _, file := range order {
		if g := groups[file]; len(g) > 1 {
			settleDuplicates(cs, names, g)
		}
	}
}

// settleDuplicates settles one group of forms for one report (indexes g
// into cs, in the order given).
func settleDuplicates(cs []*Collected, names []string, g []int) {
	// Forms that hold the same are one: same[i] is the first of g like i.
	same := map[int]int{}
	for _, i := range g {
		same[i] = i
		for _, j := range g {
			if j == i {
				break
			}
			if same[j] == j && holdSame(cs[i], cs[j]) {
				same[i] = j
				break
			}
		}
	}
	dated := func(i int) string {
		if cs[i].Submitted == "" {
			return "报送日期未填写或不是日期"
		}
		return "报送日期 " + cs[i].Submitted
	}
	datedEn := func(i int) string {
		if cs[i].Submitted == "" {
			return "no valid date"
		}
		return "dated " + cs[i].Submitted
	}
	// The distinct forms, and the latest date among them.
	var firsts []int
	var latest time.Time
	undated := false
	for _, i := range g {
		if same[i] != i {
			continue
		}
		firsts = append(firsts, i)
		if d, ok := model.ParseDate(cs[i].Submitted); !ok {
			undated = true
		} else if d.After(latest) {
			latest = d
		}
	}
	taken := -1
	if len(firsts) == 1 {
		taken = firsts[0]
	} else if !undated {
		for _, i := range firsts {
			if d, _ := model.ParseDate(cs[i].Submitted); !d.Equal(latest) {
				continue
			}
			if taken >= 0 { // two forms that differ share the latest date
				taken = -1
				break
			}
			taken = i
		}
	}
	refuse := func(i int, t i18n.Text) {
		c := cs[i]
		c.Refused, c.Duplicate, c.Problems, c.Text, c.Attachments = &t, true, nil, nil, nil
	}
	if taken < 0 {
		for _, i := range g {
			var zh, en []string
			for _, j := range g {
				if j != i {
					zh, en = append(zh, names[j]+"（"+dated(j)+"）"), append(en, names[j]+" ("+datedEn(j)+")")
				}
			}
			why := i18n.F("报送日期都是 %s", "all are dated %s", model.FormatDate(latest))
			if undated {
				why = i18n.T("有的没有填写报送日期", "not every one has a date")
			}
			refuse(i, i18n.F("与 %[1]s 是同一单位同一期次的报送表，内容不同，而%[2]s，无法判断哪一份是最新的：都未收取。本表%[3]s。请向单位核实以哪一份为准，把其余的移出目录后再收取",
				"%[4]s are forms for the same unit and period, they differ, and %[5]s, so which is the latest cannot be told: none is taken. This one is %[6]s. Ask the unit which one stands, move the others out of the folder and collect again",
				strings.Join(zh, "、"), why.Zh, dated(i), strings.Join(en, ", "), why.En, datedEn(i)))
		}
		return
	}
	var notZh, notEn []string
	for _, i := range g {
		switch {
		case i == taken:
			continue
		case same[i] == same[taken]:
			refuse(i, i18n.F("与 %[1]s 内容相同（同一单位同一期次），收取的是那一份；这一份不再收取，可以删去",
				"holds the same as %[1]s (the same unit and period), which is the one taken; this one is not, and may be deleted", names[taken]))
			cs[i].Same = true
			notZh, notEn = append(notZh, names[i]+"（内容相同）"), append(notEn, names[i]+" (the same)")
		default:
			refuse(i, i18n.F("与 %[1]s 是同一单位同一期次的报送表，内容不同：收取报送日期较晚的 %[1]s（%[2]s），本表%[3]s，未收取",
				"%[1]s is a form for the same unit and period, and they differ: the later one, %[1]s (%[4]s), is taken; this one (%[5]s) is not",
				names[taken], dated(taken), dated(i), datedEn(taken), datedEn(i)))
			notZh, notEn = append(notZh, names[i]+"（"+dated(i)+"）"), append(notEn, names[i]+" ("+datedEn(i)+")")
		}
	}
	c := cs[taken]
	c.Problems = append(c.Problems, Problem{Severity: diag.Warning, Message: i18n.F(
		"同一单位同一期次还有 %[1]s，未收取：收取的是本表（%[2]s）",
		"the same unit and period also has %[3]s, not taken: this form (%[4]s) is the one taken",
		strings.Join(notZh, "、"), dated(taken), strings.Join(notEn, ", "), datedEn(taken))})
}

// holdSame reports whether two forms for one report hold the same: the
// same report, citing the same attachments with the same contents.
func holdSame(a, b *Collected) bool {
	if a.Text == nil || b.Text == nil || !bytes.Equal(a.Text, b.Text) || len(a.Attachments) != len(b.Attachments) {
		return false
	}
	for k := range a.Attachments {
		x, y := a.Attachments[k], b.Attachments[k]
		if x.Name != y.Name || x.Size != y.Size {
			return false
		}
		dx, errx := fs.ReadFile(x.From, x.Name)
		dy, erry := fs.ReadFile(y.From, y.Name)
		if errx != nil || erry != nil || !bytes.Equal(dx, dy) {
			return false
		}
	}
	return true
}
