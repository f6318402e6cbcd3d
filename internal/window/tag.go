package window

import (
	"encoding/json"
	"io"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/summary"
)

// Tagger tags the windows of one document, in order (an *extract.Stream).
type Tagger interface {
	Extract(text string) []entity.Entity
}

// Preparer is a Tagger that can do most of a window's work before its turn
// (an *extract.Stream): Prepare may run for several windows at once; the
// functions it returns are called in window order, one at a time, and
// return the window's entities.
type Preparer interface {
	Tagger
	Prepare(text string) func() []entity.Entity
}

// Doc is one input to tag window by window.
type Doc struct {
	// Source names the input in the output.
	Source string
	// ID is the document's id in an export, or nil.
	ID json.RawMessage
	// Input is the decoded input.
	Input *decode.Stream
	// Size is the maximum window size in bytes (0: DefaultMax).
	Size int
	// Tagger tags the document's windows.
	Tagger Tagger
	// Fix, if set, is applied to each window's entities before they are
	// printed (type renaming).
	Fix func([]entity.Entity)
	// Workers is how many windows are tagged at once when Tagger is a
	// Preparer (0 or 1: one at a time).
	Workers int
	// Places, if set, gives the document its summary and demonyms: for a
	// text of one window exactly as for a whole document, for a longer one
	// through a summary.Stream.
	Places *summary.Places
}

// Result counts what Tag did.
type Result struct {
	Entities int
	Bytes    int64 // decoded bytes
}

// Tag tags d and prints it on out as it goes. Reading, tagging and printing
// overlap, with at most two windows between stages, so memory is bounded
// by the window size whatever the input's. A read or decoding error after
// the record began ends the record (out.End(err)) and is returned; so is a
// write error, which stops the work at once.
func Tag(d Doc, out output.DocStream) (Result, error) {
	if err := out.Begin(output.Header{Source: d.Source, ID: d.ID, Encoding: d.Input.Encoding}); err != nil {
		return Result{}, err
	}
	if text, ok := d.Input.Whole(); ok && len(text) <= Size(d.Size) {
		r := entity.Result{Entities: d.Tagger.Extract(text)}
		if d.Fix != nil {
			d.Fix(r.Entities)
		}
		if d.Places != nil {
			d.Places.Annotate(text, &r)
		}
		if err := out.Add(text, 0, r.Entities, r.Demonyms); err != nil {
			return Result{}, err
		}
		return Result{Entities: len(r.Entities), Bytes: int64(len(text))}, out.End(r.Summary, nil)
	}
	var sum *summary.Stream
	if d.Places != nil {
		sum = d.Places.NewStream()
	}

	type tagged struct {
		w  Window
		es []entity.Entity
		ds []entity.Demonym
	}
	stop := make(chan struct{})
	windows := make(chan Window, 1)
	var readErr error
	go func() {
		defer close(windows)
		sp := NewSplitter(d.Input, d.Size)
		for {
			w, err := sp.Next()
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
			select {
			case windows <- w:
			case <-stop:
				return
			}
		}
	}()
	results := make(chan tagged, 1)
	var res Result
	writeErr := make(chan error, 1)
	// The summary and the printing of a window overlap the tagging of the
	// next one.
	go func() {
		var err error
		for t := range results {
			if err == nil {
				if sum != nil {
					t.ds = sum.Window(t.w.Text, t.w.Start, t.w.Char, t.es)
				}
				err = out.Add(t.w.Text, t.w.Start, t.es, t.ds)
				if err != nil {
					close(stop)
				}
			}
		}
		writeErr <- err
	}()
	for f := range prepared(d, windows) {
		w := f.w
		es := f.finish()
		for i := range es {
			e := &es[i]
			e.Start += w.Start
			e.End += w.Start
			e.CharStart += w.Char
			e.CharEnd += w.Char
		}
		if d.Fix != nil {
			d.Fix(es)
		}
		res.Entities += len(es)
		res.Bytes += int64(len(w.Text))
		select {
		case results <- tagged{w: w, es: es}:
		case <-stop:
		}
	}
	close(results)
	if err := <-writeErr; err != nil {
		return res, err
	}
	var items []entity.Item
	if sum != nil {
		items = sum.Summary()
	}
	if err := out.End(items, readErr); err != nil {
		return res, err
	}
	return res, readErr
}

// Extract tags a text held in memory window by window and returns all its
// entities, with offsets into text.
func Extract(t Tagger, text string, size int) []entity.Entity {
	var out []entity.Entity
	Split(text, size, func(w Window) {
		es := t.Extract(w.Text)
		if w.Start == 0 && len(w.Text) == len(text) {
			out = es
			return
		}
		for _, e := range es {
			e.Start += w.Start
			e.End += w.Start
			e.CharStart += w.Char
			e.CharEnd += w.Char
			out = append(out, e)
		}
	})
	return out
}

// pending is a window whose tagging is under way: finish waits for it and
// returns its entities.
type pending struct {
	w      Window
	finish func() []entity.Entity
}

// prepared returns the windows in order, each with the means to finish
// it: with a Preparer and several workers, the next windows are prepared
// on other cores meanwhile.
func prepared(d Doc, windows <-chan Window) <-chan pending {
	// At most Workers+1 windows are prepared and not yet finished: their
	// tokens and spans are what memory holds.
	out := make(chan pending, max(d.Workers-1, 1))
	p, ok := d.Tagger.(Preparer)
	if !ok || d.Workers <= 1 {
		go func() {
			defer close(out)
			for w := range windows {
				out <- pending{w, func() []entity.Entity { return d.Tagger.Extract(w.Text) }}
			}
		}()
		return out
	}
	type job struct {
		w    Window
		done chan func() []entity.Entity
	}
	jobs := make(chan job)
	for i := 0; i < d.Workers; i++ {
		go func() {
			for j := range jobs {
				j.done <- p.Prepare(j.w.Text)
			}
		}()
	}
	go func() {
		defer close(out)
		defer close(jobs)
		for w := range windows {
			j := job{w, make(chan func() []entity.Entity, 1)}
			jobs <- j
			out <- pending{w, func() []entity.Entity { return (<-j.done)() }}
		}
	}()
	return out
}
