package output

import (
	"encoding/json"
	"io"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// jsonPrinter prints one JSON object per document, on one line unless
// indent is set. An empty list prints as [], never null.
type jsonPrinter struct{ indent bool }

// Print writes d's result as one JSON value.
func (p jsonPrinter) Print(w io.Writer, d *Doc) error {
	r := d.Result
	if r.Entities == nil {
		r.Entities = []entity.Entity{}
	}
	if r.Summary == nil {
		r.Summary = []entity.Item{}
	}
	if r.Demonyms == nil {
		r.Demonyms = []entity.Demonym{}
	}
	return WriteJSON(w, r, p.indent)
}

// WriteJSON writes v as JSON followed by a newline, without escaping HTML
// characters, indented with two spaces when indent is set.
func WriteJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

// ErrorRecord is printed in JSON streams in place of a document that could
// not be read or decoded.
type ErrorRecord struct {
	Source string `json:"source"`
	// ID is the document's id in an export, when it could be read.
	ID json.RawMessage `json:"id,omitempty"`
	// Line is the line of a JSON Lines or CSV export where the record
	// began, when known.
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}
