package normalize

import (
	"unicode"
	"unicode/utf8"
)

// AppendLower appends strings.ToLower(s) to b, without allocating when b
// has room: for looking lower-cased words up in maps and word lists.
func AppendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			// Not ASCII: rune by rune, as strings.ToLower does (an invalid
			// byte becomes U+FFFD there too).
			for _, r := range s[i:] {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		} else if 'A' <= c && c <= 'Z' {
			b = append(b, c+'a'-'A')
		} else {
			b = append(b, c)
		}
	}
	return b
}
