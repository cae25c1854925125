// Command bench times tally against DESIGN §8's and issue #28's targets on
// a generated province repository: `tally check` beside the YAML floor and
// beside only reading every file (checking it is UTF-8), `tally summary`
// beside a Python script with PyYAML's C loader (and the same writing a
// one-sheet table with openpyxl), `tally export`, `tally site`, `tally
// forms` for every unit, peak memory, growth with the data (1×, 2×, 4×),
// and history on the province
// written as a git history (`tally log` beside `git log -p -- reports`,
// `tally diff` of one report's commit and of a quarter's beside `tally
// check`). It prints the median of several runs and the ratios, and exits
// 1 if a target is missed.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"tally/internal/gen"
)

type result struct {
	wall time.Duration // median
	rss  int64         // peak, KB
}

func run(runs int, dir string, name string, args ...string) result {
	var walls []time.Duration
	var rss int64
	for i := 0; i < runs; i++ {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		start := time.Now()
		out, err := cmd.CombinedOutput()
		wall := time.Since(start)
		if cmd.ProcessState == nil || cmd.ProcessState.ExitCode() > 1 {
			fmt.Fprintf(os.Stderr, "bench: %s %v: %v\n%s\n", name, args, err, tail(out))
			os.Exit(2)
		}
		walls = append(walls, wall)
		rss = max(rss, peakRSS(cmd.ProcessState))
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	return result{walls[len(walls)/2], rss}
}

// median is the median wall time and the largest memory of several results.
func median(rs []result) result {
	walls := make([]time.Duration, len(rs))
	var rss int64
	for i, r := range rs {
		walls[i] = r.wall
		rss = max(rss, r.rss)
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	return result{walls[len(walls)/2], rss}
}

// dataSize counts the data files under dir and their bytes.
func dataSize(dir string) (files int, size int64) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".yaml") {
			if info, err := d.Info(); err == nil {
				files, size = files+1, size+info.Size()
			}
		}
		return nil
	})
	return files, size
}

// lastPeriod is the generated province's last quarter, the one forms
// are written for.
const lastPeriod = "2024Q4"

func tail(b []byte) []byte {
	if len(b) > 2000 {
		return b[len(b)-2000:]
	}
	return b
}

var failed bool

func target(ok bool, format string, args ...any) {
	mark := "met"
	if !ok {
		mark, failed = "MISSED", true
	}
	fmt.Printf("  %-6s  "+format+"\n", append([]any{mark}, args...)...)
}

func main() {
	tally := flag.String("tally", "bin/tally", "the tally binary")
	floor := flag.String("floor", "bin/floor", "the floor binary")
	python := flag.String("python", "/usr/bin/python3", "Python with PyYAML (C loader) and openpyxl")
	script := flag.String("script", "bench/summary.py", "the Python summary")
	runs := flag.Int("runs", 7, "runs of each command (the median is reported)")
	growth := flag.Bool("growth", true, "also measure 2× and 4× the data")
	hist := flag.Bool("history", true, "also measure log and diff on the province as a git history")
	histOnly := flag.Bool("history-only", false, "measure only log and diff on the province as a git history")
	// Creating a file costs what the file system makes it cost: on ext4
	// without a journal, for one, each new file's inode is looked for past
	// every inode freed in the last minutes in its block group, so in a
	// temporary folder where other builds and tests create and delete
	// thousands of files the site's 2,206 files can cost many times what
	// they cost elsewhere (BENCHMARKS.md, Round 4). -out puts the outputs
	// where that can be told apart.
	outDir := flag.String("out", os.TempDir(), "the `folder` the workbook, the site and the forms are written in")
	flag.Parse()
	if !rssMeasured {
		fmt.Fprintln(os.Stderr, "bench: peak memory is read with getrusage, which this system lacks; run it on Linux")
		os.Exit(2)
	}
	for _, p := range []*string{tally, floor, script} {
		abs, err := filepath.Abs(*p)
		if err != nil {
			panic(err)
		}
		*p = abs
	}
	if *histOnly {
		benchHistory(*tally, *runs)
		finish()
	}
	dir, err := gen.Cached(gen.Province)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
	out := filepath.Join(*outDir, "tally-bench.xlsx")
	site := filepath.Join(*outDir, "tally-bench-site")
	files, size := dataSize(dir)
	fmt.Printf("province: %d tasks, %d units, %d quarters: %d files, %.1f MB (%s)\n",
		gen.Province.Tasks, gen.Province.Units, gen.Province.Periods, files, float64(size)/1e6, dir)
	fmt.Printf("median of %d runs; peak memory is the largest resident set seen\n\n", *runs)

	// The floor and the commands compared with it run in turn, round after round, so that drift in
	// the machine (caches, clock boost, neighbours) falls on all alike.
	forms := filepath.Join(*outDir, "tally-bench-forms")
	var flRuns, utRuns, ckRuns, smRuns, exRuns, siRuns, foRuns, pyRuns, pyxRuns []result
	for i := 0; i < *runs; i++ {
		flRuns = append(flRuns, run(1, dir, *floor, "."))
		utRuns = append(utRuns, run(1, dir, *floor, "-utf8", "."))
		ckRuns = append(ckRuns, run(1, dir, *tally, "check", "--format", "json"))
		smRuns = append(smRuns, run(1, dir, *tally, "summary", "--format", "json"))
		exRuns = append(exRuns, run(1, dir, *tally, "export", "--force", "-o", out))
		siRuns = append(siRuns, run(1, dir, *tally, "site", "-o", site))
		foRuns = append(foRuns, run(1, dir, *tally, "forms", "--period", lastPeriod, "--force", "-o", forms))
		pyRuns = append(pyRuns, run(1, dir, *python, *script, "."))
		pyxRuns = append(pyxRuns, run(1, dir, *python, *script, ".", "--xlsx", out+".py.xlsx"))
	}
	fl, ut, ck, sm := median(flRuns), median(utRuns), median(ckRuns), median(smRuns)
	ex, si, fo, py, pyx := median(exRuns), median(siRuns), median(foRuns), median(pyRuns), median(pyxRuns)
	fmt.Printf("%-44s %10s %10s\n", "command", "wall", "peak RSS")
	for _, r := range []struct {
		name string
		r    result
	}{
		{"floor: parse every file (yaml.v3, all cores)", fl},
		{"floor: read every file, check UTF-8", ut},
		{"tally check", ck},
		{"tally summary --format json", sm},
		{"tally export", ex},
		{"tally site", si},
		{"tally forms (every unit)", fo},
		{"python summary (PyYAML CLoader)", py},
		{"python summary + openpyxl workbook", pyx},
	} {
		fmt.Printf("%-44s %9.2fs %8.0f MB\n", r.name, r.r.wall.Seconds(), float64(r.r.rss)/1024)
	}
	fmt.Println("\ntargets:")
	target(ck.wall.Seconds() <= 1.5*fl.wall.Seconds(), "check is %.2f× the YAML floor (target ≤ 1.5×)", ck.wall.Seconds()/fl.wall.Seconds())
	target(ck.wall.Seconds() <= 2.5*ut.wall.Seconds(), "check is %.2f× reading the files (target ≤ 2.5×)", ck.wall.Seconds()/ut.wall.Seconds())
	target(py.wall.Seconds() >= 5*sm.wall.Seconds(), "summary is %.2f× faster than Python (target ≥ 5×)", py.wall.Seconds()/sm.wall.Seconds())
	target(pyx.wall.Seconds() >= 10*sm.wall.Seconds(), "summary is %.2f× faster than Python with the openpyxl table (target ≥ 10×)", pyx.wall.Seconds()/sm.wall.Seconds())
	target(ex.wall <= 1500*time.Millisecond, "export takes %.2fs (target ≤ 1.5 s)", ex.wall.Seconds())
	target(ex.rss <= 250*1024, "export peak memory %.0f MB (target ≤ 250 MB)", float64(ex.rss)/1024)
	target(si.wall <= time.Second, "site takes %.2fs (target ≤ 1 s)", si.wall.Seconds())
	target(fo.wall <= 5*time.Second, "forms take %.2fs (target ≤ 5 s)", fo.wall.Seconds())
	target(ck.rss <= 100*1024, "check peak memory %.0f MB (target ≤ 100 MB)", float64(ck.rss)/1024)
	sitePages(site)
	peak := max(ck.rss, sm.rss, ex.rss, si.rss, fo.rss)
	target(peak < 500*1024, "peak memory %.0f MB (target < 500 MB)", float64(peak)/1024)

	if *growth {
		// The machine itself is not linear in the data (page cache, memory
		// bandwidth), so growth is judged against the floor at each size:
		// tally's time over the floor's should not grow with the data.
		fmt.Println("\ngrowth with the data (tasks and units ×2, ×4), against the floor at each size:")
		base := map[string]float64{"check": ck.wall.Seconds() / fl.wall.Seconds(), "summary": sm.wall.Seconds() / fl.wall.Seconds()}
		for _, k := range []int{2, 4} {
			o := gen.Province
			o.Units *= k
			o.Tasks *= k
			d, err := gen.Cached(o)
			if err != nil {
				fmt.Fprintln(os.Stderr, "bench:", err)
				os.Exit(2)
			}
			n := max(*runs/2, 1)
			f := run(n, d, *floor, ".")
			fmt.Printf("  %d×: floor %.2fs\n", k, f.wall.Seconds())
			for _, c := range []string{"check", "summary"} {
				r := run(n, d, *tally, c, "--format", "json")
				ratio := r.wall.Seconds() / f.wall.Seconds()
				target(ratio <= 1.25*base[c], "%s at %d×: %.2fs, %.2f× the floor (1×: %.2f×; target ≤ %.2f×), peak %.0f MB",
					c, k, r.wall.Seconds(), ratio, base[c], 1.25*base[c], float64(r.rss)/1024)
			}
		}
	}
	if *hist {
		benchHistory(*tally, max(*runs/2, 1))
	}
	finish()
}

// finish says whether every target was met, and exits 1 if not.
func finish() {
	if failed {
		fmt.Println("\nsome targets were missed")
		os.Exit(1)
	}
	fmt.Println("\nevery target met")
	os.Exit(0)
}

// benchHistory measures DESIGN §8's "history costs what changed" on the
// province as a git history: a commit with the plan, units and tasks, one
// commit per unit's report in the first quarter, then one per quarter
// (HEAD~3..HEAD). It is generated once into the temporary folder.
func benchHistory(tally string, runs int) {
	dir, err := gen.CachedHistory(gen.Province)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
	fmt.Printf("\nhistory (%s), median of %d runs:\n", dir, runs)
	var gl, lg, ck, d1, dq []result
	for i := 0; i < runs; i++ {
		gl = append(gl, run(1, dir, "git", "log", "-p", "--", "reports"))
		lg = append(lg, run(1, dir, tally, "log"))
		ck = append(ck, run(1, dir, tally, "check", "--format", "json"))
		d1 = append(d1, run(1, dir, tally, "diff", "HEAD~4", "HEAD~3"))
		dq = append(dq, run(1, dir, tally, "diff", "HEAD~1", "HEAD"))
	}
	g, l, c, one, q := median(gl), median(lg), median(ck), median(d1), median(dq)
	for _, r := range []struct {
		name string
		r    result
	}{
		{"git log -p -- reports", g},
		{"tally log", l},
		{"tally check", c},
		{"tally diff HEAD~4 HEAD~3 (one report)", one},
		{"tally diff HEAD~1 HEAD (a quarter)", q},
	} {
		fmt.Printf("%-44s %9.2fs %8.0f MB\n", r.name, r.r.wall.Seconds(), float64(r.r.rss)/1024)
	}
	target(l.wall.Seconds() <= 2*g.wall.Seconds(), "log is %.2f× git log -p (target ≤ 2×)", l.wall.Seconds()/g.wall.Seconds())
	target(l.rss < 500*1024, "log peak memory %.0f MB (target < 500 MB)", float64(l.rss)/1024)
	target(one.wall.Seconds() < 0.5*c.wall.Seconds(), "one report's diff is %.2f× check (target < 0.5×)", one.wall.Seconds()/c.wall.Seconds())
	target(q.wall.Seconds() <= 3*c.wall.Seconds(), "a quarter's diff is %.2f× check (target ≤ 3×)", q.wall.Seconds()/c.wall.Seconds())
}

// sitePages reports the size of the site's pages, by kind.
func sitePages(dir string) {
	for _, kind := range []string{".", "tasks", "units", "periods"} {
		entries, _ := os.ReadDir(filepath.Join(dir, kind))
		n, total, largest := 0, int64(0), int64(0)
		for _, e := range entries {
			if info, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".html") {
				n, total, largest = n+1, total+info.Size(), max(largest, info.Size())
			}
		}
		if n > 0 {
			fmt.Printf("  site pages in %-8s %5d, mean %4.0f KB, largest %4.0f KB\n", kind+":", n, float64(total)/float64(n)/1024, float64(largest)/1024)
		}
	}
}
