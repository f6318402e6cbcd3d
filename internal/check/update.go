package check

import (
	"bytes"
	"os"
	"path/filepath"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/eval"
	"github.com/prensa-nlp/prensa/internal/output"
)

// Annotator completes a result from its text: the entities summary and the
// demonyms (summary.Places.Annotate).
type Annotator func(text string, r *entity.Result)

// GoldenJSON returns the golden JSON of a golden fixture's outcome: what
// 'prensa tag --pretty NAME.txt' prints, run in the fixture's folder.
// annotate, if not nil, completes the result as 'prensa tag' does.
func GoldenJSON(o *eval.Outcome, annotate Annotator) ([]byte, error) {
	f := o.Fixture
	es := o.Found
	if es == nil {
		es = []entity.Entity{}
	}
	var b bytes.Buffer
	r := entity.Result{Source: filepath.Base(f.Path), Encoding: f.Encoding, Entities: es}
	if annotate != nil {
		annotate(f.Text, &r)
	}
	p, err := output.New("json", true)
	if err != nil {
		return nil, err
	}
	err = p.Print(&b, &output.Doc{Result: r, Text: f.Text})
	return b.Bytes(), err
}

// Update rewrites the golden JSON of each golden fixture of rep whose
// file differs from the current output, marks those results Updated and
// clears their differences and failures (the thresholds were met by
// definition: the fixture now expects what is found). It returns the
// results it updated. annotate is as for GoldenJSON.
func Update(rep *Report, annotate Annotator) ([]*Result, error) {
	var done []*Result
	for _, res := range rep.Results {
		f := res.Outcome.Fixture
		if f.Kind != eval.Golden {
			continue
		}
		want, err := GoldenJSON(res.Outcome, annotate)
		if err != nil {
			return done, err
		}
		have, err := os.ReadFile(f.JSONPath)
		if err == nil && bytes.Equal(have, want) {
			continue
		}
		if err := os.WriteFile(f.JSONPath, want, 0o644); err != nil {
			return done, err
		}
		res.Updated = true
		res.Failures = []string{}
		done = append(done, res)
	}
	return done, nil
}
