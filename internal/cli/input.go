package cli

import (
	"errors"
	"io"
	"os"

	"github.com/prensa-nlp/prensa/internal/decode"
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
