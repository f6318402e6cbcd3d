package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// fakeTagger tags every occurrence of the words it knows.
type fakeTagger map[string]entity.Type

func (f fakeTagger) Extract(text string) []entity.Entity {
	var out []entity.Entity
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], " .,\n")
		if j < 0 {
			j = len(text) - i
		}
		if typ, ok := f[text[i:i+j]]; ok {
			out = append(out, entity.Entity{Text: text[i : i+j], Type: typ, Start: i, End: i + j, Canonical: text[i : i+j]})
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

func TestRun(t *testing.T) {
	x := fakeTagger{"Ana": entity.PER, "Lima": entity.LOC, "EFE": entity.AGENCY, "Kim": entity.PER}
	dir := writeFiles(t, map[string]string{
		"g.txt":   "Ana vive en Lima, dice EFE.",
		"g.json":  `{"entities":[{"start":0,"end":3,"type":"PER","canonical":"Ana"},{"start":12,"end":16,"type":"ORG","canonical":"Lima"},{"start":23,"end":26,"type":"ORG","canonical":"EFE"}]}`,
		"s.txt":   "el tren  de Kim  y  Ana  en Lima",
		"h.txt":   "Ana vive en Lima, dice EFE.",
		"h.ann":   "PER\tAna\nLOC\tLima\nORG\tEFE\n",
		"c.conll": "-DOCSTART- -X- O\n\nAna B-PER\nen O\nLima B-LOC\n\n-DOCSTART- -X- O\n\nEFE B-ORG\nPepe B-PER\n",
	})
	load := func(name string) *Fixture {
		f, err := Load(filepath.Join(dir, name), "")
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	tests := []struct {
		name  string
		file  string
		opts  Options
		want  Counts
		types []string
		docs  int
	}{
		{"golden", "g.txt", Options{}, Counts{TP: 1, FP: 2, FN: 2}, []string{"AGENCY", "LOC", "ORG", "PER"}, 1},
		{"golden mapped", "g.txt", Options{Map: map[entity.Type]entity.Type{entity.AGENCY: entity.ORG}}, Counts{TP: 2, FP: 1, FN: 1}, []string{"LOC", "ORG", "PER"}, 1},
		{"golden untyped", "g.txt", Options{Untyped: true}, Counts{TP: 3}, []string{"ENT"}, 1},
		{"spaced", "s.txt", Options{}, Counts{TP: 2, FP: 1}, []string{"ENT"}, 1},
		{"annotated", "h.txt", Options{}, Counts{TP: 2, FP: 1, FN: 1}, []string{"AGENCY", "LOC", "ORG", "PER"}, 1},
		{"annotated mapped", "h.txt", Options{Map: map[entity.Type]entity.Type{entity.AGENCY: entity.ORG}}, Counts{TP: 3}, []string{"LOC", "ORG", "PER"}, 1},
		{"conll", "c.conll", Options{}, Counts{TP: 2, FP: 1, FN: 2}, []string{"AGENCY", "LOC", "ORG", "PER"}, 2},
		{"conll mapped", "c.conll", Options{Map: map[entity.Type]entity.Type{entity.AGENCY: entity.ORG}}, Counts{TP: 3, FN: 1}, []string{"LOC", "ORG", "PER"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := Run(x, load(tc.file), tc.opts)
			if o.Scores.Counts != tc.want {
				t.Errorf("counts = %+v, want %+v", o.Scores.Counts, tc.want)
			}
			if got := o.Scores.TypeNames(); strings.Join(got, ",") != strings.Join(tc.types, ",") {
				t.Errorf("types = %v, want %v", got, tc.types)
			}
			if o.Scores.Docs != tc.docs {
				t.Errorf("docs = %d, want %d", o.Scores.Docs, tc.docs)
			}
		})
	}
	total := Total([]*Outcome{Run(x, load("g.txt"), Options{}), Run(x, load("c.conll"), Options{})})
	if total.Counts != (Counts{TP: 3, FP: 3, FN: 4}) || total.Docs != 3 || total.Tokens != 5 {
		t.Errorf("total = %+v", total)
	}
}
