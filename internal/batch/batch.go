// Package batch tags whole folders: it walks them in a deterministic order,
// tags the files with a pool of workers and writes one JSON file per input
// (atomically) or JSON Lines in input order, whatever the number of
// workers. Memory does not grow with the number of files: the walk streams,
// and at most a fixed window of files is in flight.
package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/source"
	"github.com/prensa-nlp/prensa/internal/summary"
	"github.com/prensa-nlp/prensa/internal/window"
)

// tagger returns the tagger of one document.
func (c *Config) tagger() window.Tagger {
	if c.NewTagger != nil {
		return c.NewTagger()
	}
	return funcTagger(c.Tag)
}

// funcTagger tags each window on its own.
type funcTagger func(text string) []entity.Entity

// Extract tags one window.
func (f funcTagger) Extract(text string) []entity.Entity { return f(text) }

// Config says what to tag and where the results go.
type Config struct {
	// Roots are the folders (or single files) to tag.
	Roots []string
	// Include are base-name globs (filepath.Match); a file is tagged if
	// any matches. Default "*.txt".
	Include []string
	// Jobs is the number of workers; default runtime.NumCPU().
	Jobs int
	// OutDir, when set, receives OUT/<path relative to the root>.json per
	// input (with several roots, under a folder named after each root).
	// When empty, results go to Out as JSON Lines.
	OutDir string
	// SkipExisting skips inputs whose output exists and is not older
	// (needs OutDir).
	SkipExisting bool
	// MaxBytes, when positive, is the size limit of one file; files of any
	// size are tagged in bounded memory, so there is none by default.
	MaxBytes int64
	// Window is the maximum window size in bytes (0: window.DefaultMax).
	Window int
	// Encoding is the input encoding, as decode.ParseEncoding accepts.
	Encoding string
	// Source says how exports are read and limits what compressed files
	// and archives expand to (its Include is Config.Include).
	Source source.Options
	// Tag finds the entities of a text; it must be safe for concurrent use.
	// NewTagger, when set, is used instead: it starts one document, tagged
	// window by window (an extract.Stream, which carries the document's
	// people across windows).
	Tag       func(text string) []entity.Entity
	NewTagger func() window.Tagger
	// Places, if set, gives each result its entities summary and demonyms.
	Places *summary.Places
	// Format is the output format: "json" (the default) or "html", one
	// page per input (needs OutDir; files are named OUT/<path>.html).
	Format string
	// Out receives results (without OutDir) and error records.
	Out io.Writer
	// Err receives one line per failed input.
	Err io.Writer
	// Progress, if set, is told how the batch goes.
	Progress Progress
}

// Progress follows a batch; its methods are called from one goroutine at
// a time (Total from another one than Add, so implementations lock).
type Progress interface {
	// Total gives the number of files and bytes to do, once known.
	Total(files int, bytes int64)
	// Add counts files done (tagged, failed or skipped) and bytes read.
	Add(files int, bytes int64)
	// Finish is called at the end.
	Finish()
}

// A Progress that also has a Clear method is cleared before a line is
// printed on Config.Err (as Bar is).

// runner is one run of a batch.
type runner struct {
	cfg     Config
	printer output.Printer
	writer  atomicWriter
	srcOpts source.Options
	budget  budget
	unit    *unitFile // the records' output file being written, with -o
}

// Run tags everything under cfg.Roots. It stops early, cleanly, when ctx
// is cancelled: files being tagged are finished, the others are left
// (Summary.Interrupted). The error is about the batch itself (bad
// configuration, output not writable); failed inputs are counted in the
// Summary and reported on cfg.Err and cfg.Out.
func Run(ctx context.Context, cfg Config) (Summary, error) {
	if err := cfg.check(); err != nil {
		return Summary{}, err
	}
	w := &walker{include: cfg.Include, prefix: len(cfg.Roots) > 1}
	if cfg.OutDir != "" {
		if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
			return Summary{}, err
		}
		w.skip, _ = os.Stat(cfg.OutDir)
	}
	printer, err := output.New(cfg.Format, false)
	if err != nil {
		return Summary{}, &ConfigError{err}
	}
	so := cfg.Source
	so.Include = cfg.Include
	r := &runner{cfg: cfg, printer: printer, srcOpts: so, budget: newBudget()}
	return r.run(ctx, w)
}

// ConfigError is the error of a Config that cannot be run (the caller's
// mistake, not a failure of the batch).
type ConfigError struct{ Err error }

// Error returns the message of the wrapped error.
func (e *ConfigError) Error() string { return e.Err.Error() }

// Unwrap returns the wrapped error.
func (e *ConfigError) Unwrap() error { return e.Err }

// check fills in defaults and rejects bad configurations.
func (c *Config) check() error {
	if err := c.defaults(); err != nil {
		return &ConfigError{err}
	}
	return nil
}

func (c *Config) defaults() error {
	if len(c.Roots) == 0 {
		return errors.New("no folder to tag")
	}
	if c.Tag == nil && c.NewTagger == nil {
		return errors.New("batch: no tagger")
	}
	if len(c.Include) == 0 {
		c.Include = source.DefaultInclude
	}
	for _, p := range c.Include {
		if _, err := filepath.Match(p, ""); err != nil {
			return fmt.Errorf("--include %q: %v", p, err)
		}
	}
	if c.Jobs <= 0 {
		c.Jobs = runtime.NumCPU()
	}
	enc, err := decode.ParseEncoding(c.Encoding)
	if err != nil {
		return err
	}
	c.Encoding = enc
	switch c.Format {
	case "":
		c.Format = "json"
	case "json":
	case "html":
		if c.OutDir == "" {
			return errors.New("--format html writes one page per input: it needs an output folder (-o)")
		}
	default:
		return fmt.Errorf("unknown format %q (want json or html)", c.Format)
	}
	if c.SkipExisting && c.OutDir == "" {
		return errors.New("--skip-existing needs an output folder (-o)")
	}
	if c.Out == nil {
		c.Out = io.Discard
	}
	if c.Err == nil {
		c.Err = io.Discard
	}
	if len(c.Roots) > 1 && c.OutDir != "" {
		seen := map[string]string{}
		for _, r := range c.Roots {
			b := RootName(r)
			if prev, ok := seen[b]; ok {
				return fmt.Errorf("%s and %s would share the output folder %s: tag them one at a time", prev, r, filepath.Join(c.OutDir, b))
			}
			seen[b] = r
		}
	}
	return nil
}

// run is the pipeline: the walker sends tasks to the workers and, in the
// same order, to the writer (this goroutine), which waits for each in turn;
// a window of tokens bounds the tasks between walker and writer, so memory
// does not depend on the number of files.
func (r *runner) run(ctx context.Context, w *walker) (Summary, error) {
	start := time.Now()
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	window := 4*r.cfg.Jobs + 16
	tokens := make(chan struct{}, window)
	jobs := make(chan *task, r.cfg.Jobs)
	order := make(chan *task, window)

	if r.cfg.Progress != nil {
		go r.count(ctx, w)
	}
	cut := false // the walk was stopped before its end
	go func() {
		defer close(jobs)
		defer close(order)
		defer func() { cut = ctx.Err() != nil }()
		send := func(t *task) bool {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				r.budget.release(t.units)
				if t.file != nil {
					t.file.Close()
				}
				return false
			}
			t.done = make(chan struct{})
			order <- t // cannot block: at most window tasks hold tokens
			jobs <- t
			return true
		}
		w.walk(ctx, r.cfg.Roots, func(it item) bool {
			return r.expand(ctx, it, send)
		})
	}()
	for i := 0; i < r.cfg.Jobs; i++ {
		go func() {
			for t := range jobs {
				if ctx.Err() == nil {
					r.process(t)
				}
				close(t.done)
			}
		}()
	}

	var sum Summary
	var werr error
	abandoned := 0
	for t := range order {
		<-t.done
		<-tokens
		if t.status == statusAbandoned {
			abandoned++
		}
		if werr == nil {
			if werr = r.report(&sum, t); werr != nil {
				cancel() // output is gone: stop tagging
			}
		} else if t.out != nil {
			t.out.discard()
		}
	}
	if r.unit != nil {
		if cut || abandoned > 0 || werr != nil {
			r.unit.discard() // the file's records were not all tagged
		} else if err := r.closeUnit(); err != nil && werr == nil {
			werr = err
		}
		r.unit = nil
	}
	sum.Elapsed = time.Since(start)
	sum.Interrupted = parent.Err() != nil && (cut || abandoned > 0)
	if r.cfg.Progress != nil {
		r.cfg.Progress.Finish()
	}
	return sum, werr
}

// report counts a finished task and writes its result (to Out, or its
// output file) or its error record.
func (r *runner) report(sum *Summary, t *task) error {
	if t.status == statusAbandoned {
		if r.unit != nil && t.unit {
			r.unit.broken = true
		}
		return nil
	}
	if r.cfg.OutDir != "" && r.unit != nil && (!t.unit || r.unit.path != r.outPath(t)) {
		if err := r.closeUnit(); err != nil {
			return err
		}
	}
	sum.Bytes += t.bytes
	if t.status == statusOK && r.cfg.OutDir != "" && t.unit {
		if err := r.appendUnit(t); err != nil {
			t.Err, t.status = fmt.Errorf("writing output: %w", stripPath(err)), statusFailed
		}
	} else if t.status == statusOK && r.cfg.OutDir != "" {
		// Output files are written here, one at a time: workers writing
		// into one folder at once contend for it in the kernel.
		if err := t.out.moveTo(&r.writer, r.outPath(t)); err != nil {
			t.Err, t.status = fmt.Errorf("writing output: %w", stripPath(err)), statusFailed
		}
	}
	switch t.status {
	case statusOK:
		sum.OK++
		sum.Entities += int64(t.entities)
		if r.cfg.OutDir == "" {
			if err := t.out.copyTo(r.cfg.Out); err != nil {
				return err
			}
		}
	case statusSkipped:
		sum.Skipped++
	case statusFailed:
		sum.Failed++
		if c, ok := r.cfg.Progress.(interface{ Clear() }); ok {
			c.Clear()
		}
		where := t.Source
		if t.line > 0 {
			where = fmt.Sprintf("%s:%d", t.Source, t.line)
		}
		fmt.Fprintf(r.cfg.Err, "prensa: %s: %v\n", where, t.Err)
		rec := output.ErrorRecord{Source: t.Source, ID: t.id, Line: t.line, Error: t.Err.Error()}
		if err := output.WriteJSON(r.cfg.Out, rec, false); err != nil {
			return err
		}
	}
	if r.cfg.Progress != nil {
		if t.first {
			r.cfg.Progress.Add(1, t.size)
		} else {
			r.cfg.Progress.Add(0, 0)
		}
	}
	return nil
}

// count walks the roots a second time, only to tell Progress the totals.
func (r *runner) count(ctx context.Context, w *walker) {
	files, size := 0, int64(0)
	w.walk(ctx, r.cfg.Roots, func(it item) bool {
		files++
		if it.Err == nil {
			if fi, err := os.Stat(it.Source); err == nil {
				size += fi.Size()
			}
		}
		return true
	})
	if ctx.Err() == nil {
		r.cfg.Progress.Total(files, size)
	}
}
