package cli

import (
	"io"
	"os"

	"golang.org/x/term"
)

// IOStreams are the standard streams a command uses; tests pass buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// StderrTTY is set when ErrOut is a terminal (progress bars go there).
	StderrTTY bool
	// StdinTTY is set when In is a terminal (a user typing, not a pipe).
	StdinTTY bool
}

// System returns the process's standard streams.
func System() *IOStreams {
	return &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		StderrTTY: term.IsTerminal(int(os.Stderr.Fd())),
		StdinTTY:  term.IsTerminal(int(os.Stdin.Fd())),
	}
}
