package conll

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// DocStart is the token that marks a document boundary in CoNLL files. Lines
// whose first column is DocStart are not tokens.
const DocStart = "-DOCSTART-"

// Sentence is one sentence of a CoNLL file.
type Sentence struct {
	// Tokens holds the first column of each line.
	Tokens []string
	// Tags holds the last column of each line converted to IOB2, or "" for
	// a line with a single column (a token without a tag).
	Tags []string
	// Doc is the 0-based index of the document the sentence belongs to:
	// it grows by one at every -DOCSTART- line that follows a sentence.
	Doc int
	// Line is the 1-based line number of the sentence's first token.
	Line int
}

// HasTags reports whether every token of s has a tag.
func (s Sentence) HasTags() bool {
	for _, t := range s.Tags {
		if t == "" {
			return false
		}
	}
	return true
}

// Reader reads sentences one at a time from a CoNLL stream.
type Reader struct {
	// TokensOnly reads only the first column: other columns (a POS tag, a
	// gold tag) are ignored and not validated, as when tagging.
	TokensOnly bool
	// GuessDocs splits a file without -DOCSTART- lines into documents at
	// news-agency datelines, as GuessDocs does.
	GuessDocs bool
	marked    bool // a -DOCSTART- line was seen
	sc        *bufio.Scanner
	line      int
	doc       int
	docUsed   bool // a sentence has been returned in the current document
	err       error
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc}
}

// Next returns the next sentence, or io.EOF when there is none left. Tags
// are converted to IOB2; an invalid tag is an error naming its line.
func (r *Reader) Next() (Sentence, error) {
	if r.err != nil {
		return Sentence{}, r.err
	}
	var s Sentence
	for r.sc.Scan() {
		r.line++
		text := r.sc.Text()
		if r.line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		fields := strings.Fields(text)
		if len(fields) == 0 {
			if len(s.Tokens) > 0 {
				return r.finish(s)
			}
			continue
		}
		if fields[0] == DocStart {
			r.marked = true
			if len(s.Tokens) > 0 {
				// A document boundary also ends the sentence.
				out, err := r.finish(s)
				r.newDoc()
				return out, err
			}
			r.newDoc()
			continue
		}
		tag := ""
		if len(fields) > 1 && !r.TokensOnly {
			tag = fields[len(fields)-1]
			if !validTag(tag) {
				r.err = fmt.Errorf("line %d: invalid tag %q (want O, B-TYPE or I-TYPE)", r.line, tag)
				return Sentence{}, r.err
			}
		}
		if len(s.Tokens) == 0 {
			s.Line = r.line
			s.Doc = r.doc
		}
		s.Tokens = append(s.Tokens, fields[0])
		s.Tags = append(s.Tags, tag)
	}
	if err := r.sc.Err(); err != nil {
		r.err = fmt.Errorf("line %d: %w", r.line+1, err)
		return Sentence{}, r.err
	}
	if len(s.Tokens) > 0 {
		return r.finish(s)
	}
	r.err = io.EOF
	return Sentence{}, io.EOF
}

func (r *Reader) newDoc() {
	if r.docUsed {
		r.doc++
		r.docUsed = false
	}
}

func (r *Reader) finish(s Sentence) (Sentence, error) {
	if r.GuessDocs && !r.marked && r.docUsed && isDateline(s.Tokens) {
		r.doc++
		s.Doc = r.doc
	}
	r.docUsed = true
	s.Tags = ToIOB2(s.Tags)
	return s, nil
}

// Read reads every sentence of r.
func Read(r io.Reader) ([]Sentence, error) {
	rd := NewReader(r)
	var out []Sentence
	for {
		s, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// validTag reports whether t is O or a B-/I- prefixed type.
func validTag(t string) bool {
	if t == "O" {
		return true
	}
	return len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-'
}
