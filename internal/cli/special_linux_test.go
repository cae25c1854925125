package cli_test

import "syscall"

// mkzero makes a character device like /dev/zero (major 1, minor 5) at p;
// only root may.
func mkzero(p string) error { return syscall.Mknod(p, syscall.S_IFCHR|0o644, 1<<8|5) }
