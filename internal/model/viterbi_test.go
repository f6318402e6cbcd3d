package model

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// viterbiRef is the plain Viterbi search that viterbi specializes: every
// allowed previous label, ties to the lowest.
func viterbiRef(emit []float32, n int, trans *[NumLabels + 1][NumLabels]float32, end *[NumLabels]float32, out []int) {
	if n == 0 {
		return
	}
	back := make([]int, n*NumLabels)
	var cur, prev [NumLabels]float32
	for l := 0; l < NumLabels; l++ {
		if allowed(startState, l) {
			prev[l] = trans[startState][l] + emit[l]
		} else {
			prev[l] = negInf
		}
	}
	for i := 1; i < n; i++ {
		for l := 0; l < NumLabels; l++ {
			best, arg := negInf, -1
			for p := 0; p < NumLabels; p++ {
				if !allowed(p, l) {
					continue
				}
				if s := prev[p] + trans[p][l]; arg < 0 || s > best {
					best, arg = s, p
				}
			}
			cur[l] = best + emit[i*NumLabels+l]
			back[i*NumLabels+l] = arg
		}
		prev = cur
	}
	best, arg := negInf, -1
	for l := 0; l < NumLabels; l++ {
		if s := prev[l] + end[l]; arg < 0 || s > best {
			best, arg = s, l
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = back[i*NumLabels+arg]
		out[i-1] = arg
	}
}

// TestViterbiMatchesReference checks viterbi against viterbiRef on random
// scores, small integers so that ties are frequent, and real-valued ones.
func TestViterbiMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := 0; trial < 3000; trial++ {
		n := 1 + rng.IntN(12)
		val := func() float32 {
			if trial%2 == 0 {
				return float32(rng.IntN(3))
			}
			return float32(rng.NormFloat64())
		}
		emit := make([]float32, n*NumLabels)
		for i := range emit {
			emit[i] = val()
		}
		var trans [NumLabels + 1][NumLabels]float32
		var end [NumLabels]float32
		for p := range trans {
			for l := range trans[p] {
				trans[p][l] = val()
			}
		}
		for l := range end {
			end[l] = val()
		}
		got, want := make([]int, n), make([]int, n)
		viterbi(emit, n, &trans, &end, make([]uint8, n*NumLabels), got)
		viterbiRef(emit, n, &trans, &end, want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: viterbi = %v, want %v", trial, got, want)
		}
	}
}

// BenchmarkViterbi decodes random 30-token sentences.
func BenchmarkViterbi(b *testing.B) {
	rng := rand.New(rand.NewPCG(7, 8))
	const n = 30
	emit := make([]float32, n*NumLabels)
	for i := range emit {
		emit[i] = float32(rng.NormFloat64())
	}
	var trans [NumLabels + 1][NumLabels]float32
	var end [NumLabels]float32
	for p := range trans {
		for l := range trans[p] {
			trans[p][l] = float32(rng.NormFloat64())
		}
	}
	back, out := make([]uint8, n*NumLabels), make([]int, n)
	for i := 0; i < b.N; i++ {
		viterbi(emit, n, &trans, &end, back, out)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
