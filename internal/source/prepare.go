package source

import (
	"bytes"
	"fmt"
	"io"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
)

// Prepare returns a document's text, decoded (with enc, as
// decode.ParseEncoding accepts, for raw text) and ready for window.Tag, and
// for an HTML page the function that sets the entities' page offsets (nil
// otherwise). An HTML page is read whole, up to MaxRecordBytes.
func Prepare(d *Doc, enc string, o Options) (*decode.Stream, func([]entity.Entity), error) {
	o = o.withDefaults()
	switch d.Kind {
	case Decoded:
		return decode.FromString(d.Text, decode.UTF8), nil, nil
	case HTML:
		page, err := readAtMost(d.Body, int64(o.MaxRecordBytes))
		if err != nil {
			return nil, nil, err
		}
		p, err := ExtractHTML(page, d.ContentType)
		if err != nil {
			return nil, nil, err
		}
		return decode.FromString(p.Text, p.Encoding), p.Fix, nil
	}
	s, err := decode.NewStream(d.Body, enc)
	return s, nil, err
}

// readAtMost reads r whole, failing past max bytes.
func readAtMost(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("page larger than %d bytes", max)
	}
	return data, nil
}

// Hold reads a document's body into memory when it has at most max bytes,
// so that it stays readable after the sequence moves on, and reports
// whether it did. A longer body stays readable as before (what was read
// is read again first), valid until the sequence moves on.
func (d *Doc) Hold(max int) bool {
	if d.Body == nil || d.Err != nil {
		return true
	}
	buf := make([]byte, 0, min(max+1, 64<<10))
	lr := io.LimitReader(d.Body, int64(max)+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			d.Body = io.MultiReader(bytes.NewReader(buf), errReader{err})
			return true
		}
	}
	if len(buf) > max {
		d.Body = io.MultiReader(bytes.NewReader(buf), d.Body)
		return false
	}
	d.Body = bytes.NewReader(buf)
	return true
}

// errReader fails every read with err.
type errReader struct{ err error }

// Read implements io.Reader.
func (e errReader) Read([]byte) (int, error) { return 0, e.err }
