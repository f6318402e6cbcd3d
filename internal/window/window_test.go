package window

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

func TestCut(t *testing.T) {
	tests := []struct {
		name string
		text string
		size int
		want string // the first window
	}{
		{"fits", "Hola, Lima.", 64, "Hola, Lima."},
		{"paragraph break", strings.Repeat("a", 30) + "\n\n" + strings.Repeat("b", 60), 64, strings.Repeat("a", 30) + "\n\n"},
		{"paragraph break with spaces", strings.Repeat("a", 30) + "\n \n  " + strings.Repeat("b", 60), 64, strings.Repeat("a", 30) + "\n \n  "},
		{"newline", strings.Repeat("a", 40) + "\n" + strings.Repeat("b", 60), 64, strings.Repeat("a", 40) + "\n"},
		{"sentence end", strings.Repeat("a ", 20) + "fin. Luego " + strings.Repeat("b", 60), 64, strings.Repeat("a ", 20) + "fin. "},
		{"sentence end in quotes", strings.Repeat("a ", 20) + "fin.» Luego " + strings.Repeat("b", 60), 64, strings.Repeat("a ", 20) + "fin.» "},
		{"space", strings.Repeat("a", 40) + " " + strings.Repeat("b", 60), 64, strings.Repeat("a", 40) + " "},
		{"no space", strings.Repeat("a", 100), 64, strings.Repeat("a", 64)},
		{"no space, multibyte", strings.Repeat("á", 50), 64, strings.Repeat("á", 32)},
		{"early paragraph break loses to a late newline", "ab\n\n" + strings.Repeat("c", 40) + "\n" + strings.Repeat("d", 40), 64, "ab\n\n" + strings.Repeat("c", 40) + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Cut(tt.text, tt.size)
			if got := tt.text[:n]; got != tt.want {
				t.Errorf("Cut = %q, want %q", got, tt.want)
			}
			if m := Cut([]byte(tt.text), tt.size); m != n {
				t.Errorf("Cut of bytes = %d, of string %d", m, n)
			}
		})
	}
}

// windows returns the windows of text, both by Split and by a Splitter
// reading it in small pieces, after checking that they agree.
func windows(t *testing.T, text string, size int) []Window {
	t.Helper()
	var split []Window
	Split(text, size, func(w Window) { split = append(split, w) })
	sp := NewSplitter(iotest.HalfReader(strings.NewReader(text)), size)
	var read []Window
	for {
		w, err := sp.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		read = append(read, w)
	}
	if text == "" {
		return split
	}
	if len(read) != len(split) {
		t.Fatalf("Splitter gave %d windows, Split %d", len(read), len(split))
	}
	for i := range read {
		if read[i] != split[i] {
			t.Fatalf("window %d: Splitter %+v, Split %+v", i, read[i], split[i])
		}
	}
	return split
}

func checkWindows(t *testing.T, text string, size int, ws []Window) {
	t.Helper()
	var b strings.Builder
	char := 0
	for i, w := range ws {
		if w.Start != b.Len() || w.Char != char {
			t.Fatalf("window %d starts at %d/%d, want %d/%d", i, w.Start, w.Char, b.Len(), char)
		}
		if len(w.Text) > Size(size) {
			t.Fatalf("window %d has %d bytes, over %d", i, len(w.Text), Size(size))
		}
		if !utf8.ValidString(w.Text) {
			t.Fatalf("window %d is not valid UTF-8", i)
		}
		b.WriteString(w.Text)
		char += utf8.RuneCountInString(w.Text)
	}
	if b.String() != text {
		t.Fatalf("windows do not add up to the text")
	}
}

func TestSplitAddsUp(t *testing.T) {
	para := "El presidente Gustavo Petro viajó a Bogotá. Dijo: «Nada cambia».\n\n"
	tests := []struct {
		name string
		text string
		size int
	}{
		{"empty", "", 64},
		{"paragraphs", strings.Repeat(para, 50), 200},
		{"one long line", strings.Repeat("Lima y Quito. ", 500), 128},
		{"no spaces", strings.Repeat("ñandú", 300), 64},
		{"mixed", strings.Repeat(para+strings.Repeat("x", 90)+" ", 20), 64},
		{"default size", strings.Repeat(para, 5000), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := windows(t, tt.text, tt.size)
			checkWindows(t, tt.text, tt.size, ws)
			if tt.text != "" && len(ws) < len(tt.text)/Size(tt.size) {
				t.Errorf("%d windows for %d bytes of size %d", len(ws), len(tt.text), Size(tt.size))
			}
		})
	}
}

// TestParagraphWindows: text made of short paragraphs is cut only at
// paragraph breaks.
func TestParagraphWindows(t *testing.T) {
	para := "La jueza María Servini citó a Mauricio Macri en Buenos Aires.\n\n"
	text := strings.Repeat(para, 100)
	for _, w := range windows(t, text, 300) {
		if !strings.HasSuffix(w.Text, "\n\n") && w.Start+len(w.Text) != len(text) {
			t.Fatalf("window at %d cut inside a paragraph: %q", w.Start, w.Text[max(0, len(w.Text)-20):])
		}
	}
}

func TestSplitterReadError(t *testing.T) {
	boom := io.ErrUnexpectedEOF
	r := io.MultiReader(strings.NewReader(strings.Repeat("Lima. ", 100)), iotest.ErrReader(boom))
	sp := NewSplitter(r, 128)
	var got bytes.Buffer
	for {
		w, err := sp.Next()
		if err != nil {
			if err != boom {
				t.Fatalf("err = %v, want %v", err, boom)
			}
			break
		}
		got.WriteString(w.Text)
	}
	if got.String() != strings.Repeat("Lima. ", 100) {
		t.Errorf("text read before the error was lost")
	}
}
