package notice

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkParseCorpus imports every notice of the corpus (testdata/real),
// as `tally init --from` reads one: decoded once, parsed each round. Its
// time per notice is what an officer waits for; a rule that reads the
// whole text for each line or date shows here first (round 34's year
// labels took the package's tests from 10 s to 235 s).
func BenchmarkParseCorpus(b *testing.B) {
	files, _ := filepath.Glob("testdata/real/*.txt")
	docx, _ := filepath.Glob("testdata/real/*.docx")
	files = append(files, docx...)
	if len(files) == 0 {
		b.Skip("no notices in testdata/real")
	}
	var docs []Doc
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := DecodeDoc(f, data)
		if err != nil {
			b.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, d)
		size += len(d.Text)
	}
	today := time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			ParseDoc(d, today)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(docs))/1e6, "ms/notice")
}
