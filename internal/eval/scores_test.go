package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestAddTags(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		want       Counts
		types      map[string]Counts
		correct    int // tokens with the right tag
	}{
		{"iob1 gold, iob2 pred", []string{"I-PER", "I-PER", "O", "I-LOC"}, []string{"B-PER", "I-PER", "O", "B-LOC"},
			Counts{TP: 2}, map[string]Counts{"PER": {TP: 1}, "LOC": {TP: 1}}, 2},
		{"wrong type", []string{"B-ORG", "I-ORG"}, []string{"B-LOC", "I-LOC"},
			Counts{FP: 1, FN: 1}, map[string]Counts{"ORG": {FN: 1}, "LOC": {FP: 1}}, 0},
		{"split chunk", []string{"B-PER", "I-PER"}, []string{"B-PER", "B-PER"},
			Counts{FP: 2, FN: 1}, map[string]Counts{"PER": {FP: 2, FN: 1}}, 1},
		{"I after other type starts a chunk", []string{"B-PER", "I-LOC"}, []string{"B-PER", "B-LOC"},
			Counts{TP: 2}, map[string]Counts{"PER": {TP: 1}, "LOC": {TP: 1}}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := NewScores()
			s.AddTags(tc.gold, tc.pred)
			if s.Counts != tc.want {
				t.Errorf("overall = %+v, want %+v", s.Counts, tc.want)
			}
			for typ, want := range tc.types {
				if got := s.Types[typ]; got == nil || *got != want {
					t.Errorf("%s = %+v, want %+v", typ, got, want)
				}
			}
			if len(s.Types) != len(tc.types) {
				t.Errorf("types = %v, want %d", s.TypeNames(), len(tc.types))
			}
			if s.Tokens != len(tc.gold) || s.CorrectTags != tc.correct {
				t.Errorf("tokens %d correct %d, want %d %d", s.Tokens, s.CorrectTags, len(tc.gold), tc.correct)
			}
		})
	}
}

func TestWriteText(t *testing.T) {
	s := NewScores()
	s.AddTags([]string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "I-PER", "O", "B-ORG"})
	s.Docs = 1
	var b bytes.Buffer
	if err := WriteText(&b, s); err != nil {
		t.Fatal(err)
	}
	want := `processed 4 tokens with 2 phrases; found: 2 phrases; correct: 1.
accuracy:  75.00%; precision:  50.00%; recall:  50.00%; FB1:  50.00
              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0
              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
`
	if b.String() != want {
		t.Errorf("WriteText =\n%s\nwant\n%s", b.String(), want)
	}

	spans := NewScores()
	spans.Docs = 2
	spans.Add(Compare([]Span{{0, 3, "ENT", 0}}, []Span{{0, 3, "ENT", 0}}))
	b.Reset()
	WriteText(&b, spans)
	if !strings.HasPrefix(b.String(), "processed 2 documents with 1 phrases; found: 1 phrases; correct: 1.\nprecision: 100.00%;") {
		t.Errorf("span report = %q", b.String())
	}
}

func TestJSONNeverNull(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, NewScores().JSON()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "null") {
		t.Errorf("empty report has null: %s", b.String())
	}
	var back ReportJSON
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || back.Types == nil {
		t.Errorf("report does not read back: %v %+v", err, back)
	}
}

func TestMerge(t *testing.T) {
	a, b := NewScores(), NewScores()
	a.AddTags([]string{"B-PER"}, []string{"B-PER"})
	b.AddTags([]string{"B-LOC"}, []string{"O"})
	a.Merge(b)
	if a.Counts != (Counts{TP: 1, FN: 1}) || a.Tokens != 2 || len(a.Types) != 2 {
		t.Errorf("merged = %+v", a)
	}
}
