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
	// Text is the decoded input (for the spaced, html and pretty formats).
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
var Formats = []string{"json", "jsonl", "spaced", "conll", "html", "pretty"}

// JSONLines returns the printer of one JSON object per line.
func JSONLines() Streamer { return jsonPrinter{} }

// New returns the printer for a format. With pretty, JSON is indented.
// The "pretty" format has no colors; NewPretty gives it colors.
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
	case "html":
		return htmlPrinter{}, nil
	case "pretty":
		return prettyPrinter{}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want json, jsonl, spaced, conll, html or pretty)", format)
}
