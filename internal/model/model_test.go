package model

import (
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func TestTaskIDs(t *testing.T) {
	for _, c := range []struct{ a, b string }{{"01", "1"}, {"1", "1"}, {"15.02", "15.2"}, {"007", "7"}, {"0", "00"}} {
		if TaskKey(c.a) != TaskKey(c.b) || CompareTaskIDs(c.a, c.b) != 0 {
			t.Errorf("%s and %s should name the same task", c.a, c.b)
		}
	}
	ids := []string{"10", "2", "15.2", "15", "1", "15.10", "3a", "02.1"}
	sort.Slice(ids, func(i, j int) bool { return CompareTaskIDs(ids[i], ids[j]) < 0 })
	if got := strings.Join(ids, " "); got != "1 2 02.1 10 15 15.2 15.10 3a" { // numbers before words
		t.Errorf("order: %s", got)
	}
}

func TestIDRules(t *testing.T) {
	for s, want := range map[string]bool{"chikan-org": true, "a1": true, "Chikan": false, "-a": false, "a--b": false, "../x": false, "赤坎": false, "": false} {
		if IsSlug(s) != want {
			t.Errorf("IsSlug(%q) = %v", s, !want)
		}
	}
	for s, want := range map[string]bool{"2019Q2": true, "2019-H1": true, "..": false, "a/b": false, "": false, "-x": false} {
		if IsPeriodID(s) != want {
			t.Errorf("IsPeriodID(%q) = %v", s, !want)
		}
	}
	for s, want := range map[string]bool{"16": true, "15.2": true, "a.b": true, "1..2": false, "../1": false, "1/2": false} {
		if IsTaskID(s) != want {
			t.Errorf("IsTaskID(%q) = %v", s, !want)
		}
	}
}

func TestStatus(t *testing.T) {
	for _, s := range AllStatusSpellings() {
		st, ok := ParseStatus(s)
		if !ok || (st.Code() != s && st.Label(0) != s) {
			t.Errorf("ParseStatus(%q) = %v, %v", s, st, ok)
		}
	}
	if _, ok := ParseStatus("finished"); ok {
		t.Error("finished is not a status")
	}
}

func TestRegistryResolvesGroupsAndCycles(t *testing.T) {
	u := &Units{
		Units: []Unit{{ID: "a", Name: "甲"}, {ID: "b", Name: "乙"}, {ID: "c", Name: "丙", Aliases: []Ref{{Value: "C"}}}},
		Groups: []Group{
			{Name: "ab", Members: []Ref{{Value: "b"}, {Value: "甲"}}},
			{Name: "all", Members: []Ref{{Value: "ab"}, {Value: "C"}, {Value: "nobody"}}},
			{Name: "x", Members: []Ref{{Value: "y"}}},
			{Name: "y", Members: []Ref{{Value: "x"}}},
		},
	}
	r := NewRegistry(u)
	got, err := r.Resolve("all")
	if err != nil || strings.Join(got, ",") != "a,b,c" {
		t.Errorf("all = %v, %v", got, err)
	}
	if _, err := r.Resolve("x"); err == nil || len(err.Cycle) != 3 {
		t.Errorf("cycle not found: %+v", err)
	}
	if _, err := r.Resolve("nobody"); err == nil || err.Unknown != "nobody" {
		t.Errorf("unknown: %+v", err)
	}
	if got := r.ResolveAll([]string{"C", "ab", "x"}); strings.Join(got, ",") != "a,b,c" {
		t.Errorf("ResolveAll = %v", got)
	}
}

// Task ids: the key is stable, and the order is a total order on keys.
func FuzzTaskIDs(f *testing.F) {
	for _, s := range []string{"1", "01", "15.2", "015.02", "a.0", "0", "", " 1", "1..2", "9a"} {
		f.Add(s, "2")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ka := TaskKey(a)
		if TaskKey(ka) != ka {
			t.Fatalf("TaskKey not stable: %q → %q → %q", a, ka, TaskKey(ka))
		}
		if CompareTaskIDs(a, a) != 0 {
			t.Fatalf("%q differs from itself", a)
		}
		ab, ba := CompareTaskIDs(a, b), CompareTaskIDs(b, a)
		if (ab < 0) != (ba > 0) || (ab == 0) != (ba == 0) {
			t.Fatalf("order not antisymmetric: %q %q: %d %d", a, b, ab, ba)
		}
		if ab == 0 && TaskKey(a) != TaskKey(b) {
			t.Fatalf("%q and %q compare equal with different keys", a, b)
		}
		if IsTaskID(a) && strings.ContainsAny(a, "/\\") {
			t.Fatalf("%q would name a path", a)
		}
		if (IsSlug(a) || IsPeriodID(a)) && (strings.Contains(a, "..") || strings.ContainsAny(a, "/\\")) {
			t.Fatalf("%q would name a path", a)
		}
	})
}

func TestLookAlike(t *testing.T) {
	for s, bad := range map[string]bool{
		"市委组织部": false, "a-org": false, "乙区 委": false,
		"a-org\u200b": true, "\u200da-org": true, "a-org ": true, " 市委": true, "市委\u3000": true,
		"Cafe\u0301": true, "Caf\u00e9": false, "甲\u202e乙": true, "甲\u00ad乙": true, "\ufeff甲": true,
	} {
		if _, got := LookAlike(s); got != bad {
			t.Errorf("LookAlike(%q) = %v, want %v", s, got, bad)
		}
	}
}

func TestReservedName(t *testing.T) {
	for s, want := range map[string]bool{
		"CON": true, "con": true, "Aux": true, "nul": true, "PRN": true, "com1": true, "LPT9": true, "con.2": true, "com¹.pdf": true, "LPT³": true, "com0": true,
		"com⁴": false, "com¹¹": false,
		"com": false, "com10": false, "console": false, "a-org": false, "16": false, "2019Q2": false, "aux-org": false,
	} {
		if got := ReservedName(s); got != want {
			t.Errorf("ReservedName(%q) = %v, want %v", s, got, want)
		}
	}
}

// A size over a limit never reads as equal to it: 21,000,009 bytes is
// 20.0 MB to one decimal, like the 20 MB limit, so it takes two.
func TestFormatOver(t *testing.T) {
	cases := []struct {
		n, limit  int64
		size, max string
	}{
		{21000009, EvidenceMaxSize, "20.03 MB", "20 MB"},
		{EvidenceMaxSize + 1, EvidenceMaxSize, "20,971,521 B", "20 MB"},
		{25 << 20, EvidenceMaxSize, "25.0 MB", "20 MB"},
		{3 << 30, 2 << 30, "3.0 GB", "2 GB"},
		{2 << 30, EvidenceMaxSize, "2.0 GB", "20 MB"},
		{5, 3, "5 B", "3 B"},
		{1500, 1000, "1.5 KB", "1,000 B"},
		{1234567, 1000000, "1.2 MB", "976.6 KB"},
	}
	for _, c := range cases {
		if size, max := FormatOver(c.n, c.limit); size != c.size || max != c.max {
			t.Errorf("FormatOver(%d, %d) = %q, %q; want %q, %q", c.n, c.limit, size, max, c.size, c.max)
		}
	}
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 21000009: "21,000,009", 123456: "123,456"} {
		if got := GroupDigits(n); got != want {
			t.Errorf("GroupDigits(%d) = %q, want %q", n, got, want)
		}
	}
}

// TaskKey gives an id that is its own key back, and for any other what
// splitting it at its dots, dropping each number's leading zeros and
// joining them again gives, without the copies where it can.
func FuzzTaskKey(f *testing.F) {
	for _, s := range []string{"007", " 007 ", "0", "00", "", " ", "15.02", "1.2.3", "a01", "01a", "1 2", "０１"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		segs := strings.Split(strings.TrimSpace(id), ".")
		for i, s := range segs {
			if isDigits(s) {
				if segs[i] = strings.TrimLeft(s, "0"); segs[i] == "" {
					segs[i] = "0"
				}
			}
		}
		want := strings.Join(segs, ".")
		if canonical(id) {
			want = id
		}
		if got := TaskKey(id); got != want {
			t.Errorf("TaskKey(%q) = %q, want %q", id, got, want)
		}
	})
}

// What the system and office programs leave in a folder is told apart
// from what a person put there.
func TestSystemFile(t *testing.T) {
	for _, s := range []string{"Thumbs.db", "thumbs.DB", "ehthumbs.db", "desktop.ini", "Desktop.ini", ".DS_Store", "~$纪要.docx", ".~lock.表.xlsx#", "._照片.jpg"} {
		if !SystemFile(s) {
			t.Errorf("SystemFile(%q) = false", s)
		}
	}
	for _, s := range []string{"纪要.docx", "Thumbs.db.jpg", "my desktop.ini.pdf", "照片~$.jpg", ".keep", "desktop.ini.txt"} {
		if SystemFile(s) {
			t.Errorf("SystemFile(%q) = true", s)
		}
	}
}

// TestPairsNumberOwnersInTurn: the ledger keeps a value for each (task,
// owner) pair in one slice and finds a task's pairs from its first, so
// Pair must number a task's owners one after another in Owners' order
// from FirstPair,
// the tasks in the repository's order with a repeated id skipped, and
// answer Owns exactly.
func TestPairsNumberOwnersInTurn(t *testing.T) {
	ref := func(s ...string) []Ref {
		var out []Ref
		for _, v := range s {
			out = append(out, Ref{Value: v})
		}
		return out
	}
	repo := &Repo{
		Units: &Units{
			Units:  []Unit{{ID: "a", Name: "甲"}, {ID: "b", Name: "乙"}, {ID: "c", Name: "丙"}, {ID: "d", Name: "丁"}},
			Groups: []Group{{Name: "组", Members: ref("c", "a")}},
		},
		Tasks: []*Task{
			{ID: "1", Owners: ref("丁", "组")},      // a, c, d in registry order
			{ID: "2", Owners: ref("nobody")},      // none
			{ID: "01", Owners: ref("b")},          // the same task as 1: skipped
			{ID: "3", Owners: ref("b", "甲", "b")}, // a, b
		},
	}
	x := NewIndex(repo)
	want := []struct {
		task  string
		units []string
	}{{"1", []string{"a", "c", "d"}}, {"2", nil}, {"3", []string{"a", "b"}}}
	n := 0
	for _, w := range want {
		if got := x.Owners(w.task); strings.Join(got, ",") != strings.Join(w.units, ",") {
			t.Fatalf("Owners(%s) = %v, want %v", w.task, got, w.units)
		}
		if len(w.units) > 0 && x.FirstPair(TaskKey(w.task)) != n {
			t.Errorf("FirstPair(%s) = %d, want %d", w.task, x.FirstPair(TaskKey(w.task)), n)
		}
		for _, u := range w.units {
			if p, ok := x.UnitPairs(u).Pair(TaskKey(w.task)); !ok || p != n {
				t.Errorf("UnitPairs(%s).Pair(%s) = %d, %v; want %d, true", u, w.task, p, ok, n)
			}
			if p, ok := x.Pair(u, TaskKey(w.task)); !ok || p != n {
				t.Errorf("Pair(%s, %s) = %d, %v; want %d, true", u, w.task, p, ok, n)
			}
			n++
		}
	}
	if x.Pairs() != n {
		t.Errorf("Pairs() = %d, want %d", x.Pairs(), n)
	}
	for _, task := range []string{"1", "01", "2", "3", "4"} {
		for _, u := range []string{"a", "b", "c", "d", "e", ""} {
			_, ok := x.Pair(u, TaskKey(task))
			owns := false
			for _, o := range x.Owners(task) {
				owns = owns || o == u
			}
			if ok != owns || x.Owns(u, task) != owns {
				t.Errorf("unit %q, task %s: Pair says %v, Owns %v, Owners %v", u, task, ok, x.Owns(u, task), owns)
			}
		}
	}
}

// FormatNumber writes what strconv.FormatFloat writes, whole numbers
// included.
func TestFormatNumberAsFormatFloat(t *testing.T) {
	check := func(f float64) {
		if got, want := FormatNumber(f), strconv.FormatFloat(f, 'f', -1, 64); got != want {
			t.Fatalf("FormatNumber(%v) = %q, FormatFloat %q", f, got, want)
		}
	}
	for k := -20000; k <= 20000; k++ {
		check(float64(k))
		check(float64(k) / 10)
		check(math.Round(float64(k)*1.37) / 10)
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1e15, 1e15 - 1, -1e15, -1e15 + 1, 1e15 + 1, 1 << 53, 1<<53 + 2, -(1 << 53), 1 << 62, 1 << 63, -(1 << 63),
		1e300, -1e300, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1, 99.99999, math.Inf(1), math.Inf(-1), math.NaN(), math.Nextafter(1e15, 0), math.Nextafter(100, 101)} {
		check(f)
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 100000; i++ {
		check(math.Float64frombits(r.Uint64()))
		check(math.Trunc(r.NormFloat64() * math.Pow(10, float64(r.Intn(20)))))
	}
}
