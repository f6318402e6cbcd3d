package gazetteer

import (
	"encoding/binary"
	"errors"
	"iter"
	"sort"
	"unsafe"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// ListsFile is the file, beside the list files in data/, that holds the
// built-in word lists as one table read in place, generated from them
// with the compiled entries (make gazetteer).
const ListsFile = "lists.index"

// listsMagic starts a lists file; the last byte is the format version.
const listsMagic = "PRENSA-LISTS\x00\x00\x00\x01"

// Layout of a lists file (little-endian):
//
//	header  magic, then slots, the most words in a title, words, bytes of
//	        the shortest demonym of either kind (u32 each)
//	slots   slots of 24 bytes: fingerprint, key offset (u32), key length
//	        (u16), list bits, head type (u8: 1 + index in entity.Types, 0
//	        for none), demonym place, place-demonym place (u32: 1 + offset
//	        of a u16-length-prefixed string, 0 for none), unused (u32)
//	strings the words and the places
//
// The table is an open-addressing hash table of a power-of-two size with
// linear probing over the hash of the word (hashKey, frozen.go);
// fingerprint 0 marks an empty slot, and every hit is checked against the
// stored word.
const (
	listsHeader   = len(listsMagic) + 16
	wordSlotSize  = 24
	noPlaceOffset = 0
)

// The list bits of a word.
const (
	inGiven = 1 << iota
	inSurnames
	inHeads
	inNonEntities
	inDemonyms
	inTitleEnds
	inTitles
	inPlaceDemonyms
)

// Word is what the lists know of one word: a bit set of the lists that
// hold it, and its head type.
type Word struct {
	bits uint8
	head uint8
}

// Given reports whether the word is a given name.
func (w Word) Given() bool { return w.bits&inGiven != 0 }

// Surname reports whether the word is a surname.
func (w Word) Surname() bool { return w.bits&inSurnames != 0 }

// NonEntity reports whether the word is one that never starts an entity.
func (w Word) NonEntity() bool { return w.bits&inNonEntities != 0 }

// Demonym reports whether the word is a country's demonym.
func (w Word) Demonym() bool { return w.bits&inDemonyms != 0 }

// TitleEnd reports whether the word ends a title.
func (w Word) TitleEnd() bool { return w.bits&inTitleEnds != 0 }

// Title reports whether the word is a title of one word (Lists.Titles).
func (w Word) Title() bool { return w.bits&inTitles != 0 }

// Head returns the type a name started by the word has, if it is a head.
func (w Word) Head() (entity.Type, bool) {
	if w.head == 0 {
		return "", false
	}
	return entity.Types[w.head-1], true
}

// wordTable is a lists file in place; the zero value is empty.
type wordTable struct {
	slots         []byte
	strs          []byte
	mask          uint64
	maxTitleWords int
	minDemonym    int
}

// openWords checks a lists file and returns its table in place.
func openWords(data []byte) (*wordTable, error) {
	if len(data) < listsHeader || string(data[:len(listsMagic)]) != listsMagic {
		return nil, errors.New("not a lists file (bad magic or version)")
	}
	u32 := func(o int) int { return int(binary.LittleEndian.Uint32(data[len(listsMagic)+o:])) }
	n := u32(0)
	if n < 1 || n&(n-1) != 0 || listsHeader+n*wordSlotSize > len(data) {
		return nil, errors.New("lists table size is not a power of two or the file is truncated")
	}
	end := listsHeader + n*wordSlotSize
	return &wordTable{slots: data[listsHeader:end:end], strs: data[end:], mask: uint64(n - 1), maxTitleWords: u32(4), minDemonym: u32(12)}, nil
}

// slot returns the slot of w, or nil.
func (t *wordTable) slot(w string) []byte {
	if t == nil || len(t.slots) == 0 {
		return nil
	}
	m := finish(hashKey(w))
	fp := slotFP(m)
	for i := m & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i*wordSlotSize : i*wordSlotSize+wordSlotSize]
		switch binary.LittleEndian.Uint32(s) {
		case 0:
			return nil
		case fp:
			off, n := binary.LittleEndian.Uint32(s[4:]), uint32(binary.LittleEndian.Uint16(s[8:]))
			if string(t.strs[off:off+n]) == w {
				return s
			}
		}
	}
}

// key returns the word of a slot, sharing the table's bytes (which never
// change).
func (t *wordTable) key(s []byte) string {
	off, n := binary.LittleEndian.Uint32(s[4:]), int(binary.LittleEndian.Uint16(s[8:]))
	return unsafe.String(&t.strs[off], n)
}

// word returns what the table knows of w.
func (t *wordTable) word(w string) Word {
	if s := t.slot(w); s != nil {
		return Word{bits: s[10], head: s[11]}
	}
	return Word{}
}

// place returns the string at a place field (1 + offset), if any.
func (t *wordTable) place(field uint32) (string, bool) {
	if field == noPlaceOffset {
		return "", false
	}
	o := field - 1
	n := int(binary.LittleEndian.Uint16(t.strs[o:]))
	return unsafe.String(&t.strs[o+2], n), true
}

// all yields the words whose list bits include bit, with their slots.
func (t *wordTable) all(bit uint8) iter.Seq2[string, []byte] {
	return func(yield func(string, []byte) bool) {
		if t == nil {
			return
		}
		for i := 0; i+wordSlotSize <= len(t.slots); i += wordSlotSize {
			s := t.slots[i : i+wordSlotSize]
			if binary.LittleEndian.Uint32(s) != 0 && s[10]&bit != 0 && !yield(t.key(s), s) {
				return
			}
		}
	}
}

// WordSet is one word list.
type WordSet struct {
	t   *wordTable
	bit uint8
}

// Has reports whether w is in the list.
func (s WordSet) Has(w string) bool { return s.t.word(w).bits&s.bit != 0 }

// All yields the words of the list, in no particular order.
func (s WordSet) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range s.t.all(s.bit) {
			if !yield(w) {
				return
			}
		}
	}
}

// HeadSet is the list of head words with the type of the names they
// start.
type HeadSet struct{ t *wordTable }

// Get returns the type a name started by w has.
func (h HeadSet) Get(w string) (entity.Type, bool) { return h.t.word(w).Head() }

// All yields the head words with their types, in no particular order.
func (h HeadSet) All() iter.Seq2[string, entity.Type] {
	return func(yield func(string, entity.Type) bool) {
		for w, s := range h.t.all(inHeads) {
			if !yield(w, entity.Types[s[11]-1]) {
				return
			}
		}
	}
}

// PlaceSet is a list of demonyms with the places they belong to.
type PlaceSet struct {
	t   *wordTable
	bit uint8 // inDemonyms or inPlaceDemonyms
}

// field returns the offset of the set's place in slot s.
func (p PlaceSet) field(s []byte) uint32 {
	if p.bit == inDemonyms {
		return binary.LittleEndian.Uint32(s[12:])
	}
	return binary.LittleEndian.Uint32(s[16:])
}

// Get returns the place of demonym w.
func (p PlaceSet) Get(w string) (string, bool) {
	s := p.t.slot(w)
	if s == nil || s[10]&p.bit == 0 {
		return "", false
	}
	return p.t.place(p.field(s))
}

// All yields the demonyms with their places, in no particular order.
func (p PlaceSet) All() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for w, s := range p.t.all(p.bit) {
			place, _ := p.t.place(p.field(s))
			if !yield(w, place) {
				return
			}
		}
	}
}

// Len returns the number of demonyms.
func (p PlaceSet) Len() int {
	n := 0
	for range p.t.all(p.bit) {
		n++
	}
	return n
}

// writeWords returns the lists file of m.
func writeWords(m *listMaps) []byte {
	type info struct {
		bits, head          uint8
		demonym, placeDemon string
	}
	words := map[string]*info{}
	get := func(w string) *info {
		if words[w] == nil {
			words[w] = &info{}
		}
		return words[w]
	}
	for bit, set := range map[uint8]map[string]bool{inGiven: m.Given, inSurnames: m.Surnames, inTitles: m.Titles, inNonEntities: m.NonEntities, inTitleEnds: m.TitleEnds} {
		for w := range set {
			get(w).bits |= bit
		}
	}
	for w, t := range m.Heads {
		in := get(w)
		in.bits |= inHeads
		for i, tt := range entity.Types {
			if tt == t {
				in.head = uint8(i + 1)
			}
		}
	}
	for w, place := range m.Demonyms {
		in := get(w)
		in.bits |= inDemonyms
		in.demonym = place
	}
	for w, place := range m.PlaceDemonyms {
		in := get(w)
		in.bits |= inPlaceDemonyms
		in.placeDemon = place
	}
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	size := tableSize(len(keys))
	slots := make([]byte, size*wordSlotSize)
	var strs []byte
	placeAt := map[string]uint32{}
	place := func(p string) uint32 {
		if p == "" {
			return noPlaceOffset
		}
		if o, ok := placeAt[p]; ok {
			return o
		}
		o := uint32(len(strs)) + 1
		strs = binary.LittleEndian.AppendUint16(strs, uint16(len(p)))
		strs = append(strs, p...)
		placeAt[p] = o
		return o
	}
	for _, w := range keys {
		in := words[w]
		m := finish(hashKey(w))
		i := m & uint64(size-1)
		for binary.LittleEndian.Uint32(slots[i*wordSlotSize:]) != 0 {
			i = (i + 1) & uint64(size-1)
		}
		s := slots[i*wordSlotSize : i*wordSlotSize+wordSlotSize]
		binary.LittleEndian.PutUint32(s, slotFP(m))
		binary.LittleEndian.PutUint32(s[4:], uint32(len(strs)))
		binary.LittleEndian.PutUint16(s[8:], uint16(len(w)))
		strs = append(strs, w...)
		s[10], s[11] = in.bits, in.head
		binary.LittleEndian.PutUint32(s[12:], place(in.demonym))
		binary.LittleEndian.PutUint32(s[16:], place(in.placeDemon))
	}
	out := []byte(listsMagic)
	out = binary.LittleEndian.AppendUint32(out, uint32(size))
	out = binary.LittleEndian.AppendUint32(out, uint32(m.MaxTitleWords))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
	minDemonym := 0
	for _, dm := range []map[string]string{m.Demonyms, m.PlaceDemonyms} {
		for w := range dm {
			if minDemonym == 0 || len(w) < minDemonym {
				minDemonym = len(w)
			}
		}
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(minDemonym))
	out = append(out, slots...)
	return append(out, strs...)
}
