package output

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// The page's template, style sheet and script, embedded.
var (
	//go:embed page/page.html
	pageHTML string
	//go:embed page/style.css
	pageCSS string
	//go:embed page/script.js
	pageJS string
)

// pageTemplate renders one document as a self-contained HTML page. Every
// piece of the input goes through html/template, which escapes it for the
// context it lands in (text, attribute). It is parsed on first use.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{
		"inc":      func(i int) int { return i + 1 },
		"join":     func(forms []string) string { return strings.Join(forms, " · ") },
		"typeName": typeName,
	}).Parse(pageHTML))
})

// htmlPrinter prints a self-contained HTML page per document: the text with
// its mentions highlighted by type (<mark> elements with data-type and
// data-entity, the index of the entity in the summary), a legend, the
// entities summary and the demonyms. Hovering or clicking a mention
// highlights every mention of its entity. The page loads nothing: its
// style and script are inline, and its Content-Security-Policy allows only
// them (by hash), so no script from the input could run even if one got
// through the escaping.
type htmlPrinter struct{}

// page is what the template sees.
type page struct {
	entity.Result
	Segments              []segment
	Mentions              int
	Types                 []entity.Type
	Style                 template.CSS
	Script                template.JS
	StyleHash, ScriptHash string
}

// segment is a run of the text: a mention, a demonym or plain text.
type segment struct {
	Text    string
	Mention bool
	Type    entity.Type
	Entity  int
	Place   string
	Title   string
}

// Print writes the HTML page of d.
func (htmlPrinter) Print(w io.Writer, d *Doc) error {
	r := d.Result
	if r.Summary == nil {
		r.Summary = []entity.Item{}
	}
	p := page{
		Result: r, Segments: segments(d.Text, r), Mentions: len(r.Entities), Types: entity.Types,
		Style: template.CSS(pageCSS), Script: template.JS(pageJS),
		StyleHash: cspHash(pageCSS), ScriptHash: cspHash(pageJS),
	}
	return pageTemplate().Execute(w, p)
}

// segments cuts text into plain runs, mentions and demonyms, in order.
// Mentions that overlap an earlier one are left out.
func segments(text string, r entity.Result) []segment {
	out := make([]segment, 0, 2*(len(r.Entities)+len(r.Demonyms))+1)
	pos, di := 0, 0
	plain := func(end int) {
		if end > pos {
			out = append(out, segment{Text: text[pos:end]})
			pos = end
		}
	}
	demonymsBefore := func(end int) {
		for ; di < len(r.Demonyms) && r.Demonyms[di].Start < end; di++ {
			dm := r.Demonyms[di]
			if dm.Start < pos || dm.End > len(text) {
				continue
			}
			plain(dm.Start)
			title := dm.Place
			if dm.ID != "" {
				title += " · " + dm.ID
			}
			out = append(out, segment{Text: text[dm.Start:dm.End], Place: dm.Place, Title: title})
			pos = dm.End
		}
	}
	for _, e := range r.Entities {
		if e.Start < pos || e.End > len(text) || e.Start >= e.End {
			continue
		}
		demonymsBefore(e.Start)
		if e.Start < pos {
			continue
		}
		plain(e.Start)
		title := e.Canonical + " · " + string(e.Type)
		if e.Entity >= 0 && e.Entity < len(r.Summary) {
			it := r.Summary[e.Entity]
			title = it.Canonical + " · " + string(it.Type)
			if it.ID != "" {
				title += " · " + it.ID
			}
		}
		out = append(out, segment{Text: text[e.Start:e.End], Mention: true, Type: e.Type, Entity: e.Entity, Title: title})
		pos = e.End
	}
	demonymsBefore(len(text) + 1)
	plain(len(text))
	return out
}

// cspHash is the Content-Security-Policy source that allows an inline
// element with exactly this content.
func cspHash(content string) string {
	sum := sha256.Sum256([]byte(content))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// typeName says in words what a type stands for (legend).
func typeName(t entity.Type) string {
	switch t {
	case entity.PER:
		return "person"
	case entity.LOC:
		return "place"
	case entity.ORG:
		return "organization"
	case entity.AGENCY:
		return "agency"
	case entity.MISC:
		return "other"
	}
	return string(t)
}
