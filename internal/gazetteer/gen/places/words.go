package main

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cut-offs of the person-name lists of the shared data, which are sorted
// by frequency and noisy further down.
const (
	topGiven    = 3000
	topSurnames = 5000
)

// words holds the evidence that a place name is also something else.
type words struct {
	given, surname map[string]bool // folded
	titles         map[string]bool // folded one-word titles
	exclude        map[string]bool // folded, from exclude.txt
	nonEntity      map[string]bool // folded words that never start an entity
	heads          map[string]bool // folded head words of other types than LOC (Universidad)
	lower, capital map[string]int  // corpus counts: "mayor", "Mayor" (not sentence-initial)
}

// readWords loads the name lists (hand-written ones in dataDir, shared
// ones in sharedDir/names), the exclusions and the corpus counts.
func readWords(sharedDir, dataDir, exclude string) (*words, error) {
	w := &words{given: map[string]bool{}, surname: map[string]bool{}, titles: map[string]bool{},
		exclude: map[string]bool{}, nonEntity: map[string]bool{}, heads: map[string]bool{}, lower: map[string]int{}, capital: map[string]int{}}
	lists := []struct {
		path string
		set  map[string]bool
		top  int
	}{
		{filepath.Join(dataDir, "given-names.txt"), w.given, 0},
		{filepath.Join(dataDir, "surnames.txt"), w.surname, 0},
		{filepath.Join(dataDir, "titles.txt"), w.titles, 0},
		{filepath.Join(dataDir, "nonentities.txt"), w.nonEntity, 0},
		{filepath.Join(sharedDir, "names", "ar-given-names.txt"), w.given, topGiven},
		{filepath.Join(sharedDir, "names", "ar-surnames.txt"), w.surname, topSurnames},
		{exclude, w.exclude, 0},
	}
	for _, l := range lists {
		if err := readLines(l.path, l.top, func(s string) {
			if !strings.Contains(s, " ") {
				l.set[fold(s)] = true
			}
		}); err != nil {
			return nil, err
		}
	}
	if err := readLines(filepath.Join(dataDir, "heads.tsv"), 0, func(s string) {
		if f := strings.Split(s, "\t"); len(f) == 2 && strings.TrimSpace(f[1]) != "LOC" {
			w.heads[fold(strings.TrimSpace(f[0]))] = true
		}
	}); err != nil {
		return nil, err
	}
	texts, err := filepath.Glob(filepath.Join(sharedDir, "unlabeled", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(texts)
	for _, t := range texts {
		if err := w.count(t); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// readLines calls add with every line that is not blank or a # comment,
// the first top of them when top > 0.
func readLines(path string, top int, add func(string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	n := 0
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if top > 0 && n >= top {
			break
		}
		n++
		add(s)
	}
	return sc.Err()
}

// count adds the words of a text file to the lower-case and capitalized
// counts; a capitalized word at the start of a sentence or line is not
// counted.
func (w *words) count(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := string(data)
	initial := true // the next word starts a sentence
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			switch r {
			case '.', '!', '?', '¿', '¡', '\n', ':', '"', '«', '—', '“':
				initial = true
			case ' ', '\t', '\r':
			default:
				initial = false
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		word := text[i:j]
		switch {
		case unicode.IsLower(r):
			w.lower[word]++
		case !initial:
			w.capital[word]++
		}
		initial = false
		i = j
	}
	return nil
}

// common reports whether a one-word place name is mostly a common word in
// the corpus: its lower-case form is seen at least 3 times and at least as
// often as the capitalized form inside sentences.
func (w *words) common(form string) bool {
	lc := w.lower[strings.ToLower(form)]
	return lc >= 3 && lc >= w.capital[form]
}
