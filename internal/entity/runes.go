package entity

import (
	"math/bits"
	"unicode/utf8"
)

// RuneCount returns utf8.RuneCountInString(s), counting runs of ASCII
// eight bytes at a time: code-point offsets are counted over all of a
// text, which is mostly ASCII.
func RuneCount(s string) int {
	n := 0
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if high := w & 0x8080808080808080; high != 0 {
			// the ASCII bytes before the first other one, then its rune
			k := bits.TrailingZeros64(high) / 8
			_, size := utf8.DecodeRuneInString(s[k:])
			n += k + 1
			s = s[k+size:]
			continue
		}
		n += 8
		s = s[8:]
	}
	return n + utf8.RuneCountInString(s)
}
