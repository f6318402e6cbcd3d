package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Moscú", "Moscú"},
		{"Mosc\u0075\u0301", "Moscú"},
		{"O\u2019Donnell", "O'Donnell"},
		{"Jong\u2011un", "Jong-un"},
		{"Vla\u00ADdi\u00ADvos\u00ADtok", "Vladivostok"},
		{"Nueva\u00A0York", "Nueva York"},
		{"plain ascii", "plain ascii"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeyASCIIDoesNotAllocate(t *testing.T) {
	s := "Vladivostok"
	if n := testing.AllocsPerRun(100, func() { _ = Key(s) }); n != 0 {
		t.Errorf("Key allocated %v times on ASCII input", n)
	}
}

// TestKeyLatin1 checks Key's shortcut for ASCII and Latin-1 text against
// the full path (NFC, then the mapping) on every pair of characters of
// U+0000-U+00FF, and on pairs of a Latin-1 letter and a combining mark.
func TestKeyLatin1(t *testing.T) {
	full := func(s string) string {
		s = norm.NFC.String(s)
		var b strings.Builder
		for _, r := range s {
			if m, ok := mapRune(r); ok {
				if m >= 0 {
					b.WriteRune(m)
				}
				continue
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	var runes []rune
	for r := rune(1); r <= 0xFF; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, '\u0301', '\u0303', '\u0308', '\u00AD', '\u2019')
	for _, a := range runes {
		for _, b := range runes {
			s := "x" + string(a) + string(b) + "y"
			if got, want := Key(s), full(s); got != want {
				t.Fatalf("Key(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

func TestKeyLatin1DoesNotAllocate(t *testing.T) {
	s := "Moscú, Peñalver, Ñandú"
	if n := testing.AllocsPerRun(100, func() { _ = Key(s) }); n != 0 {
		t.Errorf("Key allocated %v times on Latin-1 input", n)
	}
}

// TestKeyOneRune checks the key of every lone character up to U+FFFF
// against the full path, and that the lone marks mapped to ASCII cost no
// allocation.
func TestKeyOneRune(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		want := norm.NFC.String(s)
		if m, ok := mapRune([]rune(want)[0]); ok && utf8.RuneCountInString(want) == 1 {
			want = ""
			if m >= 0 {
				want = string(m)
			}
		}
		if got := Key(s); got != want {
			t.Fatalf("Key(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"«", "»", "“", "”", "’", "—", "–"} {
		if n := testing.AllocsPerRun(10, func() { _ = Key(s) }); n != 0 {
			t.Errorf("Key(%q) allocated %v times", s, n)
		}
	}
}
