package entity

import "unicode/utf8"

// RuneCount returns utf8.RuneCountInString(s), counting runs of ASCII
// eight bytes at a time: code-point offsets are counted over all of a
// text, which is mostly ASCII.
func RuneCount(s string) int {
	n := 0
	for len(s) > 0 {
		for len(s) >= 8 && (uint64(s[0])|uint64(s[1])<<8|uint64(s[2])<<16|uint64(s[3])<<24|
			uint64(s[4])<<32|uint64(s[5])<<40|uint64(s[6])<<48|uint64(s[7])<<56)&0x8080808080808080 == 0 {
			n += 8
			s = s[8:]
		}
		if len(s) == 0 {
			break
		}
		if s[0] < utf8.RuneSelf {
			n++
			s = s[1:]
			continue
		}
		_, size := utf8.DecodeRuneInString(s)
		n++
		s = s[size:]
	}
	return n
}
