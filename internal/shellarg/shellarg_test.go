package shellarg

import (
	"os/exec"
	"testing"
)

func TestFor(t *testing.T) {
	for _, c := range []struct {
		sh       Shell
		in, want string
	}{
		{POSIX, "通知.txt", "通知.txt"},
		{POSIX, "../2021清单/通知-1.docx", "../2021清单/通知-1.docx"},
		{POSIX, "新建 文本文档.txt", "'新建 文本文档.txt'"},
		{POSIX, "新建\u3000文本文档.txt", "'新建\u3000文本文档.txt'"},
		{POSIX, `关于"三会一课"的通知.txt`, `'关于"三会一课"的通知.txt'`},
		{POSIX, "it's $HOME `x`!.txt", `'it'\''s $HOME ` + "`x`" + `!.txt'`},
		{POSIX, `C:\清单\通知.txt`, `'C:\清单\通知.txt'`},
		{POSIX, "", "''"},
		{Cmd, "通知.txt", "通知.txt"},
		{Cmd, "新建 文本文档.txt", `"新建 文本文档.txt"`},
		{Cmd, "a&b(1).txt", `"a&b(1).txt"`},
		{Cmd, "$x 'y'.txt", `"$x 'y'.txt"`},
		{Cmd, `C:\新建 文件夹\`, `"C:\新建 文件夹\\"`},
		{PowerShell, "通知.txt", "通知.txt"},
		{PowerShell, "新建 文本文档.txt", `"新建 文本文档.txt"`},
		{PowerShell, "a,b.txt", `"a,b.txt"`},
		{PowerShell, "工作$2021 (1).txt", "'工作$2021 (1).txt'"},
		{PowerShell, "it's $a.txt", "'it''s $a.txt'"},
		{Windows, "a&b.txt", `"a&b.txt"`},
		{Windows, "100%.txt", `"100%.txt"`},
		{Windows, "$a.txt", "'$a.txt'"},
		{Windows, `C:\新建 文件夹\`, `"C:\新建 文件夹\\"`},
		// PowerShell reads typographic quotes as its own: bare, they
		// would be dropped; in double quotes, “ would end them.
		{PowerShell, "关于“三会一课”的通知.docx", "'关于“三会一课”的通知.docx'"},
		{PowerShell, "张‘三’的表.xlsx", "\"张‘三’的表.xlsx\""},
		{PowerShell, "it’s $a “x”.txt", "'it’’s $a “x”.txt'"},
		{PowerShell, "—x.txt", "\"—x.txt\""},
		{PowerShell, `C:\“新建”\`, `'C:\“新建”\\'`},
		{Windows, "关于“三会一课”的通知.docx", "'关于“三会一课”的通知.docx'"},
		{Cmd, "关于“三会一课”的通知.docx", "关于“三会一课”的通知.docx"},
		{POSIX, "关于“三会一课”的通知.docx", "关于“三会一课”的通知.docx"},
	} {
		if got := For(c.sh, c.in); got != c.want {
			t.Errorf("For(%d, %q) = %s, want %s", c.sh, c.in, got, c.want)
		}
	}
}

// What a POSIX shell reads back from each is the path itself.
func TestPOSIXReadsBack(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	for _, s := range []string{"通知.txt", "新建 文本文档.txt", `关于"三会一课"的通知.txt`, "it's $HOME `id` $(id) !1 *.txt", `a\b\\c`, "~/x #y", "a\tb", "", "-x"} {
		out, err := exec.Command(sh, "-c", "printf '%s' "+For(POSIX, s)).Output()
		if err != nil || string(out) != s {
			t.Errorf("%q written %s reads back as %q (%v)", s, For(POSIX, s), out, err)
		}
	}
}
