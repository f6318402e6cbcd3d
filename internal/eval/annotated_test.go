package eval

import (
	"strings"
	"testing"
)

func TestParseAnnotations(t *testing.T) {
	text := "En Limache y en Lima, Ana vio a Ana Lima. Lima"
	tests := []struct {
		name, ann string
		want      []string // "TYPE start-end"
		err       string
	}{
		{"word boundaries", "LOC\tLima\n", []string{"LOC 16-20"}, ""},
		{"in order", "LOC\tLima\nPER\tAna\nPER\tAna Lima\nLOC\tLima\n", []string{"LOC 16-20", "PER 22-25", "PER 32-40", "LOC 42-46"}, ""},
		{"comments and blank lines", "# hand-made\n\nLOC\tLimache\r\n", []string{"LOC 3-10"}, ""},
		{"not found after the previous one", "LOC\tLima\nLOC\tLimache\n", nil, `2: "Limache" not found after byte 20`},
		{"bad type", "CITY\tLima\n", nil, "1: want TYPE<TAB>mention"},
		{"no tab", "LOC Lima\n", nil, "1: want TYPE<TAB>mention"},
		{"empty", "", []string{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es, err := ParseAnnotations([]byte(tc.ann), text)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("error = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, e := range es {
				if text[e.Start:e.End] != e.Text {
					t.Errorf("%q at %d-%d is %q", e.Text, e.Start, e.End, text[e.Start:e.End])
				}
				got = append(got, string(e.Type)+" "+itoa(e.Start)+"-"+itoa(e.End))
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
