// Package evidence judges the files a report cites as 佐证材料 (DESIGN §1):
// regular files inside the data root, at most 20 MB, of the types an
// office sends, by their name and by their content. A file is judged from
// its size and a few kilobytes of it (for a zip-based document, its
// central directory too), never by reading it whole.
package evidence

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
)

// Problem is what is wrong with an evidence file.
type Problem int

const (
	OK         Problem = iota
	BadName            // not a plain file name
	Reserved           // a name Windows cannot use (CON.pdf, a name ending in a dot)
	Missing            // no such file
	NotFile            // a folder, a pipe, a device
	Outside            // a link leading outside the data root
	TooLarge           // over model.EvidenceMaxSize
	BadType            // the name's extension is not an allowed type
	Archive            // the content is an archive
	Executable         // the content is a program or a script
	Mismatch           // the content is another allowed type than the name says
	Unknown            // the content is not the type the name says
	Unreadable         // the file could not be read
)

// Finding is the judgement of one file.
type Finding struct {
	Problem Problem
	Size    int64
	// Content is what the content was found to be (a key of contentNames),
	// "" when it was not looked at.
	Content string
	Err     error // for Unreadable
	// Info is the file's as it was opened (nil when it was not): with
	// os.SameFile it tells hard links to one file apart from copies.
	Info fs.FileInfo
}

// OK says the file may be cited, copied and shown.
func (f Finding) OK() bool { return f.Problem == OK }

// headSize is how much of a file's start is read to know its type.
const headSize = 8 << 10

// zipBudget bounds what is read of a zip-based file's central directory.
const zipBudget = 1 << 20

// ValidName says whether name is a plain file name, as evidence lists
// them: no folder, no "..", no drive, none of the characters Windows
// refuses in a name (the data is copied to office PCs), no control or
// format character (a bidirectional override would make a name read as
// another), and none of the names Windows cannot use (NameProblem).
func ValidName(name string) bool { return NameProblem(name) == OK }

// NameProblem is what is wrong with name as a name of evidence: BadName
// for what is not a plain file name, Reserved for one Windows cannot use
// (CON, PRN, AUX, NUL, COM0–COM9, COM¹–COM³, LPT0–LPT9, LPT¹–LPT³ with any extension, or a name
// ending in a dot or a space, which Windows drops), OK otherwise.
func NameProblem(name string) Problem {
	spaced := strings.TrimRight(name, " ") // trailing spaces are Reserved
	if name == "" || name == "." || name == ".." || strings.TrimSpace(spaced) != spaced ||
		strings.ContainsFunc(name, func(r rune) bool {
			return strings.ContainsRune(`/\:*?"<>|`, r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
		}) {
		return BadName
	}
	if strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") || model.ReservedName(name) {
		return Reserved
	}
	return OK
}

// Ext is the type a name says, its extension in lower case without the dot.
func Ext(name string) string {
	return strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))
}

// Allowed says whether an extension is of an allowed type.
func Allowed(ext string) bool { return slices.Contains(model.EvidenceTypes, ext) }

// Inspect judges the file at p (a slash path) of fsys, named by its last
// element. It opens the file as the loader opens data files (through
// links only inside the root, regular files only, never waiting on a
// pipe), refuses it from its size, and reads only its start.
func Inspect(fsys fs.FS, p string) Finding {
	name := path.Base(p)
	if problem := NameProblem(name); problem != OK {
		return Finding{Problem: problem}
	}
	f, info, err := load.Open(fsys, p, model.EvidenceMaxSize)
	switch {
	case err == nil:
		defer f.Close()
	case errors.Is(err, load.ErrOutside):
		return Finding{Problem: Outside}
	case load.IsNotRegular(err):
		return Finding{Problem: NotFile}
	case load.IsTooLarge(err):
		size := int64(0)
		if info, serr := fs.Stat(fsys, p); serr == nil {
			size = info.Size()
		}
		return Finding{Problem: TooLarge, Size: size}
	case errors.Is(err, fs.ErrNotExist):
		return Finding{Problem: Missing}
	default:
		return Finding{Problem: Unreadable, Err: err}
	}
	out := Finding{Size: info.Size(), Info: info}
	ext := Ext(name)
	if !Allowed(ext) {
		out.Problem = BadType
		return out
	}
	head := make([]byte, headSize)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return Finding{Problem: Unreadable, Err: err, Size: info.Size()}
	}
	out.Content = sniff(head[:n])
	if out.Content == "zip" {
		out.Content = zipKind(f, info.Size(), head[:n])
	}
	out.Problem = judge(ext, out.Content)
	return out
}

// judge compares what the name says with what the content is.
func judge(ext, content string) Problem {
	switch {
	case slices.Contains(accepts[ext], content):
		return OK
	case content == "exe" || content == "script":
		return Executable
	case content == "zip" || content == "rar" || content == "7z" || content == "gzip" || content == "bzip2" || content == "xz" || content == "tar":
		return Archive
	case content != "" && content != "ole" && ExtFor(content) != "":
		return Mismatch
	}
	return Unknown
}

// accepts lists, by extension, the contents a file so named may have.
// Word and WPS open a document in either of their formats whatever its
// name, so the old (OLE) and new (zip) formats of each are both taken.
var accepts = map[string][]string{
	"pdf": {"pdf"}, "ofd": {"ofd"}, "jpg": {"jpeg"}, "jpeg": {"jpeg"}, "png": {"png"},
	"doc": {"ole", "docx"}, "wps": {"ole", "docx"}, "docx": {"docx"},
	"xls": {"ole", "xlsx"}, "et": {"ole", "xlsx"}, "xlsx": {"xlsx"},
}

// ExtFor is the extension a content of an allowed type is named with.
func ExtFor(content string) string {
	switch content {
	case "pdf", "ofd", "png", "docx", "xlsx":
		return content
	case "jpeg":
		return "jpg"
	}
	return ""
}

// contentNames say in words what a content is.
var contentNames = map[string]i18n.Text{
	"pdf": i18n.T("PDF 文件", "a PDF file"), "ofd": i18n.T("OFD 版式文件", "an OFD document"),
	"jpeg": i18n.T("JPEG 图片", "a JPEG picture"), "png": i18n.T("PNG 图片", "a PNG picture"),
	"ole":  i18n.T("旧版 Office/WPS 文档", "an old-format Office or WPS document"),
	"docx": i18n.T("Word 文档（docx）", "a Word document (docx)"), "xlsx": i18n.T("Excel 工作簿（xlsx）", "an Excel workbook (xlsx)"),
	"pptx": i18n.T("PowerPoint 演示文稿（pptx）", "a PowerPoint presentation (pptx)"),
	"zip":  i18n.T("zip 压缩包", "a zip archive"), "rar": i18n.T("rar 压缩包", "a rar archive"), "7z": i18n.T("7z 压缩包", "a 7z archive"),
	"gzip": i18n.T("gzip 压缩包", "a gzip archive"), "bzip2": i18n.T("bzip2 压缩包", "a bzip2 archive"), "xz": i18n.T("xz 压缩包", "an xz archive"),
	"tar": i18n.T("tar 归档", "a tar archive"),
	"exe": i18n.T("可执行程序", "a program"), "script": i18n.T("脚本程序", "a script"),
}

// sniff names what a file's first bytes are.
func sniff(b []byte) string {
	has := func(prefix string) bool { return bytes.HasPrefix(b, []byte(prefix)) }
	switch {
	case bytes.Contains(b[:min(len(b), 1024)], []byte("%PDF-")):
		return "pdf"
	case has("\xFF\xD8\xFF"):
		return "jpeg"
	case has("\x89PNG\r\n\x1a\n"):
		return "png"
	case has("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"):
		return "ole"
	case has("PK\x03\x04"), has("PK\x05\x06"), has("PK\x07\x08"):
		return "zip"
	case has("MZ"), has("\x7fELF"), has("\xFE\xED\xFA\xCE"), has("\xFE\xED\xFA\xCF"), has("\xCE\xFA\xED\xFE"), has("\xCF\xFA\xED\xFE"), has("\xCA\xFE\xBA\xBE"):
		return "exe"
	case has("#!"):
		return "script"
	case has("Rar!\x1a\x07"):
		return "rar"
	case has("7z\xBC\xAF\x27\x1C"):
		return "7z"
	case has("\x1f\x8b"):
		return "gzip"
	case has("BZh"):
		return "bzip2"
	case has("\xFD7zXZ\x00"):
		return "xz"
	case len(b) > 262 && string(b[257:262]) == "ustar":
		return "tar"
	}
	return ""
}

// zipKind tells a zip-based document (docx, xlsx, pptx, ofd) from any
// other zip, by the names in its central directory, read through a
// budget; a file that is no ReaderAt is judged by its first entry's name.
func zipKind(f fs.File, size int64, head []byte) string {
	var names []string
	if ra, ok := f.(io.ReaderAt); ok {
		zr, err := zip.NewReader(&budget{r: ra, left: zipBudget}, size)
		if err == nil {
			for _, e := range zr.File {
				names = append(names, e.Name)
			}
		}
	}
	if names == nil && len(head) > 30 && bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		n := int(head[26]) | int(head[27])<<8
		if 30+n <= len(head) {
			names = []string{string(head[30 : 30+n])}
		}
	}
	for _, n := range names {
		switch {
		case n == "word/document.xml":
			return "docx"
		case n == "xl/workbook.xml":
			return "xlsx"
		case n == "ppt/presentation.xml":
			return "pptx"
		case strings.EqualFold(n, "OFD.xml"):
			return "ofd"
		}
	}
	return "zip"
}

// budget is a ReaderAt that reads at most left bytes in all.
type budget struct {
	r    io.ReaderAt
	left int64
}

var errBudget = errors.New("read budget spent")

func (b *budget) ReadAt(p []byte, off int64) (int, error) {
	if int64(len(p)) > b.left {
		return 0, errBudget
	}
	b.left -= int64(len(p))
	return b.r.ReadAt(p, off)
}

// Rule is the check rule of a problem.
func (f Finding) Rule() string {
	switch f.Problem {
	case Missing:
		return diag.EvidenceMissing
	case BadName, Reserved, NotFile, Outside, Unreadable:
		return diag.EvidencePath
	case TooLarge:
		return diag.EvidenceTooLarge
	}
	return diag.EvidenceType
}

// FormCell is where an Excel form lists evidence names, for InForm.
var FormCell = i18n.T("“佐证材料”栏", "the 佐证材料 cell")

// InForm is a Message as a unit filling in an Excel form reads it: the
// names are listed in the form's 佐证材料 cell, not under a report's
// evidence field.
func InForm(m i18n.Text) i18n.Text {
	r := strings.NewReplacer("evidence 中", FormCell.Zh+"中")
	e := strings.NewReplacer("evidence lists names", FormCell.En+" lists names", "in evidence too", "in "+FormCell.En+" too")
	return i18n.T(r.Replace(m.Zh), e.Replace(m.En))
}

// Message says what is wrong with the file name shown as name, in dir
// (the folder it should be in, as shown).
func (f Finding) Message(name, dir string) i18n.Text {
	ext := Ext(name)
	what := i18n.T(strings.ToUpper(ext)+" 文件", "a ."+ext+" file")
	if len(accepts[ext]) > 0 {
		what = contentNames[accepts[ext][0]]
	}
	found := contentNames[f.Content]
	found.Zh, what.Zh = spaced(found.Zh), spaced(what.Zh)
	// both words a message whose parts differ by language.
	both := func(zh, en string, zhArgs, enArgs []any) i18n.Text {
		return i18n.T(fmt.Sprintf(zh, zhArgs...), fmt.Sprintf(en, enArgs...))
	}
	switch f.Problem {
	case BadName:
		return i18n.F("佐证材料“%s”不是一个文件名：evidence 中只写 %s/ 中的文件名，不能带目录、“..”、盘符或 Windows 文件名不能用的字符（\\ / : * ? \" < > |）",
			"evidence %q is not a file name: evidence lists names of files in %s/ only, with no folder, \"..\", drive or character Windows refuses in a name (\\ / : * ? \" < > |)", name, dir)
	case Reserved:
		return i18n.F("佐证材料“%s”是 Windows 不能使用的文件名（CON、PRN、AUX、NUL、COM0–COM9、COM¹–COM³、LPT0–LPT9、LPT¹–LPT³，带任何扩展名，或以点、空格结尾），"+
			"在办公电脑上无法打开或保存；请给文件改名，evidence 中也要改（文件在 %s/ 中）",
			"evidence %q is a name Windows cannot use (CON, PRN, AUX, NUL, COM0–COM9, COM¹–COM³, LPT0–LPT9 or LPT¹–LPT³ with any extension, or a name ending in a dot or a space), "+
				"so an office PC can neither open nor save it; rename the file, in evidence too (it belongs in %s/)", name, dir)
	case Missing:
		return i18n.F("佐证材料“%s”不在 %s/ 中；把文件放进这个目录，或改正文件名（包括扩展名）",
			"evidence %q is not in %s/; put the file there, or correct its name (extension included)", name, dir)
	case NotFile:
		return i18n.F("佐证材料“%s”不是普通文件（文件夹、设备或管道），未读取；请把文件本身放进 %s/",
			"evidence %q is not a regular file (a folder, a device or a pipe) and was not read; put the file itself in %s/", name, dir)
	case Outside:
		return i18n.F("佐证材料“%s”是指向数据目录之外的链接，未读取；请把文件本身复制进 %s/",
			"evidence %q is a link leading outside the data root and was not read; copy the file itself into %s/", name, dir)
	case TooLarge:
		size, max := model.FormatOver(f.Size, model.EvidenceMaxSize)
		limit := model.GroupDigits(model.EvidenceMaxSize)
		if bytes := model.GroupDigits(f.Size); size == bytes+" B" { // in bytes already: said once
			return i18n.F("佐证材料“%s”有 %s 字节，超过上限 %s（%s 字节），未读取；请压缩或拆分后再放入",
				"evidence %q is %s bytes, over the %s limit (%s bytes), and was not read; make it smaller or split it",
				name, bytes, max, limit)
		}
		return i18n.F("佐证材料“%s”有 %s（%s 字节），超过上限 %s（%s 字节），未读取；请压缩或拆分后再放入",
			"evidence %q is %s (%s bytes), over the %s limit (%s bytes), and was not read; make it smaller or split it",
			name, size, model.GroupDigits(f.Size), max, limit)
	case BadType:
		return i18n.F("佐证材料“%s”的类型不能作为佐证材料；可用：%s",
			"evidence %q is not of a type evidence may be; use: %s", name, strings.Join(model.EvidenceTypes, "、"))
	case Executable:
		return both("佐证材料“%s”的内容是%s，不是%s：程序和脚本不能作为佐证材料",
			"evidence %q holds %s, not %s: programs and scripts are never evidence",
			[]any{name, found.Zh, what.Zh}, []any{name, found.En, what.En})
	case Archive:
		return both("佐证材料“%s”的内容是%s，不是%s：压缩包不能作为佐证材料，请解压后放入其中的文件",
			"evidence %q holds %s, not %s: archives are not evidence; unpack it and put in its files",
			[]any{name, found.Zh, what.Zh}, []any{name, found.En, what.En})
	case Mismatch:
		fixed := strings.TrimSuffix(name, path.Ext(name)) + "." + ExtFor(f.Content)
		return both("佐证材料“%s”的内容是%s，与扩展名 .%s 不符：改名为 %s（evidence 中也要改）",
			"evidence %q holds %s, which its extension .%s does not say: rename it %s (in evidence too)",
			[]any{name, found.Zh, ext, fixed}, []any{name, found.En, ext, fixed})
	case Unknown:
		return both("佐证材料“%s”的内容不是%s（文件已损坏，或是别的文件改了扩展名）",
			"evidence %q is not %s (the file is damaged, or another file renamed)",
			[]any{name, what.Zh}, []any{name, what.En})
	case Unreadable:
		return i18n.F("无法读取佐证材料“%s”：%v", "cannot read evidence %q: %v", name, f.Err)
	}
	return i18n.Text{}
}

// spaced sets a word that starts in Latin letters apart from the Chinese
// before it: 内容是 PDF 文件.
func spaced(s string) string {
	if s != "" && s[0] < 0x80 {
		return " " + s
	}
	return s
}
