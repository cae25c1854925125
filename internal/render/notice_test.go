package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"tally/internal/i18n"
	"tally/internal/notice"
)

// The account says where each task's values came from and lists what to
// check by line, in both languages; a notice's own text cannot steer the
// terminal.
func TestImportAccount(t *testing.T) {
	n := notice.Parse("2020年要点\n1.甲。（县民政局、县财政局负责，排在第一位的为牵头单位，下同）\n2.乙\x1b[2J。（县教育局等有关部门负责，长期坚持）\n", time.Time{})
	zh := ImportAccount(n, true, i18n.Zh)
	for _, want := range []string{
		"  01  责任单位：条目末尾的括号（第 2 行）；牵头单位：“排在第一位的为牵头”的规定，取第一个单位（第 2 行）\n",
		"  02  责任单位：条目末尾的括号（第 3 行）；牵头单位：沿用第 01 项的规定（第 2 行）\n",
		// The list alone names neither its notice nor when to report:
		// two checks of plan.yaml come first.
		"需核对（4 处）：\n  plan.yaml：没有找到通知的标题、文号、发文单位和日期",
		"\n  plan.yaml：通知中没有写何时报送进展",
		"\n  第 3 行，任务 02，责任单位：责任单位写有“等有关部门”",
		"  第 3 行，任务 02，完成时限：完成时限为“长期坚持”",
		"没有完成时限的 2 项（按 plan.yaml 的 end）：01、02\n",
		"plan.yaml 的 start：2020-01-01（清单是 2020 年全年的任务，进度从年初算起）\n",
	} {
		if !strings.Contains(zh, want) {
			t.Errorf("the account lacks %q:\n%s", want, zh)
		}
	}
	en := ImportAccount(n, true, i18n.En)
	if !strings.Contains(en, "to check (4):\n  plan.yaml: ") || !strings.Contains(en, "\n  line 3, task 02, owners: ") || !strings.Contains(en, "read 2 tasks in 1 section:") {
		t.Errorf("English account:\n%s", en)
	}
	if strings.Contains(zh+en, "\x1b") {
		t.Errorf("a control character passed")
	}
	var buf bytes.Buffer
	if err := Import(&buf, n, true, nil, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	var out ImportJSON
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil || len(out.Plan) != 2 || len(out.Tasks) != 2 || out.Tasks[1].Sources["lead"].Kind != "carried" || len(out.Tasks[1].Review) != 2 {
		t.Errorf("JSON %v: %s", err, buf.String())
	}
}

// A notice that names no year: the plan.yaml written takes today's year
// for its periods, and the account says so under 需核对 (in JSON too); an
// import into an existing repository writes no plan and says nothing of it.
func TestImportAccountPlanYear(t *testing.T) {
	n := notice.Parse("要点\n1.开展督查。（县督查室负责）\n", time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC))
	want := "\n  plan.yaml：通知中没有写明年份：start、end 和报送期次按今天的年份（2031 年）填写"
	if zh := ImportAccount(n, true, i18n.Zh); !strings.Contains(zh, want) || !strings.Contains(zh, "需核对（3 处）：\n") {
		t.Errorf("the account lacks %q:\n%s", want, zh)
	}
	if en := ImportAccount(n, true, i18n.En); !strings.Contains(en, "\n  plan.yaml: the notice names no year: start, end and the periods take today's year (2031)") {
		t.Errorf("English account:\n%s", en)
	}
	if zh := ImportAccount(n, false, i18n.Zh); strings.Contains(zh, "plan.yaml：") {
		t.Errorf("no plan is written, yet the account speaks of it:\n%s", zh)
	}
	var buf bytes.Buffer
	if err := Import(&buf, n, true, nil, i18n.En); err != nil {
		t.Fatal(err)
	}
	var out ImportJSON
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil || len(out.Plan) != 3 || !strings.Contains(out.Plan[1].Message, "2031") {
		t.Errorf("JSON %v: %s", err, buf.String())
	}
}

// A check that says the same of a task's owners and its lead is listed
// once, naming both fields, and counted once.
func TestImportAccountSameCheckOnce(t *testing.T) {
	n := notice.Parse("2012年实施意见\n1.制定实施细则。（牵头单位：各项目牵头单位）\n", time.Time{})
	zh := ImportAccount(n, false, i18n.Zh)
	if want := "需核对（1 处）：\n  第 2 行，任务 01，责任单位、牵头单位：“各项目牵头单位”不是具体单位"; !strings.Contains(zh, want) {
		t.Errorf("the account lacks %q:\n%s", want, zh)
	}
	if en := ImportAccount(n, false, i18n.En); !strings.Contains(en, "line 2, task 01, owners and lead: ") {
		t.Errorf("English account:\n%s", en)
	}
}

// A section heading that closes with its own colon ((二)经信委:) is counted
// with one colon, not two; an item naming only who helps says so.
func TestImportAccountHeadingColon(t *testing.T) {
	n := notice.Parse("一、各部门职责\n（一）发改委：\n1.负责重大项目储备。\n（二）经信委：\n1.负责工业经济运行监测。\n2.牵头推广节能降耗新技术（县科技局配合）。\n", time.Time{})
	zh := ImportAccount(n, true, i18n.Zh)
	for _, want := range []string{"一（一） 发改委：1 项\n", "一（二） 经信委：2 项\n", "任务 1.2.2，责任单位：本项只写了配合单位"} {
		if !strings.Contains(zh, want) {
			t.Errorf("the account lacks %q:\n%s", want, zh)
		}
	}
	if strings.Contains(zh, "：：") {
		t.Errorf("a doubled colon:\n%s", zh)
	}
}
