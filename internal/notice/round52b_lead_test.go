package notice

import (
	"slices"
	"strings"
	"testing"
)

func readProbe34(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe34", name) }

// probeRow is what a task of a probe's text must read: its title's start,
// owners, lead, leaders and due ("" for none), and the fields it must
// list for review.
type probeRow struct {
	title                 string
	owners, lead, leaders []string
	due                   string
	listed                []string
}

func wantProbeRows(t *testing.T, name string, want []probeRow) {
	t.Helper()
	wantRows(t, name, readProbe34(t, name), want)
}

// wantRows fails a test whose notice n (named name in messages) does not
// read as want, task by task.
func wantRows(t *testing.T, name string, n *Notice, want []probeRow) {
	t.Helper()
	if len(n.Tasks) != len(want) {
		t.Fatalf("%s: %d tasks, want %d: %q", name, len(n.Tasks), len(want), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		due := ""
		if !tk.Due.IsZero() {
			due = tk.Due.Format("2006-01-02")
		}
		if !strings.HasPrefix(tk.Title, w.title) || !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Lead, orEmpty(w.lead)) ||
			!slices.Equal(tk.Leaders, orEmpty(w.leaders)) || due != w.due {
			t.Errorf("%s task %s: %q owners %q lead %q leaders %q due %q, want %q %q %q %q %q", name, tk.ID, tk.Title, tk.Owners, tk.Lead, tk.Leaders, due,
				w.title, w.owners, w.lead, w.leaders, w.due)
		}
		for _, f := range w.listed {
			if !reviewed(tk, f) {
				t.Errorf("%s task %s: %s not listed: %+v", name, tk.ID, f, tk.Review)
			}
		}
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Probe 34 of this session's rules. A | row leaving out a middle cell
// (配合单位, 责任领导, 责任处室) was shifted so that a project's name ending
// as a body does (建设县便民服务中心) stood as its lead, in silence; now
// the cells go where they fit in order, and the column none fills takes
// the row above's cell, listed as carried. A section's row (一 | 疫情防控
// 信息公开 |) is a heading, and nothing is carried past it.
func TestProbe34PipeRows(t *testing.T) {
	wantProbeRows(t, "c8-pipe-task-endsorg.txt", []probeRow{
		{"新建县城第二污水处理厂", []string{"县住建局", "县发改局", "县生态环境局"}, []string{"县住建局"}, nil, "2024-12-31", nil},
		{"建设县便民服务中心", []string{"县政务服务中心", "县发改局", "县生态环境局"}, []string{"县政务服务中心"}, nil, "2024-09-30", []string{"owners"}},
		{"新建城东社区综合文化站", []string{"县文旅局", "县发改局", "县生态环境局"}, []string{"县文旅局"}, nil, "2024-10-31", []string{"owners"}},
		{"改扩建县中医院", []string{"县卫健局", "县发改局"}, []string{"县卫健局"}, nil, "2024-11-30", nil},
	})
	wantProbeRows(t, "c2-pipe-leader-merged.txt", []probeRow{
		{"新建城区污水处理厂二期", []string{"县住建局", "县发改局", "县财政局"}, []string{"县住建局"}, []string{"刘建军"}, "2024-12-31", nil},
		{"实施老旧小区改造15个", []string{"县住建局", "县财政局"}, []string{"县住建局"}, []string{"刘建军"}, "2024-10-31", []string{"leaders"}},
		{"建设县城停车场3处", []string{"县城管局", "县公安局"}, []string{"县城管局"}, []string{"刘建军"}, "2024-09-30", []string{"leaders"}},
		{"推进高标准农田建设2万亩", []string{"县农业农村局", "县财政局", "县水利局"}, []string{"县农业农村局"}, []string{"张伟"}, "2024-11-30", nil},
	})
	wantProbeRows(t, "c6-pipe-sections.txt", []probeRow{
		{"围绕散发疫情及时发布权威信息", []string{"应急处", "疾控处"}, nil, nil, "", []string{"due"}},
		{"扎实做好疫苗接种信息公开", []string{"疾控处"}, nil, nil, "2024-06-30", nil},
		{"推进预决算公开", []string{"财务处"}, nil, nil, "2024-08-31", nil},
		{"做好政府采购信息公开", []string{"财务处"}, nil, nil, "2024-02-29", []string{"due"}},
	})
	wantProbeRows(t, "c1-pipe-merged-unit.txt", []probeRow{
		{"做好常态化信息发布", []string{"办公室"}, nil, nil, "", []string{"due"}},
		{"加强政策解读", []string{"办公室"}, nil, nil, "", []string{"owners", "due"}},
		{"推进基层政务公开标准化", []string{"法规处"}, nil, nil, "2024-09-30", nil},
		{"做好政务公开培训", []string{"法规处"}, nil, nil, "2024-11-30", []string{"owners"}},
		{"办好政府网站", []string{"信息中心"}, nil, nil, "", []string{"due"}},
	})
}

// A relative year beside a written one (2024年底主体完工，次年6月底前投入使
// 用; 2024年6月完成一期，明年底前全部完成) is listed again: only 上年度
// naming last year's accounts is no relative year. 8月份前 (read as the
// month's end) is listed as 8月前 is.
func TestProbe34RelativeYearsAndMonths(t *testing.T) {
	for _, name := range []string{"d2-relative-written.txt", "d4-relative-bracket.txt"} {
		n := readProbe34(t, name)
		for _, tk := range n.Tasks {
			if strings.HasPrefix(tk.Title, "开展上年度目标考核") {
				if reviewed(tk, "due") {
					t.Errorf("%s: 上年度 listed: %+v", name, tk.Review)
				}
				continue
			}
			if !hasReview(tk, "due", "相对的年份") {
				t.Errorf("%s task %s %q: relative year not listed: %+v", name, tk.ID, tk.Title, tk.Review)
			}
		}
	}
	n := readProbe34(t, "d3-month-before.txt")
	if k := n.Tasks[0]; k.Due.Format("2006-01-02") != "2024-08-31" || !hasReview(k, "due", "2024-07-31") {
		t.Errorf("8月份前: due %v review %+v", k.Due, k.Review)
	}
}

// Names: 县委宣传部、文旅局 gives no 县委文旅局 (a party committee's prefix
// reaches its own bodies only); a department's field is no place sharing a
// town's government (林业、城关镇人民政府); bodies' short names opening as
// a surname does (林场, 武警) are no persons; three-character names with a
// two-character surname (欧阳明, 司马南) are; 会同 joining two sections
// names both (a 会 in a name run on, 宣传处会办公室, is listed), 会计 and 会展
// are no 会同; the party's fields written bare (县委
// 组织, 县委政法, 县委老干) are listed.
func TestProbe34Names(t *testing.T) {
	n := readProbe34(t, "g2-party-prefix.txt")
	want := [][]string{{"县委宣传部", "文旅局", "融媒体中心"}, {"县委组织部", "人社局", "教育局"}, {"县委政法委", "公安局", "司法局"}, {"县委统战部", "民宗局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("party prefix: %q, want %q", got, want)
	}
	n = readProbe34(t, "a1-town-field.txt")
	if got := n.Tasks[0].Owners; !slices.Equal(got, []string{"县水利局", "林业", "城关镇人民政府"}) || !hasReview(n.Tasks[0], "owners", "林业") {
		t.Errorf("林业、城关镇人民政府: %q %+v", got, n.Tasks[0].Review)
	}
	n = readProbe34(t, "a2-surname-units.txt")
	for _, tk := range n.Tasks[:2] {
		if hasReview(tk, "owners", "人名") {
			t.Errorf("a body's short name listed as a person's: %q %+v", tk.Owners, tk.Review)
		}
	}
	n = readProbe34(t, "a3-person-owners.txt")
	if k := n.Tasks[3]; !slices.Equal(k.Owners, []string{"县委网信办", "欧阳明"}) || !hasReview(k, "owners", "欧阳明") {
		t.Errorf("欧阳明: %q %+v", k.Owners, k.Review)
	}
	if k := n.Tasks[4]; hasReview(k, "owners", "人名") {
		t.Errorf("东方电气 listed as a person: %+v", k.Review)
	}
	n = readProbe34(t, "a5-person3.txt")
	for _, k := range n.Tasks[1:3] {
		if !hasReview(k, "owners", "人名") {
			t.Errorf("%q not listed: %+v", k.Owners, k.Review)
		}
	}
	n = readProbe34(t, "a4-hui.txt")
	for k, listed := range []bool{false, false, true, false, false} {
		if got := hasReview(n.Tasks[k], "owners", "会同"); got != listed {
			t.Errorf("task %d %q: 会同 listed %v, want %v", k+1, n.Tasks[k].Owners, got, listed)
		}
	}
	// 财务处会同审计处 in a unit cell: both sections, as X会同Y in running
	// text reads (round 63; it had been kept as one name, listed).
	if got := n.Tasks[3].Owners; !slices.Equal(got, []string{"财务处", "审计处"}) {
		t.Errorf("财务处会同审计处: %q", got)
	}
	n = readProbe34(t, "g1-party-fields.txt")
	for _, k := range []int{0, 2, 4} {
		if !hasReview(n.Tasks[k], "owners", "只写了部门的领域") {
			t.Errorf("task %d %q: the party's field not listed: %+v", k+1, n.Tasks[k].Owners, n.Tasks[k].Review)
		}
	}
}

// Members' duty runs go on past a collective's line (县直各单位：负责…),
// places' (城关镇、东城街道：负责…) and other units' (其他有关单位：…), and a
// line naming the other members (其他成员单位：县教育局、县卫健局…按照…;
// 其他成员单位（县财政局、县交通运输局等）：…) gives those units.
func TestProbe34MemberRuns(t *testing.T) {
	n := readProbe34(t, "b3-members-collective.txt")
	want := [][]string{{"县委宣传部"}, {"县住建局"}, {"其余成员单位"}, {"各乡镇人民政府"}, {"县直各单位"}, {"城关镇", "东城街道"}, {"县城管局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("b3: %q, want %q", got, want)
	}
	n = readProbe34(t, "b4-members-named.txt")
	want = [][]string{{"县市场监管局"}, {"县农业农村局"}, {"县教育局", "县卫健局", "县公安局"}, {"县商务局"}, {"县财政局", "县交通运输局"}, {"县发改局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("b4: %q, want %q", got, want)
	}
	if !hasReview(n.Tasks[4], "owners", "等") {
		t.Errorf("b4: the open list not listed: %+v", n.Tasks[4].Review)
	}
	n = readProbe34(t, "b7b-other-youguan.txt")
	if len(n.Tasks) != 6 || !slices.Equal(n.Tasks[3].Owners, []string{"县人社局"}) || !slices.Equal(n.Tasks[4].Owners, []string{"县教育局"}) || !reviewed(n.Tasks[2], "owners") ||
		len(n.Tasks[5].Owners) != 0 || !reviewed(n.Tasks[5], "owners") {
		// (其他：完成领导小组交办的其他事项。 names no one: a duty, listed.)
		t.Errorf("b7b: %q", owned(n))
	}
}
