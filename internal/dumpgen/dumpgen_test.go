package dumpgen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
)

func mustNew(t *testing.T, o Options) *Generator {
	t.Helper()
	g, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestDeterministic(t *testing.T) {
	a := mustNew(t, Options{Seed: 42, CP1252: 0.3})
	b := mustNew(t, Options{Seed: 42, CP1252: 0.3})
	c := mustNew(t, Options{Seed: 43, CP1252: 0.3})
	same := 0
	for i := 0; i < 50; i++ {
		if !bytes.Equal(a.Article(i), b.Article(i)) {
			t.Fatalf("article %d differs between two generators with the same seed", i)
		}
		if bytes.Equal(a.Article(i), c.Article(i)) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d articles equal across seeds", same)
	}
	if a.Text(0) == a.Text(1) {
		t.Errorf("articles 0 and 1 are equal")
	}
}

func TestArticles(t *testing.T) {
	tests := []struct {
		name         string
		opts         Options
		minAvg       int
		maxAvg       int
		minCP, maxCP int // count of Windows-1252 articles out of 400
	}{
		{"default", Options{Seed: 1}, 2200, 2800, 0, 0},
		{"small, a third cp1252", Options{Seed: 2, Size: 800, CP1252: 1.0 / 3}, 650, 1000, 100, 170},
		{"all cp1252", Options{Seed: 3, CP1252: 1}, 2200, 2800, 400, 400},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := mustNew(t, tc.opts)
			total, cp := 0, 0
			for i := 0; i < 400; i++ {
				text := g.Text(i)
				data := g.Article(i)
				total += len(text)
				if strings.ContainsAny(text, "{}") {
					t.Fatalf("article %d has an unfilled slot:\n%s", i, text)
				}
				if g.CP1252(i) {
					cp++
					if utf8.Valid(data) && strings.ContainsAny(text, "áéíóúñ") {
						t.Errorf("article %d should be Windows-1252", i)
					}
				} else if string(data) != text {
					t.Errorf("article %d should be its UTF-8 text", i)
				}
			}
			if avg := total / 400; avg < tc.minAvg || avg > tc.maxAvg {
				t.Errorf("average size %d, want %d to %d", avg, tc.minAvg, tc.maxAvg)
			}
			if cp < tc.minCP || cp > tc.maxCP {
				t.Errorf("%d Windows-1252 articles, want %d to %d", cp, tc.minCP, tc.maxCP)
			}
		})
	}
}

func TestNamesComeFromTheGazetteer(t *testing.T) {
	g := gazetteer.Empty()
	g.AddEntries([]*gazetteer.Entry{
		{Canonical: "Villaquieta", Type: entity.LOC},
		{Canonical: "Banco de Prueba", Type: entity.ORG},
		{Canonical: "Agencia Inventada", Type: entity.AGENCY},
	}, false)
	gen := mustNew(t, Options{Seed: 5, Gazetteer: g})
	var all strings.Builder
	for i := 0; i < 20; i++ {
		all.WriteString(gen.Text(i))
	}
	for _, name := range []string{"Villaquieta", "Banco de Prueba", "Agencia Inventada"} {
		if !strings.Contains(all.String(), name) {
			t.Errorf("%q never used", name)
		}
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	gen := mustNew(t, Options{Seed: 9, PerDir: 4, Size: 300})
	st, err := gen.Write(dir, 10)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 10 {
		t.Errorf("%d files", st.Files)
	}
	var size int64
	for i := 0; i < 10; i++ {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(gen.Path(i))))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, gen.Article(i)) {
			t.Errorf("file %d is not article %d", i, i)
		}
		size += int64(len(data))
	}
	if size != st.Bytes {
		t.Errorf("stats say %d bytes, files hold %d", st.Bytes, size)
	}
	if got, want := gen.Path(9), "0002/000009.txt"; got != want {
		t.Errorf("Path(9) = %q, want %q", got, want)
	}
}

func TestBadOptions(t *testing.T) {
	for _, f := range []float64{-0.1, 1.5} {
		if _, err := New(Options{CP1252: f}); err == nil {
			t.Errorf("CP1252 %v accepted", f)
		}
	}
}
