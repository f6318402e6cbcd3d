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
	// StdoutTTY is set when Out is a terminal (colors go there).
	StdoutTTY bool
}

// Color reports whether output may be colored: Out is a terminal and the
// NO_COLOR environment variable is not set to a non-empty value.
func (s *IOStreams) Color() bool {
	return s.StdoutTTY && os.Getenv("NO_COLOR") == ""
}

// System returns the process's standard streams.
func System() *IOStreams {
	return &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		StderrTTY: term.IsTerminal(int(os.Stderr.Fd())),
		StdinTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		StdoutTTY: term.IsTerminal(int(os.Stdout.Fd())),
	}
}
