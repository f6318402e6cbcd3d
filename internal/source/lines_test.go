package source

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestLineReader checks line splitting, the size limit and line numbers.
func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 100)
	tests := []struct {
		name string
		in   string
		max  int
		want []string // "ERR" for a line too long
	}{
		{"plain", "a\nb\n", 10, []string{"a", "b"}},
		{"no final newline", "a\nb", 10, []string{"a", "b"}},
		{"empty lines", "\n\n", 10, []string{"", ""}},
		{"at the limit", "abc\n", 3, []string{"abc"}},
		{"too long, then fine", long + "\nok\n" + long, 50, []string{"ERR", "ok", "ERR"}},
		{"longer than the read buffer", strings.Repeat("y", 40000) + "\nz\n", 50000, []string{strings.Repeat("y", 40000), "z"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lr := NewLineReader(bufio.NewReaderSize(strings.NewReader(tc.in), 16), tc.max)
			var got []string
			for {
				line, err := lr.Next()
				var tooLong *LineTooLongError
				if err != nil && !errors.As(err, &tooLong) {
					break
				}
				if err != nil {
					got = append(got, "ERR")
				} else {
					got = append(got, string(line))
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) || lr.Line() != len(tc.want) {
				t.Errorf("got %q (n=%d), want %q", got, lr.Line(), tc.want)
			}
		})
	}
}
