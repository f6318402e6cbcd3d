package gazetteer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
	"strings"
)

// IndexFile is the file, beside CompiledFile in data/, that holds the
// matcher index of the built-in entries, generated with it. The index is
// read where it lies in the binary: a process start builds nothing.
const IndexFile = "entries.index"

// indexMagic starts an index file; the last byte is the format version.
const indexMagic = "PRENSA-GAZ-IDX\x00\x02"

// Layout of an index file (little-endian):
//
//	header     magic, then entries, forms, first-key slots, form slots,
//	           prefix bits (u32 each)
//	lines      entries+1 offsets (u32) of the entry lines in CompiledFile,
//	           counted after its header line, the last one its end
//	first keys first-key slots of 8 bytes: fingerprint, lengths
//	forms      form slots of 16 bytes: fingerprint, entry, key offset (u32),
//	           key length (u16), types, canonical (u8)
//	prefixes   a bit set: the bit of every proper prefix of two or more
//	           keys of a form (see prefixBit)
//	keys       the token keys of every form, joined by keySep, one after
//	           the other
//
// Both tables are open-addressing hash tables of a power-of-two size with
// linear probing; fingerprint 0 marks an empty slot. A first-key slot
// tells, as bit n-1 of lengths, that some form of n tokens starts with the
// key; a form slot holds one surface form, found by the hash of its keys
// and checked against them, so that lookups are exact. The prefix bits
// let a match skip the longer forms of a first key when the keys after it
// begin none of them (a bit may be set by another prefix: it only saves
// looking).
const (
	indexHeader   = len(indexMagic) + 20
	firstSlotSize = 8
	formSlotSize  = 16
	maxFormTokens = 32 // forms longer than this are matched by no index
)

// frozenIndex is an index file in place.
type frozenIndex struct {
	entries, forms    int
	lines             []byte // entries+1 offsets
	first, formSlots  []byte
	firstMask, fmMask uint64
	prefixes          []byte
	prefixShift       uint // a prefix's bit is the top bits of its hash
	keys              []byte
}

// prefixBit returns the bit of a key sequence's mixed hash m in a prefix
// set of 1<<(64-shift) bits.
func prefixBit(m uint64, shift uint) uint64 { return (m * 0x9fb21c651e98df25) >> shift }

// hasPrefix reports whether some form may begin with the keys of mixed
// hash m (two or more keys, fewer than the form has).
func (x *frozenIndex) hasPrefix(m uint64) bool {
	b := prefixBit(m, x.prefixShift)
	return x.prefixes[b>>3]&(1<<(b&7)) != 0
}

// hit is a form found in the built-in index or a user index: it covers
// size tokens and is entry's.
type hit struct {
	size      int
	entry     int32
	canonical bool
	types     uint8
}

// Hashes of keys and key sequences. A key is hashed eight bytes at a
// time; a sequence combines the hashes of its keys in order. The tables
// place and fingerprint a hash after finish has mixed it. The files store
// tables laid out by these functions: changing them means make gazetteer.
const (
	hashSeed  = 0x9e3779b97f4a7c15
	hashMul   = 0xff51afd7ed558ccd
	hashJoint = 0xc4ceb9fe1a85ec53
)

// hashKey returns the hash of one key.
func hashKey(s string) uint64 {
	h := uint64(hashSeed) ^ uint64(len(s))
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ w) * hashMul
		h ^= h >> 29
		s = s[8:]
	}
	if len(s) > 0 {
		var t uint64
		for i := len(s) - 1; i >= 0; i-- {
			t = t<<8 | uint64(s[i])
		}
		h = (h ^ t) * hashMul
		h ^= h >> 29
	}
	return h
}

// hashNext extends the hash of a key sequence with the hash of one more
// key.
func hashNext(h, key uint64) uint64 { return (h^key)*hashJoint + 1 }

// finish mixes a hash (the splitmix64 finalizer).
func finish(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// slotFP returns a mixed hash's fingerprint, never 0.
func slotFP(m uint64) uint32 { return uint32(m>>32) | 1 }

// openIndex checks an index file and returns it in place.
func openIndex(data []byte) (*frozenIndex, error) {
	if len(data) < indexHeader || string(data[:len(indexMagic)]) != indexMagic {
		return nil, errors.New("not a gazetteer index (bad magic or version)")
	}
	u32 := func(o int) int { return int(binary.LittleEndian.Uint32(data[o:])) }
	x := &frozenIndex{entries: u32(len(indexMagic)), forms: u32(len(indexMagic) + 4)}
	nFirst, nForm, nPrefix := u32(len(indexMagic)+8), u32(len(indexMagic)+12), u32(len(indexMagic)+16)
	if nFirst < 1 || nFirst&(nFirst-1) != 0 || nForm < 1 || nForm&(nForm-1) != 0 || nPrefix < 8 || nPrefix&(nPrefix-1) != 0 {
		return nil, errors.New("index table size is not a power of two")
	}
	o := indexHeader
	take := func(n int) []byte {
		if n < 0 || o+n > len(data) || o+n < o {
			o = len(data) + 1
			return nil
		}
		b := data[o : o+n : o+n]
		o += n
		return b
	}
	x.lines = take(4 * (x.entries + 1))
	x.first = take(nFirst * firstSlotSize)
	x.formSlots = take(nForm * formSlotSize)
	x.prefixes = take(nPrefix / 8)
	x.prefixShift = uint(64 - bits.TrailingZeros(uint(nPrefix)))
	if o > len(data) {
		return nil, errors.New("index is truncated")
	}
	x.keys = data[o:]
	x.firstMask, x.fmMask = uint64(nFirst-1), uint64(nForm-1)
	return x, nil
}

// line returns the offsets of entry i's line in the compiled entries.
func (x *frozenIndex) line(i int) (start, end int) {
	return int(binary.LittleEndian.Uint32(x.lines[4*i:])), int(binary.LittleEndian.Uint32(x.lines[4*i+4:]))
}

// lengths returns the lengths mask of the first key with mixed hash m: bit
// n-1 is set when some form of n tokens may start with it.
func (x *frozenIndex) lengths(m uint64) uint32 {
	fp := slotFP(m)
	for i := m & x.firstMask; ; i = (i + 1) & x.firstMask {
		s := x.first[i*firstSlotSize : i*firstSlotSize+firstSlotSize]
		switch binary.LittleEndian.Uint32(s) {
		case fp:
			return binary.LittleEndian.Uint32(s[4:])
		case 0:
			return 0
		}
	}
}

// form returns the form of size tokens whose keys hash (mixed) to m and
// are those that key gives from token i.
func (x *frozenIndex) form(m uint64, size int, key func(int) string, i int) (hit, bool) {
	fp := slotFP(m)
	for k := m & x.fmMask; ; k = (k + 1) & x.fmMask {
		s := x.formSlots[k*formSlotSize : k*formSlotSize+formSlotSize]
		switch binary.LittleEndian.Uint32(s) {
		case 0:
			return hit{}, false
		case fp:
			off, n := binary.LittleEndian.Uint32(s[8:]), binary.LittleEndian.Uint16(s[12:])
			if x.sameKeys(x.keys[off:off+uint32(n)], size, key, i) {
				return hit{size: size, entry: int32(binary.LittleEndian.Uint32(s[4:])), types: s[14], canonical: s[15] != 0}, true
			}
		}
	}
}

// sameKeys reports whether stored (keys joined by keySep) are the size
// keys from token i.
func (x *frozenIndex) sameKeys(stored []byte, size int, key func(int) string, i int) bool {
	for j := 0; j < size; j++ {
		if j > 0 {
			if len(stored) == 0 || stored[0] != keySep[0] {
				return false
			}
			stored = stored[1:]
		}
		k := key(i + j)
		if len(stored) < len(k) || string(stored[:len(k)]) != k {
			return false
		}
		stored = stored[len(k):]
	}
	return len(stored) == 0
}

// longest returns the longest form starting at token i of n.
func (x *frozenIndex) longest(n int, key func(int) string, facts []KeyFacts, i int) (hit, bool) {
	var hs [maxFormTokens]uint64
	var mask uint32
	if facts != nil {
		hs[0], mask = facts[i].hash, facts[i].lengths
	} else {
		hs[0] = hashKey(key(i))
		mask = x.lengths(finish(hs[0]))
	}
	if mask == 0 {
		return hit{}, false
	}
	if avail := n - i; avail < maxFormTokens {
		mask &= 1<<avail - 1
	}
	if mask == 0 {
		return hit{}, false
	}
	top := bits.Len32(mask)
	for j := 1; j < top; j++ {
		var h uint64
		if facts != nil {
			h = facts[i+j].hash
		} else {
			h = hashKey(key(i + j))
		}
		hs[j] = hashNext(hs[j-1], h)
		// A form longer than j+1 keys needs these j+1 as a prefix.
		if j+1 < top && !x.hasPrefix(finish(hs[j])) {
			mask &= 1<<(j+1) - 1
			top = j + 1
		}
	}
	for ; mask != 0; mask &^= 1 << (bits.Len32(mask) - 1) {
		size := bits.Len32(mask)
		if h, ok := x.form(finish(hs[size-1]), size, key, i); ok {
			return h, true
		}
	}
	return hit{}, false
}

// find returns the form with exactly these keys.
func (x *frozenIndex) find(keys []string) (hit, bool) {
	if len(keys) == 0 || len(keys) > maxFormTokens {
		return hit{}, false
	}
	h := hashKey(keys[0])
	for _, k := range keys[1:] {
		h = hashNext(h, hashKey(k))
	}
	return x.form(finish(h), len(keys), func(j int) string { return keys[j] }, 0)
}

// writeIndex returns the index file of the built-in entries: c's entries
// inserted as Builtin inserts them, with lines the offsets of their lines
// in the compiled file.
func writeIndex(c *compiled, lines []uint32) ([]byte, error) {
	g := &Gazetteer{index: newIndex(len(c.forms))}
	for i, e := range c.entries {
		g.insertEntry(e, c.forms[c.formAt[i]:c.formAt[i+1]], false)
	}
	type stored struct {
		keys []string
		f    *form
	}
	var all []stored
	for first, b := range g.index {
		if b.deep != nil {
			b.deep.walk(func(f *form) { all = append(all, stored{append([]string{first}, f.rest...), f}) })
			continue
		}
		for i := range b.forms {
			all = append(all, stored{append([]string{first}, b.forms[i].rest...), &b.forms[i]})
		}
	}
	// Table positions depend on insertion order: insert in key order, so
	// that the file is the same from run to run.
	sort.Slice(all, func(i, j int) bool {
		return strings.Join(all[i].keys, keySep) < strings.Join(all[j].keys, keySep)
	})
	firstSize, formSize := tableSize(len(g.index)), tableSize(len(all))
	nPrefixes := 0
	for _, s := range all {
		nPrefixes += max(0, len(s.keys)-2)
	}
	prefixSize := 64 // bits: about 16 for each prefix
	for prefixSize < 16*nPrefixes {
		prefixSize <<= 1
	}
	prefixShift := uint(64 - bits.TrailingZeros(uint(prefixSize)))
	out := make([]byte, indexHeader, indexHeader+4*len(lines)+firstSize*firstSlotSize+formSize*formSlotSize+prefixSize/8)
	copy(out, indexMagic)
	binary.LittleEndian.PutUint32(out[len(indexMagic):], uint32(len(c.entries)))
	binary.LittleEndian.PutUint32(out[len(indexMagic)+4:], uint32(g.forms))
	binary.LittleEndian.PutUint32(out[len(indexMagic)+8:], uint32(firstSize))
	binary.LittleEndian.PutUint32(out[len(indexMagic)+12:], uint32(formSize))
	binary.LittleEndian.PutUint32(out[len(indexMagic)+16:], uint32(prefixSize))
	prefixes := make([]byte, prefixSize/8)
	for _, l := range lines {
		out = binary.LittleEndian.AppendUint32(out, l)
	}
	first := make([]byte, firstSize*firstSlotSize)
	forms := make([]byte, formSize*formSlotSize)
	var keys []byte
	for _, s := range all {
		if len(s.keys) > maxFormTokens {
			return nil, fmt.Errorf("form %q has more than %d tokens", strings.Join(s.keys, " "), maxFormTokens)
		}
		m := finish(hashKey(s.keys[0]))
		k := m & uint64(firstSize-1)
		for fp := binary.LittleEndian.Uint32(first[k*firstSlotSize:]); fp != 0 && fp != slotFP(m); fp = binary.LittleEndian.Uint32(first[k*firstSlotSize:]) {
			k = (k + 1) & uint64(firstSize-1)
		}
		slot := first[k*firstSlotSize:]
		binary.LittleEndian.PutUint32(slot, slotFP(m))
		binary.LittleEndian.PutUint32(slot[4:], binary.LittleEndian.Uint32(slot[4:])|1<<(len(s.keys)-1))

		joined := strings.Join(s.keys, keySep)
		h := hashKey(s.keys[0])
		for j, k := range s.keys[1:] {
			h = hashNext(h, hashKey(k))
			if j+2 < len(s.keys) { // a proper prefix of j+2 keys
				b := prefixBit(finish(h), prefixShift)
				prefixes[b>>3] |= 1 << (b & 7)
			}
		}
		m = finish(h)
		k = m & uint64(formSize-1)
		for binary.LittleEndian.Uint32(forms[k*formSlotSize:]) != 0 {
			k = (k + 1) & uint64(formSize-1)
		}
		slot = forms[k*formSlotSize:]
		binary.LittleEndian.PutUint32(slot, slotFP(m))
		binary.LittleEndian.PutUint32(slot[4:], uint32(s.f.entry))
		binary.LittleEndian.PutUint32(slot[8:], uint32(len(keys)))
		binary.LittleEndian.PutUint16(slot[12:], uint16(len(joined)))
		slot[14] = s.f.types
		if s.f.canonical {
			slot[15] = 1
		}
		keys = append(keys, joined...)
	}
	out = append(out, first...)
	out = append(out, forms...)
	out = append(out, prefixes...)
	return append(out, keys...), nil
}

// tableSize returns the power of two that holds n keys at a load factor of
// at most one half.
func tableSize(n int) int {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return size
}
