package extract

import (
	"strings"
	"testing"
)

// TestAppendLower checks appendLower against strings.ToLower, which the
// features used before.
func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "madrid", "Madrid", "ONU", "ÁLVARO", "Ñandú", "İstanbul", "ΣΟΦΙΑ", "a\xffB", "\xc3", "Ab\xe2\x82", "1.500-A"} {
		if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}
