package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/normalize"
)

// Tokenize splits text into tokens and sentences.
func Tokenize(text string) ([]Token, []Sentence) {
	return Append(text, nil, nil)
}

// Append tokenizes text, appending to toks and sents so that callers can
// reuse buffers. Sentence ranges index into the returned token slice.
func Append(text string, toks []Token, sents []Sentence) ([]Token, []Sentence) {
	first := len(toks)
	pending := false // the previous token may end a sentence
	newlines := 0
	at := -1 // the next '@' at or after i, len(text) if none
	for i := 0; i < len(text); {
		if c := text[i]; asciiClass[c]&classSpace != 0 {
			if c == '\n' {
				newlines++
			}
			i++
			continue
		}
		r, size := decodeRune(text, i)
		if isSpace(r) {
			if r == '\n' {
				newlines++
			}
			i += size
			continue
		}
		if at < i {
			at = strings.IndexByte(text[i:], '@')
			if at < 0 {
				at = len(text)
			} else {
				at += i
			}
		}
		end, kind := scanToken(text, i, r, size, at < len(text))
		tok := Token{Start: i, End: end, Text: text[i:end], Kind: kind}
		tok.Key = normalize.Key(tok.Text)
		if len(toks) > first {
			switch {
			case newlines >= 2:
				sents = append(sents, Sentence{first, len(toks)})
				first = len(toks)
				pending = false
			case pending && isCloser(tok.Text):
				// a closing quote or bracket stays with the sentence it closes
			case pending && startsSentence(tok):
				sents = append(sents, Sentence{first, len(toks)})
				first = len(toks)
				pending = false
			default:
				pending = false
			}
		}
		if endsSentence(tok) {
			pending = true
		}
		newlines = 0
		toks = append(toks, tok)
		i = end
	}
	if len(toks) > first {
		sents = append(sents, Sentence{first, len(toks)})
	}
	return toks, sents
}

// scanToken scans the token starting with r at i; at says whether an '@'
// follows somewhere (an e-mail address needs one).
func scanToken(text string, i int, r rune, size int, at bool) (int, Kind) {
	if r < utf8.RuneSelf && isASCIIAlnum(byte(r)) {
		if end, ok := scanURL(text, i); ok {
			return end, URL
		}
		if at {
			if end, ok := scanEmail(text, i); ok {
				return end, Email
			}
		}
	}
	switch {
	case isWordRune(r):
		return scanWord(text, i)
	case (r == '@' || r == '#') && i+size < len(text):
		if r2, _ := decodeRune(text, i+size); isWordRune(r2) || r2 == '_' {
			j := i + size
			for j < len(text) {
				r3, s3 := decodeRune(text, j)
				if !isWordRune(r3) && r3 != '_' {
					break
				}
				j += s3
			}
			return j, Handle
		}
	case r == '.' && strings.HasPrefix(text[i:], "..."):
		j := i + 3
		for j < len(text) && text[j] == '.' {
			j++
		}
		return j, Punct
	}
	return i + size, Punct
}

// scanWord scans letters, digits and combining marks, joined by inner
// hyphens and apostrophes, then a number's separators or an abbreviation's
// periods.
func scanWord(text string, i int) (int, Kind) {
	first, _ := decodeRune(text, i)
	number := isDigit(first)
	j := i
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && isASCIIAlnum(c) {
			j++
			continue
		}
		r, size := decodeRune(text, j)
		if isWordRune(r) {
			j += size
			continue
		}
		// Only a hyphen, an apostrophe or a number's separator may join
		// what follows.
		if j > i && j+size < len(text) && (isHyphen(r) || isApostrophe(r) || number && (r == '.' || r == ',' || r == ':' || r == '/')) {
			next, _ := decodeRune(text, j+size)
			prev, _ := utf8.DecodeLastRuneInString(text[i:j])
			switch {
			case isHyphen(r) && isWordRune(next):
				j += size
				continue
			case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next):
				j += size
				continue
			case number && (r == '.' || r == ',' || r == ':' || r == '/') && isDigit(prev) && isDigit(next):
				j += size
				continue
			}
		}
		break
	}
	if number {
		if j < len(text) && text[j] == '%' {
			j++
		}
		return j, Number
	}
	if j < len(text) && text[j] == '.' {
		if end, ok := scanPeriods(text, i, j); ok {
			return end, Abbrev
		}
	}
	return j, Word
}

// scanPeriods extends the word text[i:j] (followed by a period at j) into an
// abbreviation: a known abbreviation (Sr.), an initial (J.), or a chain of
// short segments each ending in a period (EE.UU., S.A., a.m.).
func scanPeriods(text string, i, j int) (int, bool) {
	w := text[i:j]
	// chain of short letter segments: EE.UU., S.A., a.m.
	segs := 1
	k := j + 1
	for k < len(text) {
		m := k
		for m < len(text) && m-k <= 8 {
			r, size := decodeRune(text, m)
			if !unicode.IsLetter(r) {
				break
			}
			m += size
		}
		if m == k || utf8.RuneCountInString(text[k:m]) > 3 || m >= len(text) || text[m] != '.' {
			break
		}
		segs++
		k = m + 1
	}
	if segs >= 2 && utf8.RuneCountInString(w) <= 3 {
		return k, true
	}
	var buf [32]byte
	if abbreviations[string(normalize.AppendLower(buf[:0], w))] {
		return j + 1, true
	}
	if r, size := decodeRune(w, 0); size == len(w) && unicode.IsUpper(r) {
		return j + 1, true // an initial: John F. Kennedy
	}
	return 0, false
}

// scanURL recognizes http://, https:// and www. addresses.
func scanURL(text string, i int) (int, bool) {
	if c := text[i] | 0x20; c != 'h' && c != 'w' {
		return 0, false
	}
	rest := text[i:]
	if !hasPrefixFold(rest, "http://") && !hasPrefixFold(rest, "https://") && !hasPrefixFold(rest, "www.") {
		return 0, false
	}
	j := i
	for j < len(text) {
		r, size := decodeRune(text, j)
		if isSpace(r) || strings.ContainsRune("<>\"«»“”", r) {
			break
		}
		j += size
	}
	for j > i {
		r, size := utf8.DecodeLastRuneInString(text[i:j])
		if !strings.ContainsRune(".,;:!?)]}'’»”", r) {
			break
		}
		if r == ')' && strings.Count(text[i:j], "(") >= strings.Count(text[i:j], ")") {
			break
		}
		j -= size
	}
	return j, j > i+4
}

// scanEmail recognizes local@domain.tld.
func scanEmail(text string, i int) (int, bool) {
	j := i
	for j < len(text) && isEmailLocal(text[j]) {
		j++
	}
	if j == i || j+1 >= len(text) || text[j] != '@' || !isASCIIAlnum(text[j+1]) {
		return 0, false
	}
	k := j + 1
	dot := false
	for k < len(text) && (isASCIIAlnum(text[k]) || text[k] == '-' || text[k] == '.') {
		if text[k] == '.' && k+1 < len(text) && isASCIIAlnum(text[k+1]) {
			dot = true
		}
		k++
	}
	for k > j && (text[k-1] == '.' || text[k-1] == '-') {
		k--
	}
	return k, dot
}

func endsSentence(t Token) bool {
	switch t.Kind {
	case Punct:
		switch t.Text {
		case ".", "?", "!", "…":
			return true
		}
		return strings.HasPrefix(t.Text, "...")
	case Abbrev:
		var buf [32]byte
		return sentenceFinalAbbrev[string(normalize.AppendLower(buf[:0], t.Text))]
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "»", "”", "\"", "’", "'", ")", "]":
		return true
	}
	return false
}

func startsSentence(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	switch r {
	case '¿', '¡', '«', '“', '"', '(', '—', '-', '‘', '\'':
		return true
	}
	return false
}

func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classSpace != 0
	}
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF' || r == '\u2060'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classAlnum != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\u00AD'
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

func isASCIIAlnum(c byte) bool { return asciiClass[c]&classAlnum != 0 }

// Classes of ASCII bytes, in asciiClass.
const (
	classSpace = 1 << iota // what isSpace accepts
	classAlnum             // a letter or a digit
)

// asciiClass holds the classes of each ASCII byte (0 for the others).
var asciiClass = func() (t [256]uint8) {
	for _, c := range " \n\t\r\v\f" {
		t[c] |= classSpace
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= classAlnum
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= classAlnum
		t[c-'a'+'A'] |= classAlnum
	}
	return t
}()

func isEmailLocal(c byte) bool {
	return isASCIIAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// FromWord makes a token of a word given pre-tokenized (as in CoNLL input),
// starting at byte offset start of the text the caller builds.
func FromWord(w string, start int) Token {
	t := Token{Start: start, End: start + len(w), Text: w, Key: normalize.Key(w), Kind: Word}
	if w == "" {
		return t
	}
	r, _ := decodeRune(w, 0)
	switch {
	case isDigit(r):
		t.Kind = Number
	case !isWordRune(r):
		t.Kind = Punct
	case strings.HasSuffix(w, ".") && len(w) > 1:
		t.Kind = Abbrev
	}
	return t
}
