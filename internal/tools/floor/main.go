// Command floor reads and parses every .yaml file under a folder with the
// YAML library, on all cores, and does nothing else: the floor that
// `tally check` is measured against.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: floor DIR")
		os.Exit(2)
	}
	var files []string
	filepath.WalkDir(os.Args[1], func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".yaml") {
			files = append(files, p)
		}
		return nil
	})
	jobs := make(chan string)
	var wg sync.WaitGroup
	var mu sync.Mutex
	nodes := 0
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				b, err := os.ReadFile(f)
				if err != nil {
					continue
				}
				var n yaml.Node
				if yaml.Unmarshal(b, &n) == nil {
					mu.Lock()
					nodes += len(n.Content)
					mu.Unlock()
				}
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	fmt.Printf("%d files parsed\n", len(files))
}
