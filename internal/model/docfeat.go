package model

// docIndex records, for one document, how the lower-cased forms of its
// words are written: capitalized away from the start of a sentence, or in
// lower case. It is a small open-addressing table reused between calls.
type docIndex struct {
	keys []uint64
	bits []uint32
	mask uint64
}

// mark sets the doc flags of every token of a document (infos, sentence i
// at start[i]:start[i+1]).
func (d *docIndex) mark(infos []tokInfo, start []int) {
	size := 16
	for size < 2*len(infos) {
		size <<= 1
	}
	if cap(d.keys) < size {
		d.keys, d.bits = make([]uint64, size), make([]uint32, size)
	}
	d.keys, d.bits, d.mask = d.keys[:size], d.bits[:size], uint64(size-1)
	clear(d.keys)
	clear(d.bits)
	for si := 0; si+1 < len(start); si++ {
		for i := start[si]; i < start[si+1]; i++ {
			var bit uint32
			switch f := infos[i].flags; {
			case f&flInitCap != 0 && i > start[si]:
				bit = docCapElsewhere
			case f&flLower != 0 && f&flInitCap == 0:
				bit = docLowElsewhere
			default:
				continue
			}
			*d.slot(infos[i].lower) |= bit
		}
	}
	for i := range infos {
		infos[i].doc = *d.slot(infos[i].lower)
	}
}

// slot returns the flags cell of a lower-cased word hash, adding it.
func (d *docIndex) slot(h uint64) *uint32 {
	k := h | 1
	i := mix(k) & d.mask
	for d.keys[i] != 0 && d.keys[i] != k {
		i = (i + 1) & d.mask
	}
	d.keys[i] = k
	return &d.bits[i]
}
