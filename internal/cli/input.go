package cli

import (
	"errors"
	"io"
	"os"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/output"
)

// stdinName is how standard input is named on the command line and in
// the "source" field of the output.
const stdinName = "-"

// inputNames returns the inputs named by args: standard input when none.
func inputNames(args []string) []string {
	if len(args) == 0 {
		return []string{stdinName}
	}
	return args
}

// readInput reads a file, or standard input for "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == stdinName {
		return io.ReadAll(stdin)
	}
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, errors.New("is a directory (use 'prensa batch' for folders)")
	}
	return os.ReadFile(name)
}

// openInput opens a file, or returns standard input for "-"; close
// releases it.
func openInput(name string, stdin io.Reader) (r io.Reader, close func(), err error) {
	if name == stdinName {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, stripPath(err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, stripPath(err)
	}
	if fi.IsDir() {
		f.Close()
		return nil, nil, errors.New("is a directory (use 'prensa batch' for folders)")
	}
	return f, func() { f.Close() }, nil
}

// outputError marks an error writing the output: the command stops at
// once, since nothing more can be printed.
type outputError struct{ err error }

// Error returns the message of the write error.
func (e outputError) Error() string { return "writing output: " + e.err.Error() }

// Unwrap returns the write error.
func (e outputError) Unwrap() error { return e.err }

// asOutputError marks err, if not nil, as an output error.
func asOutputError(err error) error {
	if err == nil {
		return nil
	}
	return outputError{err}
}

// writeErrors is a DocStream whose errors are all output errors.
type writeErrors struct{ ds output.DocStream }

// Begin starts a record (output.DocStream).
func (w writeErrors) Begin(h output.Header) error { return asOutputError(w.ds.Begin(h)) }

// Add prints a window (output.DocStream).
func (w writeErrors) Add(text string, start int, es []entity.Entity, ds []entity.Demonym) error {
	return asOutputError(w.ds.Add(text, start, es, ds))
}

// End closes a record (output.DocStream).
func (w writeErrors) End(items []entity.Item, err error) error {
	return asOutputError(w.ds.End(items, err))
}

// readText reads and decodes one input; errors name no file (the caller
// adds it).
func readText(name string, stdin io.Reader, enc string) (text, used string, err error) {
	data, err := readInput(name, stdin)
	if err != nil {
		return "", "", stripPath(err)
	}
	return decode.Bytes(data, enc)
}

// stripPath drops the path from an *os.PathError so that messages name the
// file once.
func stripPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
