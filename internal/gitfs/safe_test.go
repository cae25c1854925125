package gitfs

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// A repository received from elsewhere names programs in its own config
// (a file-system monitor, a content filter, a pager): git must run none.
func TestRepositoryConfigRunsNothing(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	os.WriteFile(filepath.Join(dir, "plan.yaml"), []byte("title: x\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".gitattributes"), []byte("*.yaml filter=evil diff=evil\n"), 0o644)
	run(t, dir, "add", ".")
	run(t, dir, "commit", "-q", "-m", "one")
	ran := filepath.Join(t.TempDir(), "ran")
	for _, kv := range [][2]string{
		{"core.fsmonitor", "touch " + ran + "-fsmonitor; false"},
		{"filter.evil.clean", "touch " + ran + "-clean; cat"},
		{"filter.evil.process", "touch " + ran + "-process"},
		{"diff.evil.textconv", "touch " + ran + "-textconv; cat"},
		{"core.pager", "touch " + ran + "-pager; cat"},
		{"log.showSignature", "true"},
		{"gpg.program", "touch " + ran + "-gpg"},
	} {
		run(t, dir, "config", kv[0], kv[1])
	}
	// Change the file so that git must look at its content.
	os.WriteFile(filepath.Join(dir, "plan.yaml"), []byte("title: y\n"), 0o644)
	future := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(dir, "plan.yaml"), future, future)

	if _, dirty, err := Describe(dir); err != nil || !dirty {
		t.Fatalf("Describe: dirty %v, %v", dirty, err)
	}
	if _, err := Log(dir, 0); err != nil {
		t.Fatal(err)
	}
	head, err := Verify(dir, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Snapshot(dir, head); err != nil {
		t.Fatal(err)
	}
	if m, _ := filepath.Glob(ran + "*"); len(m) > 0 {
		t.Fatalf("git ran the repository's programs: %v", m)
	}
}

// "^HEAD" names an exclusion, not a commit.
func TestVerifyRefusesNonCommits(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	os.WriteFile(filepath.Join(dir, "plan.yaml"), []byte("title: x\n"), 0o644)
	run(t, dir, "add", ".")
	run(t, dir, "commit", "-q", "-m", "one")
	for _, rev := range []string{"^HEAD", "HEAD^@", "HEAD..HEAD", "-h", "HEAD\n"} {
		if h, err := Verify(dir, rev); !errors.Is(err, ErrBadRevision) {
			t.Errorf("Verify(%q) = %q, %v", rev, h, err)
		}
	}
}

// A blob in many paths is read and held once, and a blob over the
// loader's limit is not held at all: 1,000 paths of a 5 MB blob and
// 1,000 of a 1 MB blob cost about 1 MB.
func TestSnapshotSharesBlobs(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	big := bytes.Repeat([]byte("# x\n"), 5<<20/4)
	small := bytes.Repeat([]byte("# y\n"), 1<<20/4)
	os.MkdirAll(filepath.Join(dir, "tasks"), 0o755)
	os.MkdirAll(filepath.Join(dir, "reports/2019Q2"), 0o755)
	os.WriteFile(filepath.Join(dir, "big"), big, 0o644)
	os.WriteFile(filepath.Join(dir, "small"), small, 0o644)
	run(t, dir, "add", "big", "small")
	// Point 1,000 index entries at each blob without writing the files.
	var idx strings.Builder
	bigSHA, smallSHA := hashOf(t, dir, "big"), hashOf(t, dir, "small")
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&idx, "100644 %s\ttasks/%d.yaml\n100644 %s\treports/2019Q2/u%d.yaml\n", bigSHA, i, smallSHA, i)
	}
	cmd := command(dir, nil, "update-index", "--index-info")
	cmd.Stdin = strings.NewReader(idx.String())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	run(t, dir, "commit", "-q", "-m", "many")
	head, err := Verify(dir, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := Snapshot(dir, head)
	if err != nil {
		t.Fatal(err)
	}
	m := fsys.(fstest.MapFS)
	first := map[string]*byte{}
	for name, f := range m {
		kind := name[:5]
		if len(f.Data) == 0 {
			t.Fatalf("%s is empty", name)
		}
		if p, ok := first[kind]; ok && p != &f.Data[0] {
			t.Fatalf("%s holds its own copy of a shared blob", name)
		}
		first[kind] = &f.Data[0]
	}
	if got := len(m["tasks/1.yaml"].Data); got <= 4<<20 {
		t.Fatalf("an oversized blob reads as %d bytes, under the loader's limit", got)
	}
	if !bytes.Equal(m["reports/2019Q2/u1.yaml"].Data, small) {
		t.Fatal("the small blob is not read whole")
	}
}

func hashOf(t *testing.T, dir, name string) string {
	out, err := git(dir, "hash-object", name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}

// A repository owned by someone else is reported as such, not as no
// repository.
func TestDubiousOwnership(t *testing.T) {
	gitEnv(t)
	if os.Geteuid() != 0 {
		t.Skip("only root can give the repository another owner")
	}
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	if err := os.Chown(dir, 12345, 12345); err != nil {
		t.Skip(err)
	}
	if err := os.Chown(filepath.Join(dir, ".git"), 12345, 12345); err != nil {
		t.Skip(err)
	}
	if _, err := Verify(dir, "HEAD"); !errors.Is(err, ErrDubious) {
		t.Fatalf("Verify: %v", err)
	}
	if _, _, err := Describe(dir); !errors.Is(err, ErrDubious) {
		t.Fatalf("Describe: %v", err)
	}
}
