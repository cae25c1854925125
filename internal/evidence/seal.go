package evidence

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"

	"tally/internal/load"
	"tally/internal/model"
)

// Fingerprint is the fingerprint of the content of the evidence file at
// name in fsys, as a review seals it (model.HashLen hex digits of its
// SHA-256); false when it cannot be read as one (missing, not a regular
// file, a link, over the size limit).
func Fingerprint(fsys fs.FS, name string) (string, bool) {
	f, _, err := load.Open(fsys, name, model.EvidenceMaxSize)
	if err != nil {
		return "", false
	}
	defer f.Close()
	h := sha256.New()
	if n, err := io.Copy(h, io.LimitReader(f, model.EvidenceMaxSize+1)); err != nil || n > model.EvidenceMaxSize {
		return "", false
	}
	return hex.EncodeToString(h.Sum(nil))[:model.HashLen], true
}

// Seal reads, for every evidence file a review of repo sealed, the
// fingerprint of the file as it is now in fsys (repo.EvidenceNow), so
// that an acceptance whose evidence changed since is 待审核 again. Only
// the files reviews name are read.
func Seal(repo *model.Repo, fsys fs.FS) {
	repo.EvidenceNow = map[string]string{}
	for _, rv := range repo.Reviews {
		if rv.Unit != rv.Base || rv.Period != rv.Dir || !model.IsSlug(rv.Unit) || !model.IsPeriodID(rv.Period) {
			continue // not counted (review.New), and no path to read
		}
		for _, s := range rv.Evidence {
			p := model.EvidenceDir(rv.Period, rv.Unit) + "/" + s.File
			if _, done := repo.EvidenceNow[p]; done || !ValidName(s.File) {
				continue
			}
			repo.EvidenceNow[p], _ = Fingerprint(fsys, p)
		}
	}
}
