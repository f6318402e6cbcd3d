// Package tokenize splits Spanish news text into tokens with byte offsets and
// groups them into sentences.
//
// It is a single left-to-right scan over the original text: offsets always
// point into the text as given, and each token carries its normalized
// matching key (see package normalize). It knows Spanish punctuation
// (¿ ¡ « » “ ” ‘ ’ —), abbreviations (Sr., Dña., EE.UU., S.A.), hyphenated
// names (Kim Jong-un, Al-Assad), apostrophes (O'Donnell), numbers, dates and
// percentages, URLs, e-mail addresses, @handles and #hashtags.
package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with digits, hyphens, apostrophes
	Number             // digits with separators: 1.500, 3,5, 25/05/2000, 20%
	Punct              // a punctuation mark or symbol
	Abbrev             // an abbreviation or initial ending in a period: Sr., EE.UU., J.
	URL                // a web address
	Email              // an e-mail address
	Handle             // an @handle or #hashtag
)

// Token is one token of a text. Text is text[Start:End] of the original
// input; Key is its normalized form for matching.
type Token struct {
	Start, End int
	Text       string
	Key        string
	Kind       Kind
}

// Sentence is a range of tokens: tokens[First:Last].
type Sentence struct {
	First, Last int
}

// Capitalized reports whether the token can be part of a name: a word or
// abbreviation starting with an upper-case letter.
func (t Token) Capitalized() bool {
	if t.Kind != Word && t.Kind != Abbrev {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Key)
	return unicode.IsUpper(r)
}

// Acronym reports whether the token's letters are all upper case (2 or
// more of them).
func (t Token) Acronym() bool {
	n := 0
	for _, r := range t.Key {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
