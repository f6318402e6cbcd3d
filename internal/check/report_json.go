package check

import (
	"io"

	"github.com/prensa-nlp/prensa/internal/eval"
)

// fixtureJSON is one fixture in the JSON report.
type fixtureJSON struct {
	File   string `json:"file"`
	Kind   string `json:"kind"`
	Pass   bool   `json:"pass"`
	Status string `json:"status"`
	eval.CountsJSON
	Types       []eval.TypeJSON `json:"types"`
	Failures    []string        `json:"failures"`
	Differences []Difference    `json:"differences"`
}

// reportJSON is the JSON report; no list in it is ever null.
type reportJSON struct {
	Pass     bool          `json:"pass"`
	Fixtures []fixtureJSON `json:"fixtures"`
	Failed   int           `json:"failed"`
	Overall  struct {
		eval.CountsJSON
		Types    []eval.TypeJSON `json:"types"`
		Failures []string        `json:"failures"`
	} `json:"overall"`
}

func writeJSON(w io.Writer, rep *Report) error {
	out := reportJSON{Pass: rep.Pass(), Fixtures: []fixtureJSON{}, Failed: rep.Failed()}
	for _, res := range rep.Results {
		diffs := res.Differences
		if diffs == nil {
			diffs = []Difference{}
		}
		out.Fixtures = append(out.Fixtures, fixtureJSON{
			File: res.Path(), Kind: string(res.Kind()), Pass: res.Pass(), Status: status(res),
			CountsJSON: res.Scores().Counts.JSON(), Types: res.Scores().JSON().Types,
			Failures: res.Failures, Differences: diffs,
		})
	}
	out.Overall.CountsJSON = rep.Overall.Counts.JSON()
	out.Overall.Types = rep.Overall.JSON().Types
	out.Overall.Failures = rep.Failures
	return eval.WriteJSON(w, out)
}
