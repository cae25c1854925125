package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
)

// A Template is a workbook as WriteFile writes it, written again with
// some of its parts replaced. The parts kept are copied compressed as
// they are, so a run of workbooks that differ in a few parts (a form for
// each of 2,000 units) builds and compresses the others once. Only the
// replaced parts are compressed, exactly as WriteFile compresses a part,
// so a template written with the parts WriteFile would have written gives
// WriteFile's bytes.
type Template struct {
	files []*zip.File
}

// NewTemplate reads workbook data, as WriteFile wrote it.
func NewTemplate(data []byte) (*Template, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	return &Template{files: zr.File}, nil
}

// Part is the content of the part named name.
func (t *Template) Part(name string) ([]byte, error) {
	for _, f := range t.files {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			defer rc.Close()
			return io.ReadAll(rc)
		}
	}
	return nil, fmt.Errorf("xlsx: the template has no part %s", name)
}

// Write writes the template to w with each part named in parts replaced
// by its content, which must be complete: a sheet's <dimension> as
// WriteFile sets it. Every name in parts must be a part of the template.
func (t *Template) Write(w io.Writer, parts map[string][]byte) error {
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	replaced := 0
	for _, f := range t.files {
		content, ok := parts[f.Name]
		if !ok {
			if err := zw.Copy(f); err != nil {
				return err
			}
			continue
		}
		replaced++
		hw, err := zw.CreateHeader(partHeader(f.Name))
		if err != nil {
			return err
		}
		if _, err := hw.Write(content); err != nil {
			return err
		}
	}
	if replaced != len(parts) {
		return fmt.Errorf("xlsx: %d of the %d parts to replace are not in the template", len(parts)-replaced, len(parts))
	}
	if err := zw.Close(); err != nil {
		return err
	}
	_, err := w.Write(out.Bytes())
	return err
}
