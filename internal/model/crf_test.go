package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestCRFGradient compares the analytic gradient of a sentence's negative
// log-likelihood with central finite differences.
func TestCRFGradient(t *testing.T) {
	const nRows = 4
	e := &encoded{
		rows: []int32{0, 1, 1, 2, 3, 0, 3},
		off:  []int32{0, 2, 4, 5, 7},
		gold: []int{1, 2, 0, 3},
	}
	nw := nRows * NumLabels
	dim := nw + (NumLabels+1)*NumLabels + NumLabels
	rng := rand.New(rand.NewPCG(1, 2))
	x := make([]float64, dim)
	for i := range x {
		x[i] = rng.Float64() - 0.5
	}
	var c crfScratch
	g := make([]float64, dim)
	c.sentence(e, x, nw, g)
	const h = 1e-5
	for i := range x {
		old := x[i]
		x[i] = old + h
		fp := c.sentence(e, x, nw, make([]float64, dim))
		x[i] = old - h
		fm := c.sentence(e, x, nw, make([]float64, dim))
		x[i] = old
		if num := (fp - fm) / (2 * h); math.Abs(num-g[i]) > 1e-5 {
			t.Errorf("parameter %d: gradient %.7f, finite difference %.7f", i, g[i], num)
		}
	}
}

func TestCRFLearnsToy(t *testing.T) {
	m, err := Train(toy(), nil, TrainOptions{MinCount: 1, CRF: true, CRFL2: 0.1, CRFIters: 50}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f := score(m, toy()); f != 1 {
		t.Errorf("F1 on training data = %.3f, want 1", f)
	}
}

func TestGoldAllowed(t *testing.T) {
	tests := []struct {
		gold []int
		want bool
	}{
		{[]int{1, 2, 0, 3, 4}, true},
		{[]int{2}, false},
		{[]int{0, 4}, false},
		{[]int{1, 4}, false},
		{nil, true},
	}
	for _, tc := range tests {
		if got := goldAllowed(tc.gold); got != tc.want {
			t.Errorf("goldAllowed(%v) = %v", tc.gold, got)
		}
	}
}
