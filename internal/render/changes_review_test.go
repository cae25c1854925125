package render

import (
	"reflect"
	"strings"
	"testing"

	"tally/internal/history"
	"tally/internal/i18n"
)

// One unit's evidence files read as one line, and its review's changes as
// another, in the words of tally review.
func TestOfficeLines(t *testing.T) {
	at := func(task, field, from, to, file string) history.Change {
		return history.Change{Period: "2019Q3", Unit: "chikan-org", Name: "赤坎区委组织部", Task: task, Field: field, From: from, To: to, File: file}
	}
	cs := []history.Change{
		at("", history.FieldSubmitted, "2019-10-10", "2019-10-16", ""),
		at("", history.FieldEvidenceFile, "", "1a", "会议纪要.pdf"),
		at("", history.FieldEvidenceFile, "2b", "3c", "名单.xlsx"),
		at("", history.FieldEvidenceFile, "4d", "", "旧照片.jpg"),
		at("", history.FieldEvidenceFile, "", "5e", "现场照片.jpg"),
		at("", history.FieldReview, "returned 2019-10-14 李四", "accepted 2019-10-16 李四", ""),
		at("16", history.FieldDecision, "refused", "granted 2019-12-31", ""),
	}
	want := map[i18n.Lang][]string{
		i18n.Zh: {
			"2019Q3 赤坎区委组织部：报送日期 2019-10-10 → 2019-10-16",
			"2019Q3 赤坎区委组织部：新增佐证材料 会议纪要.pdf、现场照片.jpg；佐证材料 名单.xlsx 内容有改动；删除佐证材料 旧照片.jpg",
			"2019Q3 赤坎区委组织部：审核通过（李四，2019-10-16），此前为退回（李四，2019-10-14）",
			"2019Q3 赤坎区委组织部 任务 16：批准延期至 2019-12-31，此前为不予延期",
		},
		i18n.En: {
			"2019Q3 赤坎区委组织部: submitted 2019-10-10 → 2019-10-16",
			"2019Q3 赤坎区委组织部: evidence added: 会议纪要.pdf, 现场照片.jpg; evidence changed: 名单.xlsx; evidence removed: 旧照片.jpg",
			"2019Q3 赤坎区委组织部: review: accepted (李四, 2019-10-16), was: returned (李四, 2019-10-14)",
			"2019Q3 赤坎区委组织部 task 16: extension granted to 2019-12-31, was: extension refused",
		},
	}
	for lang, w := range want {
		if got := ChangeLines(cs, lang); !reflect.DeepEqual(got, w) {
			t.Errorf("%v:\n got %q\nwant %q", lang, got, w)
		}
	}
	var b strings.Builder
	if err := DiffComment(&b, Revision{Name: "HEAD", Commit: "0123456789abcdef"}, Revision{}, cs, Names{}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"1 份报送、1 份报送的审核和 4 个佐证材料文件有变化。",
		"|  | 佐证材料文件 | 名单.xlsx | 名单.xlsx（内容有改动） |",
		"|  | 佐证材料文件 | 旧照片.jpg | （无） |",
		"|  | 审核 | 退回（李四，2019-10-14） | 通过（李四，2019-10-16） |",
		"| 16 | 延期决定 | 不予延期 | 批准延期至 2019-12-31 |",
	} {
		if !strings.Contains(b.String(), line+"\n") {
			t.Errorf("the comment lacks %q:\n%s", line, b.String())
		}
	}
}
