package notice

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// today is the clock of the tests: the year of a notice that names none.
var today = time.Date(2030, 6, 1, 0, 0, 0, 0, time.UTC)

func date(t *testing.T, m Milestone) string { return m.Due.Format("2006-01-02") }

func TestOwnerForms(t *testing.T) {
	cases := []struct {
		resp         string
		owners, lead string
	}{
		{"市县党委组织部，市属党（工）委负责", "市县党委组织部|市属党（工）委", ""},
		{"市县党委组织部、宣传部、党校，市属党（工）委负责", "市县党委组织部|市县党委宣传部|市县党委党校|市属党（工）委", ""},
		{"各县（市、区）党委组织部、党校负责", "各县（市、区）党委组织部|各县（市、区）党委党校", ""},
		{"市县党委组织部，市“两新”组织党工委、市委教育工委", "市县党委组织部|市“两新”组织党工委|市委教育工委", ""},
		{"牵头单位：市委组织部，配合单位：市委宣传部、市财政局", "市委组织部|市委宣传部|市财政局", "市委组织部"},
		{"牵头单位：市委组织部；配合单位：各区、县级市党委组织部", "市委组织部|各区、县级市党委组织部", "市委组织部"},
		{"市委组织部会同市委宣传部负责", "市委组织部|市委宣传部", ""},
		{"市委组织部牵头会同市委宣传部负责", "市委组织部|市委宣传部", "市委组织部"},
		{"市委组织部牵头，市直各单位配合", "市委组织部|市直各单位", "市委组织部"},
		{"责任单位：市教育局；协同责任单位：市人社局、市财政局", "市教育局|市人社局|市财政局", ""},
		{"由市委政法委负责", "市委政法委", ""},
		{"市住房和城乡建设局、市人力资源和社会保障局负责", "市住房和城乡建设局|市人力资源和社会保障局", ""},
		{"市委组织部和市委宣传部负责", "市委组织部|市委宣传部", ""},
		{"县委组织部、县委宣传部按职责分工负责", "县委组织部|县委宣传部", ""},
		// A place alone is not distributed: a name keeps its wording.
		{"县财政局、住建局负责", "县财政局|住建局", ""},
		{"市场监管总局、海关总署负责", "市场监管总局|海关总署", ""},
		{"人民银行上海总部、市金融局负责", "人民银行上海总部|市金融局", ""},
		// Levels before a shared body are one collective name.
		{"省林业局、各市、州、县人民政府负责", "省林业局|各市、州、县人民政府", ""},
		{"国家发展改革委、各省、自治区、直辖市人民政府负责", "国家发展改革委|各省、自治区、直辖市人民政府", ""},
		{"各街道、区市场局负责", "各街道|区市场局", ""},
		{"立山经济开发区、各街道负责", "立山经济开发区|各街道", ""},
		// Open tails are no units.
		{"人力资源社会保障部、财政部等按职责分工负责", "人力资源社会保障部|财政部", ""},
		{"市场监管总局、海关总署等和各省级人民政府负责", "市场监管总局|海关总署|各省级人民政府", ""},
		{"区发改局、各相关单位", "区发改局", ""},
		// Leads written inline.
		{"市场监管总局牵头，公安部、税务总局配合", "市场监管总局|公安部|税务总局", "市场监管总局"},
		{"由市委政法委牵头负责", "市委政法委", "市委政法委"},
		{"国务院办公厅会同有关部门负责", "国务院办公厅", ""},
		{"牵头单位：市工业和信息化局；配合单位：市自然资源和规划局及各区人民政府", "市工业和信息化局|市自然资源和规划局|各区人民政府", "市工业和信息化局"},
	}
	for _, c := range cases {
		owners, lead := splitOwners(c.resp)
		if strings.Join(owners, "|") != c.owners || strings.Join(lead, "|") != c.lead {
			t.Errorf("%s\n  owners %q lead %q\n  want   %q lead %q", c.resp, strings.Join(owners, "|"), strings.Join(lead, "|"), c.owners, c.lead)
		}
	}
}

func TestDates(t *testing.T) {
	cases := []struct{ text, due, what string }{
		{"在9月底前全面完成清理工作。", "2019-09-30", "全面完成清理工作"},
		{"年底前实现全覆盖。", "2019-12-31", "实现全覆盖"},
		{"6月30日前完成摸底。", "2019-06-30", "完成摸底"},
		{"2020年12月底前建成。", "2020-12-31", "建成"},
		{"第三季度开展督查。", "2019-09-30", "开展督查"},
		{"上半年召开推进会。", "2019-06-30", "召开推进会"},
		{"全面完成整改工作于11月底前。", "2019-11-30", "全面完成整改工作"},
		{"3月前完成部署。", "2019-02-28", "完成部署"},
		{"2020 年 6 月 30 日前完成验收。", "2020-06-30", "完成验收"},
		{"9 月底前完成招标。", "2019-09-30", "完成招标"},
	}
	for _, c := range cases {
		ms := milestones(c.text, sameYear(2019))
		if len(ms) != 1 || date(t, ms[0]) != c.due || ms[0].Text != c.what {
			t.Errorf("%s → %+v, want %s %s", c.text, ms, c.due, c.what)
		}
	}
}

// A year named relative to the notice's counts from the year it was
// issued (here 2022, for a plan of 2023), and the date says so; a date
// naming no year takes the plan's.
func TestRelativeYears(t *testing.T) {
	y := years{plan: 2023, issued: 2022}
	for text, want := range map[string]string{
		"明年年底前建成":     "2023-12-31 relative",
		"明年底建成":       "2023-12-31 relative",
		"今年9月底前开工":    "2022-09-30 relative",
		"次年3月底前完成":    "2023-03-31 relative",
		"后年6月30日前完成":  "2024-06-30 relative",
		"明年上半年完成":     "2023-06-30 relative",
		"明年 6月底前完成":   "2023-06-30 relative",
		"明年完成验收":      "2023-12-31 relative",
		"年底前完成":       "2023-12-31",
		"此后年底前完成":     "2023-12-31",
		"去年12月底已开工":   "2021-12-31 relative",
		"2024年6月底前完成": "2024-06-30",
	} {
		ms := milestones(text, y)
		got := ""
		if len(ms) == 1 {
			got = date(t, ms[0])
			if ms[0].relative {
				got += " relative"
			}
		}
		if got != want {
			t.Errorf("%s → %q (%+v), want %q", text, got, ms, want)
		}
	}
	if ms := milestones("明年年底前建成", years{}); len(ms) != 1 || ms[0].Due.Year() > 1 {
		t.Errorf("with no year to count from, %+v", ms)
	}
	for limit, want := range map[string]string{"明年6月": "2023-06-30", "明年": "2023-12-31", "次年3月底": "2023-03-31", "明年内": "2023-12-31", "6月底": "2023-06-30"} {
		if d, ok := dueDate(limit, y); !ok || d.Format("2006-01-02") != want {
			t.Errorf("time limit %s → %v %v, want %s", limit, d, ok, want)
		}
	}
}

// A notice in another style: （1） tasks under （一） sections, trailing
// （…负责） with nested parentheses, responsibility and due-date lines,
// continuation lines, ASCII punctuation.
const styled = `某某县人民政府办公室
某府办〔2020〕7号
关于印发某某县2020年
民生实事任务分工方案的通知
各镇人民政府，县直各单位：
  现将方案印发给你们，请认真贯彻执行。
某某县人民政府办公室
2020年3月2日
某某县2020年民生实事任务分工方案
为切实办好民生实事，制定本方案。
（一）教育
(1) 新建幼儿园3所。年底前投入使用。（县教育局负责）
（2）改造农村学校厕所。
分两批实施，
第三季度完成第一批。
牵头单位：县教育局
配合单位：县财政局、住建局
完成时限：2020年10月31日
（二）卫生
（3）建设镇卫生院发热门诊（县卫健局会同县发改局负责）
附件：分工表
`

func TestStyledNotice(t *testing.T) {
	n := Parse(styled, today)
	if n.Number != "某府办〔2020〕7号" || n.Year != 2020 || n.Title != "关于印发某某县2020年民生实事任务分工方案的通知" {
		t.Errorf("header: %q %d %q", n.Number, n.Year, n.Title)
	}
	if strings.Join(n.Recipients, "|") != "各镇人民政府|县直各单位" {
		t.Errorf("recipients %q", n.Recipients)
	}
	if n.ListTitle != "某某县2020年民生实事任务分工方案" || n.Preamble != "为切实办好民生实事，制定本方案。\n" {
		t.Errorf("list title %q preamble %q", n.ListTitle, n.Preamble)
	}
	if len(n.Sections) != 2 || n.Sections[1].ID != "二" || n.Sections[1].Title != "卫生" {
		t.Fatalf("sections %+v", n.Sections)
	}
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	t1, t2, t3 := n.Tasks[0], n.Tasks[1], n.Tasks[2]
	if t1.Title != "新建幼儿园3所" || strings.Join(t1.Owners, "|") != "县教育局" || t1.Due.Format("2006-01-02") != "2020-12-31" || len(t1.Milestones) != 0 {
		t.Errorf("task 1: %+v", t1)
	}
	if t2.Title != "改造农村学校厕所" || t2.Body != "分两批实施，第三季度完成第一批。\n" || t2.Due.Format("2006-01-02") != "2020-10-31" ||
		strings.Join(t2.Owners, "|") != "县教育局|县财政局|住建局" || strings.Join(t2.Lead, "|") != "县教育局" {
		t.Errorf("task 2: %+v", t2)
	}
	if len(t2.Milestones) != 1 || date(t, t2.Milestones[0]) != "2020-09-30" || t2.Milestones[0].Text != "完成第一批" {
		t.Errorf("task 2 milestones: %+v", t2.Milestones)
	}
	if t3.Section != "二" || strings.Join(t3.Owners, "|") != "县卫健局|县发改局" || len(t3.Lead) != 0 || t3.Title != "建设镇卫生院发热门诊" {
		t.Errorf("task 3: %+v", t3)
	}
	if len(n.Unplaced) != 0 || len(n.Tail) != 1 || !strings.HasPrefix(n.Tail[0].Text, "附件") {
		t.Errorf("unplaced %+v tail %+v", n.Unplaced, n.Tail)
	}
}

// Where a notice numbers its items only 一、二、…, those are the tasks.
func TestOnlyChineseNumbering(t *testing.T) {
	n := Parse(`2021年工作要点
一、抓好队伍建设。上半年完成培训。（市委组织部负责）
二、加强阵地建设。（市委宣传部、市文广旅体局负责）
`, today)
	if len(n.Tasks) != 2 || n.Tasks[1].Number != 2 || len(n.Sections) != 1 {
		t.Fatalf("tasks %+v sections %+v", n.Tasks, n.Sections)
	}
	if n.Tasks[0].Title != "抓好队伍建设" || n.Tasks[0].Due.Format("2006-01-02") != "2021-06-30" {
		t.Errorf("task 1 %+v", n.Tasks[0])
	}
	if strings.Join(n.Tasks[1].Owners, "|") != "市委宣传部|市文广旅体局" {
		t.Errorf("task 2 owners %q", n.Tasks[1].Owners)
	}
}

func TestGB18030AndDocx(t *testing.T) {
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(styled))
	text, err := Decode("通知.txt", gb)
	if err != nil || Parse(text, today).Number != "某府办〔2020〕7号" {
		t.Fatalf("GB18030: %v", err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	var body strings.Builder
	for _, line := range strings.Split(styled, "\n") {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + xmlEscape(line) + `</w:t></w:r></w:p>`)
	}
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body.String() + `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>内容</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`))
	zw.Close()
	text, err = Decode("通知.docx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	n := Parse(text, today)
	if len(n.Tasks) != 3 || n.Tasks[2].Title != "建设镇卫生院发热门诊" {
		t.Errorf("docx tasks: %+v", n.Tasks)
	}
	if !strings.Contains(text, "序号\t内容\t") {
		t.Errorf("table row: %q", text)
	}
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func TestNotNotices(t *testing.T) {
	for name, data := range map[string][]byte{
		"a.png":  {0x89, 'P', 'N', 'G', 0, 0, 0},
		"a.docx": []byte("PK\x03\x04 broken"),
		"a.txt":  {0x80, 0xff, 0xfe, 0xfd}, // FF FE first would be UTF-16's byte order mark
	} {
		if _, err := Decode(name, data); err == nil {
			t.Errorf("%s decoded", name)
		}
	}
	if n := Parse("Hello, world.\nNothing here.\n", today); len(n.Tasks) != 0 {
		t.Errorf("tasks found in prose: %+v", n.Tasks)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(styled)
	f.Add("一、任务。（甲负责）\n1.乙【丙、丁负责】\n（1）戊（己（庚）负责）")
	f.Add("2019年4月24日\n关于\n：\n9月底前年底前第三季度")
	f.Add("一、甲\n（一）乙，考核，9月底前完成。（牵头单位：丙；配合单位：丁）\n序号 |\n任务 |\n牵头单位 |\n1 |\n戊 |\n己 |\n")
	f.Add("| 序号 | 任务内容 | 责任单位 |\n| 1 | 甲 | 乙（牵头）、丙 |\n1.丁\n责任领导：戊\n完成时限：全年")
	f.Add("甲〔2022〕4号  2022-12-27\n具体任务\n乙，明年底建成\n部门分工\n丙牵头，各地配合\n牵头领导：\n分管领导同志\n完成时限\n次年6月")
	f.Add(jiayuPDF) // a PDF's copy: lines broken inside sentences and brackets
	f.Fuzz(func(t *testing.T, s string) {
		assertValid(t, Parse(s, today))
	})
}

func FuzzDecode(f *testing.F) {
	f.Add("a.txt", []byte(styled))
	f.Add("a.docx", []byte("PK\x03\x04"))
	f.Add("b.docx", docxOf(placesBody))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if doc, err := DecodeDoc(name, data); err == nil {
			text := doc.Text
			if !utf8.ValidString(text) {
				t.Fatalf("decoded text is not valid UTF-8: %q", text)
			}
			// A .docx says where each of its lines is: one place a line.
			if doc.Places != nil && len(doc.Places) != strings.Count(text, "\n") {
				t.Fatalf("%d places for %d lines", len(doc.Places), strings.Count(text, "\n"))
			}
			n := ParseDoc(doc, today)
			assertValid(t, n)
			for _, tk := range n.Tasks {
				if at := n.At(tk.Line); !utf8.ValidString(at.Zh) || !utf8.ValidString(at.En) {
					t.Fatalf("place of task %s is not valid UTF-8: %q", tk.ID, at)
				}
			}
		}
	})
}

// Pathological input stays linear: a task made of thousands of dates.
func TestManyDatesStayFast(t *testing.T) {
	text := "1.任务。" + strings.Repeat("年底前完成，", 50000) + "【甲负责】"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || len(n.Tasks[0].Milestones) > maxDates {
		t.Errorf("tasks %d, milestones %d", len(n.Tasks), len(n.Tasks[0].Milestones))
	}
}

func TestLeadAndPartnerInParentheses(t *testing.T) {
	n := Parse("1.建立联席会议制度。（牵头单位：市委组织部（市委人才办），配合单位：市人社局、财政局）\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	tk := n.Tasks[0]
	if strings.Join(tk.Owners, "|") != "市委组织部（市委人才办）|市人社局|财政局" || strings.Join(tk.Lead, "|") != "市委组织部（市委人才办）" {
		t.Errorf("owners %q lead %q", tk.Owners, tk.Lead)
	}
	if tk.OwnersText != "牵头单位：市委组织部（市委人才办），配合单位：市人社局、财政局" || tk.Title != "建立联席会议制度" {
		t.Errorf("task %+v", tk)
	}
}

// Notices that list tasks in a table (read from a .docx as tab-separated
// cells): the header names the columns, each numbered row is a task.
func TestTaskTable(t *testing.T) {
	text := "2022年重点任务分工表\n" +
		"一、组织建设\n" +
		"序号\t工作任务\t牵头单位\t配合单位\t完成时限\t\n" +
		"1\t建立联席会议制度。每季度召开一次会议\t市委组织部\t市人社局、财政局\t2022年6月30日前\t\n" +
		"2\t开展专项督查\t市委督查室\t\t年底前\t\n" +
		"合计\t\t\t\t\t\n" +
		"二、队伍建设\n" +
		"序号\t工作内容\t责任单位\t完成时间\t\n" +
		"3\t轮训基层书记\t各县（市、区）党委组织部\t第三季度\t\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 || len(n.Sections) != 2 {
		t.Fatalf("%d tasks in %d sections: %+v", len(n.Tasks), len(n.Sections), n.Tasks)
	}
	t1, t2, t3 := n.Tasks[0], n.Tasks[1], n.Tasks[2]
	if t1.Title != "建立联席会议制度" || t1.Body != "每季度召开一次会议\n" || strings.Join(t1.Owners, "|") != "市委组织部|市人社局|财政局" ||
		strings.Join(t1.Lead, "|") != "市委组织部" || t1.Due.Format("2006-01-02") != "2022-06-30" {
		t.Errorf("task 1: %+v", t1)
	}
	if t2.Title != "开展专项督查" || t2.Due.Format("2006-01-02") != "2022-12-31" || strings.Join(t2.Owners, "|") != "市委督查室" {
		t.Errorf("task 2: %+v", t2)
	}
	if t3.Section != "二" || t3.Due.Format("2006-01-02") != "2022-09-30" || strings.Join(t3.Owners, "|") != "各县（市、区）党委组织部" {
		t.Errorf("task 3: %+v", t3)
	}
	if len(n.Unplaced) != 1 || !strings.HasPrefix(n.Unplaced[0].Text, "合计") {
		t.Errorf("unplaced: %+v", n.Unplaced)
	}
}

// A date after a full-width comma ends its clause: the milestone is the
// clause before it, whole characters only.
func TestMilestoneAfterFullWidthComma(t *testing.T) {
	ms := milestones("落实“三会一课”制度，开展述职评议考核，9月底前完成。", sameYear(2023))
	if len(ms) != 1 || ms[0].Text != "开展述职评议考核完成" || !utf8.ValidString(ms[0].Text) {
		t.Errorf("milestones %+v", ms)
	}
}

// A notice that names no year anywhere gets no dates from the clock: its
// dates are left out and listed for review; only the plan's periods take
// the year of today, and the plan says so.
func TestUndatedNoticeLeavesDatesOut(t *testing.T) {
	n := Parse("1.开展督查。9月底前完成。（市委督查室负责）\n", today)
	if len(n.Tasks) != 1 || len(n.Tasks[0].Milestones) != 0 || !n.Tasks[0].Due.IsZero() {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if r := n.Tasks[0].Review; len(r) != 1 || r[0].Field != "due" || r[0].Line != 1 || !strings.Contains(r[0].Text.Zh, "日期“9月底前”没有年份") {
		t.Errorf("review %+v", r)
	}
	if plan := PlanFile(n, ""); !strings.Contains(plan, "# 通知中没有写明年份：start、end 和报送期次按今天的年份（2030 年）填写；请改成任务清单实际的年份\n") ||
		!strings.Contains(plan, "\nstart: 2030-01-01\nend: 2030-12-31\n") {
		t.Errorf("plan %s", PlanFile(n, ""))
	}
}

// A time limit that is no date, kept at the end of the task's text, does
// not hide the dates of the item's own sentence.
func TestOpenLimitKeepsTheItemsDates(t *testing.T) {
	n := Parse("2020年要点\n1.建设养老院，9月底前开工。\n责任单位：县民政局\n完成时限：全年\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if len(k.Milestones) != 1 || date(t, k.Milestones[0]) != "2020-09-30" || !k.Due.IsZero() || !strings.Contains(k.Body, "完成时限：全年") {
		t.Errorf("due %v milestones %+v body %q", k.Due, k.Milestones, k.Body)
	}
}

// What looks wrong is said: a title holding another item's number; a
// task with no owner is listed for review.
func TestWarnings(t *testing.T) {
	n := Parse("一、甲\n1.乙（二）丙。（市委组织部负责）\n2.丁。\n", today)
	var got []string
	for _, w := range n.Warnings {
		got = append(got, fmt.Sprintf("%d %s", w.Line, w.Text.In(0)))
	}
	want := []string{"2 任务 01 的标题中有另一项的编号“（二）”，可能是两项连在了一起，请核对"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if r := n.Tasks[1].Review; len(r) != 1 || r[0].Field != "owners" || r[0].Line != 3 || r[0].Text.In(0) != "没有找到责任单位，请在 owners 中补上" {
		t.Errorf("review %+v", r)
	}
}

// Numbering that starts again in each sub-section gives ids that carry
// the section and sub-section; tasks before any heading do not take the
// id of a section that comes later.
func TestNumberingStartsAgainInSubSections(t *testing.T) {
	n := Parse("一、甲\n（一）乙\n1.丙。（A局负责）\n2.丁。（B局负责）\n（二）戊\n1.己。（C局负责）\n二、庚\n（一）辛\n1.壬。（D局负责）\n", today)
	var ids []string
	for _, k := range n.Tasks {
		ids = append(ids, k.ID+"@"+k.Section)
	}
	if got := strings.Join(ids, " "); got != "1.1.1@一（一） 1.1.2@一（一） 1.2.1@一（二） 2.1.1@二（一）" {
		t.Errorf("ids %s", got)
	}
	n = Parse("序号\t任务\t责任单位\t\n1\t甲\tA局\t\n一、乙\n2.丙。（B局负责）\n", today)
	if len(n.Sections) != 2 || n.Sections[0].ID != "〇" || n.Sections[1].ID != "一" {
		t.Errorf("sections %+v", n.Sections)
	}
}

// Pathological shapes stay linear: long runs of column names, headings
// with no task, sub-sections, one-cell rows.
func TestPathologicalShapesStayLinear(t *testing.T) {
	for name, unit := range map[string]string{
		"column names":  "任务 |\n",
		"bare names":    "任务\n",
		"bare rows":     "序号\n任务\n牵头单位\n1\n甲\n乙\n",
		"dates":         "某某局\n2020年1月1日\n",
		"headings":      "一、甲\n",
		"sub-sections":  "（一）乙\n",
		"one-cell rows": "序号 |\n任务 |\n牵头单位 |\n1 |\n",
		"pipes":         "| 序号 | 任务 | 牵头单位 |\n",
	} {
		// Some 10,000 lines of each shape.
		n := Parse(strings.Repeat(unit, 10000/strings.Count(unit, "\n"))+"1.丙。（丁负责）\n", today)
		if len(n.Tasks) == 0 {
			t.Errorf("%s: no task", name)
		}
		assertValid(t, n)
	}
}

// A time limit is read in the forms tables use; 全年, 长期 and 持续推进 are
// no dates.
func TestTimeLimits(t *testing.T) {
	for limit, want := range map[string]string{
		"2023年6月30日前": "2023-06-30", "2023年6月": "2023-06-30", "6月底": "2022-06-30", "9月": "2022-09-30",
		"2023.6.30": "2023-06-30", "2023-06-30": "2023-06-30", "2023/6/3": "2023-06-03", "2023年": "2023-12-31",
		"年底前": "2022-12-31", "第二季度": "2022-06-30", "2023年底": "2023-12-31",
		"全年": "", "长期坚持": "", "持续推进": "", "常态化开展": "", "2023.13.1": "", "按上级要求": "",
	} {
		d, ok := dueDate(limit, sameYear(2022))
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("%s → %q, want %q", limit, got, want)
		}
	}
}

// The paragraphs of a .docx table cell: a title on its own stays apart
// from the text after it, names in paragraphs of their own are a list.
func TestCellParagraphs(t *testing.T) {
	n := Parse("序号\t工作任务\t牵头单位\t配合单位\t完成时限\t\n"+
		"1\t建设高标准农田"+CellBreak+"年内新建2万亩，9月底前完成招标。\t县农业农村局\t县财政局"+CellBreak+"县自然资源局\t2024年"+CellBreak+"12月\t\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if k.Title != "建设高标准农田" || k.Body != "年内新建2万亩，9月底前完成招标。\n" ||
		strings.Join(k.Owners, "|") != "县农业农村局|县财政局|县自然资源局" || k.Due.Format("2006-01-02") != "2024-12-31" {
		t.Errorf("task %+v", k)
	}
}

// A lead unit merged down several rows of a .docx table (w:vMerge) is
// every one of those tasks' lead; a cell spanning columns (w:gridSpan)
// keeps the columns after it in place.
func TestDocxMergedCells(t *testing.T) {
	cell := func(props, text string) string {
		return `<w:tc><w:tcPr>` + props + `</w:tcPr><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
	}
	row := func(cells ...string) string { return "<w:tr>" + strings.Join(cells, "") + "</w:tr>" }
	data := docxOf(`<w:tbl>` +
		row(cell("", "序号"), cell("", "重点任务"), cell("", "牵头单位"), cell("", "完成时限")) +
		row(cell(`<w:gridSpan w:val="4"/>`, "一、产业发展")) +
		row(cell("", "1"), cell("", "建设高标准农田"), cell(`<w:vMerge w:val="restart"/>`, "县农业农村局"), cell("", "年底前")) +
		row(cell("", "2"), cell("", "培育龙头企业"), cell(`<w:vMerge/>`, ""), cell("", "9月底前")) +
		row(cell("", "3"), cell("", "治理农村污水"), cell("", "县生态环境局"), cell("", "<w:tab/>长期")) +
		`</w:tbl>`)
	text, err := Decode("a.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	n := Parse(text, today)
	var got []string
	for _, k := range n.Tasks {
		got = append(got, k.ID+" "+k.Section+" "+k.Title+" "+strings.Join(k.Lead, "、")+" "+k.Due.Format("01-02"))
	}
	// The notice names no year: no due dates, each listed for review.
	want := "01 一 建设高标准农田 县农业农村局 01-01|02 一 培育龙头企业 县农业农村局 01-01|03 一 治理农村污水 县生态环境局 01-01"
	if strings.Join(got, "|") != want {
		t.Errorf("tasks\n%s\nwant\n%s\n(text %q)", strings.Join(got, "|"), want, text)
	}
}

// Labels in square brackets on lines of their own: 【牵头单位】….
func TestBracketLabels(t *testing.T) {
	n := Parse("1.开展督查。\n【牵头单位】市委督查室\n【配合单位】市纪委监委\n【完成时限】2022年6月\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if strings.Join(k.Owners, "|") != "市委督查室|市纪委监委" || strings.Join(k.Lead, "|") != "市委督查室" || k.Due.Format("2006-01-02") != "2022-06-30" {
		t.Errorf("task %+v", k)
	}
}

// （1） items that name no one, under （一） items that do, are sub-items
// of those: the （一） are the tasks.
func TestParenSubItems(t *testing.T) {
	n := Parse("一、加强政治建设\n（一）深入学习。具体包括：\n（1）开展专题学习；\n（2）开展研讨。\n（牵头单位：县委组织部；配合单位：县委党校）\n"+
		"（二）落实制度。（牵头单位：县委办）\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if k.Title != "深入学习" || k.Body != "具体包括：（1）开展专题学习；（2）开展研讨。\n" || strings.Join(k.Owners, "|") != "县委组织部|县委党校" {
		t.Errorf("task %+v", k)
	}
}

// A tab after a typed number (as Word users type them) is no table.
func TestTabAfterNumber(t *testing.T) {
	n := Parse("一、\t组织建设\n1.\t建立联席会议制度。（市委组织部负责）\n2．\t开展督查。（市委督查室负责）\n", today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "建立联席会议制度" || n.Sections[0].Title != "组织建设" || len(n.Unplaced) != 0 {
		t.Errorf("tasks %+v sections %+v unplaced %+v", n.Tasks, n.Sections, n.Unplaced)
	}
}

// Numbers that Word writes itself (automatic numbering, w:numPr) are read
// as the page shows them: 一、 （一） 1.
func TestDocxAutomaticNumbering(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	numbering := `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + ns + `>` +
		`<w:abstractNum w:abstractNumId="3">` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>` +
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>` +
		`</w:abstractNum><w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num></w:numbering>`
	p := func(num, lvl, text string) string {
		pr := ""
		if num != "" {
			pr = `<w:pPr><w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + num + `"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>`
		}
		return `<w:p>` + pr + `<w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	data := docxOf(p("", "", "2024年工作要点")+
		p("7", "0", "加强组织建设")+p("7", "1", "夯实基础")+
		p("7", "2", "建立台账。（县委组织部负责）")+p("8", "0", "一条注释")+p("7", "2", "开展督查。（县委督查室负责）")+
		p("7", "0", "加强作风建设")+p("7", "1", "改进文风")+p("7", "2", "精简文件。（县委办负责）"),
		[2]string{"word/numbering.xml", numbering})
	text, err := Decode("a.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	want := "2024年工作要点\n一、加强组织建设\n（一）夯实基础\n1.建立台账。（县委组织部负责）\n一条注释\n2.开展督查。（县委督查室负责）\n二、加强作风建设\n（一）改进文风\n1.精简文件。（县委办负责）\n"
	if text != want {
		t.Errorf("text\n%s\nwant\n%s", text, want)
	}
}

// Sections headed 第一部分 or 第二章 are sections as 一、 are.
func TestPartHeadings(t *testing.T) {
	n := Parse("第一部分 组织建设\n1.建立台账。（县委组织部负责）\n第二部分：作风建设\n2.精简文件。（县委办负责）\n", today)
	if len(n.Sections) != 2 || n.Sections[0].ID != "一" || n.Sections[0].Title != "组织建设" || n.Sections[1].Title != "作风建设" || n.Tasks[1].Section != "二" {
		t.Errorf("sections %+v tasks %+v", n.Sections, n.Tasks)
	}
}

// A time limit that names a year only (a table's 建设时间 column) says so,
// and what to write if it means the year's end; due stays empty.
func TestYearOnlyTimeLimit(t *testing.T) {
	n := Parse("2024年民生实事\n1.建设养老院。\n责任单位：县民政局\n完成时限：2025\n", today)
	if len(n.Tasks) != 1 || !n.Tasks[0].Due.IsZero() {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if r := n.Tasks[0].Review; len(r) != 1 || r[0].Field != "due" || !strings.Contains(r[0].Text.Zh, "完成时限“2025”只写了年份，没有月日，未填写 due；如指当年年底前完成，写 due: 2025-12-31") {
		t.Errorf("review %+v", r)
	}
}
