package check

import (
	"fmt"
	"strings"
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
