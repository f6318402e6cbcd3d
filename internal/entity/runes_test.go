package entity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "Año", "Kim Jong-un visitó Vladivostok, según la KCNA.",
		strings.Repeat("ñ", 9), "\xff\xfe", "abcdefg\xc3", "abcdefg\xc3\xb1abcdefgh", "日本語のテキスト and more ASCII text here",
		"\xed\xa0\x80x", "ab\xf0\x9f\x98\x80cdefghijk"} {
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzRuneCount(f *testing.F) {
	f.Add("Año 2025: «Xi» en Pekín")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	})
}
