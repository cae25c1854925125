package forms_test

import (
	"bytes"
	"testing"

	"tally/internal/forms"
)

// FuzzRead: any bytes given as a form are read or refused, never a panic
// or a hang; what reads is collected without one either.
func FuzzRead(f *testing.F) {
	x, _ := index(f)
	for _, unit := range []string{"chikan-school", "city-org"} {
		_, data := form(f, x, unit)
		f.Add(data)
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fm, err := forms.Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		forms.Collect(x, "2019Q3-赤坎区委党校.xlsx", fm, "tally")
	})
}
