// Command tally is a ledger for key-task lists kept as YAML in git.
package main

import (
	"os"

	"tally/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
