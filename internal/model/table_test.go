package model

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"testing"
)

// TestFrozenMatchesTable checks that a frozen table answers every lookup
// as the table does, including absent keys that share a fingerprint with
// a stored key and probe runs that wrap around the end of the table.
func TestFrozenMatchesTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 5, 100, 3000} {
		tab := newTable(n)
		var stored []uint64
		for len(stored) < n {
			// Few distinct fingerprints, so that collisions happen.
			k := uint64(rng.IntN(8))<<32 | uint64(rng.Uint32())
			if k == 0 {
				continue
			}
			if tab.put(k, uint32(len(stored))) {
				stored = append(stored, k)
			}
		}
		f := tab.freeze()
		check := func(k uint64) {
			v1, ok1 := tab.get(k)
			v2, ok2 := f.get(k)
			if v1 != v2 || ok1 != ok2 {
				t.Fatalf("n=%d key %x: table (%d, %v), frozen (%d, %v)", n, k, v1, ok1, v2, ok2)
			}
		}
		for _, k := range stored {
			check(k)
		}
		for i := 0; i < 20000; i++ {
			check(uint64(rng.IntN(10))<<32 | uint64(rng.Uint32()))
			check(rng.Uint64())
		}
	}
}

// TestSumRows checks the lane arithmetic of sumRows against a plain sum of
// the int16 rows found through the table.
func TestSumRows(t *testing.T) {
	m, err := Load(defaultData)
	if err != nil {
		t.Fatal(err)
	}
	l := &m.base
	f := l.idx
	var keys []uint64
	for i := uint64(0); i <= f.mask && len(keys) < 5000; i++ {
		if f.occ[i>>6]&(1<<(i&63)) != 0 {
			// Not the real key, but one with the slot as its home and the
			// slot's fingerprint, which the index finds.
			keys = append(keys, uint64(f.fps[int(f.rank[i>>6])+bits.OnesCount64(f.occ[i>>6]&(1<<(i&63)-1))])<<32|i)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var hits []int32
	for trial := 0; trial < 200; trial++ {
		n := rng.IntN(300)
		if trial == 0 {
			n = 70000 // more than one lane batch
		}
		ks := make([]uint64, n)
		for i := range ks {
			if trial > 0 && rng.IntN(4) == 0 {
				ks[i] = rng.Uint64()
			} else {
				ks[i] = keys[rng.IntN(len(keys))]
			}
		}
		var want, got [NumLabels]int32
		for _, k := range ks {
			if e, ok := f.entry(k); ok {
				for i := range want {
					want[i] += int32(binary.LittleEndian.Uint16(l.rows[e*rowBytes+2*i:])) - weightBias
				}
			}
		}
		hits = l.sumRows(ks, &got, hits)
		if trial == 0 && len(hits) != n {
			t.Fatalf("only %d of %d keys found", len(hits), n)
		}
		if got != want {
			t.Fatalf("trial %d: sumRows = %v, want %v", trial, got, want)
		}
	}
}
