package model

import (
	"math/rand/v2"
	"testing"
)

// TestPackedSums checks that adding packed scores and unpacking gives the
// sums of the scores, for negative, positive and mixed values.
func TestPackedSums(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name  string
		terms int
		val   func() int32
	}{
		{"small", 7, func() int32 { return int32(rng.IntN(65535)) - 32767 }},
		{"negative", 7, func() int32 { return -int32(rng.IntN(1 << 27)) }},
		{"positive", 7, func() int32 { return int32(rng.IntN(1 << 27)) }},
		{"extremes", 2, func() int32 { return []int32{-1 << 30, 1<<30 - 1, -1, 0, 1}[rng.IntN(5)] }},
	}
	for _, tt := range tests {
		for trial := 0; trial < 1000; trial++ {
			var want [NumLabels]int32
			var sum packed
			for n := 0; n < tt.terms; n++ {
				var v [NumLabels]int32
				for l := range v {
					v[l] = tt.val()
					want[l] += v[l]
				}
				p := pack(&v)
				if got := unpack(&p); got != v {
					t.Fatalf("%s: unpack(pack(%v)) = %v", tt.name, v, got)
				}
				for k := range sum {
					sum[k] += p[k]
				}
			}
			if got := unpack(&sum); got != want {
				t.Fatalf("%s: sum = %v, want %v", tt.name, got, want)
			}
		}
	}
}
