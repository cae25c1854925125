package load

import (
	"io/fs"
	"path"
	"strings"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// ProperName returns the name a data file plainly meant as one was to
// have: 16.yml, chikan-org.YAML, chikan-org.yaml.txt (Notepad adds .txt,
// and Explorer hides it) are 16.yaml and chikan-org.yaml. It returns
// false for any other name.
func ProperName(name string) (string, bool) {
	base := name
	if b, ok := cutSuffixFold(base, ".txt"); ok {
		base = b
	}
	for _, ext := range []string{".yaml", ".yml"} {
		if b, ok := cutSuffixFold(base, ext); ok && b != "" && b+".yaml" != name {
			return b + ".yaml", true
		}
	}
	return "", false
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// misnamed reports a file of folder dir that is plainly a data file under
// a wrong name (ProperName): an error, with the rename to do. It returns
// the name the file should have and whether its content should still be
// checked, or false for a file that is not one. A file whose proper name
// is taken is not read: the other is.
// A report's name is a unit id, in lower case (lower): XIASHAN-PUB.YAML is
// xiashan-pub.yaml, said in one step.
func misnamed(fsys fs.FS, dir string, e fs.DirEntry, d *diag.List, lower bool) (proper string, read, ok bool) {
	proper, ok = ProperName(e.Name())
	caseOnly := false
	if lower {
		name := e.Name()
		if ok {
			name = proper
		}
		if l := strings.ToLower(name); l != name && strings.HasSuffix(l, ".yaml") && model.IsSlug(strings.TrimSuffix(l, ".yaml")) {
			caseOnly = !ok
			proper, ok = l, true
		}
	}
	if !ok || e.IsDir() {
		return "", false, false
	}
	file, want := dir+"/"+e.Name(), dir+"/"+proper
	if _, err := lstat(fsys, want); err == nil {
		d.Add(file, model.Pos{}, diag.Misnamed, i18n.F(
			"这是 %s 的另一份（文件名不对，没有读入）；tally 只读取 %s：请核对两者，把要保留的内容并入 %s，再删除这个文件",
			"this is another copy of %s under a wrong name, and is not read; tally reads only %s: compare the two, keep what is needed in %s and delete this file",
			proper, proper, proper))
		return proper, false, true
	}
	why := i18n.T("扩展名应为 .yaml（小写）", "the name should end in .yaml (lower case)")
	if caseOnly {
		why = i18n.T("文件名应为小写的单位编号", "the name should be the unit's id, in lower case")
	}
	if _, ok := cutSuffixFold(e.Name(), ".txt"); ok {
		why = i18n.T("文件名多了“.txt”（记事本保存时加上的；资源管理器默认不显示扩展名，在“查看”中勾选“文件扩展名”就能看到）",
			"the name ends in \".txt\" (Notepad adds it, and Explorer hides it unless \"File name extensions\" is ticked under View)")
	}
	hint := renameHint(fsys, file, want)
	d.Add(file, model.Pos{}, diag.Misnamed, i18n.T(
		why.Zh+"，这个文件没有计入台账：把它改名为 "+proper+hint.Zh,
		why.En+", so the file does not count: rename it "+proper+hint.En))
	return proper, true, true
}

// renameHint is the git command for a rename, where the data root is a
// git repository ("" elsewhere).
func renameHint(fsys fs.FS, from, to string) i18n.Text {
	if _, err := lstat(fsys, ".git"); err != nil {
		return i18n.Text{}
	}
	return GitMove(from, to)
}

// GitMove is the advice to rename with git when the file is committed.
func GitMove(from, to string) i18n.Text {
	cmd := "git mv " + from + " " + to
	return i18n.T("（已提交到 git 的，运行 "+cmd+"）", " (if it is committed to git, run "+cmd+")")
}

// checkOnlyJob is the job that reads a misnamed report for check only.
func checkOnlyJob(dir, name, proper string) job {
	return job{file: dir + "/" + name, kind: kindReport, dir: path.Base(dir), base: strings.TrimSuffix(proper, ".yaml"), checkOnly: true}
}
