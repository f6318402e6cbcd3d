package check

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/eval"
)

// fakeTagger tags the words it knows, wherever they are.
type fakeTagger map[string]entity.Type

func (f fakeTagger) Extract(text string) []entity.Entity {
	var out []entity.Entity
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], " .,\n")
		if j < 0 {
			j = len(text) - i
		}
		if typ, ok := f[text[i:i+j]]; ok {
			out = append(out, entity.Entity{Text: text[i : i+j], Type: typ, Start: i, End: i + j, Canonical: strings.ToUpper(text[i : i+j])})
		}
		i += j + 1
	}
	return out
}

func (f fakeTagger) TagWords(doc [][]string) [][]string {
	out := make([][]string, len(doc))
	for i, s := range doc {
		for _, w := range s {
			tag := "O"
			if typ, ok := f[w]; ok {
				tag = "B-" + string(typ)
			}
			out[i] = append(out[i], tag)
		}
	}
	return out
}

var tagger = fakeTagger{"Ana": entity.PER, "Lima": entity.LOC, "EFE": entity.AGENCY, "Kim": entity.PER, "Quito": entity.LOC}

// fixtureFiles are the files of a small set of fixtures: a golden one that
// matches, a golden one with three differences, a spaced one and a CoNLL
// one.
var fixtureFiles = map[string]string{
	"good.txt":  "Ana vive en Lima.",
	"good.json": `{"entities":[{"start":0,"end":3,"type":"PER","canonical":"ANA"},{"start":12,"end":16,"type":"LOC","canonical":"LIMA"}]}`,
	"bad.txt":   "Hoy.\nAna vive en Lima, dice EFE.",
	"bad.json": `{"entities":[{"start":5,"end":8,"type":"PER","canonical":"ANA"},{"start":17,"end":21,"type":"ORG","canonical":"LIMA"},` +
		`{"start":9,"end":13,"type":"MISC","canonical":"VIVE"}]}`,
	"spaced.txt": "el tren  de Kim  y  Pepe  en Quito",
	"c.conll":    "Ana B-PER\nen O\nLima B-LOC\n\nEFE B-ORG\nPepe B-PER\n",
	"h.txt":      "Hoy.\nAna y Pepe viven en Lima, dice EFE.",
	"h.ann":      "PER\tPepe\nORG\tLima\nORG\tEFE\n",
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// outcomes loads and runs the named fixtures of dir.
func outcomes(t *testing.T, dir string, names ...string) []*eval.Outcome {
	t.Helper()
	var out []*eval.Outcome
	for _, n := range names {
		f, err := eval.Load(filepath.Join(dir, n), "")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, eval.Run(tagger, f, eval.Options{}))
	}
	return out
}

func TestDifferences(t *testing.T) {
	dir := writeFiles(t, fixtureFiles)
	tests := []struct {
		file string
		want []string // "change line:col text"
	}{
		{"good.txt", nil},
		{"bad.txt", []string{"missing 2:5 vive", "changed 2:13 Lima", "unexpected 2:24 EFE"}},
		{"spaced.txt", []string{"missing 1:21 Pepe", "unexpected 1:30 Quito"}},
		{"c.conll", []string{"changed 5:1 EFE", "missing 6:1 Pepe"}},
		{"h.txt", []string{"unexpected 2:1 Ana", "missing 2:7 Pepe", "changed 2:21 Lima", "changed 2:32 EFE"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			ds := differences(outcomes(t, dir, tc.file)[0])
			var got []string
			for _, d := range ds {
				got = append(got, fmt.Sprintf("%s %d:%d %s", d.Change, d.Line, d.Col, d.Text))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("differences = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDifferenceMessage(t *testing.T) {
	tests := []struct {
		d    Difference
		want string
	}{
		{Difference{Change: Missing, File: "a.txt", Line: 2, Col: 5, Text: "Kim", Type: "PER", Canonical: "Kim Jong-un", Context: "el líder Kim visitó"},
			`a.txt:2:5: missing PER "Kim" (canonical "Kim Jong-un") in "el líder Kim visitó"`},
		{Difference{Change: Unexpected, File: "a.txt", Line: 1, Col: 1, Text: "Rusia", Type: "LOC", Canonical: "Rusia", Context: "Rusia y"},
			`a.txt:1:1: unexpected LOC "Rusia" in "Rusia y"`},
		{Difference{Change: Changed, File: "a.txt", Line: 1, Col: 1, Text: "EFE", Type: "ORG", Canonical: "EFE", FoundType: "AGENCY", FoundCanonical: "Agencia EFE", Context: "(EFE)"},
			`a.txt:1:1: changed "EFE": ORG "EFE" → AGENCY "Agencia EFE" in "(EFE)"`},
		{Difference{Change: Missing, File: "s.txt", Line: 3, Col: 9, Text: "de Kim", Context: "…tren de Kim había…"},
			`s.txt:3:9: missing "de Kim" in "…tren de Kim había…"`},
		{Difference{Change: Changed, File: "c.conll", Line: 40, Col: 1, Text: "EFE", Type: "ORG", FoundType: "AGENCY", Context: "( EFE )"},
			`c.conll:40:1: changed "EFE": ORG → AGENCY in "( EFE )"`},
	}
	for _, tc := range tests {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("String =\n%s\nwant\n%s", got, tc.want)
		}
	}
}

func TestJudge(t *testing.T) {
	dir := writeFiles(t, fixtureFiles)
	all := []string{"good.txt", "bad.txt", "spaced.txt", "c.conll"}
	tests := []struct {
		name    string
		opts    Options
		passing []bool // per fixture in all
		overall bool   // overall thresholds met
	}{
		{"exact golden", Options{}, []bool{true, false, true, true}, true},
		{"tolerate 3", Options{Tolerate: 3}, []bool{true, true, true, true}, true},
		{"tolerate 2", Options{Tolerate: 2}, []bool{true, false, true, true}, true},
		{"min recall", Options{Tolerate: 3, MinRecall: 0.6}, []bool{true, false, false, false}, false},
		{"min precision", Options{Tolerate: 3, MinPrecision: 0.6}, []bool{true, false, false, true}, true},
		{"min f1", Options{Tolerate: 9, MinF1: 0.99}, []bool{true, false, false, false}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := Judge(outcomes(t, dir, all...), tc.opts)
			for i, res := range rep.Results {
				if res.Pass() != tc.passing[i] {
					t.Errorf("%s: pass = %v, want %v (failures %q)", all[i], res.Pass(), tc.passing[i], res.Failures)
				}
			}
			if (len(rep.Failures) == 0) != tc.overall {
				t.Errorf("overall failures = %q", rep.Failures)
			}
			want := tc.overall
			for _, p := range tc.passing {
				want = want && p
			}
			if rep.Pass() != want {
				t.Errorf("Pass = %v, want %v", rep.Pass(), want)
			}
		})
	}
}

func TestEmptyFixtureMeetsThresholds(t *testing.T) {
	dir := writeFiles(t, map[string]string{"none.txt": "nada que ver aquí\n"})
	rep := Judge(outcomes(t, dir, "none.txt"), Options{MinF1: 0.9, MinRecall: 0.9, MinPrecision: 0.9})
	if !rep.Pass() {
		t.Errorf("empty fixture fails: %q", rep.Results[0].Failures)
	}
}

func TestUpdate(t *testing.T) {
	dir := writeFiles(t, fixtureFiles)
	rep := Judge(outcomes(t, dir, "good.txt", "bad.txt", "spaced.txt"), Options{})
	done, err := Update(rep, nil)
	if err != nil {
		t.Fatal(err)
	}
	// good.json is rewritten too: it matched on the compared fields but
	// was not what 'prensa tag --pretty' prints.
	if len(done) != 2 || !rep.Pass() {
		t.Fatalf("updated %d, pass %v", len(done), rep.Pass())
	}
	rep = Judge(outcomes(t, dir, "good.txt", "bad.txt"), Options{})
	if !rep.Pass() {
		t.Errorf("after update: %q", rep.Results[1].Failures)
	}
	if done, _ := Update(rep, nil); len(done) != 0 {
		t.Errorf("second update rewrote %d files", len(done))
	}
	data, _ := os.ReadFile(filepath.Join(dir, "bad.json"))
	if !strings.HasPrefix(string(data), "{\n  \"source\": \"bad.txt\",\n  \"encoding\": \"utf-8\",\n  \"entities\": [") {
		t.Errorf("bad.json = %s", data)
	}
}

func TestSnippet(t *testing.T) {
	text := "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince"
	tests := []struct {
		mention, want string
	}{
		{"uno", "uno dos tres cuatro cinco seis…"},
		{"quince", "…diez once doce trece catorce quince"},
		{"ocho", "…tres cuatro cinco seis siete ocho nueve diez once doce trece…"},
	}
	for _, tc := range tests {
		i := strings.Index(text, tc.mention)
		if got := snippet(text, i, i+len(tc.mention)); got != tc.want {
			t.Errorf("snippet(%q) = %q, want %q", tc.mention, got, tc.want)
		}
	}
	if got := snippet("a\nb  c", 2, 3); got != "a b c" {
		t.Errorf("snippet keeps line breaks: %q", got)
	}
}
