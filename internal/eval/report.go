package eval

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteText prints s in the layout of the conlleval script: a summary
// line, an overall line and one line per type with precision, recall and
// FB1 in percent and the number of predicted mentions. Gold given as spans
// has no tokens: its summary counts documents and its overall line has no
// accuracy.
func WriteText(w io.Writer, s *Scores) error {
	unit, n := "tokens", s.Tokens
	if s.Tokens == 0 {
		unit, n = "documents", s.Docs
	}
	fmt.Fprintf(w, "processed %d %s with %d phrases; found: %d phrases; correct: %d.\n",
		n, unit, s.Gold(), s.Found(), s.TP)
	if s.Tokens > 0 {
		fmt.Fprintf(w, "accuracy: %6.2f%%; ", 100*s.Accuracy())
	}
	fmt.Fprintf(w, "precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		100*s.Precision(), 100*s.Recall(), 100*s.F1())
	for _, t := range s.TypeNames() {
		c := s.Types[t]
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Found())
	}
	return nil
}

// CountsJSON is Counts as reports print them: counts and the three scores
// as fractions between 0 and 1.
type CountsJSON struct {
	Gold      int     `json:"gold"`
	Found     int     `json:"found"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// JSON returns c as printed in JSON reports.
func (c Counts) JSON() CountsJSON {
	return CountsJSON{c.Gold(), c.Found(), c.TP, round(c.Precision()), round(c.Recall()), round(c.F1())}
}

// TypeJSON is the counts of one type in a JSON report.
type TypeJSON struct {
	Type string `json:"type"`
	CountsJSON
}

// ReportJSON is the JSON form of Scores.
type ReportJSON struct {
	Documents int        `json:"documents"`
	Tokens    int        `json:"tokens"`
	Accuracy  float64    `json:"accuracy"`
	Overall   CountsJSON `json:"overall"`
	Types     []TypeJSON `json:"types"`
}

// JSON returns s as printed in JSON reports; Types is never nil.
func (s *Scores) JSON() ReportJSON {
	r := ReportJSON{Documents: s.Docs, Tokens: s.Tokens, Accuracy: round(s.Accuracy()), Overall: s.Counts.JSON(), Types: []TypeJSON{}}
	for _, t := range s.TypeNames() {
		r.Types = append(r.Types, TypeJSON{t, s.Types[t].JSON()})
	}
	return r
}

// WriteJSON prints v as indented JSON.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// round keeps six decimals, enough for any report and stable in tests.
func round(f float64) float64 {
	return float64(int64(f*1e6+0.5)) / 1e6
}
