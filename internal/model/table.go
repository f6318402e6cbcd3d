package model

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
