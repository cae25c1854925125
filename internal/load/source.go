package load

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// MaxFileSize is the largest data file tally reads. Real task and report
// files are a few kilobytes; the limit keeps a stray dump from eating memory.
const MaxFileSize = 4 << 20

// Normalize turns raw file bytes into the text the YAML parser sees: it
// refuses binary and non-UTF-8 content (pointing at the first bad byte and
// naming GBK when the bytes read as GBK), strips a UTF-8 BOM and turns CRLF
// and lone CR line ends into LF. Positions in the result match what an
// editor shows for the original file.
func Normalize(file string, raw []byte, d *diag.List) ([]byte, bool) {
	text, ok, _ := normalize(file, raw, d)
	return text, ok
}

// normalize is Normalize that also says whether every byte of the text
// is one the fast parser reads (fastBytes), found in the same pass.
func normalize(file string, raw []byte, d *diag.List) (text []byte, ok, plain bool) {
	if len(raw) > MaxFileSize {
		d.Add(file, model.Pos{Line: 1, Col: 1}, diag.TooLarge, overLimit(len(raw), MaxFileSize))
		return nil, false, false
	}
	utf16BOM := len(raw) >= 2 && (raw[0] == 0xFF && raw[1] == 0xFE || raw[0] == 0xFE && raw[1] == 0xFF)
	if utf16BOM || bytes.IndexByte(raw, 0) >= 0 {
		if _, ok := FromUTF16(raw); ok {
			d.Add(file, model.Pos{Line: 1, Col: 1}, diag.NotUTF8, i18n.F(
				"文件是 UTF-16 编码（记事本另存为时选了“Unicode”）；运行 `tally fmt %s` 转成 UTF-8",
				"the file is UTF-16 (Notepad's \"Unicode\"); run `tally fmt %s` to convert it to UTF-8", file))
			return nil, false, false
		}
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		d.Add(file, offsetPos(raw, i), diag.BinaryFile, i18n.T(
			"文件含有 NUL 字节，不是文本文件", "the file holds a NUL byte: it is not text"))
		return nil, false, false
	}
	text = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(text) {
		i := firstInvalid(text)
		pos := offsetPos(text, i)
		if looksGBK(text) {
			d.Add(file, pos, diag.NotUTF8, i18n.F(
				"文件不是 UTF-8 编码，看起来是 GBK（GB18030）；运行 `tally fmt --from gbk %s` 转换",
				"the file is not UTF-8; it looks like GBK (GB18030): run `tally fmt --from gbk %s` to convert it", file))
		} else {
			d.Add(file, pos, diag.NotUTF8, i18n.T(
				fmt.Sprintf("文件不是 UTF-8 编码（第 %d 行有无效字节 0x%02X）；请用 UTF-8 重新保存", pos.Line, text[i]),
				fmt.Sprintf("the file is not UTF-8 (invalid byte 0x%02X on line %d); save it again as UTF-8", text[i], pos.Line)))
		}
		return nil, false, false
	}
	if bytes.IndexByte(text, '\r') >= 0 {
		text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
		text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
	}
	i, r, plain := scanText(text)
	if i >= 0 {
		d.Add(file, offsetPos(text, i), diag.YAMLSyntax, i18n.F(
			"此处有控制字符 U+%04X，YAML 文件中不允许出现；请删去它（确需特殊字符时，在双引号中写转义，如 \\t）",
			"a control character U+%04X here, which YAML does not allow: delete it (to write a special character, use an escape inside double quotes, such as \\t)", r))
		return nil, false, false
	}
	return text, true, plain
}

// textLead marks the bytes that may start a character scanText looks
// for; every other byte is passed over with one look-up.
var textLead = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\n'
	}
	t[0x7f], t[0xc2], t[0xe2], t[0xef] = true, true, true, true
	return t
}()

// scanText finds the first character YAML does not allow in a file (C0
// controls other than tab and line feed, DEL, C1 controls other than NEL,
// U+FFFE and U+FFFF), so that it is reported where it is rather than where
// the parser gives up; when there is none, it says whether every byte of
// text is one the fast parser reads as the library does (fastBytes): one
// pass over the text for both. text is valid UTF-8.
func scanText(text []byte) (at int, r rune, plain bool) {
	plain = true
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !textLead[c] {
			continue
		}
		switch {
		case c == '\t':
			plain = false
		case c < 0x20, c == 0x7f:
			return i, rune(c), false
		case c == 0xc2 && i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0x9f:
			if text[i+1] != 0x85 {
				return i, rune(text[i+1]), false
			}
			plain = false // NEL, a line break to the library
		case c == 0xe2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xa8 || text[i+2] == 0xa9):
			plain = false // line and paragraph separators
		case c == 0xef && i+2 < len(text) && text[i+1] == 0xbf && (text[i+2] == 0xbe || text[i+2] == 0xbf):
			return i, 0xfffe + rune(text[i+2]-0xbe), false
		case c == 0xef && i+2 < len(text) && text[i+1] == 0xbb && text[i+2] == 0xbf:
			plain = false // a BOM inside the text
		}
	}
	return -1, 0, plain
}

// FromUTF16 recognises UTF-16 text, as Windows Notepad saves "Unicode"
// (little-endian) and "Unicode big endian": by its byte order mark, or
// without one by the zero bytes that pad ASCII characters such as
// spaces, colons and line breaks on one side of each pair. It returns the
// text in UTF-8 without a BOM, and false for anything else.
func FromUTF16(raw []byte) ([]byte, bool) {
	if len(raw) < 2 || len(raw)%2 != 0 {
		return nil, false
	}
	var big bool
	switch {
	case raw[0] == 0xFF && raw[1] == 0xFE:
		raw = raw[2:]
	case raw[0] == 0xFE && raw[1] == 0xFF:
		raw, big = raw[2:], true
	default:
		// ASCII padded low-endian is c 0; big-endian 0 c. Chinese
		// characters may hold a zero byte on either side, but YAML's
		// spaces, colons and line breaks outnumber them.
		little, bigs := 0, 0
		for i := 0; i+1 < len(raw); i += 2 {
			switch {
			case raw[i] != 0 && raw[i+1] == 0:
				little++
			case raw[i] == 0 && raw[i+1] != 0:
				bigs++
			}
		}
		switch {
		case little > 2*bigs && little*4 >= len(raw)/2:
		case bigs > 2*little && bigs*4 >= len(raw)/2:
			big = true
		default:
			return nil, false
		}
	}
	units := make([]uint16, len(raw)/2)
	for i := range units {
		if big {
			units[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
		} else {
			units[i] = uint16(raw[2*i+1])<<8 | uint16(raw[2*i])
		}
	}
	if len(units) > 0 && units[0] == 0xFEFF {
		units = units[1:]
	}
	var b bytes.Buffer
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u == 0:
			return nil, false // a NUL character: binary, not text
		case utf16.IsSurrogate(rune(u)):
			if i+1 >= len(units) {
				return nil, false
			}
			r := utf16.DecodeRune(rune(u), rune(units[i+1]))
			if r == utf8.RuneError {
				return nil, false
			}
			b.WriteRune(r)
			i++
		default:
			b.WriteRune(rune(u))
		}
	}
	return b.Bytes(), true
}

// looksGBK reports whether b decodes cleanly as GB18030 with some Chinese in it.
func looksGBK(b []byte) bool {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return false
	}
	return !bytes.ContainsRune(out, utf8.RuneError) && utf8.Valid(out)
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// offsetPos converts a byte offset into a 1-based line and column, counting
// columns in characters where the text before the offset is valid UTF-8.
func offsetPos(b []byte, off int) model.Pos {
	line := 1 + bytes.Count(b[:off], []byte("\n"))
	start := bytes.LastIndexByte(b[:off], '\n') + 1
	return model.Pos{Line: line, Col: 1 + utf8.RuneCount(b[start:off]), Len: 1}
}

func humanSize(n int) string { return model.FormatSize(int64(n)) }

// overLimit says that a file of n bytes is over limit, the two sizes
// written so that they never read equal.
func overLimit(n, limit int) i18n.Text {
	size, max := model.FormatOver(int64(n), int64(limit))
	return i18n.F("文件有 %s，超过上限 %s，未读取", "the file is %s, over the %s limit; not read", size, max)
}
