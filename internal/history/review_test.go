package history

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tally/internal/gitfs"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/testrepo"
)

const returnedReview = `unit: chikan-org
period: 2019Q2
report: 0123456789ab
result: 退回
date: 2019-07-06
by: 李四
deadline: 2019-07-12
reasons:
  - text: 缺少会议纪要
  - task: 16
    text: 请补充整顿村数
  - task: 16
    text: 写明时间
`

const acceptedReview = `unit: chikan-org
period: 2019Q2
report: 0123456789ab
result: 通过
date: 2019-07-08
by: 李四
extensions:
  - task: 16
    to: 2020-03-31
    granted: true
  - task: 19
    granted: false
`

// officeHistory commits, on the bundled data, a return, a resubmission
// with an evidence file, an acceptance with extension decisions, the
// evidence changed, and the review withdrawn. It returns the data root.
func officeHistory(t *testing.T) string {
	gitEnv(t)
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "init", "-q", "-b", "main")
	commit(t, dir, "2019-07-05", "二季度报送")
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("reviews/2019Q2/chikan-org.yaml", returnedReview)
	commit(t, dir, "2019-07-06", "审核 退回")
	write("evidence/2019Q2/chikan-org/会议纪要.pdf", "%PDF-1.4 one")
	edit(t, dir, "reports/2019Q2/chikan-org.yaml", "submitted: 2019-07-04", "submitted: 2019-07-08")
	commit(t, dir, "2019-07-08", "重新报送")
	write("reviews/2019Q2/chikan-org.yaml", acceptedReview)
	commit(t, dir, "2019-07-08", "审核 通过")
	write("evidence/2019Q2/chikan-org/会议纪要.pdf", "%PDF-1.4 two")
	commit(t, dir, "2019-07-09", "换会议纪要")
	git(t, dir, "rm", "-q", "reviews/2019Q2/chikan-org.yaml")
	commit(t, dir, "2019-07-10", "撤销审核")
	return dir
}

func TestLogShowsTheOfficesDecisions(t *testing.T) {
	dir := officeHistory(t)
	blob := func(rev string) string {
		return git(t, dir, "rev-parse", rev+":evidence/2019Q2/chikan-org/会议纪要.pdf")
	}
	at := func(task, field, from, to string) Change {
		return Change{Period: "2019Q2", Unit: "chikan-org", Task: task, Field: field, From: from, To: to}
	}
	ev := func(from, to string) Change {
		c := at("", FieldEvidenceFile, from, to)
		c.File = "会议纪要.pdf"
		return c
	}
	want := map[string][]Change{
		"撤销审核": {at("", FieldReview, "accepted 2019-07-08 李四", ""),
			at("16", FieldDecision, "granted 2020-03-31", ""), at("19", FieldDecision, "refused", "")},
		"换会议纪要": {ev(blob("HEAD~2"), blob("HEAD~1"))},
		// The return's reasons and deadline are not listed as removed: the
		// acceptance says what it replaced.
		"审核 通过": {at("", FieldReview, "returned 2019-07-06 李四", "accepted 2019-07-08 李四"),
			at("16", FieldDecision, "", "granted 2020-03-31"), at("19", FieldDecision, "", "refused")},
		"重新报送": {at("", FieldSubmitted, "2019-07-04", "2019-07-08"), ev("", blob("HEAD~2"))},
		"审核 退回": {at("", FieldReview, "", "returned 2019-07-06 李四"), at("", FieldDeadline, "", "2019-07-12"),
			at("", FieldReason, "", "缺少会议纪要"), at("16", FieldReason, "", "请补充整顿村数\n写明时间")},
	}
	entries, err := Log(dir, LogOptions{Unit: "chikan-org", Period: "2019Q2"})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 6 {
		t.Fatalf("%d commits, want 6: %+v", len(entries), entries)
	}
	for i, e := range entries[:5] {
		if !reflect.DeepEqual(e.Changes, want[e.Message]) {
			t.Errorf("log %q:\n got %+v\nwant %+v", e.Message, e.Changes, want[e.Message])
		}
		// diff of the commit and its parent says the same.
		got, err := Compare(dir, git(t, dir, "rev-parse", "HEAD~"+string(rune('1'+i))), e.Commit)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want[e.Message]) {
			t.Errorf("diff of %q:\n got %+v\nwant %+v", e.Message, got, want[e.Message])
		}
	}
	// By task: the decisions and reasons on it, and the report's sending
	// again (its submitted date, which says when the task was reported),
	// no evidence file.
	entries, err = Log(dir, LogOptions{Task: "19"})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, e := range entries {
		msgs = append(msgs, e.Message)
	}
	if got := strings.Join(msgs, ","); got != "撤销审核,审核 通过,重新报送,二季度报送" {
		t.Errorf("log --task 19 lists %s", got)
	}
	// Another unit's history has none of it.
	entries, err = Log(dir, LogOptions{Unit: "xiashan-org"})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("log --unit xiashan-org: %+v", entries)
	}
}

// The working tree's evidence files are compared with the commit's: a
// file changed, one added (not yet known to git), one removed; the
// system's own files (Thumbs.db, a lock file) are none of them.
func TestWorktreeEvidence(t *testing.T) {
	dir := officeHistory(t)
	head := git(t, dir, "rev-parse", "HEAD")
	old := git(t, dir, "rev-parse", "HEAD:evidence/2019Q2/chikan-org/会议纪要.pdf")
	fsys, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if cs, err := CompareWorktree(dir, head, fsys); err != nil || len(cs) != 0 {
		t.Fatalf("an unchanged working tree: %+v, %v", cs, err)
	}
	photo := []byte("\xff\xd8\xff photo")
	os.WriteFile(filepath.Join(dir, "evidence/2019Q2/chikan-org/现场照片.jpg"), photo, 0o644)
	os.WriteFile(filepath.Join(dir, "evidence/2019Q2/chikan-org/会议纪要.pdf"), []byte("%PDF-1.4 three"), 0o644)
	os.MkdirAll(filepath.Join(dir, "evidence/2019Q2/city-edu"), 0o755)
	os.WriteFile(filepath.Join(dir, "evidence/2019Q2/city-edu/.hidden"), []byte("x"), 0o644)
	// What Explorer and an open document leave behind is no evidence.
	for _, name := range []string{"Thumbs.db", "desktop.ini", "~$会议纪要.docx"} {
		os.WriteFile(filepath.Join(dir, "evidence/2019Q2/chikan-org", name), []byte("x"), 0o644)
	}
	cs, err := CompareWorktree(dir, head, fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := []Change{
		{Period: "2019Q2", Unit: "chikan-org", Field: FieldEvidenceFile, File: "会议纪要.pdf", From: old, To: gitfs.BlobID([]byte("%PDF-1.4 three"), old)},
		{Period: "2019Q2", Unit: "chikan-org", Field: FieldEvidenceFile, File: "现场照片.jpg", To: gitfs.BlobID(photo, old)},
	}
	if !reflect.DeepEqual(cs, want) {
		t.Fatalf("working tree:\n got %+v\nwant %+v", cs, want)
	}
	os.Remove(filepath.Join(dir, "evidence/2019Q2/chikan-org/会议纪要.pdf"))
	os.Remove(filepath.Join(dir, "evidence/2019Q2/chikan-org/现场照片.jpg"))
	cs, err = CompareWorktree(dir, head, fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].File != "会议纪要.pdf" || cs[0].From != old || cs[0].To != "" {
		t.Fatalf("a removed file: %+v", cs)
	}
}

// The JSON of a change names a file only where one is the subject: the
// shape of every other change is as it was.
func TestChangeJSONShape(t *testing.T) {
	for _, c := range []struct {
		change Change
		want   string
	}{
		{Change{Period: "2019Q2", Unit: "a", Name: "甲", Field: FieldReview, To: "returned 2019-07-06 李四"},
			`{"period":"2019Q2","unit":"a","name":"甲","task":"","field":"review","from":"","to":"returned 2019-07-06 李四"}`},
		{Change{Period: "2019Q2", Unit: "a", Task: "16", Field: FieldDecision, To: "granted 2020-03-31"},
			`{"period":"2019Q2","unit":"a","name":"","task":"16","field":"decision","from":"","to":"granted 2020-03-31"}`},
		{Change{Period: "2019Q2", Unit: "a", Field: FieldEvidenceFile, File: "会议纪要.pdf", From: "1a", To: "2b"},
			`{"period":"2019Q2","unit":"a","name":"","task":"","field":"evidence_file","from":"1a","to":"2b","file":"会议纪要.pdf"}`},
	} {
		b, err := json.Marshal(c.change)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != c.want {
			t.Errorf("JSON %s, want %s", b, c.want)
		}
	}
}

// A report changed and accepted again the same day by the same reviewer:
// the review says the same, and what it decided on is the change.
func TestReviewedAgain(t *testing.T) {
	var d load.Decoder
	a := d.Decode("reviews/2019Q2/chikan-org.yaml", []byte(acceptedReview)).Review
	b := d.Decode("reviews/2019Q2/chikan-org.yaml", []byte(strings.Replace(acceptedReview, "0123456789ab", "ba9876543210", 1))).Review
	var got []Change
	diffReview(a, b, func(c Change) {
		if c.From != c.To {
			got = append(got, c)
		}
	})
	want := []Change{{Period: "2019Q2", Unit: "chikan-org", Field: FieldReviewed, From: "0123456789ab", To: "ba9876543210"}}
	if !reflect.DeepEqual(got, want) || !ReviewedReport(got[0]) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	diffReview(a, a, func(c Change) {
		if c.From != c.To {
			t.Errorf("the same review: %+v", c)
		}
	})
}

// The returns a review keeps decide the figures of the days before it:
// one removed by hand is a change diff and log show (probe 17); an
// acceptance keeping the return it replaced says its own change only.
func TestKeptReturnsChange(t *testing.T) {
	var d load.Decoder
	returnedReview := strings.Replace(strings.Replace(acceptedReview, "result: 通过", "result: 退回", 1), "date: 2019-07-08", "date: 2019-07-06\nreasons:\n  - text: 缺少数据", 1)
	kept := acceptedReview + "returns:\n  - date: 2019-07-06\n    by: 李四\n    reasons:\n      - text: 缺少数据\n"
	ret := d.Decode("reviews/2019Q2/chikan-org.yaml", []byte(returnedReview)).Review
	acc := d.Decode("reviews/2019Q2/chikan-org.yaml", []byte(kept)).Review
	bare := d.Decode("reviews/2019Q2/chikan-org.yaml", []byte(acceptedReview)).Review
	fields := func(a, b *model.Review) []string {
		var out []string
		diffReview(a, b, func(c Change) {
			if c.From != c.To {
				out = append(out, c.Field+":"+c.From+">"+c.To)
			}
		})
		return out
	}
	if got := fields(ret, acc); slices.ContainsFunc(got, func(f string) bool { return strings.HasPrefix(f, FieldReturns) }) {
		t.Errorf("an acceptance keeping the return it replaced: %q", got)
	}
	if got := fields(acc, bare); !slices.Contains(got, FieldReturns+":2019-07-06>") {
		t.Errorf("a kept return removed: %q", got)
	}
}
