package load

import (
	"bytes"
	"fmt"
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
	if len(raw) > MaxFileSize {
		d.Add(file, model.Pos{Line: 1, Col: 1}, diag.TooLarge, i18n.F(
			"文件有 %s，超过上限 %s，未读取", "the file is %s, over the %s limit; not read",
			humanSize(len(raw)), humanSize(MaxFileSize)))
		return nil, false
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		d.Add(file, offsetPos(raw, i), diag.BinaryFile, i18n.T(
			"文件含有 NUL 字节，不是文本文件", "the file holds a NUL byte: it is not text"))
		return nil, false
	}
	text := bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
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
		return nil, false
	}
	if bytes.IndexByte(text, '\r') >= 0 {
		text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
		text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
	}
	if i, r := firstControl(text); i >= 0 {
		d.Add(file, offsetPos(text, i), diag.YAMLSyntax, i18n.F(
			"此处有控制字符 U+%04X，YAML 文件中不允许出现；请删去它（确需特殊字符时，在双引号中写转义，如 \\t）",
			"a control character U+%04X here, which YAML does not allow: delete it (to write a special character, use an escape inside double quotes, such as \\t)", r))
		return nil, false
	}
	return text, true
}

// controlLead marks the bytes that may start a character firstControl
// looks for; every other byte is passed over with one look-up.
var controlLead = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n'
	}
	t[0x7f], t[0xc2], t[0xef] = true, true, true
	return t
}()

// firstControl finds the first character YAML does not allow in a file
// (C0 controls other than tab and line feed, DEL, C1 controls other than
// NEL, U+FFFE and U+FFFF), so that it is reported where it is rather than
// where the parser gives up. text is valid UTF-8.
func firstControl(text []byte) (int, rune) {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !controlLead[c] {
			continue
		}
		switch {
		case c < 0x20 && c != '\t' && c != '\n', c == 0x7f:
			return i, rune(c)
		case c == 0xc2 && i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0x9f && text[i+1] != 0x85:
			return i, rune(text[i+1])
		case c == 0xef && i+2 < len(text) && text[i+1] == 0xbf && (text[i+2] == 0xbe || text[i+2] == 0xbf):
			return i, 0xfffe + rune(text[i+2]-0xbe)
		}
	}
	return -1, 0
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

func humanSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
