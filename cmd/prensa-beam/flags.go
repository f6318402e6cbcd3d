package main

import (
	"errors"
	"flag"
	"fmt"
	"runtime"
	"strings"

	"github.com/prensa-nlp/prensa/internal/cli"
	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/source"
	"github.com/prensa-nlp/prensa/internal/window"
)

// listFlag is a repeatable string flag; its first use replaces the
// default.
type listFlag struct {
	values []string
	set    bool
}

// String joins the values.
func (l *listFlag) String() string { return strings.Join(l.values, ",") }

// Set adds a value.
func (l *listFlag) Set(v string) error {
	if !l.set {
		l.values, l.set = nil, true
	}
	l.values = append(l.values, v)
	return nil
}

// flags are prensa-beam's own flags; Beam's (--runner, --endpoint,
// --environment_type, --project, --region…) are registered by the SDK on
// the same flag set.
type flags struct {
	inputs, gazetteers, maps, include, textFields listFlag

	output, entityCounts, pairs            string
	shards, workers, topPairs, pairDocEnts int
	engine, scheme, model, encoding, idFld string
	noBuiltin                              bool
	window                                 int
	maxBytes, maxMemberBytes, maxRatio     int64
}

// register adds the flags to fs.
func (f *flags) register(fs *flag.FlagSet) {
	f.include.values = source.DefaultInclude
	f.textFields.values = []string{"text"}
	fs.Var(&f.inputs, "input", "files to tag: a glob (local, gs://, s3://); repeatable. Each file is read as 'prensa batch' reads it: text, compressed, archives, JSON Lines/JSON/CSV exports, HTML, WARC")
	fs.StringVar(&f.output, "output", "", "prefix of the output: JSON Lines shards PREFIX-SSSSS-of-NNNNN.jsonl, one record per document as 'prensa batch' prints (required)")
	fs.IntVar(&f.shards, "shards", 4, "number of output files")
	fs.IntVar(&f.workers, "workers", runtime.NumCPU(), "number of tagging branches the documents are dealt to, tagged at once (Prism runs one bundle per branch at a time)")
	fs.StringVar(&f.entityCounts, "entity-counts", "", "also write the corpus' entity counts (canonical, type, id, mentions, documents) to shards with this prefix")
	fs.StringVar(&f.pairs, "pairs", "", "also write the top pairs of entities found in the same documents to this file")
	fs.IntVar(&f.topPairs, "top-pairs", 100, "how many pairs --pairs ranks")
	fs.IntVar(&f.pairDocEnts, "pair-entities", 20, "pair only the first (most salient) this many entities of each document")
	fs.Var(&f.gazetteers, "gazetteer", "add a gazetteer TSV file (shipped with the job); repeatable")
	fs.BoolVar(&f.noBuiltin, "no-builtin-gazetteer", false, "do not use the built-in gazetteer entries")
	fs.StringVar(&f.engine, "engine", string(extract.Hybrid), "what decides entities: hybrid, model or gazetteer")
	fs.StringVar(&f.model, "model", "", "use this model file (shipped with the job) instead of the built-in one")
	fs.Var(&f.maps, "map", "map an entity type to another in the output, e.g. AGENCY=ORG; repeatable")
	fs.StringVar(&f.scheme, "scheme", "", "annotation conventions: prensa (default) or conll2002")
	fs.Var(&f.include, "include", "tag files and archive members whose base name matches this glob (also compressed); repeatable; default "+strings.Join(source.DefaultInclude, " "))
	fs.Var(&f.textFields, "text-field", "JSON/CSV exports: the (dotted) field whose text is tagged; repeatable (default text)")
	fs.StringVar(&f.idFld, "id-field", "id", "JSON/CSV exports: the (dotted) field copied to the output as \"id\"")
	fs.Int64Var(&f.maxMemberBytes, "max-member-bytes", source.DefaultMaxMemberBytes, "refuse a document that decompresses or extracts to more than this many bytes")
	fs.Int64Var(&f.maxRatio, "max-ratio", source.DefaultMaxRatio, "refuse a stream that decompresses to more than this many times its size (0: no limit)")
	fs.Int64Var(&f.maxBytes, "max-bytes", 0, "refuse input files larger than this many bytes (0: no limit)")
	fs.IntVar(&f.window, "window", window.DefaultMax, "tag big documents in windows of at most this many bytes")
	fs.StringVar(&f.encoding, "encoding", decode.Auto, "input encoding: auto, utf-8, windows-1252 or iso-8859-1")
}

// job checks the flags and builds the Job they describe.
func (f *flags) job() (*Job, error) {
	if len(f.inputs.values) == 0 {
		return nil, errors.New("no --input")
	}
	if f.output == "" {
		return nil, errors.New("no --output")
	}
	if f.shards < 1 || f.workers < 1 || f.topPairs < 1 || f.pairDocEnts < 2 {
		return nil, errors.New("--shards, --workers and --top-pairs must be positive, --pair-entities at least 2")
	}
	if f.maxBytes < 0 {
		return nil, errors.New("--max-bytes must not be negative")
	}
	enc, err := decode.ParseEncoding(f.encoding)
	if err != nil {
		return nil, err
	}
	so := cli.SourceOptions{TextFields: f.textFields.values, IDField: f.idFld, MaxMemberBytes: f.maxMemberBytes, MaxRatio: f.maxRatio}
	src, err := so.Options()
	if err != nil {
		return nil, err
	}
	src.Include = f.include.values
	p := cli.PipelineOptions{Gazetteers: f.gazetteers.values, NoBuiltin: f.noBuiltin, Engine: f.engine, ModelPath: f.model, Maps: f.maps.values, Scheme: f.scheme}
	cfg, err := NewConfig(p, enc, f.window, f.maxBytes)
	if err != nil {
		return nil, err
	}
	return &Job{
		Inputs: f.inputs.values, Output: f.output, Shards: f.shards, Workers: f.workers,
		EntityCounts: f.entityCounts, Pairs: f.pairs, TopPairs: f.topPairs, PairEntities: f.pairDocEnts,
		Config: cfg, Source: src,
	}, nil
}

// usage prints how to run the command.
func usage(fs *flag.FlagSet) func() {
	return func() {
		fmt.Fprintf(fs.Output(), `Usage: prensa-beam --input GLOB... --output PREFIX [flags]

Tags every document of the matched files, as 'prensa batch' does, on an
Apache Beam runner: Prism (default, in this process), a portable job server
(--runner=universal --endpoint=HOST:PORT: Prism, Flink, Spark) or Dataflow
(--runner=dataflow --project --region --temp_location).

Flags:
`)
		fs.PrintDefaults()
	}
}
