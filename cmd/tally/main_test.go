package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"tally/internal/testrepo"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"tally/internal/cli"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"tally": func() { os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr)) },
		// stand-ins for the pipeline test (ci_test.go)
		"gh":   fakeGh,
		"curl": fakeCurl,
	})
}

// The project root holds the bundled 2019 data.

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       os.Getenv("UPDATE_SCRIPTS") == "1",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("TALLY_TODAY", "2019-07-10")
			env.Setenv("TALLY_LANG", "")
			env.Setenv("HOME", env.WorkDir)
			// git, for the history scripts: an identity and no user configuration.
			for k, v := range map[string]string{"GIT_AUTHOR_NAME": "张三", "GIT_AUTHOR_EMAIL": "zhang@example.com",
				"GIT_COMMITTER_NAME": "张三", "GIT_COMMITTER_EMAIL": "zhang@example.com", "GIT_CONFIG_GLOBAL": os.DevNull,
				"GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_DATE": "2019-07-06T10:00:00+08:00", "GIT_COMMITTER_DATE": "2019-07-06T10:00:00+08:00"} {
				env.Setenv(k, v)
			}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"bundled": cmdBundled,
			"evfile":  cmdEvidenceFile,
			"fill":    cmdFill,
			"gbk":     cmdGBK,
			"utf16":   cmdUTF16,
			"replace": cmdReplace,
			"sheet":   cmdSheet,
			"xls":     cmdXLS,
		},
	})
}

// bundled DIR copies the project's data (plan, units, tasks, reports,
// seeds) into DIR.
func cmdBundled(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: bundled DIR")
	}
	ts.Check(testrepo.Write(ts.MkAbs(args[0]), testrepo.Bundled()))
}

// evfile KIND FILE… writes real files of a kind at each FILE, whatever
// its name: pdf and pdf2 (two one-page PDFs), jpeg (a small photo), zip (an archive),
// exe (a Windows program's start).
func cmdEvidenceFile(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 {
		ts.Fatalf("usage: evfile pdf|pdf2|jpeg|zip|exe FILE…")
	}
	data := map[string][]byte{"pdf": testrepo.PDF("Minutes of the meeting"), "pdf2": testrepo.PDF("Minutes, corrected"), "jpeg": testrepo.JPEG(),
		"zip": testrepo.Zip("照片1.jpg", "说明.txt"), "exe": testrepo.Program()}[args[0]]
	if data == nil {
		ts.Fatalf("evfile: unknown kind %s", args[0])
	}
	for _, f := range args[1:] {
		ts.Check(os.WriteFile(ts.MkAbs(f), data, 0o644))
	}
}

// xls FILE writes a real old-format Excel workbook (.xls) at FILE.
func cmdXLS(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: xls FILE")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), testrepo.OldExcel(), 0o644))
}

// gbk FILE re-encodes FILE from UTF-8 to GBK, as Windows Notepad's "ANSI" does.
func cmdGBK(ts *testscript.TestScript, neg bool, args []string) {
	for _, a := range args {
		p := ts.MkAbs(a)
		b, err := os.ReadFile(p)
		ts.Check(err)
		g, err := simplifiedchinese.GBK.NewEncoder().Bytes(b)
		ts.Check(err)
		ts.Check(os.WriteFile(p, g, 0o644))
	}
}

// utf16 [-nobom] FILE re-encodes FILE from UTF-8 to UTF-16LE with a byte
// order mark, as Windows Notepad's "Unicode" does; -nobom leaves it out.
func cmdUTF16(ts *testscript.TestScript, neg bool, args []string) {
	bom := true
	if len(args) > 0 && args[0] == "-nobom" {
		bom, args = false, args[1:]
	}
	for _, a := range args {
		p := ts.MkAbs(a)
		b, err := os.ReadFile(p)
		ts.Check(err)
		var out []byte
		if bom {
			out = append(out, 0xFF, 0xFE)
		}
		for _, u := range utf16.Encode([]rune(string(b))) {
			out = append(out, byte(u), byte(u>>8))
		}
		ts.Check(os.WriteFile(p, out, 0o644))
	}
}

// replace FILE OLD NEW replaces the one occurrence of OLD in FILE (\n in
// OLD and NEW is a line break).
func cmdReplace(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: replace FILE OLD NEW")
	}
	p := ts.MkAbs(args[0])
	b, err := os.ReadFile(p)
	ts.Check(err)
	old := strings.ReplaceAll(args[1], `\n`, "\n")
	repl := strings.ReplaceAll(args[2], `\n`, "\n")
	if n := strings.Count(string(b), old); n != 1 {
		ts.Fatalf("%s: %q occurs %d times, want once", args[0], old, n)
	}
	ts.Check(os.WriteFile(p, []byte(strings.Replace(string(b), old, repl, 1)), 0o644))
}

// sheet FILE SHEET prints a workbook's sheet, a row a line, its cells as
// they show separated by " | ", for stdout to match.
func cmdSheet(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: sheet FILE SHEET")
	}
	f, err := excelize.OpenFile(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	rows, err := f.GetRows(args[1])
	ts.Check(err)
	for _, r := range rows {
		for i := range r {
			r[i] = strings.ReplaceAll(r[i], "\n", "⏎")
		}
		fmt.Fprintln(ts.Stdout(), strings.Join(r, " | "))
	}
}

// fill FILE CELL VALUE… types into the first sheet of a workbook, as a
// user would: n:60 is a number, d:2019-10-08 a date, anything else text.
func cmdFill(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 3 || len(args)%2 != 1 {
		ts.Fatalf("usage: fill FILE CELL VALUE…")
	}
	f, err := excelize.OpenFile(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	sheet := f.GetSheetName(0)
	for i := 1; i < len(args); i += 2 {
		var v any = args[i+1]
		if s, ok := strings.CutPrefix(args[i+1], "n:"); ok {
			n, err := strconv.Atoi(s)
			ts.Check(err)
			v = n
		} else if s, ok := strings.CutPrefix(args[i+1], "d:"); ok {
			d, err := time.Parse("2006-01-02", s)
			ts.Check(err)
			v = d
		}
		ts.Check(f.SetCellValue(sheet, args[i], v))
	}
	ts.Check(f.Save())
}
