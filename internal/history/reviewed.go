package history

import (
	"sort"

	"tally/internal/gitfs"
	"tally/internal/load"
	"tally/internal/model"
)

// Reviewed finds the versions of reports the office reviewed: for each
// report file in want (its path → the fingerprint a review recorded, of
// the report's meaning or of its bytes: model.Review.Matches), the newest version of the file in the history of
// HEAD with that fingerprint, decoded as the loader reads it. A file with
// no such version (never committed as it was reviewed, or a fingerprint
// edited by hand) is left out. One `git log` and one `git cat-file`
// serve every file; an error wrapping gitfs.ErrNotRepo means root has no
// git repository.
func Reviewed(root string, want map[string]string) (map[string]*model.Report, error) {
	if len(want) == 0 {
		return nil, nil
	}
	paths := make([]string, 0, len(want))
	for p := range want {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	commits, err := gitfs.History(root, "", paths)
	if err != nil {
		return nil, err
	}
	var ids []string
	at := map[string][]string{} // blob → the wanted paths that held it
	for _, c := range commits {
		for _, fc := range c.Files {
			if fc.NewBlob == "" || want[fc.Path] == "" {
				continue
			}
			if _, seen := at[fc.NewBlob]; !seen {
				ids = append(ids, fc.NewBlob)
			}
			at[fc.NewBlob] = append(at[fc.NewBlob], fc.Path)
		}
	}
	out := map[string]*model.Report{}
	var d load.Decoder
	err = gitfs.ReadBlobs(root, ids, func(id string, data []byte) {
		bytesHash := model.ReportHash(data)
		for _, p := range at[id] {
			if out[p] != nil {
				continue
			}
			// An older review holds the fingerprint of the bytes, a newer one
			// that of the meaning, which takes decoding the version.
			if r := d.Decode(p, data).Report; r != nil && (want[p] == bytesHash || want[p] == r.Hash) {
				out[p] = r
			}
		}
	})
	return out, err
}

// Since lists what changed in a report from the version reviewed (old) to
// the one there is now, in the words of Diff.
func Since(old, now *model.Report) []Change {
	return Diff(&model.Repo{Reports: []*model.Report{old}}, &model.Repo{Reports: []*model.Report{now}})
}
