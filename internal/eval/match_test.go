package eval

import (
	"reflect"
	"testing"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name                    string
		gold, pred              []Span
		correct, missing, unexp int
		wantMissing, wantUnexp  []Span
	}{
		{name: "exact", gold: []Span{{0, 3, "PER", 0}}, pred: []Span{{0, 3, "PER", 0}}, correct: 1},
		{name: "type differs", gold: []Span{{0, 3, "PER", 0}}, pred: []Span{{0, 3, "LOC", 0}},
			missing: 1, unexp: 1, wantMissing: []Span{{0, 3, "PER", 0}}, wantUnexp: []Span{{0, 3, "LOC", 0}}},
		{name: "span differs", gold: []Span{{0, 3, "PER", 0}}, pred: []Span{{0, 4, "PER", 0}}, missing: 1, unexp: 1},
		{name: "duplicates count once", gold: []Span{{0, 3, "PER", 0}, {0, 3, "PER", 0}}, pred: []Span{{0, 3, "PER", 0}, {0, 3, "PER", 0}}, correct: 1},
		{name: "alt start", gold: []Span{{10, 16, "ENT", 13}}, pred: []Span{{13, 16, "ENT", 0}}, correct: 1},
		{name: "alt start needs same end", gold: []Span{{10, 16, "ENT", 13}}, pred: []Span{{13, 15, "ENT", 0}}, missing: 1, unexp: 1},
		{name: "exact before alt", gold: []Span{{10, 16, "ENT", 13}, {13, 16, "ENT", 0}}, pred: []Span{{13, 16, "ENT", 0}},
			correct: 1, missing: 1, wantMissing: []Span{{10, 16, "ENT", 13}}},
		{name: "sorted output", gold: []Span{{9, 10, "X", 0}, {1, 2, "X", 0}}, pred: nil, missing: 2,
			wantMissing: []Span{{1, 2, "X", 0}, {9, 10, "X", 0}}},
		{name: "nothing", correct: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Compare(tc.gold, tc.pred)
			if len(c.Correct) != tc.correct || len(c.Missing) != tc.missing || len(c.Unexpected) != tc.unexp {
				t.Fatalf("Compare = %d correct, %d missing, %d unexpected; want %d, %d, %d",
					len(c.Correct), len(c.Missing), len(c.Unexpected), tc.correct, tc.missing, tc.unexp)
			}
			if tc.wantMissing != nil && !reflect.DeepEqual(c.Missing, tc.wantMissing) {
				t.Errorf("Missing = %v, want %v", c.Missing, tc.wantMissing)
			}
			if tc.wantUnexp != nil && !reflect.DeepEqual(c.Unexpected, tc.wantUnexp) {
				t.Errorf("Unexpected = %v, want %v", c.Unexpected, tc.wantUnexp)
			}
			if got := c.Counts(); got != (Counts{TP: tc.correct, FP: tc.unexp, FN: tc.missing}) {
				t.Errorf("Counts = %+v", got)
			}
		})
	}
}
