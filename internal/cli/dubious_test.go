package cli

import (
	"os/exec"
	"strings"
	"testing"
)

// The command dubious gives, pasted into the shell, adds the data folder
// itself (probe 12): a folder with a space was two arguments.
func TestDubiousHintQuotesTheFolder(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	root := "/home/张 三/2021清单 (1)"
	msg := dubious(root).Error()
	_, cmd, ok := strings.Cut(msg, "run git config --global --add safe.directory ")
	if !ok {
		t.Fatalf("no command in %q", msg)
	}
	out, err := exec.Command(sh, "-c", "printf '%s|' "+cmd).Output()
	if err != nil || string(out) != root+"|" {
		t.Errorf("%s reads back as %q (%v)", cmd, out, err)
	}
}
