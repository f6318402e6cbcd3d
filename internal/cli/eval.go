package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/prensa-nlp/prensa/internal/eval"
	"github.com/prensa-nlp/prensa/internal/scheme"
)

// EvalOptions are the options of 'prensa eval'.
type EvalOptions struct {
	IO       *IOStreams
	Pipeline PipelineOptions
	Gold     []string
	Kind     string
	Format   string
	Untyped  bool
}

func newEvalCmd(s *IOStreams) *cobra.Command {
	opts := &EvalOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "eval --gold FILE... [FILE...]",
		Short: "Score the pipeline against gold data (P/R/F1 overall and per type)",
		Long: `Eval tags the text of gold files with the pipeline (the same flags as
'prensa tag': --engine, --model, --gazetteer, --map, --scheme) and scores
the result: a mention is correct when its span and type equal a gold one's (conlleval
semantics). It prints a report in the layout of the conlleval script —
precision, recall and FB1 overall and per type — or, with --format json,
the same numbers as fractions.

Gold files may be CoNLL files (IOB1 or IOB2 tags in the last column; each
document, between -DOCSTART- lines, is tagged as a whole with the words and
sentences as given; a file without them is one document), text files with a
golden NAME.json beside them (entities with byte offsets start, end and a
type), text files with hand annotations NAME.ann beside them (TYPE<TAB>mention
lines in order of appearance), or spaced texts (mentions set off by two
spaces; scored untyped, as type ENT). Gold files and folders may also be
given as arguments.

Without --scheme, CoNLL gold is tagged with the conll2002 scheme (the
conventions it follows) and every other gold with the prensa scheme.

` + eval.KindRules,
		Example: `  prensa eval --gold esp.testa --map AGENCY=ORG
  prensa eval --gold corpus/ --format json
  prensa eval --engine gazetteer --gold article.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Gold = append(opts.Gold, args...)
			return runEval(opts)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&opts.Gold, "gold", nil, "gold file or folder; repeatable")
	f.StringVar(&opts.Kind, "kind", "auto", "kind of the gold files: auto, golden, spaced, conll or annotated")
	f.StringVarP(&opts.Format, "format", "f", "text", "report format: text (conlleval) or json")
	f.BoolVar(&opts.Untyped, "untyped", false, "score spans only, ignoring types")
	opts.Pipeline.AddFlags(f)
	return cmd
}

func runEval(opts *EvalOptions) error {
	if opts.Format != "text" && opts.Format != "json" {
		return usageErrorf("unknown format %q (want text or json)", opts.Format)
	}
	if len(opts.Gold) == 0 {
		return usageErrorf("no gold data: give --gold FILE")
	}
	fixtures, outs, err := scoreFixtures(&opts.Pipeline, opts.Gold, opts.Kind, opts.Untyped, opts.IO)
	if err != nil {
		return err
	}
	total := eval.Total(outs)
	if opts.Format == "json" {
		paths := make([]string, len(fixtures))
		for i, fx := range fixtures {
			paths[i] = fx.Path
		}
		return eval.WriteJSON(opts.IO.Out, struct {
			Gold []string `json:"gold"`
			eval.ReportJSON
		}{paths, total.JSON()})
	}
	return eval.WriteText(opts.IO.Out, total)
}

// scoreFixtures loads the fixtures named by args (of the kind named, or
// detected with "auto"), tags them with the pipeline the flags describe and
// scores them: the shared core of eval and check.
func scoreFixtures(p *PipelineOptions, args []string, kindName string, untyped bool, s *IOStreams) ([]*eval.Fixture, []*eval.Outcome, error) {
	kind, err := eval.ParseKind(kindName)
	if err != nil {
		return nil, nil, usageError{err}
	}
	tmap, err := p.TypeMap()
	if err != nil {
		return nil, nil, err
	}
	fixtures, err := loadFixtures(args, kind, s)
	if err != nil {
		return nil, nil, err
	}
	x, err := p.Extractor()
	if err != nil {
		return nil, nil, err
	}
	// Without --scheme, CoNLL gold is tagged with the CoNLL-2002
	// conventions and every other kind with the prensa scheme.
	conllX := x
	if p.Scheme == "" {
		conllX = x.WithScheme(scheme.CoNLL2002)
	}
	eo := eval.Options{Map: tmap, Untyped: untyped}
	outs := make([]*eval.Outcome, len(fixtures))
	for i, fx := range fixtures {
		if fx.Kind == eval.CoNLL {
			outs[i] = eval.Run(conllX, fx, eo)
		} else {
			outs[i] = eval.Run(x, fx, eo)
		}
	}
	return fixtures, outs, nil
}

// loadFixtures finds and reads the gold files named by args. A name that
// cannot be found, or a file that cannot be read, is a usage error; every
// unreadable file is reported before returning.
func loadFixtures(args []string, kind eval.Kind, s *IOStreams) ([]*eval.Fixture, error) {
	paths, err := eval.Discover(args)
	if err != nil {
		return nil, usageError{err}
	}
	if len(paths) == 0 {
		return nil, usageErrorf("no fixtures (*.txt, *.conll) in %v", args)
	}
	var out []*eval.Fixture
	bad := 0
	for _, p := range paths {
		fx, err := eval.Load(p, kind)
		if err != nil {
			fmt.Fprintf(s.ErrOut, "prensa: %v\n", err)
			bad++
			continue
		}
		out = append(out, fx)
	}
	if bad > 0 {
		return nil, usageErrorf("%d of %d fixtures could not be read", bad, len(paths))
	}
	return out, nil
}
