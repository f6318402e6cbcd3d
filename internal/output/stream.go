package output

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// DocStream prints one document piece by piece, as its windows are tagged:
// Begin once, Add for each window in order, End once. The bytes are those
// that the format's Printer prints for the whole document.
type DocStream interface {
	// Begin starts the document's record.
	Begin(h Header) error
	// Add prints the entities of one window: text is the window's text,
	// starting at byte start of the input; the entities' and demonyms'
	// offsets are into the whole input. Demonyms, which JSON prints after
	// the summary, are kept until End (in a temporary file past
	// spillBytes).
	Add(text string, start int, es []entity.Entity, ds []entity.Demonym) error
	// End prints the summary and closes the record. A non-nil err (the
	// input failed part way) is recorded in it where the format allows
	// ("error" in JSON).
	End(summary []entity.Item, err error) error
}

// Header is what a record says about its document before the entities.
type Header struct {
	// Source names the document: a file, an archive member
	// (archive.tar.gz!/a/b.txt) or a page's URI.
	Source string
	// ID is the document's id in a JSON or CSV export, or nil.
	ID json.RawMessage
	// Encoding is how the input was decoded.
	Encoding string
}

// Streamer is a Printer that can also print a document as a DocStream.
type Streamer interface {
	Printer
	Stream(w io.Writer) DocStream
}

// Stream returns p's DocStream on w, or false when the format needs the
// whole document at once.
func Stream(p Printer, w io.Writer) (DocStream, bool) {
	s, ok := p.(Streamer)
	if !ok {
		return nil, false
	}
	return s.Stream(w), true
}

// Stream returns a DocStream printing JSON on w.
func (p jsonPrinter) Stream(w io.Writer) DocStream {
	return &jsonStream{w: w, indent: p.indent}
}

// jsonStream prints a Result as encoding/json does, entity by entity.
type jsonStream struct {
	w         io.Writer
	indent    bool
	n         int
	buf       bytes.Buffer
	enc       *json.Encoder
	demonyms  spill
	nDemonyms int
}

// Begin starts a record (output.DocStream).
func (s *jsonStream) Begin(h Header) error {
	s.buf.Reset()
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	if s.indent {
		s.buf.WriteString("{\n  \"source\": ")
		s.value(h.Source)
		if h.ID != nil {
			s.buf.WriteString(",\n  \"id\": ")
			s.value(h.ID)
		}
		s.buf.WriteString(",\n  \"encoding\": ")
		s.value(h.Encoding)
		s.buf.WriteString(",\n  \"entities\": [")
		s.enc.SetIndent("    ", "  ")
	} else {
		s.buf.WriteString(`{"source":`)
		s.value(h.Source)
		if h.ID != nil {
			s.buf.WriteString(`,"id":`)
			s.value(h.ID)
		}
		s.buf.WriteString(`,"encoding":`)
		s.value(h.Encoding)
		s.buf.WriteString(`,"entities":[`)
	}
	return s.flush()
}

// value appends v as JSON, without the encoder's newline.
func (s *jsonStream) value(v any) {
	s.enc.Encode(v) // strings and entities always encode
	s.buf.Truncate(s.buf.Len() - 1)
}

// Add prints a window (output.DocStream).
func (s *jsonStream) Add(_ string, _ int, es []entity.Entity, ds []entity.Demonym) error {
	if len(ds) > 0 {
		for i := range ds {
			switch {
			case s.indent && s.nDemonyms == 0:
				s.buf.WriteString("\n    ")
			case s.indent:
				s.buf.WriteString(",\n    ")
			case s.nDemonyms > 0:
				s.buf.WriteByte(',')
			}
			s.value(&ds[i])
			s.nDemonyms++
		}
		if _, err := s.demonyms.Write(s.buf.Bytes()); err != nil {
			return err
		}
		s.buf.Reset()
	}
	for i := range es {
		switch {
		case s.indent && s.n == 0:
			s.buf.WriteString("\n    ")
		case s.indent:
			s.buf.WriteString(",\n    ")
		case s.n > 0:
			s.buf.WriteByte(',')
		}
		s.value(&es[i])
		s.n++
	}
	return s.flush()
}

// End closes a record (output.DocStream).
func (s *jsonStream) End(summary []entity.Item, err error) error {
	defer s.demonyms.discard()
	if summary == nil {
		summary = []entity.Item{}
	}
	if s.indent {
		if s.n > 0 {
			s.buf.WriteString("\n  ")
		}
		s.buf.WriteString("],\n  \"entities_summary\": ")
		s.enc.SetIndent("  ", "  ")
		s.value(summary)
		s.buf.WriteString(",\n  \"demonyms\": [")
		if err := s.flushDemonyms(); err != nil {
			return err
		}
		if s.nDemonyms > 0 {
			s.buf.WriteString("\n  ")
		}
		s.buf.WriteByte(']')
		if err != nil {
			s.buf.WriteString(",\n  \"error\": ")
			s.value(err.Error())
		}
		s.buf.WriteString("\n}\n")
	} else {
		s.buf.WriteString(`],"entities_summary":`)
		s.value(summary)
		s.buf.WriteString(`,"demonyms":[`)
		if err := s.flushDemonyms(); err != nil {
			return err
		}
		s.buf.WriteByte(']')
		if err != nil {
			s.buf.WriteString(`,"error":`)
			s.value(err.Error())
		}
		s.buf.WriteString("}\n")
	}
	return s.flush()
}

// flushDemonyms prints what flush holds, then the demonyms kept so far.
func (s *jsonStream) flushDemonyms() error {
	if err := s.flush(); err != nil {
		return err
	}
	return s.demonyms.copyTo(s.w)
}

func (s *jsonStream) flush() error {
	_, err := s.w.Write(s.buf.Bytes())
	s.buf.Reset()
	return err
}

// Stream returns a DocStream printing the spaced rendering on w.
func (spacedPrinter) Stream(w io.Writer) DocStream { return &spacedStream{w: w} }

// spacedStream is Spaced window by window. It remembers how many spaces
// the output ends with and its last byte, which is all that Spaced looks
// back at.
type spacedStream struct {
	w        io.Writer
	b        strings.Builder
	trailing int  // spaces at the end of what was printed
	last     byte // last byte printed
	pos      int  // end of the last entity, into the input
}

// Begin starts a record (output.DocStream).
func (s *spacedStream) Begin(Header) error { return nil }

// Add prints a window (output.DocStream).
func (s *spacedStream) Add(text string, start int, es []entity.Entity, _ []entity.Demonym) error {
	s.b.Reset()
	pos := max(s.pos-start, 0)
	for _, e := range es {
		es, ee := e.Start-start, e.End-start
		if es < pos {
			continue
		}
		s.write(text[pos:es])
		for i := s.trailing; i < 2; i++ {
			s.write(" ")
		}
		s.write(text[es:ee])
		rest := text[ee:]
		have := len(rest) - len(strings.TrimLeft(rest, " "))
		for i := have; i < 2; i++ {
			s.write(" ")
		}
		pos = ee
		s.pos = e.End
	}
	s.write(text[pos:])
	_, err := io.WriteString(s.w, s.b.String())
	return err
}

// write prints t, keeping count of trailing spaces.
func (s *spacedStream) write(t string) {
	if t == "" {
		return
	}
	s.b.WriteString(t)
	if n := len(t) - len(strings.TrimRight(t, " ")); n == len(t) {
		s.trailing += n
	} else {
		s.trailing = n
	}
	s.last = t[len(t)-1]
}

// End closes a record (output.DocStream).
func (s *spacedStream) End([]entity.Item, error) error {
	if s.last != '\n' {
		_, err := io.WriteString(s.w, "\n")
		return err
	}
	return nil
}
