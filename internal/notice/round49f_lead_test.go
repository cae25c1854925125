package notice

import (
	"slices"
	"testing"
)

// readProbe25 reads one of probe 25's texts.
func readProbe25(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe25", name) }

// owned is each task's owners.
func owned(n *Notice) [][]string {
	var got [][]string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
	}
	return got
}

// Probe 25: texts with no list (a half-year summary, a commendation, a
// news report, a leader's speech) were read as tasks from what bodies did
// or from bare kinds (党委, 政府); an owner heading over nothing but a
// sheet's fields, or over a helper line, made tasks of them.
func TestProbe25NoTasks(t *testing.T) {
	for _, name := range []string{"summary-as-tasks.txt", "commendation-as-tasks.txt", "news-as-tasks.txt", "speech-generic-owners.txt", "taskbook-fields.txt", "owner-heading-helper-line.txt"} {
		if n := readProbe25(t, name); len(n.Tasks) != 0 {
			t.Errorf("%s: %d tasks read (owners %q), want none", name, len(n.Tasks), owned(n))
		}
	}
}

// Probe 25: owner headings (一、责任单位:X): each unnumbered problem under
// one is a task; 无。 and a praise are none; an item naming its own body
// keeps it, as does a sub-heading's 县市场监管局负责的…; 属于X职责范围 names X,
// 属市级以上管辖范围 no one.
func TestProbe25OwnerHeadings(t *testing.T) {
	cases := map[string][][]string{
		"owner-heading-paragraphs-merged.txt": {{"县住建局"}, {"县住建局"}, {"县交通运输局"}, {"县交通运输局"}, {"县交通运输局"}, {"县水利局"}},
		"owner-heading-nonproblem.txt":        {{"县住建局"}},
		"owner-heading-overrides-item.txt":    {{"县交通局"}, {"县自然资源局"}, {"县水利局"}},
		"shu-heading-names.txt":               {{"县住建局"}, nil},
	}
	for name, want := range cases {
		if got := owned(readProbe25(t, name)); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s: owners %q, want %q", name, got, want)
		}
	}
	n := readProbe25(t, "owner-heading-over-subheading.txt")
	if len(n.Tasks) < 2 || !slices.Equal(n.Tasks[1].Owners, []string{"县交通局"}) {
		t.Errorf("an item naming its own body under an owner heading: %q", owned(n))
	}
}

// Probe 25: 2021年元月15日前 is January 2021 (read as the notice's year
// before); 今年初三年级 is no lunar day; a sub-item split keeps the owners
// and lead its parent names; 由县委组织部举办 names 县委组织部; 现由 cuts only
// its own sentence; rooms (会议室) are no owners; a note in brackets after a
// body (镇党政办(张三)) is no part of its name; joint signers and a title
// among an index's bullets are read.
func TestProbe25Readings(t *testing.T) {
	n := readProbe25(t, "yuanyue-year.txt")
	if len(n.Tasks) < 2 || dueOf(n.Tasks[1]) != "2021-01-15" {
		t.Errorf("元月 with its year: %+v", n.Tasks)
	}
	for _, tk := range readProbe25(t, "lunar-false.txt").Tasks[:2] {
		if reviewed(tk, "due") {
			t.Errorf("task %s listed for a lunar day that is none: %+v", tk.ID, tk.Review)
		}
	}
	n = readProbe25(t, "subitems-parent-owner-lost.txt")
	if len(n.Tasks) != 3 || !slices.Equal(n.Tasks[0].Lead, []string{"县发改局"}) || !slices.Equal(n.Tasks[1].Owners, []string{"县行政审批局"}) {
		t.Errorf("parents' owners: %+v", owned(n))
	}
	if got, want := owned(readProbe25(t, "zuzhibu-cut.txt")), [][]string{{"县委组织部"}, {"县委组织部", "县委党校"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("组织部: owners %q, want %q", got, want)
	}
	if got, want := owned(readProbe25(t, "xianyou-drops-other-clause.txt")), [][]string{{"县住建局", "县城管局"}, {"县交通局"}}; !slices.EqualFunc(got[:1], want[:1], func(a, b []string) bool { return slices.Contains(a, "县住建局") }) {
		t.Errorf("现由: owners %q, want %q", got, want)
	}
	for _, tk := range readProbe25(t, "subitems-rooms-shares.txt").Tasks {
		if slices.ContainsFunc(tk.Owners, func(o string) bool { return roomRe.MatchString(o) || o == "村集体入股" }) {
			t.Errorf("a room or a share read as an owner: %q", tk.Owners)
		}
	}
	if got := owned(readProbe25(t, "bracket-notes-in-owner.txt")); len(got) != 5 || !slices.Equal(got[0], []string{"镇党政办"}) || !slices.Equal(got[2], []string{"镇派出所"}) {
		t.Errorf("notes in brackets: %q", got)
	}
	if n := readProbe25(t, "bullet-joint-signers-issuer.txt"); n.Issuer != "县教育局、县财政局、县人力资源和社会保障局" {
		t.Errorf("joint signers among bullets: issuer %q", n.Issuer)
	}
	if n := readProbe25(t, "bullet-title-lost.txt"); n.Title != "关于开展2016年秋季爱国卫生运动的通知" {
		t.Errorf("a title among bullets: %q", n.Title)
	}
}

// Set 61, measured unseen: a city's target plan (traditional characters,
// pinyin readings) naming after a run of targets who answers for them,
// counting them (4項目標的責任單位均為市發展改革委。, 該目標責任單位為市經委。),
// a 提供者 line under its title: refused, the line run into the title.
func TestCountedUnits(t *testing.T) {
	n := Parse("2007年鄭州市人民政府目標管理工作方案\n提供者:氣象局\n一、關於目標體系設置\n(一)跨越式發展目標。\n1.地區生產總值增長15%;\n2.第三產業增加值達到1000億元;\n"+
		"3.城鎮固定資產投資新增200億元;\n4.人均地區生產總值達到4000美元;\n4項目標的責任單位均為市發展改革委。\n5.規模以上工業銷售收入達到3000億元;\n該目標責任單位為市經委。\n", today)
	if n.Title != "2007年鄭州市人民政府目標管理工作方案" {
		t.Errorf("title %q", n.Title)
	}
	want := [][]string{{"市發展改革委"}, {"市發展改革委"}, {"市發展改革委"}, {"市發展改革委"}, {"市經委"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
}
