// Package output prints tagged documents. Each format is one Printer.
package output

import (
	"fmt"
	"io"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// Doc is one tagged document as the printers see it.
type Doc struct {
	Result entity.Result
	// Text is the decoded input (for the spaced format).
	Text string
	// Tokens and Tags are the sentences of pre-tokenized input (for the
	// conll format).
	Tokens, Tags [][]string
}

// Printer writes documents in one format.
type Printer interface {
	Print(w io.Writer, d *Doc) error
}

// Formats lists the values accepted by --format.
var Formats = []string{"json", "jsonl", "spaced", "conll"}

// JSONLines returns the printer of one JSON object per line.
func JSONLines() Streamer { return jsonPrinter{} }

// New returns the printer for a format. With pretty, JSON is indented.
func New(format string, pretty bool) (Printer, error) {
	switch format {
	case "json":
		return jsonPrinter{indent: pretty}, nil
	case "jsonl":
		return jsonPrinter{}, nil
	case "spaced":
		return spacedPrinter{}, nil
	case "conll":
		return conllPrinter{}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want json, jsonl, spaced or conll)", format)
}
