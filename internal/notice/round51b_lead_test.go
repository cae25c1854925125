package notice

import (
	"slices"
	"strings"
	"testing"
)

// readProbe32 reads one of probe 32's texts.
func readProbe32(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe32", name) }

// Brackets saying who organises an item's work (由X组织实施) with words
// around the body's name: the body alone is the owner; a party of the
// work that names no body (中标企业, 项目业主单位, 企业) is none, listed.
func TestProbe32OrganisedBy(t *testing.T) {
	n := readProbe32(t, "f1-zuzhi-shishi-bracket-names.txt")
	want := map[string][]string{"01": {"县农业农村局"}, "02": {"县政府"}, "03": {"县住建局"}, "04": {"县档案馆"}, "05": {"县文旅局"},
		"06": nil, "07": nil, "08": nil, "10": {"县消防大队"}}
	for _, tk := range n.Tasks {
		w, ok := want[tk.ID]
		if !ok {
			continue
		}
		if !slices.Equal(tk.Owners, w) {
			t.Errorf("task %s: owners %q, want %q", tk.ID, tk.Owners, w)
		}
		if w == nil && !reviewed(tk, "owners") {
			t.Errorf("task %s: no body named, not listed", tk.ID)
		}
	}
}

// A bar table's cell of one name over two lines stays one name; a person
// under a unit is no part of its name and is listed.
func TestProbe32WrappedNamesInBarCells(t *testing.T) {
	for name, whole := range map[string][]string{
		"f2-bar-cell-wrapped-name-split.txt":    {"市政府办公室", "县人民政府办公室"},
		"f2c-bar-cell-wrapped-name-split-2.txt": {"市发展和改革委员会", "市人力资源和社会保障局", "市公安局交通警察支队", "国家税务总局南通市税务局"},
	} {
		n := readProbe32(t, name)
		var owners []string
		for _, tk := range n.Tasks {
			owners = append(owners, tk.Owners...)
			if slices.Contains(tk.Owners, "张建国") && !reviewed(tk, "owners") {
				t.Errorf("%s: task %s: a person among the owners, not listed", name, tk.ID)
			}
			for _, o := range tk.Owners {
				if strings.Contains(o, "张建国") && o != "张建国" {
					t.Errorf("%s: task %s: a person joined to a unit's name: %q", name, tk.ID, o)
				}
			}
		}
		for _, w := range whole {
			if !slices.Contains(owners, w) {
				t.Errorf("%s: %s not read whole: %q", name, w, owners)
			}
		}
	}
}

// A table numbered in a cell the header does not name, one row leaving
// out a cell: the cells would fall in the wrong columns, and the table is
// not read (its lines listed) rather than read wrong.
func TestProbe32InnerNumbersRowShort(t *testing.T) {
	for _, name := range []string{"f3-inner-number-row-missing-detail.txt", "f3b-inner-number-row-missing-due.txt"} {
		for _, tk := range readProbe32(t, name).Tasks {
			if tk.Title == "综合科" || strings.HasPrefix(tk.Title, "积极参加约稿活动") || slices.ContainsFunc(tk.Owners, func(o string) bool { return strings.Contains(o, "月") }) {
				t.Errorf("%s: task %s read from cells out of place: %q %q", name, tk.ID, tk.Title, tk.Owners)
			}
		}
	}
}

// 会同X and the work it does with the lead: X alone is the owner.
func TestProbe32WorkWithVerb(t *testing.T) {
	want := [][]string{{"县农业农村局", "县财政局"}, {"县医保局", "县卫健局"}, {"县水利局", "县应急局"}}
	if got := owned(readProbe32(t, "f4-huitong-clause-verb-in-name.txt")); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// Places written alone before the body the last carries: each place's
// body, whatever the length of the names or the level (市, 省, 市委), listed;
// a place written with its level (南京市) names the city and keeps its
// wording; 哈尔滨、齐齐哈尔市政府 is no 哈尔滨尔市政府.
func TestProbe32SharedBodies(t *testing.T) {
	n := readProbe32(t, "f5-shared-ending-gaps-old.txt")
	want := map[string][]string{
		"01": {"南京市政府", "镇江市政府"}, "02": {"扬州市政府", "泰州市政府", "镇江市政府", "常州市政府"},
		"03": {"齐齐哈尔市政府", "牡丹江市政府"}, "04": {"青海省人民政府", "甘肃省人民政府"}, "06": {"大连市委", "沈阳市委"},
	}
	for _, tk := range n.Tasks {
		if w, ok := want[tk.ID]; ok && (!slices.Equal(tk.Owners, w) || !reviewed(tk, "owners")) {
			t.Errorf("f5: task %s: owners %q listed %v, want %q listed", tk.ID, tk.Owners, reviewed(tk, "owners"), w)
		}
	}
	for _, tk := range readProbe32(t, "f6-shared-ending-doubled-level-listed.txt").Tasks {
		for _, o := range tk.Owners {
			if strings.Contains(o, "市市") || o == "哈尔滨尔市政府" {
				t.Errorf("f6: task %s: %q", tk.ID, o)
			}
		}
	}
}

// readProbe33 reads one of probe 33's texts.
func readProbe33(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe33", name) }

// Probe 33: what its texts must read (testdata/probe33/README.md).
func TestProbe33(t *testing.T) {
	if got := owned(readProbe33(t, "01_signature_after_label.txt")); len(got) != 2 || slices.Contains(got[1], "县人民政府办公室") {
		t.Errorf("01: the signature as an owner: %q", got)
	}
	want02 := [][]string{{"县发改委", "县自然资源局", "县财政局"}, {"县水利局"}, {"县水利局"}, {"县交通运输局"}, {"县交通运输局"}}
	if got := owned(readProbe33(t, "02_unit_heading_after_label.txt")); !slices.EqualFunc(got, want02, slices.Equal) {
		t.Errorf("02: owners %q, want %q", got, want02)
	}
	want03 := []string{"县委组织部", "市政府研究室", "市委研究室", "市住建局建设工程质量监督站", "市政府创建办", "市委组织部干部监督科"}
	for k, tk := range readProbe33(t, "03_huitong_name_with_verb.txt").Tasks {
		if k < len(want03) && (len(tk.Owners) != 2 || tk.Owners[1] != want03[k]) {
			t.Errorf("03: task %s owners %q, want %q second", tk.ID, tk.Owners, want03[k])
		}
	}
	for _, tk := range readProbe33(t, "04_dash_number_in_content.txt").Tasks {
		if !strings.Contains(tk.Title, "—") {
			t.Errorf("04: task %s: the text's own numbers dropped: %q", tk.ID, tk.Title)
		}
	}
	for _, tk := range readProbe33(t, "05_every_two_years_label.txt").Tasks {
		if tk.ID == "02" && (!tk.Due.IsZero() || !reviewed(tk, "due")) {
			t.Errorf("05: 每两年12月底前 read as due %v", tk.Due)
		}
	}
	want08 := [][]string{{"县城管局", "各乡镇"}, {"各街道"}}
	if got := owned(readProbe33(t, "08_manner_after_collective.txt")); len(got) < 2 || !slices.EqualFunc(got[:2], want08, slices.Equal) {
		t.Errorf("08: owners %q, want %q first", got, want08)
	}
	if n := readProbe33(t, "14_bar_table_refused_on_weekly_due.txt"); len(n.Tasks) != 3 {
		t.Errorf("14: a whole table refused: %q", owned(n))
	}
	for _, tk := range readProbe33(t, "16_huitong_old_silent.txt").Tasks {
		for _, o := range tk.Owners {
			if !endsOrg(o) && !smallBodyRe.MatchString(o) && !sectionOfficeRe.MatchString(o) {
				t.Errorf("16: task %s: %q", tk.ID, o)
			}
		}
	}
}
