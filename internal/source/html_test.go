package source_test

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/prensa-nlp/prensa/internal/dumpgen"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/source"
)

// fixturePages are the pages of the HTML property test: generated news
// pages (UTF-8 and Windows-1252, with and without character references)
// and hostile markup.
func fixturePages(t *testing.T) map[string][]byte {
	t.Helper()
	gen, err := dumpgen.New(dumpgen.Options{Seed: 7, CP1252: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{}
	for i := 0; i < 40; i++ {
		pages[fmt.Sprintf("gen-%d.html", i)] = gen.Page(i)
	}
	dir := t.TempDir()
	if err := gen.WriteHostile(dir); err != nil {
		t.Fatal(err)
	}
	hostile, err := os.ReadFile(filepath.Join(dir, "hostile.html"))
	if err != nil {
		t.Fatal(err)
	}
	pages["hostile.html"] = hostile
	pages["latin1-meta.html"] = []byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><main><p>Jos\xe9 Mar\xeda Aznar visit\xf3 Bogot\xe1 y Le\xf3n.</p></main></body></html>")
	pages["no-semicolon.html"] = []byte("<p>Bogot&aacute y Le&oacuten &amp Per&uacute; &ampMadrid &#211;scar Tusquets &#xd3;scar en M\u00e1laga</p>")
	pages["undeclared-1252.html"] = []byte("<p>Se\xf1or Mart\xednez en C\xf3rdoba &ndash; Espa\xf1a</p>")
	return pages
}

var tags = regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>`)

// fromPage is what the page bytes of a span read as: decoded from the
// page's charset, markup dropped, character references decoded.
func fromPage(p *source.Page, page []byte, start, end int) string {
	raw := page[start:end]
	s := string(raw)
	if p.Encoding != "utf-8" {
		cm := charmap.Windows1252
		if p.Encoding == "iso-8859-15" {
			cm = charmap.ISO8859_15
		}
		s, _ = cm.NewDecoder().String(string(raw))
	}
	return html.UnescapeString(tags.ReplaceAllString(s, ""))
}

// TestHTMLOffsets: page[html_start:html_end], read as the page's charset
// with markup dropped and character references decoded, is the mention,
// for every entity of every fixture page and for every word of its text.
func TestHTMLOffsets(t *testing.T) {
	g, err := gazetteer.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{Gazetteer: g, Engine: extract.GazetteerOnly})
	if err != nil {
		t.Fatal(err)
	}
	entities := 0
	for name, page := range fixturePages(t) {
		p, err := source.ExtractHTML(page, "")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		es := x.Extract(p.Text)
		p.Fix(es)
		for _, e := range es {
			if got := fromPage(p, page, *e.HTMLStart, *e.HTMLEnd); got != e.Text {
				t.Errorf("%s: entity %q at %d-%d: the page has %q", name, e.Text, *e.HTMLStart, *e.HTMLEnd, got)
			}
			entities++
		}
		// every word, wherever it starts and ends
		for s := 0; s < len(p.Text); {
			for s < len(p.Text) {
				r, n := utf8.DecodeRuneInString(p.Text[s:])
				if !unicode.IsSpace(r) {
					break
				}
				s += n
			}
			e := s
			for e < len(p.Text) {
				r, n := utf8.DecodeRuneInString(p.Text[e:])
				if unicode.IsSpace(r) {
					break
				}
				e += n
			}
			if e > s {
				hs, he := p.Offsets(s, e)
				if got := fromPage(p, page, hs, he); got != p.Text[s:e] {
					t.Errorf("%s: word %q at %d-%d: the page has %q", name, p.Text[s:e], hs, he, got)
				}
			}
			s = e
		}
	}
	if entities < 200 {
		t.Errorf("only %d entities in the fixture pages: the test checks too little", entities)
	}
}

func TestExtractHTML(t *testing.T) {
	tests := []struct {
		name, page, ctype, want, enc string
	}{
		{"article wins", "<nav>Lima</nav><div>Quito</div><article><h1>Título</h1><p>Uno</p><header>Cabecera</header></article><footer>Pie</footer>", "", "Título\n\nUno\n\nCabecera", "utf-8"},
		{"main", "<header>Menú</header><main><p>Uno <b>dos</b></p><aside>Otro</aside></main><p>Fuera</p>", "", "Uno dos", "utf-8"},
		{"whole body", "<header>Menú</header><p>Uno</p>\n   <p>  Dos<br>Tres</p><footer>Pie</footer>", "", "Uno\n\nDos\nTres", "utf-8"},
		{"scripts and styles", "<p>A<script>var b = '<p>B</p>';</script>C</p><style>p{}</style><noscript>D</noscript>", "", "AC", "utf-8"},
		{"unclosed script", "<p>A</p><script>never closed <p>B</p>", "", "A", "utf-8"},
		{"references (&not without ; is ¬, as browsers read it)", "<p>&aacute;&#233;&#xED; &lt;&gt; &amp;&copy; &notaref; a&b</p>", "", "áéí <> &© ¬aref; a&b", "utf-8"},
		{"meta charset", "<meta charset=windows-1252><p>Per\xfa</p>", "", "Perú", "windows-1252"},
		{"header charset wins", "<meta charset=utf-8><p>Per\xfa</p>", "text/html; charset=iso-8859-1", "Perú", "windows-1252"},
		{"bad utf-8", "<meta charset=utf-8><p>Per\xfa</p>", "", "Perú", "windows-1252"},
		{"comment", "<p>Uno<!-- Lima --> dos</p>", "", "Uno dos", "utf-8"},
		{"nul", "<p>a\x00b</p>", "", "a\ufffdb", "utf-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := source.ExtractHTML([]byte(tc.page), tc.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if strings.TrimSpace(p.Text) != tc.want || p.Encoding != tc.enc {
				t.Errorf("got %q (%s), want %q (%s)", p.Text, p.Encoding, tc.want, tc.enc)
			}
		})
	}
	if _, err := source.ExtractHTML([]byte("<p>x</p>"), "text/html; charset=shift_jis"); err == nil {
		t.Error("shift_jis: no error")
	}
}
