package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/source"
	"github.com/prensa-nlp/prensa/internal/summary"
	"github.com/prensa-nlp/prensa/internal/window"
)

// maxJSONLLine is the longest input line the stream mode accepts; longer
// lines are reported and skipped without being held in memory.
const maxJSONLLine = 16 << 20

// jsonlIn is one input line of the stream mode.
type jsonlIn struct {
	ID   json.RawMessage `json:"id"`
	Text json.RawMessage `json:"text"`
}

// jsonlOut is one output line of the stream mode.
type jsonlOut struct {
	ID       json.RawMessage  `json:"id"`
	Entities []entity.Entity  `json:"entities"`
	Summary  []entity.Item    `json:"entities_summary"`
	Demonyms []entity.Demonym `json:"demonyms"`
}

// jsonlError replaces the output line of an input line that failed.
type jsonlError struct {
	Line  int             `json:"line"`
	ID    json.RawMessage `json:"id,omitempty"`
	Error string          `json:"error"`
}

// tagJSONL is the stream mode: {"id","text"} lines in, {"id","entities"}
// lines out, in the same order, one line at a time. A line that cannot be
// used gives an error record with its line number and a line on standard
// error, and the stream goes on; blank lines are skipped. Output is flushed
// whenever no more input is waiting, so prensa can be driven line by line.
func tagJSONL(opts *TagOptions, x *extract.Extractor, tmap TypeMap, places *summary.Places, out *bufio.Writer, name string) error {
	var in io.Reader = opts.IO.In
	if name != stdinName {
		f, err := os.Open(name)
		if err != nil {
			return stripPath(err)
		}
		defer f.Close()
		dr, done, err := source.Decompressed(f, filepath.Base(name), source.Options{})
		if err != nil {
			return stripPath(err)
		}
		defer done()
		in = dr
	}
	lr := source.NewLineReader(bufio.NewReaderSize(in, 64*1024), maxJSONLLine)
	lines, failed := 0, 0
	for {
		if lr.Buffered() == 0 {
			if err := out.Flush(); err != nil {
				return err
			}
		}
		line, err := lr.Next()
		if err == io.EOF {
			break
		}
		var rec any
		if err == nil {
			rec, err = tagJSONLine(x, tmap, places, line)
		}
		if err == errBlank {
			continue
		}
		lines++
		if err != nil {
			failed++
			e := jsonlError{Line: lr.Line(), Error: err.Error()}
			var ie *idError
			if errors.As(err, &ie) {
				e.ID = ie.id
			}
			rec = e
			out.Flush()
			fmt.Fprintf(opts.IO.ErrOut, "prensa: %s:%d: %v\n", displayName(name), lr.Line(), err)
		}
		if err := output.WriteJSON(out, rec, false); err != nil {
			return err
		}
	}
	if err := lr.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d lines failed", failed, lines)
	}
	return nil
}

// errBlank marks a blank line, which is skipped.
var errBlank = errors.New("blank line")

// idError is an error about a line whose id could be read.
type idError struct {
	id  json.RawMessage
	err error
}

// Error returns the message of the wrapped error.
func (e *idError) Error() string { return e.err.Error() }

// Unwrap returns the wrapped error.
func (e *idError) Unwrap() error { return e.err }

// tagJSONLine tags one input line and returns its output record.
func tagJSONLine(x *extract.Extractor, tmap TypeMap, places *summary.Places, line []byte) (any, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil, errBlank
	}
	if line[0] != '{' {
		return nil, errors.New(`not a JSON object (want {"id": ..., "text": "..."})`)
	}
	var in jsonlIn
	if err := json.Unmarshal(line, &in); err != nil {
		return nil, fmt.Errorf("malformed JSON: %v", err)
	}
	if in.ID == nil {
		return nil, errors.New(`no "id"`)
	}
	var text string
	if in.Text == nil {
		return nil, &idError{in.ID, errors.New(`no "text"`)}
	}
	if err := json.Unmarshal(in.Text, &text); err != nil || in.Text[0] != '"' {
		return nil, &idError{in.ID, errors.New(`"text" is not a string`)}
	}
	r := entity.Result{Entities: window.Extract(x.NewStream(), text, window.DefaultMax)}
	tmap.Entities(r.Entities)
	places.Annotate(text, &r)
	return jsonlOut{ID: in.ID, Entities: r.Entities, Summary: r.Summary, Demonyms: r.Demonyms}, nil
}
