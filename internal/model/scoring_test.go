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

// TestAppendHitsCached checks that the cached lookup finds the entries the
// table lookup finds, key by key, on a first pass (cache empty) and a
// second (cache full), with keys that share cache slots.
func TestAppendHitsCached(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(11, 12))
	var keys []uint64
	for tmpl := uint64(1); tmpl < 60; tmpl++ {
		for v := uint64(0); v < 40; v++ {
			keys = append(keys, feat(tmpl, v), feat2(tmpl, v, rng.Uint64()%8))
		}
	}
	for i := 0; i < 200; i++ {
		keys = append(keys, keys[rng.IntN(len(keys))]|1<<63, keys[rng.IntN(len(keys))]^1<<52)
	}
	var c recentHits
	found := 0
	for pass := 0; pass < 2; pass++ {
		for _, k := range keys {
			want := m.base.appendHits(nil, []uint64{k})
			got := m.base.appendHitsCached(nil, []uint64{k}, &c)
			if len(got) != len(want) || len(got) == 1 && got[0] != want[0] {
				t.Fatalf("pass %d, key %#x: cached %v, table %v", pass, k, got, want)
			}
			found += len(got)
		}
	}
	if found == 0 {
		t.Fatal("no key found: the test keys miss the model")
	}
}
