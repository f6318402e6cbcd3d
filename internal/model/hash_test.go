package model

import (
	"math/bits"
	"math/rand/v2"
	"testing"
)

// TestFeat2 checks feat2 against its definition for every template number
// it takes: the template's part is feat's, and the two values are taken
// in order.
func TestFeat2(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for tmpl := uint64(0); tmpl < uint64(len(templateMix)); tmpl++ {
		if templateMix[tmpl] != mix(tmpl+0x9e3779b97f4a7c15) {
			t.Fatalf("templateMix[%d] is not feat's template part", tmpl)
		}
		for _, ab := range [][2]uint64{{0, 0}, {1, 2}, {^uint64(0), 1 << 63}, {rng.Uint64(), rng.Uint64()}} {
			want := quickMix(ab[0]*0x9e3779b97f4a7c15 ^ bits.RotateLeft64(ab[1], 23) ^ mix(tmpl+0x9e3779b97f4a7c15))
			if want == 0 {
				want = 1
			}
			if got := feat2(tmpl, ab[0], ab[1]); got != want {
				t.Fatalf("feat2(%d, %#x, %#x) = %#x, want %#x", tmpl, ab[0], ab[1], got, want)
			}
		}
	}
}

// TestFeatureKeysSpread checks that the keys of many features of one
// template, with values that differ little (as hashes of similar words
// may), fill a table's home slots and its fingerprint bits evenly.
func TestFeatureKeysSpread(t *testing.T) {
	const n, slots = 1 << 16, 1 << 12
	for _, key := range []func(v uint64) uint64{
		func(v uint64) uint64 { return feat(tLower, v) },
		func(v uint64) uint64 { return feat2(tBigramM1, v, v+1) },
		func(v uint64) uint64 { return feat2(tBigramM1, 7, v) },
	} {
		var low, high [slots]int
		seen := map[uint64]bool{}
		for v := uint64(0); v < n; v++ {
			k := key(v * 0x100) // values that differ in one byte
			if seen[k] {
				t.Fatalf("two values give key %#x", k)
			}
			seen[k] = true
			low[k%slots]++
			high[k>>52]++
		}
		for _, counts := range [][slots]int{low, high} {
			for s, c := range counts {
				// about 16 each: a good hash leaves none empty and none
				// above three times that
				if c == 0 || c > 3*n/slots {
					t.Fatalf("slot %d holds %d keys of %d, expected about %d", s, c, n, n/slots)
				}
			}
		}
	}
}

// TestFeat2Order checks that feat2 tells (a, b) from (b, a) and one
// template from another.
func TestFeat2Order(t *testing.T) {
	if feat2(tBigramM1, 1, 2) == feat2(tBigramM1, 2, 1) {
		t.Error("feat2 does not tell (a, b) from (b, a)")
	}
	if feat2(tBigramM1, 1, 2) == feat2(tBigramP1, 1, 2) {
		t.Error("feat2 does not tell templates apart")
	}
}
