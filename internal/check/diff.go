package check

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/eval"
)

// The kinds of difference.
const (
	Missing    = "missing"    // expected, not found
	Unexpected = "unexpected" // found, not expected
	Changed    = "changed"    // same span, other type or canonical name
)

// Difference is one way the found entities differ from the expected ones.
type Difference struct {
	Change string `json:"change"`
	// File, Line and Col (1-based, in characters) locate the mention.
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
	// Text is the mention; Type and Canonical are the expected ones (the
	// found ones for unexpected mentions); Type is "" when untyped.
	Text      string `json:"text"`
	Type      string `json:"type,omitempty"`
	Canonical string `json:"canonical,omitempty"`
	// FoundType and FoundCanonical are what was found instead (changed).
	FoundType      string `json:"found_type,omitempty"`
	FoundCanonical string `json:"found_canonical,omitempty"`
	// Context is the mention with some text around it, on one line.
	Context string `json:"context"`
}

// Message describes the difference without its position.
func (d Difference) Message() string {
	var b strings.Builder
	b.WriteString(d.Change)
	b.WriteByte(' ')
	switch d.Change {
	case Changed:
		fmt.Fprintf(&b, "%q: %s → %s", d.Text, describe(d.Type, d.Canonical), describe(d.FoundType, d.FoundCanonical))
	default:
		if d.Type != "" {
			b.WriteString(d.Type + " ")
		}
		fmt.Fprintf(&b, "%q", d.Text)
		if d.Canonical != "" && d.Canonical != d.Text {
			fmt.Fprintf(&b, " (canonical %q)", d.Canonical)
		}
	}
	fmt.Fprintf(&b, " in %q", d.Context)
	return b.String()
}

func describe(typ, canonical string) string {
	if canonical == "" {
		return typ
	}
	return fmt.Sprintf("%s %q", typ, canonical)
}

// String is the difference as "FILE:LINE:COL: message".
func (d Difference) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", d.File, d.Line, d.Col, d.Message())
}

// contextWidth is how many characters of context a difference shows on
// each side of its mention.
const contextWidth = 30

// differences lists how an outcome's found entities differ from the
// expected ones, in text order.
func differences(o *eval.Outcome) []Difference {
	switch o.Fixture.Kind {
	case eval.Golden:
		return goldenDiffs(o)
	case eval.CoNLL:
		return conllDiffs(o)
	}
	return spacedDiffs(o)
}

// goldenDiffs compares on (start, end, type, canonical): an expected
// entity with no equal found one is changed when a found one has its span,
// else missing; found entities left over are unexpected.
func goldenDiffs(o *eval.Outcome) []Difference {
	f := o.Fixture
	mk := func(change string, e entity.Entity) Difference {
		line, col := lineCol(f.Text, e.Start)
		return Difference{Change: change, File: f.Path, Line: line, Col: col,
			Text: f.Text[e.Start:e.End], Type: string(e.Type), Canonical: e.Canonical,
			Context: snippet(f.Text, e.Start, e.End)}
	}
	used := make([]bool, len(o.Found))
	find := func(e entity.Entity, same func(a, b entity.Entity) bool) int {
		for j, c := range o.Found {
			if !used[j] && c.Start == e.Start && c.End == e.End && same(c, e) {
				used[j] = true
				return j
			}
		}
		return -1
	}
	equal := func(a, b entity.Entity) bool { return a.Type == b.Type && a.Canonical == b.Canonical }
	anything := func(a, b entity.Entity) bool { return true }
	var unmatched []entity.Entity
	for _, e := range o.Expected {
		if find(e, equal) < 0 {
			unmatched = append(unmatched, e)
		}
	}
	var out []Difference
	for _, e := range unmatched {
		if j := find(e, anything); j >= 0 {
			d := mk(Changed, e)
			d.FoundType, d.FoundCanonical = string(o.Found[j].Type), o.Found[j].Canonical
			out = append(out, d)
			continue
		}
		out = append(out, mk(Missing, e))
	}
	for j, e := range o.Found {
		if !used[j] {
			out = append(out, mk(Unexpected, e))
		}
	}
	sortDiffs(out)
	return out
}

// spacedDiffs lists the marks not found and the entities that match no
// mark, located in the spaced source, with context from the recovered
// text.
func spacedDiffs(o *eval.Outcome) []Difference {
	f := o.Fixture
	sp := f.Spaced
	var out []Difference
	mk := func(change string, s eval.Span) Difference {
		line, col := lineCol(f.Source, sp.Pos[s.Start])
		return Difference{Change: change, File: f.Path, Line: line, Col: col,
			Text: f.Text[s.Start:s.End], Context: snippet(f.Text, s.Start, s.End)}
	}
	for _, u := range o.Units {
		for _, s := range u.Missing {
			out = append(out, mk(Missing, s))
		}
		for _, s := range u.Unexpected {
			d := mk(Unexpected, s)
			for _, e := range o.Found {
				if e.Start == s.Start && e.End == s.End {
					d.Type, d.Canonical = string(e.Type), e.Canonical
					break
				}
			}
			out = append(out, d)
		}
	}
	sortDiffs(out)
	return out
}

// conllDiffs lists the chunks missing and unexpected in each sentence; a
// missing and an unexpected chunk over the same tokens make one change of
// type. Line is the line of the chunk's first token, Col is 1.
func conllDiffs(o *eval.Outcome) []Difference {
	f := o.Fixture
	var out []Difference
	for _, u := range o.Units {
		s := f.Sentences[u.Sentence]
		mk := func(change string, c eval.Span) Difference {
			return Difference{Change: change, File: f.Path, Line: s.Line + c.Start, Col: 1,
				Text: strings.Join(s.Tokens[c.Start:c.End], " "), Type: c.Type,
				Context: tokenSnippet(s.Tokens, c.Start, c.End)}
		}
		unexpected := append([]eval.Span(nil), u.Unexpected...)
	missing:
		for _, g := range u.Missing {
			for i, p := range unexpected {
				if p.Start == g.Start && p.End == g.End {
					d := mk(Changed, g)
					d.FoundType = p.Type
					out = append(out, d)
					unexpected = append(unexpected[:i:i], unexpected[i+1:]...)
					continue missing
				}
			}
			out = append(out, mk(Missing, g))
		}
		for _, p := range unexpected {
			out = append(out, mk(Unexpected, p))
		}
	}
	sortDiffs(out)
	return out
}

func sortDiffs(ds []Difference) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Col < ds[j].Col
	})
}

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
// each side, on one line, "…" marking cuts.
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
