package cluster

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# made by hand
# for tests
Madrid	0110	40
Lima	0110	12
madrid	0111	2
hoy	10	90
el	00	500
0.000	110	7
niño	111	3
`

func TestParseRoundTrip(t *testing.T) {
	c, err := Parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 7 {
		t.Fatalf("Len = %d, want 7", c.Len())
	}
	if h := c.Header(); len(h) != 2 || h[0] != "made by hand" || h[1] != "for tests" {
		t.Errorf("Header = %q", h)
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	want := "# made by hand\n# for tests\nel\t00\t500\nMadrid\t0110\t40\nLima\t0110\t12\nmadrid\t0111\t2\nhoy\t10\t90\n0.000\t110\t7\nniño\t111\t3\n"
	if buf.String() != want {
		t.Errorf("WriteTo:\n%s\nwant:\n%s", buf.String(), want)
	}
	c2, err := Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	if _, err := c2.WriteTo(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("Parse(WriteTo(c)) written again differs")
	}
}

func TestLookup(t *testing.T) {
	c, err := Parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word, path string
		ok         bool
	}{
		{"Madrid", "0110", true},
		{"madrid", "0111", true}, // exact form wins
		{"MADRID", "0111", true}, // lowercase before capitalized
		{"Hoy", "10", true},
		{"HOY", "10", true},
		{"lima", "0110", true}, // capitalized fallback
		{"LIMA", "0110", true},
		{"NIÑO", "111", true},
		{"Niño", "111", true},
		{"2.345", "110", true}, // digits normalized
		{"París", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		p, ok := c.Lookup(tt.word)
		if p != tt.path || ok != tt.ok {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tt.word, p, ok, tt.path, tt.ok)
		}
	}
	var nilC *Clusters
	if _, ok := nilC.Lookup("el"); ok {
		t.Error("nil Clusters found a word")
	}
	if n := c.Count("hoy"); n != 90 {
		t.Errorf("Count(hoy) = %d, want 90", n)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"word\n",
		"word\t0101\n",
		"word\t01a\t3\n",
		"word\t01\tx\n",
		"word\t01\t-1\n",
		"\t01\t3\n",
		"a\t0\t1\na\t1\t1\n",
	} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("Parse(%q): want an error", in)
		}
	}
	c, err := Parse(strings.NewReader("\r\n#c\r\nx\t1\t2\r\n"))
	if err != nil || c.Len() != 1 {
		t.Errorf("CRLF input: %v, Len %d", err, c.Len())
	}
}

func TestDefault(t *testing.T) {
	c := Default()
	if c != Default() {
		t.Error("Default returns a new table each time")
	}
	if c.Len() < 10000 {
		t.Fatalf("Default has %d words, want ≥ 10000", c.Len())
	}
	for _, w := range []string{"de", "Madrid", "lunes", "presidente", "MADRID", "0.000"} {
		if _, ok := c.Lookup(w); !ok {
			t.Errorf("Default: no path for %q", w)
		}
	}
	// Days of the week should share a long prefix.
	lunes, _ := c.Lookup("lunes")
	martes, _ := c.Lookup("martes")
	if n := len(commonPrefix([]string{lunes, martes})); n < 4 {
		t.Errorf("lunes %s and martes %s share only %d bits", lunes, martes, n)
	}
}

func BenchmarkLookup(b *testing.B) {
	c := Default()
	words := []string{"de", "Madrid", "MADRID", "presidente", "Xyzzyq", "1.500"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Lookup(words[i%len(words)])
	}
}

func BenchmarkParseDefault(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := parseString(defaultTable); err != nil {
			b.Fatal(err)
		}
	}
}
