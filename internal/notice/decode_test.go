package notice

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

// A notice saved by Notepad as "Unicode" (UTF-16, little- or big-endian,
// with its byte order mark) reads as the same notice in UTF-8.
func TestUTF16Notice(t *testing.T) {
	want, err := Decode("通知.txt", []byte(styled))
	if err != nil {
		t.Fatal(err)
	}
	units := utf16.Encode([]rune(strings.ReplaceAll(styled, "\n", "\r\n")))
	for _, big := range []bool{false, true} {
		var b bytes.Buffer
		for _, u := range append([]uint16{0xFEFF}, units...) {
			if big {
				b.Write([]byte{byte(u >> 8), byte(u)})
			} else {
				b.Write([]byte{byte(u), byte(u >> 8)})
			}
		}
		got, err := Decode("通知.txt", b.Bytes())
		if err != nil || got != want {
			t.Errorf("big-endian %v: %v\n%q", big, err, got)
		}
	}
}

// Every refusal says why in both languages, Chinese in Chinese.
func TestRefusalsInBothLanguages(t *testing.T) {
	var noDoc bytes.Buffer
	zw := zip.NewWriter(&noDoc)
	zw.Create("word/styles.xml")
	zw.Close()
	var broken bytes.Buffer
	zw = zip.NewWriter(&broken)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte("<w:document>\n<w:body>\n<w:p></w:body>"))
	zw.Close()
	for name, data := range map[string][]byte{
		"a.png":      {0x89, 'P', 'N', 'G', 0, 0, 0},
		"a.docx":     []byte("PK\x03\x04 broken"),
		"b.docx":     noDoc.Bytes(),
		"c.docx":     broken.Bytes(),
		"a.txt":      {0xff, 0xfe, 0x00, 0xd8}, // a lone surrogate
		"b.txt":      {0xc0, 0xff, 0xfe, 0xfd, 0x80},
		"large.txt":  make([]byte, MaxSize+1),
		"utf16.txt":  {0xff, 0xfe, 0, 0},
		"binary.bin": []byte("abc\x00\x01\x02"),
	} {
		_, err := Decode(name, data)
		var nt *NotTextError
		if !errors.As(err, &nt) || !errors.Is(err, ErrNotText) {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !strings.ContainsFunc(nt.Why.Zh, func(r rune) bool { return r >= '\u4e00' && r <= '\u9fff' }) || nt.Why.En == "" ||
			strings.Contains(nt.Why.Zh, "not ") {
			t.Errorf("%s: %q / %q", name, nt.Why.Zh, nt.Why.En)
		}
	}
	// A Word document larger than a text notice may be, for its pictures,
	// is read; one past the limit is refused saying so.
	picture := make([]byte, MaxSize+1<<20)
	x := uint64(88172645463325252) // xorshift: bytes that do not compress
	for i := range picture {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		picture[i] = byte(x)
	}
	big := docxOf(`<w:p><w:r><w:t>一、落实责任（市委办负责）</w:t></w:r></w:p>`, [2]string{"word/media/image1.png", string(picture)})
	if len(big) <= MaxSize {
		t.Fatalf("the document is only %d bytes", len(big))
	}
	if text, err := Decode("big.docx", big); err != nil || !strings.Contains(text, "落实责任") {
		t.Errorf("a .docx with a large picture: %q, %v", text, err)
	}
	if _, err := Decode("huge.docx", append([]byte("PK\x03\x04"), make([]byte, MaxDocxSize)...)); err == nil || !strings.Contains(err.(*NotTextError).Why.Zh, "Word 文档超过 64 MB") {
		t.Errorf("a .docx over the limit: %v", err)
	}
	// The formats notices come in that tally does not read are named, with
	// what to do (walk 5, #5); an empty file is said to be empty.
	var ofd bytes.Buffer
	zw = zip.NewWriter(&ofd)
	zw.Create("OFD.xml")
	zw.Close()
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"通知.pdf": {[]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "这是 PDF 文件，tally 读不了 PDF；请用 WPS 或 Word 打开后另存为 .docx"},
		"通知.doc": {append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 64)...), "这是旧版 Word（.doc）或 WPS（.wps）文件；请用 Word 或 WPS 打开后另存为 .docx"},
		"通知.ofd": {ofd.Bytes(), "这是 OFD 版式文件"},
		"空.txt":  {[]byte(" \r\n\n"), "文件是空的"},
		"空2.txt": {nil, "文件是空的"},
	} {
		_, err := Decode(name, c.data)
		var nt *NotTextError
		if !errors.As(err, &nt) || !strings.HasPrefix(nt.Why.Zh, c.want) || nt.Why.En == "" {
			t.Errorf("%s: %v, want %q", name, err, c.want)
		}
	}
	if _, err := Decode("c.docx", broken.Bytes()); !strings.Contains(err.(*NotTextError).Why.Zh, "第 3 行") {
		t.Errorf("the broken document.xml is not placed: %v", err)
	}
}
