package gen

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// WriteHistory creates the repository in dir, which must not hold one
// yet, as a git history the way a province makes one: a first commit
// with the plan, units and tasks, then one commit per unit's report in
// the first quarter, then one commit per later quarter with all its
// reports. The history is written with one `git fast-import`.
func WriteHistory(dir string, o Options) error {
	if err := Write(dir, o); err != nil {
		return err
	}
	var stream bytes.Buffer
	when := int64(1704067200) // 2024-01-01 00:00 UTC
	commit := func(msg string, files []string) error {
		when += 3600
		fmt.Fprintf(&stream, "commit refs/heads/main\nauthor 台账管理员 <tally@example.com> %d +0800\ncommitter 台账管理员 <tally@example.com> %d +0800\n", when, when)
		fmt.Fprintf(&stream, "data %d\n%s\n", len(msg), msg)
		for _, f := range files {
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
			if err != nil {
				return err
			}
			fmt.Fprintf(&stream, "M 100644 inline %s\ndata %d\n", f, len(b))
			stream.Write(b)
			stream.WriteString("\n")
		}
		stream.WriteString("\n")
		return nil
	}
	tasks, err := filepath.Glob(filepath.Join(dir, "tasks", "*.yaml"))
	if err != nil {
		return err
	}
	first := []string{"plan.yaml", "units.yaml"}
	for _, t := range tasks {
		first = append(first, "tasks/"+filepath.Base(t))
	}
	if err := commit("任务清单和单位", first); err != nil {
		return err
	}
	for q := 1; q <= min(max(o.Periods, 1), 4); q++ {
		period := fmt.Sprintf("2024Q%d", q)
		files, err := filepath.Glob(filepath.Join(dir, "reports", period, "*.yaml"))
		if err != nil {
			return err
		}
		sort.Strings(files)
		var names []string
		for _, f := range files {
			names = append(names, "reports/"+period+"/"+filepath.Base(f))
		}
		if q > 1 {
			if err := commit(period+" 报送", names); err != nil {
				return err
			}
			continue
		}
		for _, n := range names {
			unit := strings.TrimSuffix(filepath.Base(n), ".yaml")
			if err := commit(unit+" "+period+" 报送", []string{n}); err != nil {
				return err
			}
		}
	}
	stream.WriteString("done\n")
	for _, args := range [][]string{{"init", "-q", "-b", "main"}, {"fast-import", "--quiet", "--done"}, {"reset", "-q"}} {
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		if args[0] == "fast-import" {
			cmd.Stdin = &stream
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("git %s: %v: %s", args[0], err, out)
		}
	}
	return nil
}

// CachedHistory is Cached for WriteHistory: a folder holding the history
// of size o, generated in the system's temporary folder the first time.
func CachedHistory(o Options) (string, error) {
	return cached(fmt.Sprintf("tally-gen-history-v2-%d-%d-%d-%d-%g", o.Tasks, o.Units, o.Periods, o.Seed, o.Missing), o, WriteHistory)
}
