package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// checkContract verifies the offset contract on one text: every entity's
// bytes are text[start:end], its code-point offsets agree, entities come in
// text order and do not overlap, and types are known.
func checkContract(t *testing.T, name, text string, es []entity.Entity) {
	t.Helper()
	prevEnd := 0
	for _, e := range es {
		if e.Start < prevEnd || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("%s: entity %+v out of order or out of range (previous end %d)", name, e, prevEnd)
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("%s: text[%d:%d] = %q, entity says %q", name, e.Start, e.End, text[e.Start:e.End], e.Text)
		}
		if cs, ce := utf8.RuneCountInString(text[:e.Start]), utf8.RuneCountInString(text[:e.End]); cs != e.CharStart || ce != e.CharEnd {
			t.Fatalf("%s: %q char offsets %d:%d, want %d:%d", name, e.Text, e.CharStart, e.CharEnd, cs, ce)
		}
		if _, ok := entity.ParseType(string(e.Type)); !ok || e.Canonical == "" || e.Source == "" {
			t.Fatalf("%s: incomplete entity %+v", name, e)
		}
		prevEnd = e.End
	}
}

// TestOffsetContractOnFixtures checks the contract for every entity of every
// fixture text, with every engine.
func TestOffsetContractOnFixtures(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	seed, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "check", "seed", "*.txt"))
	files = append(files, seed...)
	if len(files) == 0 {
		t.Fatal("no fixture texts found")
	}
	for _, eng := range Engines {
		x := newExtractor(t, eng)
		n := 0
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			es := x.Extract(string(data))
			checkContract(t, f, string(data), es)
			n += len(es)
		}
		if n < 500 {
			t.Errorf("%s: only %d entities in %d fixture texts", eng, n, len(files))
		}
	}
}

// FuzzExtract feeds arbitrary text to the whole pipeline: it must not panic
// and must keep the offset contract.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"El portavoz del Kremlin, Dmitri Peskov, habló en Moscú.",
		"«Kim\u00A0Jong\u2011un» visitará Vla\u00ADdi\u00ADvos\u00ADtok.",
		"Mosc\u0075\u0301 \xff\xfe EE.UU. (EFE).- La Haya",
		"De De De la la la Rúa Rúa",
		"",
	} {
		f.Add(s)
	}
	x := newExtractor(f, Hybrid)
	g := newExtractor(f, GazetteerOnly)
	f.Fuzz(func(t *testing.T, s string) {
		es := x.Extract(s)
		checkContract(t, "fuzz", s, es)
		checkContract(t, "fuzz", s, g.Extract(s))
		if again := x.Extract(s); !slices.Equal(again, es) {
			t.Fatalf("%q: two runs disagree:\n%v\n%v", s, es, again)
		}
	})
}
