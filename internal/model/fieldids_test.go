package model

import (
	"fmt"
	"sync"
	"testing"
)

// Positions find each field they recorded, and the node's own position
// for any other, whichever goroutine first named the field.
func TestPositionsOf(t *testing.T) {
	var wg sync.WaitGroup
	got := make([]Positions, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ps := At(Pos{Line: 1, Col: 1, Len: 1}, 20)
			for f := 0; f < 20; f++ {
				ps = ps.With(fmt.Sprintf("test.field%d", (f+g)%20), Pos{Line: 2 + (f+g)%20, Col: 3, Len: 4})
			}
			got[g] = ps
		}()
	}
	wg.Wait()
	for g, ps := range got {
		for f := 0; f < 20; f++ {
			if p := ps.Of(fmt.Sprintf("test.field%d", f)); p != (Pos{Line: 2 + f, Col: 3, Len: 4}) {
				t.Errorf("goroutine %d: test.field%d at %+v", g, f, p)
			}
		}
		if p := ps.Of("test.never"); p != (Pos{Line: 1, Col: 1, Len: 1}) {
			t.Errorf("a field not recorded is at %+v, not the node's own position", p)
		}
		if p := ps.Of(""); p != (Pos{Line: 1, Col: 1, Len: 1}) {
			t.Errorf("the node itself is at %+v", p)
		}
	}
}
