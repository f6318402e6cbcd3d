package normalize

import (
	"strings"
	"testing"
)

// TestAppendLower checks AppendLower against strings.ToLower.
func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "madrid", "Madrid", "ONU", "ÁLVARO", "Ñandú", "İstanbul", "ΣΟΦΙΑ", "a\xffB", "\xc3", "Ab\xe2\x82", "1.500-A"} {
		if got, want := string(AppendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, want)
		}
	}
}
