// Package gazetteer holds prensa's lists of known names — the entries
// embedded in the binary and those users add with --gazetteer — and the
// matcher that finds them in tokenized text.
//
// Entries are TSV lines: canonical, type, aliases separated by "|", and an
// optional id. Lines starting with # and blank lines are ignored, except
// the marker line "#!ambiguous": the entries after it (the whole file when
// it heads the file) share surface forms with entries of other types on
// purpose, as a club called by its city's name does ("Sevilla"). The
// matcher treats every shared form as ambiguous either way; the marker
// documents the intent, and the built-in data test refuses a form shared
// across types that no marked entry explains.
package gazetteer

import (
	"fmt"
	"io"
	"strings"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// Entry is one known name with its surface forms.
type Entry struct {
	Canonical string
	Type      entity.Type
	Aliases   []string
	ID        string
	// Origin names where the entry was read: "builtin:FILE" or a user file.
	Origin string
	// Generated marks a generated place (places.idx, from the places-*.tsv
	// tables): where the model finds a name over it, the model's span and
	// type win.
	Generated bool
	// Weak marks a generated place whose names are also common words or
	// person names (places-weak.tsv): it gives a canonical name and id to a
	// span found otherwise, but never makes an entity by itself.
	Weak bool
	// SharesForms is set for entries after a "#!ambiguous" line: their
	// forms may be forms of entries of other types too.
	SharesForms bool
}

// AmbiguousMarker is the comment line after which entries share surface
// forms with entries of other types on purpose.
const AmbiguousMarker = "#!ambiguous"

// Forms returns the canonical name followed by the aliases.
func (e *Entry) Forms() []string {
	return append([]string{e.Canonical}, e.Aliases...)
}

// ParseTSV reads entries from r; name is used in error messages, which take
// the form "name:line: problem".
func ParseTSV(r io.Reader, name string) ([]*Entry, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return parseTSV(string(data), name)
}

// parseTSV parses the text of a TSV file. The entries' strings are
// substrings of text and the entries share one allocation: the built-in
// files are parsed at every start.
func parseTSV(text, name string) ([]*Entry, error) {
	text = strings.TrimPrefix(text, "\uFEFF")
	n := strings.Count(text, "\n") + 1
	block := make([]Entry, 0, n)
	out := make([]*Entry, 0, n)
	shared := false
	for line := 1; text != ""; line++ {
		l, rest, _ := strings.Cut(text, "\n")
		text = rest
		l = strings.TrimRight(l, "\r")
		t := strings.TrimSpace(l)
		if t == AmbiguousMarker {
			shared = true
			continue
		}
		if t == "" || t[0] == '#' {
			continue
		}
		block = append(block, Entry{})
		e := &block[len(block)-1]
		if err := parseLine(l, e); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		e.Origin = name
		e.SharesForms = shared
		out = append(out, e)
	}
	return out, nil
}

func parseLine(text string, e *Entry) error {
	var f [4]string
	nf := 0
	for rest, more := text, true; more; nf++ {
		if nf == len(f) {
			return fmt.Errorf("want at most 4 tab-separated fields (canonical, type, aliases, id), got %d", strings.Count(text, "\t")+1)
		}
		f[nf], rest, more = strings.Cut(rest, "\t")
	}
	if nf < 2 {
		return fmt.Errorf("want at least 2 tab-separated fields (canonical, type), got %d", nf)
	}
	canon := strings.TrimSpace(f[0])
	if canon == "" {
		return fmt.Errorf("empty canonical name")
	}
	typ, ok := entity.ParseType(strings.TrimSpace(f[1]))
	if !ok {
		return fmt.Errorf("unknown type %q (want PER, LOC, ORG, AGENCY or MISC)", strings.TrimSpace(f[1]))
	}
	e.Canonical, e.Type = canon, typ
	if al := f[2]; strings.TrimSpace(al) != "" {
		e.Aliases = make([]string, 0, strings.Count(al, "|")+1)
		for al != "" {
			var a string
			a, al, _ = strings.Cut(al, "|")
			if a = strings.TrimSpace(a); a != "" && a != canon {
				e.Aliases = append(e.Aliases, a)
			}
		}
	}
	e.ID = strings.TrimSpace(f[3])
	return nil
}
