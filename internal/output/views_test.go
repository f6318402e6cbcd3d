package output

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// viewDoc is a small tagged document with a summary and a demonym.
func viewDoc(text string) *Doc {
	d := &Doc{Text: text, Result: entity.Result{Source: "a.txt", Encoding: "utf-8"}}
	for _, n := range []struct {
		text string
		typ  entity.Type
		ent  int
	}{{"Kim", entity.PER, 0}, {"Rusia", entity.LOC, 1}} {
		e := ent(n.text, text, n.typ)
		e.Canonical, e.Entity = n.text, n.ent
		d.Result.Entities = append(d.Result.Entities, e)
		d.Result.Summary = append(d.Result.Summary, entity.Item{Canonical: n.text, Type: n.typ, Mentions: 1, FirstStart: e.Start, Forms: []string{n.text}})
	}
	i := strings.Index(text, "norcoreanos")
	d.Result.Demonyms = []entity.Demonym{{Text: "norcoreanos", Start: i, End: i + len("norcoreanos"), Place: "Corea del Norte", ID: "country:KP"}}
	return d
}

func render(t *testing.T, p Printer, d *Doc) string {
	t.Helper()
	var buf bytes.Buffer
	if err := p.Print(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestHTML(t *testing.T) {
	text := `Kim <b>&</b> "</mark><script>x()</script>" los norcoreanos en Rusia.`
	p, err := New("html", false)
	if err != nil {
		t.Fatal(err)
	}
	page := render(t, p, viewDoc(text))
	for _, want := range []string{
		`<mark class="PER" data-type="PER" data-entity="0" title="Kim · PER">Kim</mark>`,
		` &lt;b&gt;&amp;&lt;/b&gt; &#34;&lt;/mark&gt;&lt;script&gt;x()&lt;/script&gt;&#34; los `,
		`<span class="demonym" data-place="Corea del Norte" title="Corea del Norte · country:KP">norcoreanos</span>`,
		`<mark class="LOC" data-type="LOC" data-entity="1" title="Rusia · LOC">Rusia</mark>.</article>`,
		`<li data-entity="1" data-type="LOC" data-mentions="1" data-canonical="Rusia">`,
		"script-src " + strings.ReplaceAll(strings.ReplaceAll(cspHash(pageJS), "'", "&#39;"), "+", "&#43;"),
		"<script>" + pageJS + "</script>",
		"<style>" + pageCSS + "</style>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("%d <script elements, want the page's own", n)
	}
	if regexp.MustCompile(`(?i)\b(src|href)=|https?:`).MatchString(page) {
		t.Error("the page refers to something outside it")
	}
}

func TestHTMLEmpty(t *testing.T) {
	p, _ := New("html", false)
	page := render(t, p, &Doc{Result: entity.Result{Source: "-"}})
	if !strings.Contains(page, `<article id="text"></article>`) || !strings.Contains(page, `<ol id="summary"></ol>`) {
		t.Errorf("empty page:\n%s", page)
	}
}

func TestSegmentsSkipOverlaps(t *testing.T) {
	text := "Corea del Norte"
	r := entity.Result{Entities: []entity.Entity{{Text: "Corea del Norte", Start: 0, End: 15}, {Text: "Norte", Start: 10, End: 15}}}
	var got []string
	for _, s := range segments(text, r) {
		got = append(got, s.Text)
	}
	if strings.Join(got, "|") != "Corea del Norte" {
		t.Errorf("segments %q", got)
	}
}

func TestPretty(t *testing.T) {
	text := "Kim saludó a los norcoreanos en Rusia."
	tests := []struct {
		name  string
		p     Printer
		want  []string
		color bool
	}{
		{"plain", NewPretty(false), []string{"[Kim|PER] saludó a los norcoreanos en [Rusia|LOC].\n", "Entities (2, 2 mentions)", "  1  1  PER  -  Kim    Kim\n", "  norcoreanos → Corea del Norte country:KP\n"}, false},
		{"via New", mustNew(t, "pretty"), []string{"[Kim|PER]"}, false},
		{"color", NewPretty(true), []string{"\x1b[31;1mKim\x1b[0;22m saludó a los \x1b[4mnorcoreanos\x1b[24m en \x1b[32;1mRusia\x1b[0;22m."}, true},
	}
	for _, tt := range tests {
		out := render(t, tt.p, viewDoc(text))
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: output lacks %q:\n%s", tt.name, w, out)
			}
		}
		if strings.Contains(out, "\x1b[") != tt.color {
			t.Errorf("%s: escape codes %v, want %v", tt.name, !tt.color, tt.color)
		}
	}
}

func mustNew(t *testing.T, format string) Printer {
	t.Helper()
	p, err := New(format, false)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
