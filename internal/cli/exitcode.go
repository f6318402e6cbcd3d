package cli

import (
	"errors"
	"fmt"
)

// ExitCode is the status prensa exits with. These are the only codes it
// uses; the README lists them.
type ExitCode int

// Exit codes.
const (
	// ExitOK: everything was processed and every check passed.
	ExitOK ExitCode = 0
	// ExitFailure: some input could not be processed (it was reported and
	// the others were), or a check or threshold failed.
	ExitFailure ExitCode = 1
	// ExitUsage: the command line was wrong, or a file the command needs
	// (gazetteer, model, fixture) could not be read.
	ExitUsage ExitCode = 2
)

// usageError marks an error as the caller's: exit code 2.
type usageError struct{ err error }

// Error returns the message of the wrapped error.
func (e usageError) Error() string { return e.err.Error() }

// Unwrap returns the wrapped error.
func (e usageError) Unwrap() error { return e.err }

// usageErrorf returns a usage error (exit code 2).
func usageErrorf(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// asUsage marks err, if not nil, as a usage error.
func asUsage(err error) error {
	if err == nil {
		return nil
	}
	return usageError{err}
}

// errFailed is returned when failures were already reported on stderr one
// by one: exit code 1 with nothing more printed.
var errFailed = errors.New("some inputs failed")

// exitCodeFor maps the error a command returned to an exit code. Errors
// raised before a command ran (unknown flags or commands, wrong arguments)
// are usage errors.
func exitCodeFor(err error, started bool) ExitCode {
	var ue usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ue), !started:
		return ExitUsage
	}
	return ExitFailure
}
