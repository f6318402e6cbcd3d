package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// openers are split off the front of a whitespace-separated chunk.
const openers = "([{¿¡«\"“‘'„‹—–"

// closers are split off the end of a chunk. The full stop, the ellipsis and
// the hyphen are handled separately.
const closers = ",;:?!»\"”’')]}›…—–"

// abbreviations are lowercased forms (without the final full stop) that keep
// their full stop when a chunk ends in one.
var abbreviations = map[string]bool{
	"sr": true, "sra": true, "sres": true, "sras": true, "srta": true,
	"dr": true, "dra": true, "dres": true, "d": true, "dña": true, "da": true,
	"lic": true, "ing": true, "arq": true, "prof": true, "mons": true, "fr": true,
	"gral": true, "gen": true, "cnel": true, "tte": true, "cap": true, "sto": true, "sta": true,
	"ud": true, "uds": true, "vd": true, "vds": true,
	"av": true, "avda": true, "c": true, "pza": true, "pº": true,
	"núm": true, "nº": true, "pág": true, "págs": true, "art": true, "arts": true,
	"etc": true, "aprox": true, "tel": true, "ej": true, "vol": true,
	"ee.uu": true, "a.c": true, "d.c": true, "p.ej": true, "s.a": true, "cía": true,
}

// Tokenize splits one line of running text into tokens in the style of the
// CoNLL-2002 Spanish data: whitespace separates chunks, and the punctuation
// marks ( ) [ ] ¿ ? ¡ ! « » " “ ” ‘ ’ ' , ; : … and a final full stop are split
// off as tokens of their own. Hyphenated words (Castilla-La), numbers with
// inner separators (1.500, 6-2, 14.30), single-letter initials (J.),
// dotted abbreviations (EE.UU.) and a short list of common abbreviations
// (Sr., Dra., etc.) keep their characters. Case is preserved; no other
// normalization is applied (see Normalize).
func Tokenize(line string) []string {
	var out []string
	for _, chunk := range strings.Fields(line) {
		out = appendChunk(out, chunk)
	}
	return out
}

func appendChunk(out []string, s string) []string {
	// Leading punctuation.
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		if strings.ContainsRune(openers, r) || (r == '-' && n < len(s) && !isDigitByte(s[n])) {
			out = append(out, s[:n])
			s = s[n:]
			continue
		}
		break
	}
	if s == "" {
		return out
	}
	// Trailing punctuation, collected in reverse order.
	var tail []string
	for len(s) > 0 {
		if strings.HasSuffix(s, "...") && len(s) > 3 {
			tail = append(tail, "...")
			s = s[:len(s)-3]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if n == len(s) {
			break
		}
		switch {
		case strings.ContainsRune(closers, r):
			tail = append(tail, s[len(s)-n:])
			s = s[:len(s)-n]
			continue
		case r == '-':
			tail = append(tail, "-")
			s = s[:len(s)-1]
			continue
		case r == '.':
			if keepsPeriod(s) {
				break
			}
			tail = append(tail, ".")
			s = s[:len(s)-1]
			continue
		}
		break
	}
	if s != "" {
		out = append(out, s)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// keepsPeriod reports whether s, which ends in a full stop, is an
// abbreviation or initial whose full stop belongs to the token.
func keepsPeriod(s string) bool {
	body := s[:len(s)-1]
	if body == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(body)
	if n == len(body) && unicode.IsLetter(r) {
		return true // initial: J.
	}
	if strings.Contains(body, ".") {
		// EE.UU., a.m., S.A. — but not numbers followed by a stop (1.500.).
		for _, c := range body {
			if unicode.IsDigit(c) {
				return false
			}
		}
		return true
	}
	return abbreviations[strings.ToLower(body)]
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// Normalize maps a token to the form used as a cluster key: every ASCII digit
// becomes 0 (so 1.500 and 2.300 share the key 0.000); everything else,
// including case, is kept. Strings without digits are returned unchanged
// without allocating. Lookup applies Normalize itself; the cluster training
// tool applies it to every corpus token.
func Normalize(tok string) string {
	i := strings.IndexFunc(tok, func(r rune) bool { return r >= '1' && r <= '9' })
	if i < 0 {
		return tok
	}
	b := []byte(tok)
	for j := i; j < len(b); j++ {
		if b[j] >= '1' && b[j] <= '9' {
			b[j] = '0'
		}
	}
	return string(b)
}
