package model

import (
	"math/rand/v2"
	"testing"
)

// TestFeat2 checks feat2 against its definition over feat for every
// template number it takes.
func TestFeat2(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for tmpl := uint64(0); tmpl < uint64(len(templateMix)); tmpl++ {
		for _, ab := range [][2]uint64{{0, 0}, {1, 2}, {^uint64(0), 1 << 63}, {rng.Uint64(), rng.Uint64()}} {
			want := feat(tmpl, mix(ab[0])^(ab[1]*0x9e3779b97f4a7c15+0x632be59bd9b4e019))
			if got := feat2(tmpl, ab[0], ab[1]); got != want {
				t.Fatalf("feat2(%d, %#x, %#x) = %#x, want %#x", tmpl, ab[0], ab[1], got, want)
			}
		}
	}
}
