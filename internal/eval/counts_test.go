package eval

import (
	"math"
	"testing"
)

func TestCounts(t *testing.T) {
	tests := []struct {
		name    string
		c       Counts
		p, r, f float64
		empty   bool
	}{
		{"perfect", Counts{TP: 4}, 1, 1, 1, false},
		{"nothing found", Counts{FN: 3}, 0, 0, 0, false},
		{"nothing to find", Counts{FP: 2}, 0, 0, 0, false},
		{"empty", Counts{}, 0, 0, 0, true},
		{"mixed", Counts{TP: 2, FP: 1, FN: 3}, 2.0 / 3, 0.4, 0.5, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, v := range []struct {
				what      string
				got, want float64
			}{{"precision", tc.c.Precision(), tc.p}, {"recall", tc.c.Recall(), tc.r}, {"f1", tc.c.F1(), tc.f}} {
				if math.Abs(v.got-v.want) > 1e-9 {
					t.Errorf("%s = %v, want %v", v.what, v.got, v.want)
				}
			}
			if tc.c.Empty() != tc.empty {
				t.Errorf("Empty = %v, want %v", tc.c.Empty(), tc.empty)
			}
		})
	}
}
