package model

// table is an open-addressing hash table (power-of-two size, linear
// probing) from non-zero, well-mixed 64-bit keys to 32-bit values. It is laid out as
// plain slices so that it can be stored and loaded as is.
type table struct {
	keys []uint64 // 0 marks an empty slot
	vals []uint32
	mask uint64
}

// newTable returns a table with room for n keys at a load factor of at
// most one half.
func newTable(n int) *table {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return &table{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1)}
}

// put stores v under k (k != 0), replacing any previous value.
func (t *table) put(k uint64, v uint32) {
	i := k & t.mask
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) & t.mask
	}
	t.keys[i], t.vals[i] = k, v
}

// get returns the value stored under k and whether there is one.
func (t *table) get(k uint64) (uint32, bool) {
	i := k & t.mask
	for {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
		i = (i + 1) & t.mask
	}
}

// len returns the number of keys stored.
func (t *table) len() int {
	n := 0
	for _, k := range t.keys {
		if k != 0 {
			n++
		}
	}
	return n
}
