// Package normalize maps the surface form of a token to the key used for
// matching: NFC composition, typographic apostrophes and dashes folded to
// ASCII, soft hyphens and zero-width characters dropped, non-breaking spaces
// made plain. It never changes the text that prensa reports: callers keep the
// original bytes and offsets and use the key only to compare.
package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the matching key of s. ASCII input is returned unchanged
// without allocating.
func Key(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) || plainLatin1(s[i:]) {
		return s
	}
	// A lone quotation mark or dash, a common token: its key is a constant.
	if r, size := utf8.DecodeRuneInString(s); size == len(s) {
		if m, ok := mapRune(r); ok && m > 0 && m < utf8.RuneSelf {
			return asciiKeys[m : m+1]
		}
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	if !strings.ContainsFunc(s, needsMapping) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if m, ok := mapRune(r); ok {
			if m >= 0 {
				b.WriteRune(m)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainLatin1 reports whether s holds only ASCII and the characters
// U+00A0-U+00FF that mapRune keeps: Spanish text, which is its own key.
// Those characters are all starters that NFC leaves alone and that
// compose with nothing before or after them, so such a string is in NFC.
func plainLatin1(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			continue
		}
		// U+00A0-U+00BF is C2 A0-BF, U+00C0-U+00FF is C3 80-BF.
		if i+1 == len(s) || c != 0xC2 && c != 0xC3 {
			return false
		}
		c2 := s[i+1]
		if c2 < 0x80 || c2 > 0xBF || c == 0xC2 && c2 < 0xA0 {
			return false
		}
		if needsMapping(rune(c&0x1F)<<6 | rune(c2&0x3F)) {
			return false
		}
		i++
	}
	return true
}

// asciiKeys holds every ASCII character at its own index, so that the key
// of a character mapped to ASCII is a slice of it.
const asciiKeys = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

func needsMapping(r rune) bool {
	_, ok := mapRune(r)
	return ok
}

// mapRune reports the replacement of r for matching; a negative replacement
// means r is dropped. Non-breaking and other special spaces become plain
// spaces, so multi-word keys compare equal whatever space the text used.
func mapRune(r rune) (rune, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201B', '\u2032', '\u00B4':
		return '\'', true
	case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB':
		return '"', true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-', true
	case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000':
		return ' ', true
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return -1, true
	}
	return 0, false
}
