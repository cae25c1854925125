//go:build !unix

package cli_test

import (
	"errors"
	"testing"
)

func mkfifo(string) error { return errors.New("no FIFOs here") }

func limitFileSize(*testing.T) error { return errors.New("no file size limit here") }
