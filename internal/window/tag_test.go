package window

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/model"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/summary"
)

var (
	extOnce sync.Once
	ext     *extract.Extractor
	extErr  error
)

func extractor(t testing.TB) *extract.Extractor {
	t.Helper()
	extOnce.Do(func() {
		m, err := model.Default()
		if err != nil {
			extErr = err
			return
		}
		ext, extErr = extract.New(extract.Options{Gazetteer: gazetteer.MustBuiltin(), Model: m})
	})
	if extErr != nil {
		t.Fatal(extErr)
	}
	return ext
}

// articles is the project's fixture articles, joined by blank lines.
func articles(t testing.TB) string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	sort.Strings(files)
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	if b.Len() == 0 {
		t.Skip("no fixture articles")
	}
	return b.String()
}

func tagString(t *testing.T, text string, size int, format string, pretty bool) string {
	return tagStringPlaces(t, text, size, format, pretty, nil)
}

func tagStringPlaces(t *testing.T, text string, size int, format string, pretty bool, places *summary.Places) string {
	t.Helper()
	p, err := output.New(format, pretty)
	if err != nil {
		t.Fatal(err)
	}
	src, err := decode.NewStream(strings.NewReader(text), decode.Auto)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	ds, _ := output.Stream(p, &buf)
	if _, err := Tag(Doc{Source: "a.txt", Input: src, Size: size, Tagger: extractor(t).NewStream(), Places: places}, ds); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestTagOneWindowIsPrint: a text that fits in one window prints exactly
// what the format's Printer prints for the whole document.
func TestTagOneWindowIsPrint(t *testing.T) {
	text := articles(t)
	x := extractor(t)
	for _, tc := range []struct {
		format string
		pretty bool
	}{{"json", false}, {"json", true}, {"jsonl", false}, {"spaced", false}} {
		p, _ := output.New(tc.format, tc.pretty)
		var want bytes.Buffer
		d := &output.Doc{Text: text, Result: entity.Result{Source: "a.txt", Encoding: "utf-8", Entities: x.Extract(text)}}
		places := summary.NewPlaces(x.Gazetteer())
		places.Annotate(text, &d.Result)
		if len(d.Result.Summary) == 0 || len(d.Result.Demonyms) == 0 {
			t.Fatal("the fixtures should have a summary and demonyms")
		}
		if err := p.Print(&want, d); err != nil {
			t.Fatal(err)
		}
		if got := tagStringPlaces(t, text, 0, tc.format, tc.pretty, places); got != want.String() {
			t.Errorf("%s pretty=%v: window output differs from Print", tc.format, tc.pretty)
		}
	}
}

// TestTagWindows: tagged in small windows, every entity still satisfies the
// offset contract, entities are in order without overlap, none crosses a
// window edge, and the streaming and in-memory paths agree.
func TestTagWindows(t *testing.T) {
	text := articles(t)
	x := extractor(t)
	for _, size := range []int{512, 4096, 65536} {
		es := Extract(x.NewStream(), text, size)
		checkEntities(t, text, es)
		var edges []int
		Split(text, size, func(w Window) { edges = append(edges, w.Start) })
		for _, e := range es {
			for _, b := range edges {
				if e.Start < b && b < e.End {
					t.Fatalf("size %d: %q crosses the window edge at %d", size, e.Text, b)
				}
			}
		}
		var doc struct{ Entities []entity.Entity }
		if err := jsonUnmarshal(tagString(t, text, size, "json", false), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Entities) != len(es) {
			t.Fatalf("size %d: streamed %d entities, in memory %d", size, len(doc.Entities), len(es))
		}
		for i := range es {
			if doc.Entities[i] != es[i] {
				t.Fatalf("size %d: entity %d streamed %+v, in memory %+v", size, i, doc.Entities[i], es[i])
			}
		}
	}
}

// TestWindowsKeepParagraphEntities: when windows are cut at paragraph
// breaks only, the entities of a paragraph-sized window are those of the
// whole text in that window but for document-level consistency; at least
// the spans the gazetteer decides are the same.
func TestWindowsKeepGazetteerEntities(t *testing.T) {
	text := articles(t)
	x := extractor(t)
	whole := x.Extract(text)
	windowed := Extract(x.NewStream(), text, 8192)
	at := map[[2]int]bool{}
	for _, e := range windowed {
		at[[2]int{e.Start, e.End}] = true
	}
	missing := 0
	for _, e := range whole {
		if e.Source == entity.FromGazetteer && !at[[2]int{e.Start, e.End}] {
			missing++
		}
	}
	if missing > len(whole)/50 {
		t.Errorf("%d of %d gazetteer entities of the whole text are lost in 8 KiB windows", missing, len(whole))
	}
}

// TestStreamCarriesPeople: a surname alone in a later window is linked to
// the full name given in an earlier one.
func TestStreamCarriesPeople(t *testing.T) {
	x := extractor(t)
	first := "La diputada Remedios Zanahoria Pizarro presentó ayer su propuesta en Sevilla.\n\n"
	filler := strings.Repeat("El pleno siguió con otros asuntos durante la tarde.\n\n", 20)
	last := "Según fuentes del grupo, Pizarro no descarta nuevas iniciativas.\n"
	text := first + filler + last
	es := Extract(x.NewStream(), text, 256)
	var got *entity.Entity
	for i := range es {
		if es[i].Text == "Pizarro" && es[i].Start > len(first) {
			got = &es[i]
		}
	}
	if got == nil || got.Type != entity.PER || got.Canonical != "Remedios Zanahoria Pizarro" {
		t.Fatalf("the surname in the last window = %+v, want PER linked to the full name", got)
	}
}

func TestTagReadError(t *testing.T) {
	boom := errors.New("disk gone")
	src, err := decode.NewStream(&failAfter{text: strings.Repeat("Hoy en Lima. ", 200000), err: boom}, decode.UTF8)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	p, _ := output.New("json", false)
	ds, _ := output.Stream(p, &buf)
	_, err = Tag(Doc{Source: "a.txt", Input: src, Size: 4096, Tagger: extractor(t).NewStream()}, ds)
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
	var doc struct {
		Entities []entity.Entity
		Error    string
	}
	if err := jsonUnmarshal(buf.String(), &doc); err != nil {
		t.Fatalf("record is not valid JSON: %v", err)
	}
	if doc.Error != boom.Error() || len(doc.Entities) == 0 {
		t.Errorf("record: %d entities, error %q", len(doc.Entities), doc.Error)
	}
}

// failAfter reads text, then fails.
type failAfter struct {
	text string
	err  error
}

func (f *failAfter) Read(p []byte) (int, error) {
	if f.text == "" {
		return 0, f.err
	}
	n := copy(p, f.text)
	f.text = f.text[n:]
	return n, nil
}

func checkEntities(t *testing.T, text string, es []entity.Entity) {
	t.Helper()
	end := 0
	for _, e := range es {
		if e.Start < end || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("entity %+v out of order or out of range", e)
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("text[%d:%d] = %q, entity says %q", e.Start, e.End, text[e.Start:e.End], e.Text)
		}
		if c := utf8.RuneCountInString(text[:e.Start]); c != e.CharStart {
			t.Fatalf("%q: char_start %d, want %d", e.Text, e.CharStart, c)
		}
		if c := utf8.RuneCountInString(text[:e.End]); c != e.CharEnd {
			t.Fatalf("%q: char_end %d, want %d", e.Text, e.CharEnd, c)
		}
		end = e.End
	}
}

// TestTagWindowsSummary: in small windows, every mention names an entity of
// the summary, whose counts add up, and demonyms keep the offset contract;
// the JSON is the same compact or indented.
func TestTagWindowsSummary(t *testing.T) {
	text := articles(t)
	x := extractor(t)
	places := summary.NewPlaces(x.Gazetteer())
	var doc entity.Result
	if err := jsonUnmarshal(tagStringPlaces(t, text, 2048, "json", false, places), &doc); err != nil {
		t.Fatal(err)
	}
	var pretty entity.Result
	if err := jsonUnmarshal(tagStringPlaces(t, text, 2048, "json", true, places), &pretty); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(doc, pretty) {
		t.Errorf("indented JSON says something else than compact JSON")
	}
	counts := make([]int, len(doc.Summary))
	for _, e := range doc.Entities {
		if e.Entity < 0 || e.Entity >= len(doc.Summary) {
			t.Fatalf("%q: entity %d outside the summary of %d", e.Text, e.Entity, len(doc.Summary))
		}
		counts[e.Entity]++
	}
	for i, it := range doc.Summary {
		if counts[i] != it.Mentions {
			t.Errorf("%q: %d mentions counted, %d point to it", it.Canonical, it.Mentions, counts[i])
		}
		if i > 0 && it.FirstStart < doc.Summary[i-1].FirstStart {
			t.Errorf("%q: not in order of first appearance", it.Canonical)
		}
	}
	if len(doc.Demonyms) == 0 {
		t.Fatal("no demonyms")
	}
	for _, d := range doc.Demonyms {
		if text[d.Start:d.End] != d.Text || utf8.RuneCountInString(text[:d.Start]) != d.CharStart {
			t.Fatalf("demonym %+v breaks the offset contract", d)
		}
	}
	// the people of the fixtures are one entity each across windows
	names := map[string]int{}
	for _, it := range doc.Summary {
		names[string(it.Type)+it.Canonical]++
	}
	for k, n := range names {
		if n > 1 {
			t.Errorf("%s: %d entities in the summary", k, n)
		}
	}
}

// TestTagWorkers: windows prepared on several cores give the entities,
// summary and demonyms of windows tagged one at a time, byte for byte.
func TestTagWorkers(t *testing.T) {
	text := articles(t)
	x := extractor(t)
	places := summary.NewPlaces(x.Gazetteer())
	tag := func(workers int) string {
		src, err := decode.NewStream(strings.NewReader(text), decode.Auto)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		ds := output.JSONLines().Stream(&buf)
		if _, err := Tag(Doc{Source: "a", Input: src, Size: 1024, Tagger: x.NewStream(), Places: places, Workers: workers}, ds); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	one := tag(1)
	for _, w := range []int{2, 3} {
		if got := tag(w); got != one {
			t.Errorf("%d workers: output differs from one worker", w)
		}
	}
}
