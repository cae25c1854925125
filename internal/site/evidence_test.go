package site_test

import (
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"tally/internal/i18n"
	"tally/internal/site"
	"tally/internal/testrepo"
)

// The evidence a site copies has a budget: a file cited beyond it is not
// copied, its pages say so where the link would be, and Built names it;
// a hard link to a file already copied costs nothing and links that copy.
// Every link of every page leads to a file of the site.
func TestEvidenceBudget(t *testing.T) {
	fsys := fixture(t)
	q3 := string(fsys["reports/2019Q3/chikan-org.yaml"].Data)
	q3 = strings.Replace(q3, "  - task: 1\n", "  - task: 1\n    evidence: [甲.pdf, 乙.pdf, 丙.pdf]\n", 1)
	fsys["reports/2019Q3/chikan-org.yaml"] = &fstest.MapFile{Data: []byte(q3)}
	src := t.TempDir()
	a, c := testrepo.PDF("first"), testrepo.PDF("the third, a longer one")
	os.WriteFile(filepath.Join(src, "甲.pdf"), a, 0o644)
	if err := os.Link(filepath.Join(src, "甲.pdf"), filepath.Join(src, "乙.pdf")); err != nil {
		t.Skip("no hard links here:", err)
	}
	os.WriteFile(filepath.Join(src, "丙.pdf"), c, 0o644)
	in := input(t, fsys, "2019Q3", i18n.Zh)
	in.Evidence = func(period, unit, name string) (site.EvidenceFile, bool) {
		p := filepath.Join(src, name)
		info, err := os.Stat(p)
		if err != nil || period != "2019Q3" || unit != "chikan-org" {
			return site.EvidenceFile{}, false
		}
		return site.EvidenceFile{Size: info.Size(), Info: info, Open: func() (io.ReadCloser, error) { return os.Open(p) }}, true
	}
	in.EvidenceLimit = int64(len(a) + len(c) - 1)
	dir := filepath.Join(t.TempDir(), "site")
	built, err := site.BuildTo(dir, in)
	if err != nil {
		t.Fatal(err)
	}
	if built.Evidence != 1 || built.EvidenceBytes != int64(len(a)) ||
		len(built.LeftOut) != 1 || built.LeftOut[0] != "evidence/2019Q3/chikan-org/丙.pdf" {
		t.Errorf("copied %d files, %d bytes, left out %q; want 1, %d, [丙.pdf]", built.Evidence, built.EvidenceBytes, built.LeftOut, len(a))
	}
	ev := filepath.Join(dir, "evidence", "2019Q3", "chikan-org")
	if got, _ := os.ReadDir(ev); len(got) != 1 || got[0].Name() != "甲.pdf" {
		t.Errorf("the site's evidence folder holds %v", got)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "units", "chikan-org.html"))
	for _, want := range []string{
		`<a href="../evidence/2019Q3/chikan-org/%E7%94%B2.pdf">甲.pdf</a>`,
		`<a href="../evidence/2019Q3/chikan-org/%E7%94%B2.pdf">乙.pdf</a>`,
		`<li>丙.pdf <small>（未复制：网站的佐证材料已达上限 `,
	} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the unit's page lacks %s", want)
		}
	}
	href := regexp.MustCompile(`href="\.\./(evidence/[^"]+)"`)
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, _ := os.ReadFile(p)
		for _, m := range href.FindAllStringSubmatch(string(b), -1) {
			name, _ := url.PathUnescape(m[1])
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
				t.Errorf("%s links %s, which the site has not", p, m[1])
			}
		}
		return nil
	})
}
