// Command gen writes a generated data repository for benchmarks:
//
//	go run ./internal/tools/gen -tasks 200 -units 2000 -periods 4 -out DIR
//
// With -git the folder is a git history: a commit with the plan, units
// and tasks, one commit per unit's report in the first quarter, then one
// per later quarter.
package main

import (
	"flag"
	"fmt"
	"os"

	"tally/internal/gen"
)

func main() {
	o := gen.Province
	flag.IntVar(&o.Tasks, "tasks", o.Tasks, "number of tasks")
	flag.IntVar(&o.Units, "units", o.Units, "number of units")
	flag.IntVar(&o.Periods, "periods", o.Periods, "number of quarters (1-4)")
	flag.Int64Var(&o.Seed, "seed", o.Seed, "random seed")
	flag.Float64Var(&o.Missing, "missing", o.Missing, "share of reports left out")
	out := flag.String("out", "", "folder to write (must not exist)")
	history := flag.Bool("git", false, "write the repository as a git history (one commit per unit in the first quarter, then one per quarter)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gen: -out DIR is required")
		os.Exit(2)
	}
	if _, err := os.Stat(*out); err == nil {
		fmt.Fprintf(os.Stderr, "gen: %s exists\n", *out)
		os.Exit(2)
	}
	write := gen.Write
	if *history {
		write = gen.WriteHistory
	}
	if err := write(*out, o); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
