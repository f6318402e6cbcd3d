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
	"bufio"
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
	var out []*Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	shared := false
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if strings.TrimSpace(text) == AmbiguousMarker {
			shared = true
			continue
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		e, err := parseLine(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		e.Origin = name
		e.SharesForms = shared
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", name, line+1, err)
	}
	return out, nil
}

func parseLine(text string) (*Entry, error) {
	f := strings.Split(text, "\t")
	if len(f) < 2 {
		return nil, fmt.Errorf("want at least 2 tab-separated fields (canonical, type), got %d", len(f))
	}
	if len(f) > 4 {
		return nil, fmt.Errorf("want at most 4 tab-separated fields (canonical, type, aliases, id), got %d", len(f))
	}
	canon := strings.TrimSpace(f[0])
	if canon == "" {
		return nil, fmt.Errorf("empty canonical name")
	}
	typ, ok := entity.ParseType(strings.TrimSpace(f[1]))
	if !ok {
		return nil, fmt.Errorf("unknown type %q (want PER, LOC, ORG, AGENCY or MISC)", strings.TrimSpace(f[1]))
	}
	e := &Entry{Canonical: canon, Type: typ}
	if len(f) > 2 {
		for _, a := range strings.Split(f[2], "|") {
			if a = strings.TrimSpace(a); a != "" && a != canon {
				e.Aliases = append(e.Aliases, a)
			}
		}
	}
	if len(f) > 3 {
		e.ID = strings.TrimSpace(f[3])
	}
	return e, nil
}
