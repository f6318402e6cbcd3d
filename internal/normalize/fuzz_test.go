package normalize

import (
	"testing"
	"unicode/utf8"
)

// FuzzKey: Key never panics, is deterministic, keeps valid UTF-8 valid and
// leaves ASCII alone.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"Moscu\u0301", "Kim\u00A0Jong\u2011un", "Vla\u00ADdi", "O\u2019Donnell", "\xff", "EE.UU."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if k2 := Key(s); k2 != k {
			t.Fatalf("Key(%q) = %q, then %q", s, k, k2)
		}
		if utf8.ValidString(s) && !utf8.ValidString(k) {
			t.Fatalf("Key(%q) = %q, not valid UTF-8", s, k)
		}
		ascii := true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < utf8.RuneSelf
		}
		if ascii && k != s {
			t.Fatalf("Key(%q) = %q changed ASCII", s, k)
		}
	})
}
