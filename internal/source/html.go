package source

import (
	"bytes"
	"fmt"
	"mime"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// Page is the text extracted from an HTML page, with where each piece of
// it came from in the page, so that an entity's offsets into the text can
// be turned into offsets into the page.
//
// The text is the page's main content: the first <article> elements if
// there are any, else <main>, else the whole page; always without script,
// style, noscript, template, head, form, nav, aside, button, select,
// textarea, iframe, svg and math, and, outside the chosen article or main,
// without header and footer. Block elements (p, div, h1…h6, li, tr, br…)
// end a paragraph ("\n\n"; br "\n"); white space at the start of a
// paragraph is dropped; other text is kept as it is in the page, with its
// character references (&aacute;, &#233;) decoded.
type Page struct {
	// Text is the extracted text, UTF-8.
	Text string
	// Encoding is the page's charset as used: utf-8, windows-1252 or
	// iso-8859-15.
	Encoding string
	segs     []seg
}

// seg maps text[t:t+tn] to page[p:p+pn].
type seg struct {
	t, tn, p, pn int
	kind         byte // 'v' the same bytes, 's' one page byte per character, 'r' one character reference
}

// skipped elements never give text; edges are skipped outside the chosen
// content only.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true, "title": true,
	"form": true, "nav": true, "aside": true, "button": true, "select": true, "textarea": true,
	"iframe": true, "svg": true, "math": true, "object": true,
}

var edges = map[string]bool{"header": true, "footer": true}

var blocks = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "dd": true, "details": true,
	"dialog": true, "div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "header": true, "hr": true, "li": true, "main": true, "nav": true, "ol": true,
	"p": true, "pre": true, "section": true, "table": true, "td": true, "th": true, "tr": true,
	"ul": true, "caption": true, "summary": true, "body": true,
}

// ExtractHTML extracts the text of a page. contentType is the media type
// an HTTP response gave, or "" (its charset, if any, wins over the page's
// <meta charset>).
func ExtractHTML(page []byte, contentType string) (*Page, error) {
	enc, cm, err := pageCharset(page, contentType)
	if err != nil {
		return nil, err
	}
	x := &extractor{page: page, cm: cm, out: &Page{Encoding: enc}}
	x.run(container(page))
	return x.out, nil
}

// container returns the element whose text is the main content: article,
// else main, else "" (the whole page).
func container(page []byte) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	hasMain := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			if hasMain {
				return "main"
			}
			return ""
		case html.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "article":
				return "article"
			case "main":
				hasMain = true
			}
		}
	}
}

type extractor struct {
	page    []byte
	cm      *charmap.Charmap // nil: UTF-8
	out     *Page
	b       strings.Builder
	pending int // newlines owed before the next text
}

func (x *extractor) run(want string) {
	z := html.NewTokenizer(bytes.NewReader(x.page))
	var skip []string // open skipped elements
	inside := 0       // open elements named want
	pos := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := pos
		pos += len(raw)
		switch tt {
		case html.TextToken:
			if len(skip) == 0 && (want == "" || inside > 0) {
				x.text(raw, start)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			b, _ := z.TagName()
			name := string(b)
			if tt == html.EndTagToken {
				if i := lastIndex(skip, name); i >= 0 {
					skip = skip[:i]
					continue
				}
			}
			if len(skip) > 0 {
				continue
			}
			if name == want {
				if tt == html.StartTagToken {
					inside++
				} else if tt == html.EndTagToken && inside > 0 {
					inside--
				}
			}
			if tt == html.StartTagToken && (skipped[name] || edges[name] && inside == 0) {
				skip = append(skip, name)
				continue
			}
			switch {
			case name == "br":
				x.pending = max(x.pending, 1)
			case blocks[name]:
				x.pending = 2
			}
		}
	}
	x.out.Text = x.b.String()
}

func lastIndex(s []string, v string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == v {
			return i
		}
	}
	return -1
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// text appends a text token's raw bytes, found at page offset at.
func (x *extractor) text(raw []byte, at int) {
	i := 0
	if x.pending > 0 || x.b.Len() == 0 {
		for i < len(raw) && isSpace(raw[i]) {
			i++
		}
		if i == len(raw) {
			return
		}
		if x.b.Len() > 0 {
			x.b.WriteString("\n\n"[:x.pending])
		}
		x.pending = 0
	}
	run := i // start of bytes not yet appended
	flush := func(end int) {
		if end > run {
			x.appendRun(raw[run:end], at+run)
		}
	}
	for i < len(raw) {
		c := raw[i]
		if c != '&' && c != 0 {
			i++
			continue
		}
		flush(i)
		n, dec := reference(raw[i:])
		if c == 0 {
			n, dec = 1, "\uFFFD"
		}
		if n == 0 {
			run = i // a lone '&': kept as it is
			i++
			continue
		}
		x.add(seg{tn: len(dec), p: at + i, pn: n, kind: 'r'}, dec)
		i += n
		run = i
	}
	flush(len(raw))
}

// reference decodes the character reference at the start of b: its length
// in b and its text; 0 when b does not start with one.
func reference(b []byte) (int, string) {
	j := 1
	for j < len(b) && j < 40 && (isAlnum(b[j]) || b[j] == '#') {
		j++
	}
	if j < len(b) && b[j] == ';' {
		j++
	}
	cand := string(b[:j])
	u := html.UnescapeString(cand)
	if u == cand {
		return 0, ""
	}
	// a reference without ';' may decode only a prefix (&ampx is "&x")
	k := 0
	for k < len(u) && k < len(cand) && u[len(u)-1-k] == cand[len(cand)-1-k] {
		k++
	}
	return len(cand) - k, u[:len(u)-k]
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// appendRun appends page bytes that are text as they are (decoded from a
// single-byte charset when there is one).
func (x *extractor) appendRun(b []byte, at int) {
	if x.cm == nil {
		x.add(seg{tn: len(b), p: at, pn: len(b), kind: 'v'}, string(b))
		return
	}
	var sb strings.Builder
	for _, c := range b {
		if c < utf8.RuneSelf {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(x.cm.DecodeByte(c))
		}
	}
	x.add(seg{tn: sb.Len(), p: at, pn: len(b), kind: 's'}, sb.String())
}

func (x *extractor) add(s seg, text string) {
	s.t = x.b.Len()
	x.b.WriteString(text)
	x.out.segs = append(x.out.segs, s)
}

// Offsets returns the page offsets of the text span [start, end).
func (p *Page) Offsets(start, end int) (int, int) {
	return p.pageOffset(start, false), p.pageOffset(end-1, true)
}

// pageOffset maps the text byte at off to the page: where its character
// begins, or, with after, where it ends.
func (p *Page) pageOffset(off int, after bool) int {
	i := sort.Search(len(p.segs), func(i int) bool { return p.segs[i].t > off }) - 1
	if i < 0 {
		return 0
	}
	s := p.segs[i]
	switch s.kind {
	case 'v':
		if after {
			return s.p + min(off-s.t, s.tn-1) + 1
		}
		return s.p + min(off-s.t, s.tn)
	case 's':
		text := p.Text[s.t : s.t+s.tn]
		i := min(off-s.t, s.tn)
		for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
			i-- // to the start of the character holding off
		}
		k := utf8.RuneCountInString(text[:i])
		if after {
			k++
		}
		return s.p + min(k, s.pn)
	}
	if after {
		return s.p + s.pn
	}
	return s.p
}

// Fix sets the page offsets of entities found in the text.
func (p *Page) Fix(es []entity.Entity) {
	for i := range es {
		hs, he := p.Offsets(es[i].Start, es[i].End)
		es[i].HTMLStart, es[i].HTMLEnd = &hs, &he
	}
}

// pageCharset decides the charset of a page: the HTTP header's, else a
// byte-order mark, else <meta charset> or <meta http-equiv> in its first
// 1024 bytes, else UTF-8 if it is valid UTF-8, else Windows-1252. A page
// said to be UTF-8 that is not is read as Windows-1252.
func pageCharset(page []byte, contentType string) (string, *charmap.Charmap, error) {
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" && bytes.HasPrefix(page, []byte{0xEF, 0xBB, 0xBF}) {
		label = "utf-8"
	}
	if label == "" {
		label = metaCharset(page[:min(len(page), 1024)])
	}
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "", "utf-8", "utf8", "unicode-1-1-utf-8":
		if utf8.Valid(page) {
			return "utf-8", nil, nil
		}
		return "windows-1252", charmap.Windows1252, nil
	case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp819", "ibm819":
		return "windows-1252", charmap.Windows1252, nil
	case "iso-8859-15", "iso8859-15", "latin-9", "l9", "iso_8859-15":
		return "iso-8859-15", charmap.ISO8859_15, nil
	}
	return "", nil, fmt.Errorf("charset %q not supported (want utf-8, windows-1252, iso-8859-1 or iso-8859-15)", label)
}

// metaCharset finds the charset a <meta> tag declares.
func metaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return ""
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if string(name) != "meta" {
			continue
		}
		var content, equiv string
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			switch string(k) {
			case "charset":
				return string(v)
			case "content":
				content = string(v)
			case "http-equiv":
				equiv = strings.ToLower(string(v))
			}
		}
		if equiv == "content-type" {
			if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
				return params["charset"]
			}
		}
	}
}
