package notice

import "testing"

// Every expression the notice reader puts off compiling compiles.
func TestLazyExpressionsCompile(t *testing.T) {
	if len(lazies) < 100 {
		t.Fatalf("only %d expressions registered", len(lazies))
	}
	for _, l := range lazies {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: %v", l.src, r)
				}
			}()
			l.get()
		}()
	}
}
