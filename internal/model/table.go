package model

import "math/bits"

// table is an open-addressing hash table (power-of-two size, linear
// probing) from well-mixed 64-bit keys to 32-bit values. A key's slot comes
// from its low bits and the slot stores its high 32 bits as a fingerprint
// next to the value, so a lookup usually touches one cache line and the
// table costs 8 bytes a slot. Two keys that share a probe sequence and a
// fingerprint are not told apart; with 32-bit fingerprints this is rare
// enough not to matter.
type table struct {
	slots []slot
	mask  uint64
}

// slot is one table entry; fingerprint 0 marks an empty slot.
type slot struct {
	fp  uint32
	val uint32
}

// fingerprint returns the non-zero fingerprint of k.
func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

// newTable returns a table with room for n keys at a load factor of at
// most one half.
func newTable(n int) *table {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return &table{slots: make([]slot, size), mask: uint64(size - 1)}
}

// put stores v under k unless a key with the same slot and fingerprint is
// already there; it reports whether v was stored.
func (t *table) put(k uint64, v uint32) bool {
	fp := fingerprint(k)
	i := k & t.mask
	for t.slots[i].fp != 0 {
		if t.slots[i].fp == fp {
			return false
		}
		i = (i + 1) & t.mask
	}
	t.slots[i] = slot{fp, v}
	return true
}

// get returns the value stored under k and whether there is one.
func (t *table) get(k uint64) (uint32, bool) {
	fp := fingerprint(k)
	i := k & t.mask
	for {
		s := t.slots[i]
		switch s.fp {
		case fp:
			return s.val, true
		case 0:
			return 0, false
		}
		i = (i + 1) & t.mask
	}
}

// len returns the number of keys stored.
func (t *table) len() int {
	n := 0
	for _, s := range t.slots {
		if s.fp != 0 {
			n++
		}
	}
	return n
}

// frozen is a read-only copy of a table laid out for fast lookups. The
// occupied slots are stored in slot order without the empty ones (fps,
// vals), and a bitmap of occupied slots with per-word ranks maps a slot to
// its entry. A lookup probes the same slots as table.get, in the same
// order, and returns the same answer, including for a key that is absent
// but shares a fingerprint with a key in its probe run. The bitmap and
// fingerprints are small (a 262,144-slot table with 74,000 keys takes
// 48 KB of bitmap and ranks and 300 KB of fingerprints) so they stay in
// cache, and an absent key whose home slot is empty, the common case, is
// answered from the bitmap alone.
type frozen struct {
	occ  []uint64 // bit i&63 of occ[i>>6]: slot i is occupied
	rank []uint32 // rank[w]: occupied slots before slot 64*w
	fps  []uint32 // fingerprints of the occupied slots, in slot order
	vals []uint32 // values of the occupied slots, in slot order
	mask uint64
}

// freeze returns the frozen form of t.
func (t *table) freeze() *frozen {
	size := len(t.slots)
	words := (size + 63) / 64
	f := &frozen{occ: make([]uint64, words), rank: make([]uint32, words), mask: t.mask}
	n := 0
	for i, s := range t.slots {
		if i&63 == 0 {
			f.rank[i>>6] = uint32(n)
		}
		if s.fp != 0 {
			f.occ[i>>6] |= 1 << (i & 63)
			n++
		}
	}
	f.fps = make([]uint32, 0, n)
	f.vals = make([]uint32, 0, n)
	for _, s := range t.slots {
		if s.fp != 0 {
			f.fps = append(f.fps, s.fp)
			f.vals = append(f.vals, s.val)
		}
	}
	return f
}

// entry returns the index in f.fps and f.vals of the entry stored under k,
// and whether there is one; it answers as table.get does.
func (f *frozen) entry(k uint64) (int, bool) {
	i := k & f.mask
	w := f.occ[i>>6]
	if w&(1<<(i&63)) == 0 {
		return 0, false
	}
	e := int(f.rank[i>>6]) + bits.OnesCount64(w&(1<<(i&63)-1))
	fp := fingerprint(k)
	for {
		if f.fps[e] == fp {
			return e, true
		}
		i = (i + 1) & f.mask
		if f.occ[i>>6]&(1<<(i&63)) == 0 {
			return 0, false
		}
		if e++; e == len(f.fps) {
			e = 0 // the probe run wrapped around to slot 0
		}
	}
}

// get returns the value stored under k and whether there is one.
func (f *frozen) get(k uint64) (uint32, bool) {
	if e, ok := f.entry(k); ok {
		return f.vals[e], true
	}
	return 0, false
}
