package check

import (
	"fmt"

	"github.com/prensa-nlp/prensa/internal/eval"
)

// Options are the pass conditions.
type Options struct {
	// MinF1, MinPrecision and MinRecall (fractions; 0 for none) apply to
	// every fixture and to the overall scores. A fixture with nothing to
	// find and nothing found meets them.
	MinF1, MinPrecision, MinRecall float64
	// Tolerate is how many differences a golden fixture may have and still
	// pass (it must also meet the thresholds).
	Tolerate int
}

// Thresholds reports whether any threshold is set.
func (o Options) Thresholds() bool {
	return o.MinF1 > 0 || o.MinPrecision > 0 || o.MinRecall > 0
}

// Result is the verdict on one fixture.
type Result struct {
	Outcome     *eval.Outcome
	Differences []Difference
	// Failures say why the fixture failed; empty when it passed.
	Failures []string
	// Updated is set when --update rewrote the fixture's golden JSON.
	Updated bool
}

// Pass reports whether the fixture passed.
func (r *Result) Pass() bool { return len(r.Failures) == 0 }

// Path is the fixture's file.
func (r *Result) Path() string { return r.Outcome.Fixture.Path }

// Kind is the fixture's kind.
func (r *Result) Kind() eval.Kind { return r.Outcome.Fixture.Kind }

// Scores are the fixture's scores.
func (r *Result) Scores() *eval.Scores { return r.Outcome.Scores }

// Report is the verdict on a whole run.
type Report struct {
	Results []*Result
	Overall *eval.Scores
	// Failures say why the overall scores failed the thresholds.
	Failures []string
	Options  Options
}

// Pass reports whether every fixture and the overall scores passed.
func (r *Report) Pass() bool {
	if len(r.Failures) > 0 {
		return false
	}
	for _, res := range r.Results {
		if !res.Pass() {
			return false
		}
	}
	return true
}

// Failed returns how many fixtures failed.
func (r *Report) Failed() int {
	n := 0
	for _, res := range r.Results {
		if !res.Pass() {
			n++
		}
	}
	return n
}

// Judge lists the differences of each outcome and applies the pass
// conditions.
func Judge(outs []*eval.Outcome, opts Options) *Report {
	rep := &Report{Overall: eval.Total(outs), Options: opts}
	for _, o := range outs {
		res := &Result{Outcome: o, Differences: differences(o)}
		if o.Fixture.Kind == eval.Golden && len(res.Differences) > opts.Tolerate {
			msg := fmt.Sprintf("%s from %s", Plural(len(res.Differences), "difference"), o.Fixture.JSONPath)
			if opts.Tolerate > 0 {
				msg += fmt.Sprintf(" (%d tolerated)", opts.Tolerate)
			}
			res.Failures = append(res.Failures, msg)
		}
		res.Failures = append(res.Failures, thresholds(o.Scores.Counts, opts)...)
		if res.Failures == nil {
			res.Failures = []string{}
		}
		rep.Results = append(rep.Results, res)
	}
	rep.Failures = thresholds(rep.Overall.Counts, opts)
	if rep.Failures == nil {
		rep.Failures = []string{}
	}
	return rep
}

// thresholds returns the thresholds c fails.
func thresholds(c eval.Counts, opts Options) []string {
	if c.Empty() {
		return nil
	}
	var out []string
	check := func(name string, got, min float64) {
		if min > 0 && got < min {
			out = append(out, fmt.Sprintf("%s %.2f%% below --min-%s %.2f%%", name, 100*got, name, 100*min))
		}
	}
	check("precision", c.Precision(), opts.MinPrecision)
	check("recall", c.Recall(), opts.MinRecall)
	check("f1", c.F1(), opts.MinF1)
	return out
}

// Plural returns "1 word" or "N words".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
