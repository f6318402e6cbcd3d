package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/source"
	"github.com/prensa-nlp/prensa/internal/summary"
	"github.com/prensa-nlp/prensa/internal/window"
)

// Input formats of 'prensa tag'.
const (
	inputText  = "text"
	inputCoNLL = "conll"
	inputJSONL = "jsonl"
)

// TagOptions are the options of 'prensa tag'.
type TagOptions struct {
	IO          *IOStreams
	Pipeline    PipelineOptions
	Files       []string
	Format      string
	Pretty      bool
	Encoding    string
	InputFormat string
	// Window is the maximum window size in bytes (0: the default).
	Window int
	// Source says how compressed files, archives and exports are read.
	Source SourceOptions
}

func newTagCmd(s *IOStreams) *cobra.Command {
	opts := &TagOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "tag [FILE...]",
		Short: "Find the entities in texts and print them as JSON",
		Long: `Tag reads Spanish news texts and prints their entities.

With no FILE, or with -, it reads standard input. Each input gives one JSON
object {"source", "encoding", "entities", "entities_summary", "demonyms"};
several inputs give one object per line (JSON Lines). Every mention in
"entities" has "text", "type" (PER, LOC, ORG, AGENCY, MISC), byte offsets
"start"/"end" into the decoded input (input[start:end] is the text),
code-point offsets "char_start"/"char_end", "canonical", "id" (when the
gazetteer knows one), "source" (gazetteer, rule or model) and "entity", the
index of its entity in "entities_summary". That list has one item per
entity ({"canonical", "type", "id", "mentions", "first_start", "forms"}),
most mentioned first; "demonyms" links words such as "norcoreanos" to their
place ({"text", offsets, "place", "id"}).

--format html prints a self-contained page (the text highlighted, a legend,
the summary); --format pretty prints colored text and the summary for a
terminal (no colors when standard output is not a terminal or NO_COLOR is
set).

Input is UTF-8 (a byte-order mark is dropped); input that is not valid UTF-8
is read as Windows-1252 and reported as such. Files with NUL bytes are
refused as binary; the other files are still tagged, and the exit code is 1.

Inputs of any size are read and tagged in windows of at most --window bytes
(64 KiB), cut at paragraph breaks, and entities are printed as they are
found, with offsets into the whole input: memory stays bounded. A text that
fits in one window is tagged as one document; across windows, a surname
alone is still linked to a full name given earlier.

Compressed files (gzip, bzip2, zstd, xz, found by content), archives (zip,
tar, tar.gz, tar.zst: one object per member, "source" archive!/member),
JSON Lines, JSON arrays and CSV/TSV exports (one object per record, with
its "id"; --text-field, --id-field), HTML pages (the article's text, with
"html_start"/"html_end" into the page) and WARC files (one object per HTML
or text response, "source" its URI) are read as the documents they hold. A
document inside a file that cannot be read gives an error record
{"source", "id", "line", "error"}; the others are still tagged.

Pre-tokenized input: --input-format conll reads one token per line (first
column; other columns ignored; blank line between sentences) and prints
TOKEN TAG lines (IOB2), one per input token. --input-format jsonl reads
{"id", "text"} objects, one per line, and prints {"id", "entities"} lines.`,
		Example: `  prensa tag article.txt
  cat article.txt | prensa tag --pretty
  prensa tag a.txt b.txt > tagged.jsonl
  prensa tag --format spaced article.txt
  prensa tag --format html article.txt > article.html
  prensa tag --format pretty article.txt
  prensa tag --encoding windows-1252 old-dump.txt
  prensa tag --gazetteer ours.tsv --engine gazetteer article.txt
  prensa tag --input-format conll --map AGENCY=ORG tokens.conll
  zcat dump.txt.gz | prensa tag > dump.json
  prensa tag article.txt.gz pages.zip crawl.warc.gz
  prensa tag --text-field title --text-field body.text --id-field meta.id export.jsonl.gz`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if !cmd.Flags().Changed("format") && opts.InputFormat == inputCoNLL {
				opts.Format = "conll"
			}
			return runTag(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "json", "output format: json, jsonl, spaced, html (a self-contained page), pretty (colored text and summary for a terminal), or conll (with --input-format conll)")
	f.BoolVar(&opts.Pretty, "pretty", false, "indent JSON output")
	f.StringVar(&opts.Encoding, "encoding", decode.Auto, "input encoding: auto, utf-8, windows-1252 or iso-8859-1")
	f.StringVar(&opts.InputFormat, "input-format", inputText, "input format: text, conll (pre-tokenized) or jsonl ({\"id\",\"text\"} per line)")
	f.IntVar(&opts.Window, "window", window.DefaultMax, "tag big texts in windows of at most this many `bytes`, cut at paragraph breaks")
	opts.Source.AddFlags(f)
	opts.Pipeline.AddFlags(f)
	return cmd
}

func runTag(opts *TagOptions) error {
	enc, err := decode.ParseEncoding(opts.Encoding)
	if err != nil {
		return usageError{err}
	}
	printer, err := output.New(opts.Format, opts.Pretty)
	if err != nil {
		return usageError{err}
	}
	if opts.Format == "pretty" {
		printer = output.NewPretty(opts.IO.Color())
	}
	if (opts.Format == "html" || opts.Format == "pretty") && opts.InputFormat != inputText {
		return usageErrorf("--format %s needs --input-format text", opts.Format)
	}
	if opts.Format == "html" && len(opts.Files) > 1 {
		return usageErrorf("--format html prints one page: give one input, or use 'prensa batch --format html -o OUT' for one page per input")
	}
	switch opts.InputFormat {
	case inputText:
		if opts.Format == "conll" {
			return usageErrorf("--format conll needs --input-format conll")
		}
	case inputCoNLL, inputJSONL:
	default:
		return usageErrorf("unknown input format %q (want text, conll or jsonl)", opts.InputFormat)
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
	out := bufio.NewWriterSize(opts.IO.Out, 64*1024)
	defer out.Flush()
	if len(opts.Files) == 0 && opts.IO.StdinTTY {
		fmt.Fprintln(opts.IO.ErrOut, "prensa: reading standard input; end it with Ctrl-D (see 'prensa tag --help')")
	}
	var failed bool
	for _, name := range inputNames(opts.Files) {
		var err error
		switch opts.InputFormat {
		case inputCoNLL:
			err = tagCoNLL(opts, x, tmap, printer, out, name)
		case inputJSONL:
			err = tagJSONL(opts, x, tmap, places, out, name)
		default:
			err = tagText(opts, x, tmap, places, printer, out, name, enc)
		}
		var oe outputError
		if errors.As(err, &oe) {
			fmt.Fprintf(opts.IO.ErrOut, "prensa: writing standard output: %v\n", oe.err)
			return errFailed
		}
		if errors.Is(err, errReported) {
			failed = true
			continue
		}
		if err != nil {
			if err := out.Flush(); err != nil {
				fmt.Fprintf(opts.IO.ErrOut, "prensa: writing standard output: %v\n", err)
				return errFailed
			}
			fmt.Fprintf(opts.IO.ErrOut, "prensa: %s: %v\n", displayName(name), err)
			failed = true
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(opts.IO.ErrOut, "prensa: writing standard output: %v\n", err)
		return errFailed
	}
	if failed {
		return errFailed
	}
	return nil
}

func displayName(name string) string {
	if name == stdinName {
		return "standard input"
	}
	return name
}

func tagText(opts *TagOptions, x *extract.Extractor, tmap TypeMap, places *summary.Places, p output.Printer, out *bufio.Writer, name, enc string) error {
	in, closeIn, err := openInput(name, opts.IO.In)
	if err != nil {
		return err
	}
	defer closeIn()
	so, err := opts.Source.Options()
	if err != nil {
		return err
	}
	var first error
	for d := range source.Docs(name, in, so) {
		err := tagDoc(opts, x, tmap, places, p, out, d, enc, so)
		var oe outputError
		if errors.As(err, &oe) {
			return err
		}
		if err == nil {
			continue
		}
		if d.Member == "" && !d.Record {
			first = err // the input itself failed, reported by the caller
			continue
		}
		// a document inside the input: an error record, and the others go on
		var nb notBegun
		if errors.As(err, &nb) {
			err = nb.err
			rec := output.ErrorRecord{Source: d.Source, ID: d.ID, Line: d.Line, Error: err.Error()}
			if err := output.WriteJSON(out, rec, false); err != nil {
				return asOutputError(err)
			}
		}
		if err := out.Flush(); err != nil {
			return asOutputError(err)
		}
		where := d.Source
		if d.Line > 0 {
			where = fmt.Sprintf("%s:%d", d.Source, d.Line)
		}
		fmt.Fprintf(opts.IO.ErrOut, "prensa: %s: %v\n", where, err)
		if first == nil {
			first = errReported
		}
	}
	return first
}

// errReported says that the failures of an input's documents were
// already reported, each on its own.
var errReported = errors.New("some documents failed")

// notBegun is the error of a document that failed before its record
// began: it gets an error record of its own.
type notBegun struct{ err error }

// Error returns the message.
func (e notBegun) Error() string { return e.err.Error() }

// Unwrap returns the wrapped error.
func (e notBegun) Unwrap() error { return e.err }

// tagDoc tags one document of an input.
func tagDoc(opts *TagOptions, x *extract.Extractor, tmap TypeMap, places *summary.Places, p output.Printer, out *bufio.Writer, d *source.Doc, enc string, so source.Options) error {
	if d.Err != nil {
		return notBegun{d.Err}
	}
	src, fix, err := source.Prepare(d, enc, so)
	if err != nil {
		return notBegun{stripPath(err)}
	}
	fixAll := func(es []entity.Entity) {
		tmap.Entities(es)
		if fix != nil {
			fix(es)
		}
	}
	ds, ok := output.Stream(p, out)
	if !ok {
		// a view of the whole document (html, pretty)
		var b strings.Builder
		if _, err := io.Copy(&b, src); err != nil {
			return stripPath(err)
		}
		text := b.String()
		dd := &output.Doc{Text: text, Result: entity.Result{Source: d.Source, Encoding: src.Encoding, Entities: x.Extract(text)}}
		fixAll(dd.Result.Entities)
		places.Annotate(text, &dd.Result)
		return asOutputError(p.Print(out, dd))
	}
	_, err = window.Tag(window.Doc{
		Source: d.Source, ID: d.ID, Input: src, Size: opts.Window,
		Tagger: x.NewStream(), Fix: fixAll, Places: places, Workers: runtime.GOMAXPROCS(0),
	}, writeErrors{ds})
	return err
}
