package extract

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/output"
	docsummary "github.com/prensa-nlp/prensa/internal/summary"
)

var update = flag.Bool("update", false, "rewrite the golden JSON files in testdata/articles")

var articlesDir = filepath.Join("..", "..", "testdata", "articles")

func articleFiles(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if len(files) < 20 {
		t.Fatalf("want at least 20 fixture articles in %s, found %d", articlesDir, len(files))
	}
	return files
}

// TestGolden compares the default pipeline's output on every fixture
// article with NAME.json, exactly as 'prensa tag --pretty NAME.txt' prints
// it. Run with -update to rewrite the golden files after checking the
// differences by hand.
func TestGolden(t *testing.T) {
	x := newExtractor(t, Hybrid)
	places := docsummary.NewPlaces(x.Gazetteer())
	for _, f := range articleFiles(t) {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res := entity.Result{Source: filepath.Base(f), Encoding: "utf-8", Entities: x.Extract(string(text))}
		places.Annotate(string(text), &res)
		var buf bytes.Buffer
		p, _ := output.New("json", true)
		if err := p.Print(&buf, &output.Doc{Result: res, Text: string(text)}); err != nil {
			t.Fatal(err)
		}
		golden := strings.TrimSuffix(f, ".txt") + ".json"
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/extract -run TestGolden -update)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s: output differs from %s; run 'go test ./internal/extract -run TestGolden -update' and review the diff", f, golden)
		}
	}
}

// annotation is one hand-labelled mention located in its text.
type annotation struct {
	start, end int
	typ        entity.Type
	text       string
}

// readAnnotations locates the mentions of NAME.ann (TYPE<TAB>mention, in
// order of appearance) in text.
func readAnnotations(t *testing.T, path, text string) []annotation {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []annotation
	pos := 0
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		typ, mention, ok := strings.Cut(sc.Text(), "\t")
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		tt, okType := entity.ParseType(typ)
		if !ok || !okType {
			t.Fatalf("%s:%d: want TYPE<TAB>mention", path, line)
		}
		i := indexWord(text[pos:], mention)
		if i < 0 {
			t.Fatalf("%s:%d: %q not found after byte %d", path, line, mention, pos)
		}
		out = append(out, annotation{pos + i, pos + i + len(mention), tt, mention})
		pos += i + len(mention)
	}
	return out
}

// indexWord finds mention in s at word boundaries.
func indexWord(s, mention string) int {
	off := 0
	for {
		i := strings.Index(s[off:], mention)
		if i < 0 {
			return -1
		}
		i += off
		before, after := byte(' '), byte(' ')
		if i > 0 {
			before = s[i-1]
		}
		if j := i + len(mention); j < len(s) {
			after = s[j]
		}
		if !isASCIIWordByte(before) && !isASCIIWordByte(after) {
			return i
		}
		off = i + 1
	}
}

func isASCIIWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// TestHandAnnotations scores each engine against the hand annotations of
// the fixture articles (typed, exact span) and requires a minimum F1.
func TestHandAnnotations(t *testing.T) {
	minF1 := map[Engine]float64{Hybrid: 0.85, GazetteerOnly: 0.80, ModelOnly: 0.70}
	for _, eng := range Engines {
		x := newExtractor(t, eng)
		var tp, fp, fn int
		var misses []string
		for _, f := range articleFiles(t) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			gold := map[annotation]bool{}
			for _, a := range readAnnotations(t, strings.TrimSuffix(f, ".txt")+".ann", text) {
				gold[a] = true
			}
			found := map[annotation]bool{}
			for _, e := range x.Extract(text) {
				a := annotation{e.Start, e.End, e.Type, e.Text}
				found[a] = true
				if gold[a] {
					tp++
				} else {
					fp++
					misses = append(misses, fmt.Sprintf("%s: unexpected %s %q", filepath.Base(f), e.Type, e.Text))
				}
			}
			for a := range gold {
				if !found[a] {
					fn++
					misses = append(misses, fmt.Sprintf("%s: missing %s %q", filepath.Base(f), a.typ, a.text))
				}
			}
		}
		p := float64(tp) / float64(max(tp+fp, 1))
		r := float64(tp) / float64(max(tp+fn, 1))
		f1 := 2 * p * r / max(p+r, 1e-9)
		t.Logf("%s: P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d)", eng, 100*p, 100*r, 100*f1, tp, fp, fn)
		if f1 < minF1[eng] {
			sort.Strings(misses)
			t.Errorf("%s: F1 %.3f below %.2f on the hand annotations:\n%s", eng, f1, minF1[eng], strings.Join(misses, "\n"))
		}
	}
}
