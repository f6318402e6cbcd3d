package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/prensa-nlp/prensa/internal/source"
)

// Doc is one document on its way from the expand stage to the tag stage:
// what source.Docs yields, with its content read into memory (or, for a
// plain local text file, the file's path, read by the tagging worker as
// 'prensa batch' does).
type Doc struct {
	// Source names the document in the output.
	Source string
	// ID is the record's id in an export (JSON), empty for files.
	ID []byte
	// Line is where the record began in a JSON Lines or CSV export.
	Line int
	// Kind is the source.Kind of the content.
	Kind int
	// Path, when set, is a plain local text file that is the document:
	// the tag stage opens it itself and Body is empty.
	Path string
	// Body is the raw content of Text and HTML documents.
	Body []byte
	// Seekable tells whether the expand stage held the body whole (as
	// 'prensa batch' holds documents up to 4 MiB), which lets decoding
	// check the whole of it for UTF-8 first.
	Seekable bool
	// BodyErr is the error that ended reading the body, if any; the tag
	// stage meets it after Body, where 'prensa batch' meets it.
	BodyErr string
	// Text is the content of Decoded documents (an export's field).
	Text string
	// ContentType is the media type a WARC response gave.
	ContentType string
	// Err, when set, is why the document could not be read: it becomes an
	// error record.
	Err string
	// Branch is the tagging branch the document goes to (see --workers).
	Branch int
}

// holdMax is the largest body 'prensa batch' holds in memory (and so
// decodes as a seekable whole); a longer one is read as a stream.
const holdMax = 4 << 20

// newDoc reads a document of source.Docs into a Doc. The body is read
// whole: a document leaves its input's sequence here.
func newDoc(d *source.Doc) Doc {
	out := Doc{Source: d.Source, ID: d.ID, Line: d.Line, Kind: int(d.Kind), Text: d.Text, ContentType: d.ContentType}
	if d.Err != nil {
		out.Err = d.Err.Error()
		return out
	}
	if d.Body == nil {
		return out
	}
	d.Hold(holdMax)
	_, out.Seekable = d.Body.(*bytes.Reader)
	body, err := io.ReadAll(d.Body)
	out.Body = body
	if err != nil {
		out.Seekable = false
		out.BodyErr = stripPath(err).Error()
	}
	return out
}

// sourceDoc turns a Doc back into the source.Doc that source.Prepare reads.
func (d *Doc) sourceDoc() *source.Doc {
	sd := &source.Doc{Source: d.Source, ID: d.id(), Line: d.Line, Kind: source.Kind(d.Kind), Text: d.Text, ContentType: d.ContentType}
	if source.Kind(d.Kind) == source.Decoded {
		return sd
	}
	var r io.Reader = bytes.NewReader(d.Body)
	switch {
	case d.BodyErr != "":
		r = io.MultiReader(r, errReader{errors.New(d.BodyErr)})
	case !d.Seekable:
		r = io.MultiReader(r) // a stream, as 'prensa batch' reads a long member
	}
	sd.Body = r
	return sd
}

// id is the document's id, nil when it has none (a coder may give an
// empty slice for nil).
func (d *Doc) id() json.RawMessage {
	if len(d.ID) == 0 {
		return nil
	}
	return json.RawMessage(d.ID)
}

// errReader fails every read with err.
type errReader struct{ err error }

// Read implements io.Reader.
func (e errReader) Read([]byte) (int, error) { return 0, e.err }
