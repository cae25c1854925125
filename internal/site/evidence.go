package site

import (
	"io"
	"net/url"
	"sort"

	"tally/internal/ledger"
	"tally/internal/model"
)

// EvidenceFile is an evidence file a site may copy: its size, and how to
// open it (the caller reads it through the data root's boundary).
type EvidenceFile struct {
	Size int64
	Open func() (io.ReadCloser, error)
}

// Evidence finds a cited evidence file of a unit's report for a period;
// false when it is not to be copied (missing, refused by check). A site
// built without one links no evidence.
type Evidence func(period, unit, name string) (EvidenceFile, bool)

// evLink is a cited file on a page: linked when the site holds it.
type evLink struct {
	Name, Href, Size string
}

// evidencePath is where a unit's evidence file lies in the site.
func evidencePath(period, unit, name string) string {
	return "evidence/" + period + "/" + unit + "/" + name
}

// evidenceHref is the link to it from a page one folder down, with the
// name escaped for a URL.
func evidenceHref(period, unit, name string) string {
	return "../evidence/" + url.PathEscape(period) + "/" + url.PathEscape(unit) + "/" + url.PathEscape(name)
}

// evidenceOf are the links to the files a pair's entry cites.
func (v *view) evidenceOf(p *ledger.Pair) []evLink {
	if p.Entry == nil {
		return nil
	}
	var out []evLink
	for _, ref := range p.Entry.Evidence {
		l := evLink{Name: ref.Value}
		if f, ok := v.copied[evidencePath(p.EntryPeriod, p.Unit, ref.Value)]; ok {
			l.Href, l.Size = evidenceHref(p.EntryPeriod, p.Unit, ref.Value), model.FormatSize(f.Size)
		}
		out = append(out, l)
	}
	return out
}

// copyEvidence finds the evidence files the pages show (those the
// entries of the site's period cite, reported or carried) and returns
// them as files of the site, in path order, with their total size.
func copyEvidence(in Input, lg *ledger.Ledger) (map[string]EvidenceFile, []File, int64) {
	copied := map[string]EvidenceFile{}
	if in.Evidence == nil {
		return copied, nil, 0
	}
	var total int64
	for _, r := range lg.Tasks {
		for _, p := range r.Pairs {
			if p.Entry == nil {
				continue
			}
			for _, ref := range p.Entry.Evidence {
				path := evidencePath(p.EntryPeriod, p.Unit, ref.Value)
				if _, done := copied[path]; done {
					continue
				}
				if f, ok := in.Evidence(p.EntryPeriod, p.Unit, ref.Value); ok {
					copied[path] = f
					total += f.Size
				}
			}
		}
	}
	files := make([]File, 0, len(copied))
	for path, f := range copied {
		files = append(files, File{Path: path, Size: f.Size, Open: f.Open})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return copied, files, total
}
