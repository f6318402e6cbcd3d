package model

import (
	"unicode"
	"unicode/utf8"
)

// docIndex records, for one document, how the lower-cased forms of its
// words are written: capitalized away from the start of a sentence, or in
// lower case.
type docIndex map[uint64]uint32

// build indexes the words of a document.
func (d docIndex) build(sents [][]Token) {
	clear(d)
	var low []byte
	for _, sent := range sents {
		for i, tok := range sent {
			r, _ := utf8.DecodeRuneInString(tok.Text)
			var bit uint32
			switch {
			case unicode.IsUpper(r) && i > 0:
				bit = docCapElsewhere
			case unicode.IsLower(r):
				bit = docLowElsewhere
			default:
				continue
			}
			low = low[:0]
			for _, c := range tok.Text {
				low = utf8.AppendRune(low, unicode.ToLower(c))
			}
			d[hashBytes(low)] |= bit
		}
	}
}

// flags returns the document flags of a word given its lower-cased hash.
func (d docIndex) flags(lower uint64) uint32 {
	return d[lower]
}
