package site

import (
	"bytes"
	"strings"
	"testing"
)

func TestSameContent(t *testing.T) {
	page := []byte(strings.Repeat("任务进度一览 ", 20000)) // several pieces and a tail
	change := func(at int) []byte {
		b := bytes.Clone(page)
		b[at] ^= 1
		return b
	}
	for _, c := range []struct {
		name string
		file []byte
		want bool
	}{
		{"the same", page, true},
		{"changed at the top", change(3), false},
		{"changed in the middle", change(len(page) / 2), false},
		{"changed where the last piece begins", change(len(page) - reuseTail), false},
		{"changed at the foot", change(len(page) - 1), false},
		{"longer", append(bytes.Clone(page), '\n'), false},
		{"shorter", page[:len(page)-1], false},
		{"empty", nil, false},
	} {
		if got := sameContent(bytes.NewReader(c.file), page); got != c.want {
			t.Errorf("%s: sameContent = %v", c.name, got)
		}
	}
	if !sameContent(bytes.NewReader([]byte("短")), []byte("短")) || sameContent(bytes.NewReader([]byte("长")), []byte("短")) {
		t.Error("a page shorter than the tail piece is not compared right")
	}
}
