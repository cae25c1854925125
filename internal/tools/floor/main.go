// Command floor reads every .yaml file under a folder on all cores and
// does the least work a loader must, so that tally is measured against
// it:
//
//	floor DIR          reads each file and parses it into a yaml.Node
//	                   with the YAML library (DESIGN §8's floor)
//	floor -utf8 DIR    only reads each file and checks that it is UTF-8
//	                   (issue #28's floor: the cost of the reading itself)
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

func main() {
	utf8Only := flag.Bool("utf8", false, "only read each file and check that it is UTF-8")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: floor [-utf8] DIR")
		os.Exit(2)
	}
	var files []string
	filepath.WalkDir(flag.Arg(0), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".yaml") {
			files = append(files, p)
		}
		return nil
	})
	jobs := make(chan string)
	var wg sync.WaitGroup
	var nodes, valid atomic.Int64
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				b, err := os.ReadFile(f)
				if err != nil {
					continue
				}
				if *utf8Only {
					if utf8.Valid(b) {
						valid.Add(1)
					}
					continue
				}
				var n yaml.Node
				if yaml.Unmarshal(b, &n) == nil {
					nodes.Add(int64(len(n.Content)))
				}
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	if *utf8Only {
		fmt.Printf("%d files read, %d UTF-8\n", len(files), valid.Load())
		return
	}
	fmt.Printf("%d files parsed\n", len(files))
}
