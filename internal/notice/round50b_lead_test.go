package notice

import (
	"slices"
	"strings"
	"testing"
)

// readProbe28 reads one of probe 28's texts.
func readProbe28(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe28", name) }

// Probe 28: the tables of this round's readers. A short row's cells stand
// in the columns they fit (a number, the work, units), the rest taken from
// the row above and listed; units one a line stay apart; a unit under a
// run-together table's last row is no signer; rows whose units hold 、 or
// whose work opens with a figure go on; page furniture after a table
// refuses nothing; a townships' list is issued by none of them.
func TestProbe28Tables(t *testing.T) {
	for _, c := range []struct {
		name string
		want [][]string
	}{
		{"F01-leadpipe-numbered-row-shift.txt", [][]string{{"市数据局", "市财政局"}, {"市城管局", "市财政局"}, {"市国资委", "市财政局"}}},
		{"F01b-leadpipe-numbered-row-shift-orgword.txt", [][]string{{"市数据局", "市财政局"}, {"市城管局", "市财政局"}, {"市国资委", "市财政局"}}},
		{"F02-leadpipe-short-unit-lines-glued.txt", [][]string{{"县科协", "县残联"}, {"县数据局"}, {"县农业局", "各乡镇"}}},
		{"F02b-barcells-short-unit-lines-glued.txt", [][]string{{"县科协", "县残联"}, {"县数据局"}, {"县农业局", "各乡镇"}}},
		{"F02c-flatbar-short-unit-lines-glued-OLD.txt", [][]string{{"县科协", "县残联"}, {"县数据局"}, {"县农业局", "各乡镇"}}},
		{"F03-joined-signature-eats-last-unit.txt", [][]string{{"县交通运输局"}, {"县住建局", "县财政局"}}},
		{"F09-leadpipe-3col-short-row.txt", [][]string{{"市数据局"}, {"市数据局"}, {"市国资委"}}},
		{"F09b-leadpipe-lead-col-short-row.txt", [][]string{{"市发改委", "市统计局"}, {"市财政局", "市统计局"}, {"市财政局", "市统计局"}}},
		{"F11-barcells-page-furniture-refused.txt", [][]string{{"市数据局"}, {"市城管局"}}},
		{"F12-joined-row-two-units-ends-table.txt", [][]string{{"县交通运输局"}, {"县人社局", "县财政局"}, {"县住建局"}, {"县工信局"}}},
		{"F12b-joined-row-digit-text-ends-table.txt", [][]string{{"县交通运输局"}, {"县住建局"}, {"县住建局"}}},
	} {
		n := readProbe28(t, c.name)
		if got := owned(n); !slices.EqualFunc(got, c.want, slices.Equal) {
			t.Errorf("%s: owners %q, want %q", c.name, got, c.want)
			continue
		}
		for _, tk := range n.Tasks {
			if bareNumberRe.MatchString(tk.Title) {
				t.Errorf("%s: task %s's title is its number %q", c.name, tk.ID, tk.Title)
			}
		}
	}
	// A cell taken from the row above is listed.
	if n := readProbe28(t, "F09-leadpipe-3col-short-row.txt"); len(n.Tasks) == 3 && !reviewed(n.Tasks[1], "owners") {
		t.Errorf("F09: the row above's units taken and not listed")
	}
	if n := readProbe28(t, "F13-yeartitle-collective-issuer.txt"); n.Issuer != "" {
		t.Errorf("F13: issuer %q, a collective", n.Issuer)
	}
}

// Probe 28: headings naming who leads or answers. 负责的工作 leads items
// naming only helpers; over an item naming its own owners the heading's
// unit is listed, not taken; an item naming helpers alone is listed; two
// units lead together; persons named post first, two at once, with 同志,
// or a post alone are the items' leaders.
func TestProbe28Headings(t *testing.T) {
	n := readProbe28(t, "F04-responsible-heading-unit-dropped-OLD.txt")
	for _, tk := range n.Tasks {
		if !slices.Equal(tk.Lead, []string{"市财政局"}) || tk.Owners[0] != "市财政局" || !reviewed(tk, "lead") {
			t.Errorf("F04 task %s: owners %q lead %q", tk.ID, tk.Owners, tk.Lead)
		}
	}
	n = readProbe28(t, "F05-lead-heading-over-resp-label-OLD.txt")
	if len(n.Tasks) != 3 || !reviewed(n.Tasks[1], "lead") || !reviewed(n.Tasks[2], "owners") {
		t.Errorf("F05: an item under the heading naming its own owners, or one naming helpers alone, not listed: %+v", n.Tasks)
	}
	n = readProbe28(t, "F06-heading-leaders-post-first-OLD.txt")
	want := [][]string{{"常务副市长李强"}, {"张伟", "王芳副市长"}, {"县长"}}
	for k, tk := range n.Tasks {
		if k < len(want) && (!slices.Equal(tk.Leaders, want[k]) || !reviewed(tk, "leaders")) {
			t.Errorf("F06 task %s: leaders %q, want %q listed", tk.ID, tk.Leaders, want[k])
		}
	}
	n = readProbe28(t, "F10-two-units-lead-heading.txt")
	if len(n.Tasks) == 0 || !slices.Equal(n.Tasks[0].Lead, []string{"市发改委", "市统计局"}) {
		t.Errorf("F10: %q", owned(n))
	}
}

// Probe 28: a lunar day is of the festival after the notice's date, and a
// span opening with one is no due.
func TestProbe28Lunar(t *testing.T) {
	n := readProbe28(t, "F07b-F08-lunar-yearend-and-span.txt")
	if len(n.Tasks) != 3 || dueOf(n.Tasks[0]) != "2025-01-22" || dueOf(n.Tasks[1]) != "" || dueOf(n.Tasks[2]) != "2025-01-29" {
		t.Errorf("dues %v", n.Tasks)
	}
	if n := readProbe28(t, "F07-lunar-year-before-notice.txt"); len(n.Tasks) != 1 || dueOf(n.Tasks[0]) != "2025-01-22" {
		t.Errorf("F07: %v", n.Tasks)
	}
}

// readProbe29 reads one of probe 29's texts.
func readProbe29(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe29", name) }

// Probe 29: what this round's later rules read wrongly in silence. A
// count of places (两处, 共三处), a specialty (妇科) or an idiom (落到实处)
// is no unit; a lone sub-item is the task only where its item runs no
// (1) on in its line, and then listed; a city's or province's lead line
// under a row (市牵头单位:, 省牵头处室:) names no owner; a short row whose
// work is a few words keeps them as its task, a placing of its cells that
// is a guess listed; a date cell closes no bar table; joint signers under
// a run-together table are no row's units; a name a wrap cut after its
// level is one name.
func TestProbe29(t *testing.T) {
	for name, none := range map[string][]int{"S1-bracket-place-count-owner.txt": {0, 1}, "S1b-bracket-unit-and-place-count.txt": {0, 1},
		"S2-bracket-specialties-owner.txt": {0}, "S2b-bracket-idioms-owner.txt": {0, 1}} {
		n := readProbe29(t, name)
		for _, k := range none {
			if k >= len(n.Tasks) || len(n.Tasks[k].Owners) > 0 {
				t.Errorf("%s: owners %q", name, owned(n))
				break
			}
		}
	}
	n := readProbe29(t, "S3-lone-sub-item-drops-item-inline-1.txt")
	if len(n.Tasks) == 0 || n.Tasks[0].ID != "03" {
		t.Errorf("S3: the item with (1) run on in its line is the task: %+v", n.Tasks)
	}
	n = readProbe29(t, "S3b-lone-sub-item-drops-item-text.txt")
	if len(n.Tasks) == 0 || n.Tasks[0].ID != "08.2" || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("S3b: a picked sub-item is listed: %+v", n.Tasks)
	}
	for _, name := range []string{"S4-district-city-lead-line-owner.txt", "S4b-province-lead-line-variants-owner.txt"} {
		for _, tk := range readProbe29(t, name).Tasks {
			for _, o := range tk.Owners {
				if strings.HasPrefix(o, "省") || o == "市" || o == "省级" {
					t.Errorf("%s: task %s owners %q", name, tk.ID, tk.Owners)
				}
			}
		}
	}
	for _, name := range []string{"S5-leadpipe-short-task-as-lead.txt", "S5c-leadpipe-task-ending-chu-as-lead.txt"} {
		for _, tk := range readProbe29(t, name).Tasks {
			for _, o := range tk.Lead {
				if !endsOrg(o) {
					t.Errorf("%s: task %s %q lead %q", name, tk.ID, tk.Title, tk.Lead)
				}
			}
		}
	}
	if n := readProbe29(t, "S5b-leadpipe-short-task-title-from-above.txt"); len(n.Tasks) < 2 || n.Tasks[1].Title != "推进林长制" {
		t.Errorf("S5b: %+v", n.Tasks)
	}
	if n := readProbe29(t, "S6-barcells-date-cell-notice-date.txt"); len(n.Tasks) != 3 || dueOf(n.Tasks[2]) != "2024-12-31" || !n.Date.IsZero() {
		t.Errorf("S6: date %v, tasks %+v", n.Date, n.Tasks)
	}
	if n := readProbe29(t, "S7-joined-rows-joint-signature-owner.txt"); len(n.Tasks) != 3 || !slices.Equal(n.Tasks[2].Owners, []string{"县住建局"}) {
		t.Errorf("S7: %q", owned(n))
	}
	for _, name := range []string{"S8-leadpipe-wrapped-name-split.txt", "S8b-barcells-wrapped-name-split.txt"} {
		for _, tk := range readProbe29(t, name).Tasks {
			for _, o := range tk.Owners {
				if o == "县" || strings.HasPrefix(o, "县、") || o == "乡村振兴局" {
					t.Errorf("%s: task %s owners %q", name, tk.ID, tk.Owners)
				}
			}
		}
	}
}

// readProbe30 reads one of probe 30's texts.
func readProbe30(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe30", name) }

// Probe 30: label lines inside a unit cell are listed and leave no bare
// level as a unit; a lead heading is split off only a sentence of its
// work; a number line's date counts only after a number alone; a
// collective stays apart from the city's own bodies after it (各县区、市直
// 各部门); a collective and its kind of place stay one name, a
// level cut by a wrap joins the name it opens; a short row's work opening
// with a verb stays the work, however it ends.
func TestProbe30(t *testing.T) {
	for _, name := range []string{"S1-bar-cell-two-label-lines-district.txt", "S1b-bar-cell-two-label-lines-county.txt", "S1c-bar-cell-unit-then-label-line-drops-unit.txt"} {
		n := readProbe30(t, name)
		if len(n.Tasks) == 0 || !reviewed(n.Tasks[0], "owners") || slices.ContainsFunc(n.Tasks[0].Owners, func(o string) bool {
			return o == "区" || o == "县" || strings.HasSuffix(o, "局区") || strings.HasSuffix(o, "局县")
		}) {
			t.Errorf("%s: %q", name, owned(n))
		}
	}
	n := readProbe30(t, "S2-lead-heading-helper-text-swallows-numbered-items.txt")
	if len(n.Tasks) == 0 || n.Tasks[0].Title != "市监察委牵头的工作" || !slices.Contains(n.Tasks[0].Owners, "市监察委") {
		t.Errorf("S2: %+v", owned(n))
	}
	for _, name := range []string{"S5-number-line-prose-prefix-cn-date-bracket.txt", "S5c-letter-sentence-ending-number-cn-date.txt"} {
		if n := readProbe30(t, name); n.Number != "" || !n.Date.IsZero() {
			t.Errorf("%s: number %q date %v", name, n.Number, n.Date)
		}
	}
	n = readProbe30(t, "S6-bar-cell-collective-level-wrap-joins-next-unit.txt")
	// (各区、市财政局 is each district's and county-level city's bureau, as
	// 各县、市统计局 is: one collective; 市直各部门 is the city's own.)
	if want := [][]string{{"市住建局", "各县区", "市直各部门"}, {"市交通局", "各区、市财政局"}}; !slices.EqualFunc(owned(n), want, slices.Equal) {
		t.Errorf("S6: %q", owned(n))
	}
	n = readProbe30(t, "S6b-bar-cell-collective-level-wrap-variants.txt")
	if got := owned(n); len(got) != 3 || !slices.Contains(got[0], "各县区、功能板块") || !slices.Contains(got[2], "县市场监管局") {
		t.Errorf("S6b: %q", got)
	}
	n = readProbe30(t, "S7-leadpipe-short-row-task-ending-org-word-as-lead.txt")
	if len(n.Tasks) < 2 || n.Tasks[1].Title != "建设县便民服务中心" || slices.Contains(n.Tasks[1].Lead, "建设县便民服务中心") {
		t.Errorf("S7: %+v", n.Tasks)
	}
}

// readProbe31 reads one of probe 31's texts.
func readProbe31(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe31", name) }

// Probe 31: 各县、市统计局 and its kin are one collective each; a time cell
// numbering steps in any of its writings is due at its latest, listed;
// contact details and persons in charge among an item's units are no
// units, listed; 自由 holds no 由; a row holding work before a date is no
// time-and-unit row; an item's lead over circled sub-items is theirs.
func TestProbe31(t *testing.T) {
	for _, tk := range readProbe31(t, "f1-county-city-bureau.txt").Tasks {
		for _, o := range tk.Owners {
			if o == "各县" || o == "各乡" || o == "各辖市" || o == "各设区市" || o == "各区" {
				t.Errorf("f1: task %s owners %q", tk.ID, tk.Owners)
			}
		}
	}
	for _, name := range []string{"f2-numbered-time-date-first.txt", "f2b-numbered-time-in-bracket.txt"} {
		for _, tk := range readProbe31(t, name).Tasks {
			if dueOf(tk) != "2026-12-31" || !reviewed(tk, "due") {
				t.Errorf("%s: task %s due %q", name, tk.ID, dueOf(tk))
			}
		}
	}
	for _, name := range []string{"f3-phone-as-owner.txt", "f3b-contact-details-as-owners.txt"} {
		for _, tk := range readProbe31(t, name).Tasks {
			for _, o := range append(slices.Clone(tk.Owners), tk.Leaders...) {
				if strings.ContainsAny(o, "0123456789@") || strings.HasPrefix(o, "负责人") || strings.HasPrefix(o, "责任人") || o == "才引进" {
					t.Errorf("%s: task %s owners %q leaders %q", name, tk.ID, tk.Owners, tk.Leaders)
				}
			}
		}
	}
	for _, tk := range readProbe31(t, "f5-zi-you-mao-yi.txt").Tasks {
		for _, o := range tk.Owners {
			if strings.HasPrefix(o, "贸易") {
				t.Errorf("f5: task %s owners %q", tk.ID, tk.Owners)
			}
		}
	}
	if n := readProbe31(t, "f6-work-row-taken-as-time-row.txt"); len(n.Tasks) > 0 && slices.Contains(n.Tasks[0].Owners, "县大数据中心") {
		t.Errorf("f6: a row of work joined the row above: %q", owned(n))
	}
	for _, tk := range readProbe31(t, "f7-circled-ceremony-parent-lead-due-lost.txt").Tasks {
		if tk.sub > 0 && (!slices.Equal(tk.Lead, []string{"市文化局"}) || dueOf(tk) == "") {
			t.Errorf("f7: task %s lead %q due %q", tk.ID, tk.Lead, dueOf(tk))
		}
	}
}
