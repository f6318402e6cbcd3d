package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/prensa-nlp/prensa/internal/batch"
	"github.com/prensa-nlp/prensa/internal/cli"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/source"
	"github.com/prensa-nlp/prensa/internal/window"
)

// tagFn tags documents: one JSON Lines record per document, the same that
// 'prensa batch' prints, or an error record {"source", "id", "line",
// "error"} when the document cannot be read or decoded. The extractor is
// built once per worker (Setup), not per document.
type tagFn struct {
	// Config is the pipeline, shipped with the job.
	Config Config
	// Source says how exports are read (for the limits of a page).
	Source source.Options

	t *tools
}

// Setup builds (or finds, in this process) the worker's extractor.
func (f *tagFn) Setup() error {
	t, err := f.Config.tools()
	if err != nil {
		return err
	}
	f.t = t
	return nil
}

// ProcessElement tags one document and emits its record (without the
// final newline).
func (f *tagFn) ProcessElement(ctx context.Context, d Doc, emit func(string)) {
	var buf bytes.Buffer
	res, err := f.tag(&buf, &d)
	if err != nil {
		counters.errors.Inc(ctx, 1)
		where := d.Source
		if d.Line > 0 {
			where = fmt.Sprintf("%s:%d", d.Source, d.Line)
		}
		log.Warnf(ctx, "prensa: %s: %v", where, err)
		buf.Reset()
		rec := output.ErrorRecord{Source: d.Source, ID: d.id(), Line: d.Line, Error: err.Error()}
		if werr := output.WriteJSON(&buf, rec, false); werr != nil {
			panic(werr) // a record of strings always encodes
		}
	} else {
		counters.documents.Inc(ctx, 1)
		counters.entities.Inc(ctx, int64(res.entities))
		for i, n := range res.byType {
			if n > 0 {
				counters.byType[i].Inc(ctx, int64(n))
			}
		}
	}
	counters.bytes.Inc(ctx, res.bytes)
	emit(strings.TrimSuffix(buf.String(), "\n"))
}

// tagged counts what tagging one document did.
type tagged struct {
	bytes    int64
	entities int
	byType   []int // by entity.Types index
}

// tag tags one document into w, as 'prensa batch' does.
func (f *tagFn) tag(w io.Writer, d *Doc) (tagged, error) {
	res := tagged{byType: make([]int, len(entity.Types))}
	if d.Err != "" {
		return res, errors.New(d.Err)
	}
	tagger := &countingTagger{t: f.t.x.NewStream(), tmap: f.t.tmap, res: &res}
	ds, ok := output.Stream(f.t.printer, w)
	if !ok {
		return res, errors.New("the JSON printer does not stream")
	}
	if d.Path != "" {
		return res, f.tagFile(ds, d, tagger, &res)
	}
	text, fix, err := source.Prepare(d.sourceDoc(), f.Config.Encoding, f.Source)
	if err != nil {
		return res, stripPath(err)
	}
	r, err := window.Tag(window.Doc{Source: d.Source, ID: d.id(), Input: text, Size: f.Config.Window, Tagger: tagger, Fix: fix, Places: f.t.places}, ds)
	res.bytes = r.Bytes
	if err != nil {
		return res, stripPath(err)
	}
	return res, nil
}

// tagFile tags a plain local text file, read as a stream (as 'prensa
// batch' reads one).
func (f *tagFn) tagFile(ds output.DocStream, d *Doc, tagger window.Tagger, res *tagged) error {
	file, err := os.Open(d.Path)
	if err != nil {
		return stripPath(err)
	}
	defer file.Close()
	fi, err := file.Stat()
	if err != nil {
		return stripPath(err)
	}
	if fi.IsDir() {
		return errors.New("is a directory")
	}
	text, read, err := batch.OpenText(file, fi.Size(), f.Config.MaxBytes, f.Config.Encoding)
	defer func() { res.bytes = read() }()
	if err != nil {
		return stripPath(err)
	}
	_, err = window.Tag(window.Doc{Source: d.Source, Input: text, Size: f.Config.Window, Tagger: tagger, Places: f.t.places}, ds)
	return stripPath(err)
}

// countingTagger renames types (--map) after tagging and counts the
// entities by type.
type countingTagger struct {
	t    window.Tagger
	tmap cli.TypeMap
	res  *tagged
}

// Extract tags one window.
func (c *countingTagger) Extract(text string) []entity.Entity {
	es := c.t.Extract(text)
	c.tmap.Entities(es)
	c.res.entities += len(es)
	for _, e := range es {
		if i, ok := typeIndex[e.Type]; ok {
			c.res.byType[i]++
		}
	}
	return es
}
