package notice

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

var updatePinyin = flag.Bool("update-pinyin", false, "rewrite pinyin_table.go from go-pinyin's dictionary")

// go-pinyin's reading of r as spell used it: the first reading, in the
// plain style (no tones), or "" for a character it has none for.
func libraryPinyin(r rune) string {
	if p := pinyin.SinglePinyin(r, pinyin.NewArgs()); len(p) > 0 {
		return p[0]
	}
	return ""
}

// Every character reads as go-pinyin reads it.
func TestPinyinAsLibrary(t *testing.T) {
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := pinyinOf(r), libraryPinyin(r); got != want {
			t.Errorf("%U %c: %q, go-pinyin %q", r, r, got, want)
			if bad++; bad == 20 {
				t.FailNow()
			}
		}
	}
	for name, want := range map[string][2]string{
		"市委组织部":     {"swzzb", "shiweizuzhibu"},
		"区发展和改革委员会": {"qfzhggwyh", "qufazhanhegaigeweiyuanhui"},
		"绿化局A1":     {"lhja1", "lvhuajua1"},
		"〇":         {"l", "ling"},
	} {
		if ini, whole := spell(name); ini != want[0] || whole != want[1] {
			t.Errorf("spell(%q) = %q, %q, want %q, %q", name, ini, whole, want[0], want[1])
		}
	}
}

// pinyin_table.go is what go-pinyin's dictionary gives now.
func TestPinyinTable(t *testing.T) {
	src := pinyinTableSource(t)
	if *updatePinyin {
		if err := os.WriteFile("pinyin_table.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile("pinyin_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, src) {
		t.Fatal("pinyin_table.go is not what go-pinyin's dictionary gives: go test ./internal/notice -run TestPinyinTable -update-pinyin")
	}
}

// pinyinTableSource writes the table pinyinOf reads: each character of
// go-pinyin's dictionary with its reading as spell uses it, in runs of
// consecutive code points, as arrays of numbers the compiler lays out in
// the binary, so that no command pays at start for a dictionary only the
// import reads (go-pinyin builds a map of 42,000 entries in its init).
func pinyinTableSource(t *testing.T) []byte {
	var chars []rune
	for k := range pinyin.PinyinDict {
		if libraryPinyin(rune(k)) != "" {
			chars = append(chars, rune(k))
		}
	}
	slices.Sort(chars)
	syllables := []string{""}
	number := map[string]int{"": 0}
	var first []rune
	var at []int
	var reading []int
	for i, r := range chars {
		s := libraryPinyin(r)
		n, ok := number[s]
		if !ok {
			n = len(syllables)
			number[s] = n
			syllables = append(syllables, s)
		}
		if i == 0 || r != chars[i-1]+1 {
			first = append(first, r)
			at = append(at, len(reading))
		}
		reading = append(reading, n)
	}
	at = append(at, len(reading))
	if len(syllables) > 1<<16 {
		t.Fatalf("%d readings do not fit in 16 bits", len(syllables))
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated from the dictionary of github.com/mozillazg/go-pinyin (MIT) by\n")
	fmt.Fprintf(&b, "// go test ./internal/notice -run TestPinyinTable -update-pinyin; DO NOT EDIT.\n\npackage notice\n\n")
	fmt.Fprintf(&b, "// pinyinSyllables holds the %d readings, reading n at\n// pinyinSyllableAt[n]:pinyinSyllableAt[n+1]; reading 0 is none.\n", len(syllables)-1)
	fmt.Fprintf(&b, "const pinyinSyllables = %q\n\n", strings.Join(syllables, ""))
	var ends []int
	end := 0
	ends = append(ends, 0)
	for _, s := range syllables {
		end += len(s)
		ends = append(ends, end)
	}
	numbers(&b, "pinyinSyllableAt", "uint16", ends)
	fmt.Fprintf(&b, "// The %d characters with a reading, in %d runs of consecutive code\n", len(chars), len(first))
	fmt.Fprintf(&b, "// points: run i starts at pinyinRunFirst[i], and its characters' readings\n")
	fmt.Fprintf(&b, "// are pinyinReading[pinyinRunAt[i]:pinyinRunAt[i+1]].\n")
	firsts := make([]int, len(first))
	for i, r := range first {
		firsts[i] = int(r)
	}
	numbers(&b, "pinyinRunFirst", "rune", firsts)
	numbers(&b, "pinyinRunAt", "uint32", at)
	numbers(&b, "pinyinReading", "uint16", reading)
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func numbers(b *bytes.Buffer, name, typ string, ns []int) {
	fmt.Fprintf(b, "var %s = [...]%s{", name, typ)
	for i, n := range ns {
		if i%16 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "%d, ", n)
	}
	b.WriteString("\n}\n\n")
}
