package cli

import (
	"bytes"
	"testing"
)

// The writer every output passes through neutralizes controls, however
// the text is cut into writes: a character split between two writes, or
// a CR and its LF, arrive whole.
func TestTerminalWriter(t *testing.T) {
	text := []byte("任务\x1b]52;c;x\a完成\r\n第二行\u202e\r覆盖\t列\n")
	want := "任务␛]52;c;x␇完成\r\n第二行\ufffd␍覆盖\t列\n"
	for cut := 0; cut <= len(text); cut++ {
		for cut2 := cut; cut2 <= len(text); cut2++ {
			var out bytes.Buffer
			w := &terminalWriter{w: &out}
			for _, part := range [][]byte{text[:cut], text[cut:cut2], text[cut2:]} {
				if n, err := w.Write(part); n != len(part) || err != nil {
					t.Fatalf("Write: %d, %v", n, err)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if out.String() != want {
				t.Fatalf("cut at %d and %d: %q, want %q", cut, cut2, out.String(), want)
			}
		}
	}
}
