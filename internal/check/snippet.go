package check

import (
	"strings"
	"unicode/utf8"
)

// contextWidth is how many characters of context a difference shows on
// each side of its mention.
const contextWidth = 30

// lineCol returns the 1-based line and column (in characters) of byte
// offset off of text.
func lineCol(text string, off int) (line, col int) {
	before := text[:off]
	line = strings.Count(before, "\n") + 1
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, utf8.RuneCountInString(before) + 1
}

// snippet returns text[start:end] with up to contextWidth characters on
// each side, cut at spaces, on one line, "…" marking cuts.
func snippet(text string, start, end int) string {
	a := start
	for n := 0; a > 0 && n < contextWidth; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:a])
		a -= size
	}
	b := end
	for n := 0; b < len(text) && n < contextWidth; n++ {
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	// cut at word boundaries
	if a > 0 {
		if i := strings.IndexAny(text[a:start], " \n"); i >= 0 {
			a += i + 1
		}
	}
	if b < len(text) {
		if i := strings.LastIndexAny(text[end:b], " \n"); i >= 0 {
			b = end + i
		}
	}
	s := oneLine(text[a:b])
	if a > 0 {
		s = "…" + s
	}
	if b < len(text) {
		s += "…"
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// tokenSnippet is snippet for a sentence given as tokens: five tokens on
// each side.
func tokenSnippet(toks []string, start, end int) string {
	a, b := max(0, start-5), min(len(toks), end+5)
	s := strings.Join(toks[a:b], " ")
	if a > 0 {
		s = "… " + s
	}
	if b < len(toks) {
		s += " …"
	}
	return s
}
