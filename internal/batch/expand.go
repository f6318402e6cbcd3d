package batch

import (
	"context"
	"os"
	"path/filepath"

	"github.com/prensa-nlp/prensa/internal/source"
)

// holdMax is the largest document the walk reads into memory to hand to a
// worker; a longer one (a big archive member) is handed over as a stream,
// and the walk waits until it is tagged before reading on.
const holdMax = 4 << 20

// budgetBytes bounds the bytes of documents held in memory between the
// walk and the workers; budgetUnit is its granularity.
const (
	budgetBytes = 16 << 20
	budgetUnit  = 64 << 10
)

// budget is a counting semaphore of memory units.
type budget chan struct{}

func newBudget() budget { return make(budget, budgetBytes/budgetUnit) }

// units is how many units n bytes take (at most the whole budget).
func (b budget) units(n int) int {
	return min((n+budgetUnit-1)/budgetUnit, cap(b))
}

// acquire takes k units; false when ctx ended first (the units taken are
// given back).
func (b budget) acquire(ctx context.Context, k int) bool {
	for i := 0; i < k; i++ {
		select {
		case b <- struct{}{}:
		case <-ctx.Done():
			b.release(i)
			return false
		}
	}
	return true
}

func (b budget) release(k int) {
	for i := 0; i < k; i++ {
		<-b
	}
}

// expand turns one walked file into tasks, one per document, and hands
// each to send (which returns false to stop). A plain text file is one
// task, whose worker reads the file itself; the documents of compressed
// files, archives and exports are read here, in order, and held in memory
// (within the budget) so that workers tag them in parallel.
func (r *runner) expand(ctx context.Context, it item, send func(*task) bool) bool {
	if it.Err != nil {
		return send(&task{item: it, first: true})
	}
	f, err := os.Open(it.Source)
	if err != nil {
		return send(&task{item: item{Source: it.Source, Err: stripPath(err)}, first: true})
	}
	owned := false // a worker closes f
	defer func() {
		if !owned {
			f.Close()
		}
	}()
	first := true
	for d := range source.Docs(it.Source, f, r.srcOpts) {
		if ctx.Err() != nil {
			return false
		}
		t := &task{item: item{Source: d.Source, Out: it.Out}, path: it.Source, first: first, doc: d}
		first = false
		if d.Member == "" && !d.Record && d.Kind == source.Text && d.Body == f {
			// the file itself, as text: the worker reads it
			t.doc, t.file, owned = nil, f, true
			return send(t)
		}
		if d.Member != "" {
			t.Out = filepath.Join(it.Out, filepath.FromSlash(d.Member))
		}
		t.unit, t.id, t.line = d.Record, d.ID, d.Line
		if t.unit && t.first && r.cfg.OutDir != "" && r.cfg.SkipExisting {
			if ok, size := upToDate(it.Source, r.outPath(t)); ok {
				t.doc, t.status, t.size, t.skipped = nil, statusSkipped, size, true
				return send(t)
			}
		}
		if d.Err != nil {
			t.Err = d.Err
		}
		held := d.Hold(holdMax)
		size := len(d.Text)
		if held {
			if br, ok := d.Body.(interface{ Len() int }); ok {
				size = br.Len()
			}
		}
		t.units = r.budget.units(size)
		if !r.budget.acquire(ctx, t.units) {
			return false
		}
		if !send(t) {
			return false
		}
		if !held {
			// the stream is read by the worker: wait until it is done
			select {
			case <-t.done:
			case <-ctx.Done():
				<-t.done
				return false
			}
		}
	}
	return true
}
