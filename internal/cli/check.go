package cli

import (
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"github.com/prensa-nlp/prensa/internal/check"
	"github.com/prensa-nlp/prensa/internal/eval"
	"github.com/prensa-nlp/prensa/internal/summary"
)

// CheckOptions are the options of 'prensa check'.
type CheckOptions struct {
	IO           *IOStreams
	Pipeline     PipelineOptions
	Fixtures     []string
	Kind         string
	Format       string
	MinF1        float64
	MinPrecision float64
	MinRecall    float64
	Tolerate     int
	Update       bool
	Verbose      bool
}

func newCheckCmd(s *IOStreams) *cobra.Command {
	opts := &CheckOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "check FIXTURE...",
		Short: "Check the pipeline against tagged fixtures (for CI)",
		Long: `Check tags the fixtures (files or folders) with the pipeline — the same
flags as 'prensa tag' — and fails when extraction regresses, showing
exactly what changed.
Without --scheme, CoNLL fixtures are tagged with the conll2002 scheme and
the others with the prensa scheme.

Fixtures:
  golden  NAME.txt with NAME.json, the expected output (what
          'prensa tag --pretty NAME.txt' prints). Compared exactly on
          start, end, type and canonical; must match unless --tolerate N
          allows up to N differences per fixture.
  spaced  a text with each mention set off by two spaces
          ("el líder  Kim Jong-un  visitará"); scored untyped. A mark is
          found when an entity covers the same span, or the span without
          a leading preposition or article ("  de Kim  " is found by "Kim").
          Next to punctuation a single space may set a mark off
          ("Putin . “ Kim Jong-un  se"); the spaces marks added are
          removed before tagging, so the pipeline sees the natural text
          ("Putin. “Kim Jong-un se"). 'prensa tag --format spaced' output
          reads back exactly.
  conll   a CoNLL file (token first, IOB tag last); scored typed with
          conlleval semantics.
  annotated  NAME.txt with NAME.ann, hand annotations (TYPE<TAB>mention
          lines in order of appearance); scored typed.

` + eval.KindRules + `

Thresholds (--min-f1, --min-precision, --min-recall; 0.9 or 90 both mean
90%) apply to every fixture and to the overall scores; a fixture with
nothing to find and nothing found meets them.

Each difference is printed as missing, unexpected or changed with
FILE:LINE:COL, the mention and some context: under failing fixtures in the
text format (all fixtures with -v), for every fixture in JSON, as the
failure text in JUnit XML, as '::error file=…,line=…,col=…::' annotations
with --format github.

--update rewrites the golden JSON of every golden fixture whose output
changed and names them; the other fixtures are still checked.

Exit codes: 0 every fixture passed; 1 a fixture or the overall scores
failed; 2 usage error or unreadable fixture.`,
		Example: `  prensa check testdata/fixtures
  prensa check --min-recall 0.9 article-kim-putin.txt
  prensa check --min-f1 0.8 --format junit corpus/ > prensa-junit.xml
  prensa check --format github testdata/fixtures
  prensa check --update testdata/fixtures`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Fixtures = args
			return runCheck(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Kind, "kind", "auto", "kind of every fixture: auto, golden, spaced, conll or annotated")
	f.StringVarP(&opts.Format, "format", "f", "text", "report format: text, json, junit or github")
	f.Float64Var(&opts.MinF1, "min-f1", 0, "fail a fixture, or the total, whose F1 is lower (0.9 or 90)")
	f.Float64Var(&opts.MinPrecision, "min-precision", 0, "fail a fixture, or the total, whose precision is lower")
	f.Float64Var(&opts.MinRecall, "min-recall", 0, "fail a fixture, or the total, whose recall is lower")
	f.IntVar(&opts.Tolerate, "tolerate", 0, "differences a golden fixture may have and still pass")
	f.BoolVar(&opts.Update, "update", false, "rewrite golden JSON files from the current output")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "text format: list the differences of passing fixtures too")
	opts.Pipeline.AddFlags(f)
	return cmd
}

// fraction reads a threshold given as a fraction (0.9) or a percentage
// (90).
func fraction(name string, v float64) (float64, error) {
	switch {
	case v < 0 || v > 100:
		return 0, usageErrorf("--%s %v: want a value from 0 to 1 (or a percentage)", name, v)
	case v > 1:
		return v / 100, nil
	}
	return v, nil
}

func runCheck(opts *CheckOptions) error {
	if !slices.Contains(check.Formats, opts.Format) {
		return usageErrorf("unknown format %q (want text, json, junit or github)", opts.Format)
	}
	if opts.Tolerate < 0 {
		return usageErrorf("--tolerate %d: want 0 or more", opts.Tolerate)
	}
	var co check.Options
	var err error
	for _, t := range []struct {
		name string
		in   float64
		out  *float64
	}{{"min-f1", opts.MinF1, &co.MinF1}, {"min-precision", opts.MinPrecision, &co.MinPrecision}, {"min-recall", opts.MinRecall, &co.MinRecall}} {
		if *t.out, err = fraction(t.name, t.in); err != nil {
			return err
		}
	}
	co.Tolerate = opts.Tolerate
	_, outs, err := scoreFixtures(&opts.Pipeline, opts.Fixtures, opts.Kind, false, opts.IO)
	if err != nil {
		return err
	}
	rep := check.Judge(outs, co)
	if opts.Update {
		g, err := opts.Pipeline.Gazetteer()
		if err != nil {
			return err
		}
		done, err := check.Update(rep, summary.NewPlaces(g).Annotate)
		for _, res := range done {
			fmt.Fprintf(opts.IO.ErrOut, "prensa: updated %s (%s)\n", res.Outcome.Fixture.JSONPath, check.Plural(len(res.Differences), "difference"))
		}
		if err != nil {
			return err
		}
		if len(done) == 0 {
			fmt.Fprintln(opts.IO.ErrOut, "prensa: no golden file changed")
		}
	}
	if err := check.Write(opts.IO.Out, rep, opts.Format, opts.Verbose); err != nil {
		return err
	}
	if !rep.Pass() {
		return errFailed
	}
	return nil
}
