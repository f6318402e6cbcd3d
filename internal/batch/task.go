package batch

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/source"
	"github.com/prensa-nlp/prensa/internal/window"
)

// status is what became of one input.
type status int

const (
	statusAbandoned status = iota // not started: the batch was interrupted
	statusOK
	statusFailed
	statusSkipped
)

// task is one input on its way through the pool. The walker makes it, a
// worker fills in the result and closes done, the writer reads it.
type task struct {
	item
	done chan struct{}

	status   status
	out      *spool // the result: printed, or moved to its output file
	entities int
	bytes    int64 // bytes read
	size     int64 // size of the input file, for progress

	path    string      // the file on disk the document comes from
	first   bool        // the first task of its file (counted in progress)
	file    *os.File    // a plain text file, opened by the walk, or nil
	doc     *source.Doc // a document of a compressed file, archive or export, or nil
	unit    bool        // one of several records whose outputs make one file
	units   int         // memory budget units held until the task is done
	skipped bool        // skipped as a whole by the walk
	id      []byte      // the record's id, for its error record
	line    int         // the record's line, for its error record
}

// process tags one input: read, decode and tag it window by window,
// rendering into the task's spool (the writer prints it or moves it to its
// output file).
func (r *runner) process(t *task) {
	defer r.budget.release(t.units)
	if t.file != nil {
		defer t.file.Close()
	}
	if t.skipped {
		return
	}
	if t.Err != nil {
		t.status = statusFailed
		return
	}
	if r.cfg.OutDir != "" && r.cfg.SkipExisting && !t.unit {
		if ok, size := upToDate(t.path, r.outPath(t)); ok {
			t.status = statusSkipped
			if t.first {
				t.size = size
			}
			return
		}
	}
	var err error
	if t.doc != nil {
		err = r.tagDoc(t)
	} else {
		err = r.tag(t)
	}
	if err != nil {
		if t.out != nil {
			t.out.discard()
		}
		t.Err, t.status = err, statusFailed
		return
	}
	t.status = statusOK
}

// tagDoc tags one document of a compressed file, archive or export into
// t.out.
func (r *runner) tagDoc(t *task) error {
	if t.first {
		if fi, err := os.Stat(t.path); err == nil {
			t.size = fi.Size()
		}
	}
	text, fix, err := source.Prepare(t.doc, r.cfg.Encoding, r.srcOpts)
	if err != nil {
		return stripPath(err)
	}
	t.out = &spool{dir: r.spoolDir(t)}
	ds, ok := output.Stream(r.printer, t.out)
	if !ok {
		// a view of the whole document (html)
		t.doc = nil
		return r.whole(t, text, fix)
	}
	res, err := window.Tag(window.Doc{Source: t.Source, ID: t.doc.ID, Input: text, Size: r.cfg.Window, Tagger: r.cfg.tagger(), Fix: fix, Places: r.cfg.Places}, ds)
	t.bytes, t.entities = res.Bytes, res.Entities
	t.doc = nil // let the held document go
	if err != nil {
		if t.out.err != nil {
			return fmt.Errorf("writing output: %w", stripPath(t.out.err))
		}
		return stripPath(err)
	}
	return nil
}

// spoolDir is where a task's spool makes its temporary file: next to its
// output file, so that it can be renamed into place.
func (r *runner) spoolDir(t *task) string {
	if r.cfg.OutDir != "" && !t.unit {
		return filepath.Dir(r.outPath(t))
	}
	return os.TempDir()
}

// tag tags one plain file, opened by the walk, into t.out.
func (r *runner) tag(t *task) error {
	f := t.file
	fi, err := f.Stat()
	if err != nil {
		return stripPath(err)
	}
	t.size = fi.Size()
	if fi.IsDir() {
		return errors.New("is a directory")
	}
	text, read, err := OpenText(f, t.size, r.cfg.MaxBytes, r.cfg.Encoding)
	if err != nil {
		t.bytes = read()
		return stripPath(err)
	}
	t.out = &spool{dir: r.spoolDir(t)}
	ds, ok := output.Stream(r.printer, t.out)
	if !ok {
		// a view of the whole document (html)
		err := r.whole(t, text, nil)
		t.bytes = read()
		return err
	}
	res, err := window.Tag(window.Doc{Source: t.Source, Input: text, Size: r.cfg.Window, Tagger: r.cfg.tagger(), Places: r.cfg.Places}, ds)
	t.bytes, t.entities = read(), res.Entities
	if err != nil {
		if t.out.err != nil {
			return fmt.Errorf("writing output: %w", stripPath(t.out.err))
		}
		return stripPath(err)
	}
	return nil
}

// whole tags a document read whole, for the formats that show a whole
// document at once.
func (r *runner) whole(t *task, src *decode.Stream, fix func([]entity.Entity)) error {
	var b strings.Builder
	if _, err := io.Copy(&b, src); err != nil {
		return stripPath(err)
	}
	text := b.String()
	res := entity.Result{Source: t.Source, Encoding: src.Encoding, Entities: r.cfg.tagger().Extract(text)}
	if fix != nil {
		fix(res.Entities)
	}
	if r.cfg.Places != nil {
		r.cfg.Places.Annotate(text, &res)
	}
	t.entities = len(res.Entities)
	if err := r.printer.Print(t.out, &output.Doc{Result: res, Text: text}); err != nil {
		if t.out.err != nil {
			return fmt.Errorf("writing output: %w", stripPath(t.out.err))
		}
		return err
	}
	return nil
}

// OpenText returns the text of a plain file of size bytes, decoded as a
// stream with encoding enc (see decode.NewStream), refused when it is
// larger than max bytes (0: no limit) before reading or, for a file that
// grows while it is read, as soon as it passes max; read returns the bytes
// read so far. 'prensa batch' and prensa-beam read every plain file so.
func OpenText(f io.Reader, size, max int64, enc string) (text *decode.Stream, read func() int64, err error) {
	in := &countingReader{r: f}
	read = func() int64 { return in.n }
	if max > 0 && size > max {
		return nil, read, tooLarge(size, max)
	}
	var src io.Reader = in
	if max > 0 {
		src = &limitReader{r: in, max: max}
	}
	text, err = decode.NewStream(src, enc)
	return text, read, err
}

// countingReader counts the bytes read.
type countingReader struct {
	r io.Reader
	n int64
}

// Read implements io.Reader.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Seek lets decode.NewStream rewind a file after scanning it.
func (c *countingReader) Seek(off int64, whence int) (int64, error) {
	s, ok := c.r.(io.Seeker)
	if !ok {
		return 0, errors.New("not seekable")
	}
	p, err := s.Seek(off, whence)
	if err == nil {
		c.n = p // what is read again is counted once
	}
	return p, err
}

// limitReader fails once more than max bytes were read (a file that grew
// past --max-bytes while it was read).
type limitReader struct {
	r   io.Reader
	max int64
	n   int64
}

// Read implements io.Reader.
func (l *limitReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	l.n += int64(n)
	if l.n > l.max {
		return 0, tooLarge(l.n, l.max)
	}
	return n, err
}

// Seek rewinds like the underlying reader.
func (l *limitReader) Seek(off int64, whence int) (int64, error) {
	s, ok := l.r.(io.Seeker)
	if !ok {
		return 0, errors.New("not seekable")
	}
	p, err := s.Seek(off, whence)
	if err == nil {
		l.n = p
	}
	return p, err
}

// outPath is the output file of a task. Out is always a local path (see
// walker), so the file is inside OutDir.
func (r *runner) outPath(t *task) string {
	return filepath.Join(r.cfg.OutDir, t.Out) + "." + r.cfg.Format
}

// upToDate reports whether the output exists and is not older than the
// input, and the size of the input.
func upToDate(in, out string) (bool, int64) {
	fo, err := os.Stat(out)
	if err != nil {
		return false, 0
	}
	fi, err := os.Stat(in)
	if err != nil {
		return false, 0
	}
	return !fo.ModTime().Before(fi.ModTime()), fi.Size()
}

func tooLarge(size, max int64) error {
	return fmt.Errorf("file too large: %d bytes, over the limit of %d (--max-bytes)", size, max)
}
