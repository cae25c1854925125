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

// placesBody has what makes a .docx's lines differ from what Word shows:
// empty paragraphs, a line break inside a paragraph, a table inside a
// cell, a line end typed into a cell's text.
const placesBody = `<w:p><w:r><w:t>关于印发重点工作的通知</w:t></w:r></w:p><w:p/>` +
	`<w:p><w:r><w:t>1</w:t><w:br/><w:t>第二句</w:t></w:r></w:p><w:p/>` +
	`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>工作</w:t></w:r></w:p></w:tc></w:tr>` +
	`<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
	`<w:p><w:r><w:t xml:space="preserve">甲` + "\n" + `乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
	`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>一、产业发展</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
	`<w:p><w:r><w:t>落款</w:t></w:r></w:p><w:p><w:r><w:t>5</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>新建乡镇卫生院</w:t></w:r></w:p>`

// Each line of a .docx's text has its place as Word shows it.
func TestDocxPlaces(t *testing.T) {
	doc, err := DecodeDoc("a.docx", docxOf(placesBody))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(doc.Text, "\n"), "\n")
	want := []Place{{Para: 1}, {}, {Para: 2}, {Para: 2}, {}, {Table: 1, Row: 1, First: "序号"}, {Table: 1, Row: 2, First: "1"}, {Table: 2, Row: 1, First: "一、产业发展"}, {Para: 3}, {Para: 4}, {}, {Para: 5}}
	if len(lines) != len(want) || len(doc.Places) != len(want) {
		t.Fatalf("%d lines, %d places: %q %+v", len(lines), len(doc.Places), lines, doc.Places)
	}
	for i := range want {
		if doc.Places[i] != want[i] {
			t.Errorf("line %d (%q): %+v, want %+v", i+1, lines[i], doc.Places[i], want[i])
		}
	}
	n := ParseDoc(doc, today)
	for line, at := range map[int]string{1: "第 1 段“关于印发重点工作的通知”", 3: "第 2 段“1 第二句”", 9: "第 3 段“落款”", 10: "第 4 段“5”（下一段“新建乡镇卫生院”）", 4: "第 2 段“第二句”", 7: "第 1 个表格第 2 行（序号 1）", 8: "第 2 个表格第 1 行（“一、产业发展”）", 2: "第 2 行"} {
		if got := n.At(line).Zh; got != at {
			t.Errorf("line %d: %q, want %q", line, got, at)
		}
	}
	if got := n.At(7).En; got != "table 1, row 2 (No. 1)" {
		t.Errorf("English: %q", got)
	}
	// A text notice keeps its line numbers.
	if got := Parse(doc.Text, today).At(7).Zh; got != "第 7 行" {
		t.Errorf("text notice: %q", got)
	}
}
