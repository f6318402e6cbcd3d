package check

import (
	"bytes"
	"os"
	"path/filepath"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/eval"
	"github.com/prensa-nlp/prensa/internal/output"
)

// GoldenJSON returns the golden JSON of a golden fixture's outcome: what
// 'prensa tag --pretty NAME.txt' prints, run in the fixture's folder.
func GoldenJSON(o *eval.Outcome) ([]byte, error) {
	f := o.Fixture
	es := o.Found
	if es == nil {
		es = []entity.Entity{}
	}
	var b bytes.Buffer
	r := entity.Result{Source: filepath.Base(f.Path), Encoding: f.Encoding, Entities: es}
	err := output.WriteJSON(&b, r, true)
	return b.Bytes(), err
}

// Update rewrites the golden JSON of each golden fixture of rep whose
// file differs from the current output, marks those results Updated and
// clears their differences and failures (the thresholds were met by
// definition: the fixture now expects what is found). It returns the
// results it updated.
func Update(rep *Report) ([]*Result, error) {
	var done []*Result
	for _, res := range rep.Results {
		f := res.Outcome.Fixture
		if f.Kind != eval.Golden {
			continue
		}
		want, err := GoldenJSON(res.Outcome)
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
