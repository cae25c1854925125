package site

import (
	"io"
	"io/fs"
	"net/url"
	"os"
	"sort"
	"strings"

	"tally/internal/ledger"
	"tally/internal/model"
)

// EvidenceFile is an evidence file a site may copy: its size, and how to
// open it (the caller reads it through the data root's boundary).
type EvidenceFile struct {
	Size int64
	Open func() (io.ReadCloser, error)
	// Info is the file's, when known: files that os.SameFile finds to be
	// one (hard links) are copied once, and each page links that copy.
	Info fs.FileInfo
	// Absent, with false from Evidence: the file is not there (never
	// received), as against one refused by check.
	Absent bool
}

// Evidence finds a cited evidence file of a unit's report for a period;
// false when it is not to be copied (missing, refused by check). A site
// built without one links no evidence.
type Evidence func(period, unit, name string) (EvidenceFile, bool)

// MaxEvidenceBytes bounds the evidence a site copies, all files together:
// fifty files at the limit of one (model.EvidenceMaxSize), and more than a
// shared folder or a USB stick is glad to take. The files cited beyond it
// are not copied; their pages say so, and Built lists them.
const MaxEvidenceBytes = 1 << 30

// evLink is a cited file on a page: linked when the site holds it;
// Skipped when it was left out for the site's evidence budget.
type evLink struct {
	Name, Href, Size string
	Skipped          bool
	// Absent: the file is not there (never received); Refused: check
	// refuses it (its type, its size). Neither is copied.
	Absent, Refused bool
}

// evidencePath is where a unit's evidence file lies in the site, and
// under the data root.
func evidencePath(period, unit, name string) string {
	return "evidence/" + period + "/" + unit + "/" + name
}

// evidenceHref is the link from a page one folder down to a file the
// site holds at path (an evidencePath), each part escaped for a URL.
func evidenceHref(path string) string {
	parts := strings.Split(path, "/")
	for i, part := range parts {
		parts[i] = url.PathEscape(part)
	}
	return "../" + strings.Join(parts, "/")
}

// evidenceSet is the evidence a site holds: each cited path the site
// links, to the path of the copy it links (a hard link to a file copied
// under another path links that copy), and the cited paths left out.
type evidenceSet struct {
	linked  map[string]string
	size    map[string]int64 // by the copy's path
	skipped map[string]bool
	absent  map[string]bool // cited and not there
	refused map[string]bool // cited and refused by check
	files   []File          // the copies, in path order
	total   int64
	limit   int64
	left    []string // the paths left out, in the order they are cited
}

// limitText is the limit of the site's evidence, as exactly as it is set
// (1 GB).
func (s *evidenceSet) limitText() string {
	_, limit := model.FormatOver(s.total, s.limit)
	return limit
}

// evidenceOf are the links to the files a pair's entry cites.
func (v *view) evidenceOf(p *ledger.Pair) []evLink {
	if p.Entry == nil {
		return nil
	}
	var out []evLink
	for _, ref := range p.Entry.Evidence {
		l := evLink{Name: ref.Value}
		path := evidencePath(p.EntryPeriod, p.Unit, ref.Value)
		if to, ok := v.evidence.linked[path]; ok {
			l.Href, l.Size = evidenceHref(to), model.FormatSize(v.evidence.size[to])
		}
		l.Skipped, l.Absent, l.Refused = v.evidence.skipped[path], v.evidence.absent[path], v.evidence.refused[path]
		out = append(out, l)
	}
	return out
}

// copyEvidence finds the evidence files the pages show (those the
// entries of the site's period cite, reported or carried, in the order of
// the tasks and their units), each file once however many paths link it,
// until they come to limit bytes; those beyond are left out.
func copyEvidence(in Input, lg *ledger.Ledger, limit int64) *evidenceSet {
	set := &evidenceSet{linked: map[string]string{}, size: map[string]int64{}, skipped: map[string]bool{}, absent: map[string]bool{}, refused: map[string]bool{}, limit: limit}
	if in.Evidence == nil {
		return set
	}
	// The copies, by what hard links to one file share (size and time of
	// change), to find such links among them without comparing each pair.
	alike := map[evKey][]evCopy{}
	var files []File
	for _, r := range lg.Tasks {
		for _, p := range r.Pairs {
			if p.Entry == nil {
				continue
			}
			for _, ref := range p.Entry.Evidence {
				path := evidencePath(p.EntryPeriod, p.Unit, ref.Value)
				if _, done := set.linked[path]; done || set.skipped[path] || set.absent[path] || set.refused[path] {
					continue
				}
				f, ok := in.Evidence(p.EntryPeriod, p.Unit, ref.Value)
				if !ok {
					if f.Absent {
						set.absent[path] = true
					} else {
						set.refused[path] = true
					}
					continue
				}
				key := keyOf(f)
				if to := sameAs(alike[key], f.Info); to != "" {
					set.linked[path] = to
					continue
				}
				if set.total+f.Size > limit {
					set.skipped[path] = true
					set.left = append(set.left, path)
					continue
				}
				set.linked[path], set.size[path] = path, f.Size
				set.total += f.Size
				alike[key] = append(alike[key], evCopy{path, f.Info})
				files = append(files, File{Path: path, Size: f.Size, Open: f.Open})
			}
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	set.files = files
	return set
}

// evKey is what hard links to one file have in common.
type evKey struct {
	size, modified int64
}

func keyOf(f EvidenceFile) evKey {
	k := evKey{size: f.Size}
	if f.Info != nil {
		k.modified = f.Info.ModTime().UnixNano()
	}
	return k
}

// evCopy is a file the site copies, with what its file is.
type evCopy struct {
	path string
	info fs.FileInfo
}

// sameAs is the path of the copy among copies whose file info describes
// (a hard link to it), "" when none is or info is not known.
func sameAs(copies []evCopy, info fs.FileInfo) string {
	if info == nil {
		return ""
	}
	for _, c := range copies {
		if c.info != nil && os.SameFile(c.info, info) {
			return c.path
		}
	}
	return ""
}
