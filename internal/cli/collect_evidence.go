package cli

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"tally/internal/forms"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
)

// newEvidence sorts a form's attachments by what copying them would do:
// those to copy (new, or differing with force), the rest already in
// place with the same bytes. Without force, a file in place that differs
// refuses the form, naming the files.
func newEvidence(root string, c *forms.Collected, force bool) ([]forms.Attachment, *i18n.Text) {
	var copies []forms.Attachment
	var differ []string
	for _, at := range c.Attachments {
		rel := model.EvidenceDir(c.Period.ID, c.Unit.ID) + "/" + at.Name
		switch same, exists := sameEvidence(root, rel, at); {
		case !exists:
			copies = append(copies, at)
		case same:
		case force:
			copies = append(copies, at)
		default:
			differ = append(differ, rel)
		}
	}
	if len(differ) > 0 {
		t := i18n.F("%s 已存在且内容与附件不同，未覆盖；确认以附件为准时加 --force", "%s exists and differs from the attachment; kept. Add --force to take the attachment",
			strings.Join(differ, "、"))
		return nil, &t
	}
	return copies, nil
}

// sameEvidence compares the file in place at rel (inside root) with an
// attachment by their SHA-256, each read through its own boundary; a file
// in place that cannot be read counts as differing.
func sameEvidence(root, rel string, at forms.Attachment) (same, exists bool) {
	if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(rel))); err != nil {
		return false, false
	}
	dir, err := load.Dir(root)
	if err != nil {
		return false, true
	}
	a, aerr := digest(dir, rel)
	b, berr := digest(at.From, at.Name)
	return aerr == nil && berr == nil && bytes.Equal(a, b), true
}

// digest is the SHA-256 of an evidence file, read as the loader reads.
func digest(fsys fs.FS, name string) ([]byte, error) {
	f, _, err := load.Open(fsys, name, model.EvidenceMaxSize)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, io.LimitReader(f, model.EvidenceMaxSize+1)); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}

// copyEvidence copies an attachment to rel inside the data root, through
// an os.Root on it and a temporary file renamed into place: no link can
// lead the write outside, and the file is its old or its new self.
func copyEvidence(root, rel string, at forms.Attachment) error {
	src, info, err := load.Open(at.From, at.Name, model.EvidenceMaxSize)
	if err != nil {
		return err
	}
	defer src.Close()
	return writeInRootWith(root, filepath.FromSlash(rel), 0o644, true, i18n.Text{}, func(w io.Writer) error {
		n, err := io.Copy(w, io.LimitReader(src, info.Size()+1))
		if err == nil && n != info.Size() {
			err = fmt.Errorf("%s changed while it was copied", at.Name)
		}
		return err
	})
}
