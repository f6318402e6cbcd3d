package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isAcronymOf reports whether acr ("OMS", "O.M.S.") abbreviates name
// ("Organización Mundial de la Salud"): acr is two or more capital
// letters (periods allowed), its first letter is the initial of the
// name's first word, and its letters are, in order, initials of the
// name's words.
func isAcronymOf(acr, name string) bool {
	letters := make([]rune, 0, len(acr))
	for _, r := range acr {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters = append(letters, r)
		default:
			return false
		}
	}
	if len(letters) < 2 {
		return false
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	if len(words) < 2 {
		return false
	}
	initials := make([]rune, 0, len(words))
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		initials = append(initials, unicode.ToUpper(foldAccent(r)))
	}
	if foldAccent(letters[0]) != initials[0] {
		return false
	}
	j := 0
	for _, r := range initials {
		if j < len(letters) && foldAccent(letters[j]) == r {
			j++
		}
	}
	return j == len(letters)
}

// foldAccent maps the accented capital and small vowels of Spanish to
// their plain forms (Á → A), so that "Área" gives the initial A.
func foldAccent(r rune) rune {
	if i := strings.IndexRune("ÁÉÍÓÚÜáéíóúü", r); i >= 0 {
		return []rune("AEIOUUaeiouu")[utf8.RuneCountInString("ÁÉÍÓÚÜáéíóúü"[:i])]
	}
	return r
}
