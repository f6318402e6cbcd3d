package batch

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/output"
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
	json     []byte // the result: printed, or written to its output file
	entities int
	bytes    int64 // bytes read
	size     int64 // size of the input file, for progress
}

// process tags one input: read, decode, tag and render it (the writer
// prints it or writes its output file).
func (r *runner) process(t *task) {
	if t.Err != nil {
		t.status = statusFailed
		return
	}
	if r.cfg.OutDir != "" && r.cfg.SkipExisting {
		if ok, size := upToDate(t.Source, r.outPath(t)); ok {
			t.status, t.size = statusSkipped, size
			return
		}
	}
	data, size, err := readLimited(t.Source, r.cfg.MaxBytes)
	t.bytes, t.size = int64(len(data)), size
	if err != nil {
		t.Err, t.status = err, statusFailed
		return
	}
	text, used, err := decode.Bytes(data, r.cfg.Encoding)
	if err != nil {
		t.Err, t.status = err, statusFailed
		return
	}
	res := entity.Result{Source: t.Source, Encoding: used, Entities: r.cfg.Tag(text)}
	if r.cfg.Annotate != nil {
		r.cfg.Annotate(text, &res)
	}
	t.entities = len(res.Entities)
	var buf bytes.Buffer
	buf.Grow(256 + 200*len(res.Entities))
	if err := r.printer.Print(&buf, &output.Doc{Result: res, Text: text}); err != nil {
		t.Err, t.status = err, statusFailed
		return
	}
	t.json = buf.Bytes()
	t.status = statusOK
}

// outPath is the output file of a task.
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

// readLimited reads a file of at most max bytes; it also returns the size
// the file had when opened.
func readLimited(path string, max int64) ([]byte, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, stripPath(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, 0, stripPath(err)
	}
	size := fi.Size()
	if max > 0 && size > max {
		return nil, size, tooLarge(size, max)
	}
	limit := int64(1<<63 - 1)
	if max > 0 {
		limit = max + 1 // one more byte tells a file that grew
	}
	buf := bytes.NewBuffer(make([]byte, 0, fi.Size()+1))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit)); err != nil {
		return nil, size, stripPath(err)
	}
	if max > 0 && int64(buf.Len()) > max {
		return nil, size, tooLarge(int64(buf.Len()), max)
	}
	return buf.Bytes(), size, nil
}

func tooLarge(size, max int64) error {
	return fmt.Errorf("file too large: %d bytes, over the limit of %d (--max-bytes)", size, max)
}
