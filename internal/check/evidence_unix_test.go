//go:build unix

package check_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"tally/internal/check"
	"tally/internal/diag"
	"tally/internal/load"
	"tally/internal/testrepo"
)

// Evidence that cannot be text fixtures: a 2 GB file (sparse: it takes no
// disk), a link leading outside the data root, a pipe, a folder and a
// device named like documents. Each is refused from what the file system
// says of it, without reading it: the run ends at once (a pipe read
// would hang it, a 2 GB read would take long), and each is an error at
// its name in the report.
func TestEvidenceFilesRefusedUnread(t *testing.T) {
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Base()); err != nil {
		t.Fatal(err)
	}
	ev := filepath.Join(dir, "evidence", "2019Q2", "a-org")
	if err := os.MkdirAll(filepath.Join(ev, "文件夹.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	big, err := os.Create(filepath.Join(ev, "扫描件.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	big.Write([]byte("%PDF-1.4\n"))
	if err := big.Truncate(2 << 30); err != nil {
		t.Fatal(err)
	}
	big.Close()
	over, err := os.Create(filepath.Join(ev, "大文件.pdf")) // 20.0 MB to one decimal, as the limit is
	if err != nil {
		t.Fatal(err)
	}
	over.Write([]byte("%PDF-1.4\n"))
	if err := over.Truncate(21_000_009); err != nil {
		t.Fatal(err)
	}
	over.Close()
	outside := filepath.Join(t.TempDir(), "secret.pdf")
	os.WriteFile(outside, []byte("%PDF-1.4 not the data root's\n"), 0o644)
	if err := os.Symlink(outside, filepath.Join(ev, "外部.pdf")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(ev, "管道.pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(ev, "纪要.pdf"), []byte("%PDF-1.4\n"), 0o644)
	if err := os.Symlink("纪要.pdf", filepath.Join(ev, "纪要副本.pdf")); err != nil { // inside: followed
		t.Fatal(err)
	}
	names := []string{"扫描件.pdf", "大文件.pdf", "外部.pdf", "管道.pdf", "文件夹.pdf", "纪要.pdf", "纪要副本.pdf"}
	want := map[string]string{"扫描件.pdf": diag.EvidenceTooLarge, "大文件.pdf": diag.EvidenceTooLarge, "外部.pdf": diag.EvidencePath, "管道.pdf": diag.EvidencePath, "文件夹.pdf": diag.EvidencePath}
	if syscall.Mknod(filepath.Join(ev, "设备.pdf"), syscall.S_IFCHR|0o644, 1<<8|3) == nil { // /dev/null's numbers, where allowed (root)
		names = append(names, "设备.pdf")
		want["设备.pdf"] = diag.EvidencePath
	}
	report := "unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-07-01\nentries:\n  - task: 1\n    status: 推进中\n    progress: 40\n" +
		"    summary: 已开展。\n    evidence:\n"
	for _, n := range names {
		report += "      - " + n + "\n"
	}
	report += "  - task: 2\n    status: 未启动\n    summary: 下半年启动。\n"
	os.WriteFile(filepath.Join(dir, "reports", "2019Q2", "a-org.yaml"), []byte(report), 0o644)

	fsys, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan diag.List, 1)
	go func() {
		res := load.Load(fsys)
		done <- check.Run(res, check.Options{Today: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Evidence: fsys})
	}()
	var got diag.List
	select {
	case got = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("check hung on the evidence (a pipe read, or a 2 GB file read whole)")
	}
	for i, n := range names {
		line := 10 + i
		var found []string
		for _, d := range got.Items {
			if d.File == "reports/2019Q2/a-org.yaml" && d.Pos.Line == line {
				found = append(found, d.Rule+" "+d.Message.Zh)
			}
		}
		switch rule := want[n]; {
		case rule == "" && len(found) > 0:
			t.Errorf("%s: %v, want no diagnostic", n, found)
		case rule != "" && (len(found) != 1 || !strings.HasPrefix(found[0], rule)):
			t.Errorf("%s: %v, want one %s", n, found, rule)
		case rule != "" && !strings.Contains(found[0], n):
			t.Errorf("%s: the message does not name the file: %s", n, found[0])
		}
	}
	for _, d := range got.Items {
		if strings.Contains(d.Message.Zh, "not the data root's") || strings.Contains(d.Message.En, "not the data root's") {
			t.Errorf("the content of a file outside the root was shown: %s", d.Message.En)
		}
	}
	// Over the limit never reads as equal to it, and the limit says what it is exactly.
	if want := "佐证材料“大文件.pdf”有 20.03 MB（21,000,009 字节），超过上限 20 MB（20,971,520 字节）"; !strings.Contains(strings.Join(messages(got), "\n"), want) {
		t.Errorf("no message %q: %v", want, messages(got))
	}
	if !strings.Contains(strings.Join(messages(got), "\n"), "2.0 GB") {
		t.Errorf("the 2 GB file's message does not give its size: %v", messages(got))
	}
}

func messages(l diag.List) []string {
	var out []string
	for _, d := range l.Items {
		out = append(out, d.Rule+" "+d.Message.Zh)
	}
	return out
}
