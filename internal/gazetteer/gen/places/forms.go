package main

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// cleanForm returns a source name as a form fit for Spanish news text, or
// "" when it is not: it must start with a capital letter, be written in
// the letters of Spanish and its neighbours (Latin-1: no ā, ş, ł, no other
// script), hold at least three letters and no digits, and not be an
// all-capitals code.
func cleanForm(s string) string {
	s = strings.Join(strings.Fields(norm.NFC.String(s)), " ")
	if s == "" {
		return ""
	}
	letters, upper := 0, 0
	for i, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '\'' || r == '.':
			if i == 0 {
				return ""
			}
		case r == '’':
			// typographic apostrophe: the matcher folds it
			if i == 0 {
				return ""
			}
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'),
			r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7:
			if letters == 0 && !unicode.IsUpper(r) {
				return ""
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		default:
			return ""
		}
	}
	if letters < 3 || upper == letters {
		return ""
	}
	return s
}

// fold lower-cases s and drops its accents: the key of the name lists.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// connectors are the lower-case words that join the words of a place name.
var connectors = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "el": true, "y": true, "e": true,
	"d'": true, "l'": true, "da": true, "do": true, "dos": true, "das": true, "i": true, "en": true,
}

// strength is how a generated form may be used.
type strength int

const (
	strong strength = iota // a gazetteer verdict: the form is this place
	weak                   // evidence only: a common word or a person's name too
)

// why names the reason a form is weak, for the statistics.
type why string

// classify says whether a form is a strong or a weak place name, and why
// it is weak.
func (w *words) classify(form string) (strength, why) {
	if w.exclude[fold(form)] {
		return weak, "excluded by hand"
	}
	toks := strings.Fields(form)
	if w.heads[fold(toks[0])] {
		return weak, "head word of another type"
	}
	if len(toks) == 1 {
		f := fold(form)
		switch {
		case w.given[f]:
			return weak, "given name"
		case w.surname[f]:
			return weak, "surname"
		case w.common(form):
			return weak, "common word"
		}
		return strong, ""
	}
	first := fold(toks[0])
	if w.titles[first] {
		return weak, "title + name"
	}
	if w.given[first] || w.saint(first) && len(toks) == 2 {
		person := true
		for _, t := range toks[1:] {
			ft := fold(t)
			if !connectors[ft] && !w.given[ft] && !w.surname[ft] && !initial(t) {
				person = false
				break
			}
		}
		if person {
			return weak, "person's name"
		}
	}
	return strong, ""
}

// saint reports whether a word is "san", "santa" or "santo": San Martín,
// Santa Rosa, Santo Tomás name people and saints as often as places.
func (w *words) saint(f string) bool { return f == "san" || f == "santa" || f == "santo" }

// initial reports whether t is an initial such as "C.".
func initial(t string) bool {
	r := []rune(t)
	return len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.'
}
