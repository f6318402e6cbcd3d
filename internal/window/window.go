// Package window cuts a document into windows of bounded size, so that an
// input of any size is tagged in bounded memory, and tags a document window
// by window with the entities' offsets relative to the whole input.
//
// A window ends, by preference, at a paragraph break (a run of white space
// holding two or more newlines, where the tokenizer ends a sentence too, so
// that no entity can cross it) in its last three quarters; failing that at
// a newline, then after the end of a sentence, then at any white space in
// its second half; and only in text with no white space at all inside a
// word, on a character boundary. A window cut after white space always takes
// the whole run of it, so an entity never ends at a window's end unless the
// window was cut inside a word.
package window

import (
	"io"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// DefaultMax is the default maximum size of a window in bytes (64 KiB,
// some 10,000 words: more than any news article).
const DefaultMax = 64 << 10

// MinMax is the smallest window size accepted.
const MinMax = 64

// Window is a piece of a document: Text starts at byte Start and code
// point Char of the whole input.
type Window struct {
	Text        string
	Start, Char int
}

// Cut returns the length of the window to cut from the start of b, at most
// max bytes (all of b when it is not longer). b must be valid UTF-8 but for
// a character cut at its end.
func Cut[T ~string | ~[]byte](b T, size int) int {
	if len(b) <= size {
		return len(b)
	}
	w := b[:size]
	if i := lastParagraphBreak(w, size/4); i >= 0 {
		return skipSpace(w, i)
	}
	half := size / 2
	if i := lastIndexByte(w, half, '\n'); i >= 0 {
		return skipSpace(w, i)
	}
	if i := lastSentenceEnd(w, half); i >= 0 {
		return skipSpace(w, i)
	}
	for i := size - 1; i >= half; i-- {
		if isSpace(w[i]) {
			return skipSpace(w, i)
		}
	}
	// No white space: cut on a character boundary.
	i := size
	for i > 0 && !utf8.RuneStart(b[i]) {
		i--
	}
	if i == 0 {
		return size // not UTF-8: any cut will do
	}
	return i
}

// lastIndexByte returns the last index of c in w[lo:], or -1.
func lastIndexByte[T ~string | ~[]byte](w T, lo int, c byte) int {
	for i := len(w) - 1; i >= lo; i-- {
		if w[i] == c {
			return i
		}
	}
	return -1
}

// lastParagraphBreak returns the position of the last newline in w[lo:]
// that has another newline before it in the same run of white space, or -1.
func lastParagraphBreak[T ~string | ~[]byte](w T, lo int) int {
	for i := len(w) - 1; i >= lo; i-- {
		if w[i] != '\n' {
			continue
		}
		for j := i - 1; j >= 0 && isSpace(w[j]); j-- {
			if w[j] == '\n' {
				return i
			}
		}
	}
	return -1
}

// lastSentenceEnd returns the position of the last white space in w[lo:]
// that follows a sentence-final mark (. ! ? …), possibly with closing quotes
// or brackets between, or -1.
func lastSentenceEnd[T ~string | ~[]byte](w T, lo int) int {
	for i := len(w) - 1; i > lo; i-- {
		if !isSpace(w[i]) {
			continue
		}
		j := i // w[lo:j] ends with the mark
		for {
			n := closerAt(w[lo:j])
			if n == 0 {
				break
			}
			j -= n
		}
		if j > lo {
			switch c := w[j-1]; {
			case c == '.' || c == '!' || c == '?':
				return i
			case j-lo >= 3 && c == 0xA6 && w[j-2] == 0x80 && w[j-3] == 0xE2: // …
				return i
			}
		}
	}
	return -1
}

// closerAt returns the length of the closing quote or bracket that w ends
// with, or 0.
func closerAt[T ~string | ~[]byte](w T) int {
	n := len(w)
	if n == 0 {
		return 0
	}
	switch w[n-1] {
	case ')', ']', '"', '\'':
		return 1
	case 0xBB: // »
		if n >= 2 && w[n-2] == 0xC2 {
			return 2
		}
	case 0x9D, 0x99: // ” ’
		if n >= 3 && w[n-2] == 0x80 && w[n-3] == 0xE2 {
			return 3
		}
	}
	return 0
}

// skipSpace returns the end of the run of white space that w[i] is in.
func skipSpace[T ~string | ~[]byte](w T, i int) int {
	for i < len(w) && isSpace(w[i]) {
		i++
	}
	return i
}

// isSpace is the tokenizer's white space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// Splitter cuts a stream of UTF-8 text into windows.
type Splitter struct {
	r           io.Reader
	max         int
	buf         []byte
	start, char int
	err         error
}

// NewSplitter returns a Splitter reading r, with windows of at most max
// bytes (DefaultMax when max is 0; at least MinMax).
func NewSplitter(r io.Reader, size int) *Splitter {
	size = Size(size)
	return &Splitter{r: r, max: size, buf: make([]byte, 0, size+64<<10)}
}

// Size returns the window size to use for a requested size: DefaultMax for
// 0, at least MinMax.
func Size(size int) int {
	if size <= 0 {
		return DefaultMax
	}
	return max(size, MinMax)
}

// Next returns the next window; io.EOF after the last, or the error that
// reading met (after the windows of the text read before it).
func (s *Splitter) Next() (Window, error) {
	for s.err == nil && len(s.buf) <= s.max {
		if len(s.buf) == cap(s.buf) {
			s.buf = append(s.buf, 0)[:len(s.buf)]
		}
		n, err := s.r.Read(s.buf[len(s.buf):cap(s.buf)])
		s.buf = s.buf[:len(s.buf)+n]
		if err != nil {
			s.err = err
		}
	}
	if len(s.buf) == 0 {
		return Window{}, s.err
	}
	n := len(s.buf)
	if s.err == nil || len(s.buf) > s.max {
		n = Cut(s.buf, s.max)
	}
	w := Window{Text: string(s.buf[:n]), Start: s.start, Char: s.char}
	s.start += n
	s.char += entity.RuneCount(w.Text)
	s.buf = s.buf[:copy(s.buf, s.buf[n:])]
	return w, nil
}

// Split calls fn with the windows of text (of at most max bytes; DefaultMax
// when 0), in order. The windows' texts are substrings of text.
func Split(text string, size int, fn func(Window)) {
	size = Size(size)
	start, char := 0, 0
	for {
		rest := text[start:]
		n := Cut(rest, size)
		fn(Window{Text: rest[:n], Start: start, Char: char})
		if n == len(rest) {
			return
		}
		start += n
		char += entity.RuneCount(rest[:n])
	}
}
