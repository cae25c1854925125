//go:build !unix

package load

// openFlags: elsewhere opening a file does not wait on a pipe's writer.
const openFlags = 0
