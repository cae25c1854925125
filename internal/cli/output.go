package cli

import (
	"io"
	"unicode/utf8"

	"tally/internal/render"
)

// terminalWriter is the last step of everything tally prints, on
// standard output and standard error alike: whatever a command writes,
// from the data, a notice, a form, a commit or an argument, reaches the
// terminal through render.SafeStream, so no control can retitle the
// window, write the clipboard, clear the screen or reorder the text. The
// views make their text safe themselves (their widths depend on it);
// this is the guarantee that nothing slips past one of them.
//
// A character cut between two writes, or a CR whose LF has not come
// yet, is held until the next write or Flush.
type terminalWriter struct {
	w    io.Writer
	held []byte
}

func (t *terminalWriter) Write(p []byte) (int, error) {
	b := p
	if len(t.held) > 0 {
		b = append(t.held, p...)
		t.held = nil
	}
	keep := tail(b)
	if _, err := t.w.Write(render.SafeStream(b[:len(b)-keep])); err != nil {
		return 0, err
	}
	t.held = append(t.held, b[len(b)-keep:]...)
	return len(p), nil
}

// Flush writes what is held, as it is (made safe).
func (t *terminalWriter) Flush() error {
	if len(t.held) == 0 {
		return nil
	}
	b := t.held
	t.held = nil
	_, err := t.w.Write(render.SafeStream(b))
	return err
}

// tail is how many bytes at the end of b may belong with what comes
// next: a CR (its LF may follow), or the start of a UTF-8 character.
func tail(b []byte) int {
	if n := len(b); n > 0 && b[n-1] == '\r' {
		return 1
	}
	for k := 1; k <= utf8.UTFMax-1 && k <= len(b); k++ {
		c := b[len(b)-k]
		if !utf8.RuneStart(c) {
			continue
		}
		if !utf8.FullRune(b[len(b)-k:]) {
			return k
		}
		break
	}
	return 0
}
