package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/prensa-nlp/prensa/internal/batch"
	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/source"
	"github.com/prensa-nlp/prensa/internal/summary"
	"github.com/prensa-nlp/prensa/internal/window"
)

// BatchOptions are the options of 'prensa batch'.
type BatchOptions struct {
	IO           *IOStreams
	Pipeline     PipelineOptions
	Roots        []string
	OutDir       string
	Include      []string
	Jobs         int
	SkipExisting bool
	MaxBytes     int64
	Window       int
	Encoding     string
	Quiet        bool
	Format       string
	Source       SourceOptions
}

func newBatchCmd(s *IOStreams) *cobra.Command {
	opts := &BatchOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "batch DIR|FILE... [-o OUT]",
		Short: "Tag every text file in folders, in parallel",
		Long: `Batch walks folders recursively and tags every file whose name matches
--include (default *.txt *.jsonl *.ndjson *.csv *.tsv *.html *.htm *.warc,
also compressed: *.txt matches a.txt.gz) with --jobs workers. Archives
(zip, tar, tar.gz, tgz, tar.zst…) are walked into like folders; --include
applies to their members. Every document is one record: a file, an archive
member (OUT/archive.tar.gz/member.json with -o), a record of an export or a
WARC response (one JSON Lines file per export with -o: OUT/export.jsonl.json).

With -o OUT it writes one JSON file per input, OUT/<path relative to DIR>.json
(a/b.txt gives OUT/a/b.txt.json; with several DIRs, under OUT/<DIR name>/),
or with --format html one self-contained page per input, OUT/<path>.html,
each written to a temporary file and renamed, so an output file is always
whole. Without -o it prints JSON Lines on standard output. Either way the
JSON of a file is the same as 'prensa tag FILE' prints, "source" being the
path as DIR was given joined with the path inside it; lines come in the
order of the walk (sorted by name) whatever --jobs is. A FILE given as an
argument is tagged whatever its name.

Folders are walked sorted by name; symbolic links to files and folders are
followed, and a link back to a folder being walked (a loop) is reported, not
followed. The output folder is never walked.

A file that cannot be read, is binary, is over --max-bytes or cannot be
decoded gives one line on standard error and an error record
{"source", "error"} on standard output; the batch goes on, and the exit code
is 1. A summary (files ok, failed, skipped, entities, MB/s) ends the run on
standard error; a progress bar is drawn there when it is a terminal.

Resume: --skip-existing skips inputs whose output exists and is not older
than the input. On SIGINT or SIGTERM, the files being tagged are finished,
no temporary file is left, and the command tells how to resume; a second
signal stops at once.`,
		Example: `  prensa batch news/ -o tagged/
  prensa batch news/ -o tagged/ --skip-existing
  prensa batch --jobs 4 --include '*.txt' --include '*.text' news/ > tagged.jsonl
  prensa batch --engine gazetteer --map AGENCY=ORG news/ -o tagged/
  prensa batch dump.tar.gz crawl.warc.gz -o tagged/
  prensa batch --text-field title --text-field text export.jsonl.gz > tagged.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Roots = args
			return runBatch(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.OutDir, "output", "o", "", "write OUT/<relative path>.json per input instead of JSON Lines on standard output")
	f.StringArrayVar(&opts.Include, "include", source.DefaultInclude, "tag files and archive members whose base name matches this glob (also compressed: *.txt matches a.txt.gz); repeatable; archives are always walked into")
	f.IntVarP(&opts.Jobs, "jobs", "j", 0, "number of workers (default: number of CPUs)")
	f.BoolVar(&opts.SkipExisting, "skip-existing", false, "skip inputs whose output exists and is newer (resume; needs -o)")
	f.Int64Var(&opts.MaxBytes, "max-bytes", 0, "refuse input files larger than this many bytes (0: no limit; any size is tagged in bounded memory)")
	f.IntVar(&opts.Window, "window", window.DefaultMax, "tag big files in windows of at most this many `bytes`, cut at paragraph breaks")
	f.StringVar(&opts.Encoding, "encoding", decode.Auto, "input encoding: auto, utf-8, windows-1252 or iso-8859-1")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar and no summary")
	f.StringVarP(&opts.Format, "format", "f", "json", "output format: json, or html (one page per input; needs -o)")
	opts.Source.AddFlags(f)
	opts.Pipeline.AddFlags(f)
	return cmd
}

func runBatch(ctx context.Context, opts *BatchOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Jobs < 0 {
		return usageErrorf("--jobs must be positive")
	}
	if opts.MaxBytes < 0 {
		return usageErrorf("--max-bytes must not be negative")
	}
	if opts.SkipExisting && opts.OutDir == "" {
		return usageErrorf("--skip-existing needs -o OUT")
	}
	enc, err := decode.ParseEncoding(opts.Encoding)
	if err != nil {
		return usageError{err}
	}
	for _, r := range opts.Roots {
		if _, err := os.Stat(r); err != nil {
			return usageErrorf("%s: %v", r, stripPath(err))
		}
	}
	so, err := opts.Source.Options()
	if err != nil {
		return err
	}
	tmap, err := opts.Pipeline.TypeMap()
	if err != nil {
		return err
	}
	x, err := opts.Pipeline.Extractor()
	if err != nil {
		return err
	}
	places := summary.NewPlaces(x.Gazetteer())
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second signal ends the process at once
	}()

	out := bufio.NewWriterSize(opts.IO.Out, 64*1024)
	cfg := batch.Config{
		Roots: opts.Roots, Include: opts.Include, Jobs: opts.Jobs, OutDir: opts.OutDir,
		SkipExisting: opts.SkipExisting, MaxBytes: opts.MaxBytes, Encoding: enc,
		Window: opts.Window, Source: so,
		NewTagger: func() window.Tagger {
			return mappedTagger{x.NewStream(), tmap}
		},
		Places: places, Format: opts.Format,
		Out: out, Err: opts.IO.ErrOut,
	}
	if opts.IO.StderrTTY && !opts.Quiet {
		cfg.Progress = batch.NewBar(opts.IO.ErrOut)
	}
	if opts.OutDir != "" {
		// error records only: print them as they come
		cfg.Out = flushWriter{out}
	}
	sum, err := batch.Run(ctx, cfg)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	var ce *batch.ConfigError
	if errors.As(err, &ce) {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	if !opts.Quiet {
		fmt.Fprintf(opts.IO.ErrOut, "prensa batch: %s\n", sum)
	}
	if sum.Interrupted {
		if opts.OutDir != "" {
			fmt.Fprintf(opts.IO.ErrOut, "interrupted: %d files done; rerun with --skip-existing to resume\n", sum.Done())
		} else {
			fmt.Fprintf(opts.IO.ErrOut, "interrupted: %d files done; with -o OUT a rerun with --skip-existing resumes\n", sum.Done())
		}
		return errFailed
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

// mappedTagger renames types after tagging.
type mappedTagger struct {
	t    window.Tagger
	tmap TypeMap
}

// Extract tags one window and renames its types.
func (m mappedTagger) Extract(text string) []entity.Entity {
	es := m.t.Extract(text)
	m.tmap.Entities(es)
	return es
}

// flushWriter flushes after every write (error records in -o mode, which
// are few).
type flushWriter struct{ w *bufio.Writer }

// Write writes p and flushes.
func (f flushWriter) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err == nil {
		err = f.w.Flush()
	}
	return n, err
}
