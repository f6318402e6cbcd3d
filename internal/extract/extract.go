// Package extract is prensa's pipeline: it tokenizes a text, matches the
// gazetteer, applies the rules and the statistical model, resolves their
// conflicts and returns entities with byte and code-point offsets into the
// text as given.
package extract

import (
	"fmt"
	"sort"
	"sync"
	"unsafe"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/model"
	"github.com/prensa-nlp/prensa/internal/normalize"
	"github.com/prensa-nlp/prensa/internal/scheme"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// Engine selects which parts of the pipeline decide entities.
type Engine string

// The engines.
const (
	Hybrid        Engine = "hybrid"    // gazetteer, model and rules together
	ModelOnly     Engine = "model"     // spans and types from the model
	GazetteerOnly Engine = "gazetteer" // gazetteer and rules, no model
)

// Engines lists the values accepted by --engine.
var Engines = []Engine{Hybrid, ModelOnly, GazetteerOnly}

// ParseEngine checks an --engine value.
func ParseEngine(s string) (Engine, error) {
	for _, e := range Engines {
		if string(e) == s {
			return e, nil
		}
	}
	return "", fmt.Errorf("unknown engine %q (want hybrid, model or gazetteer)", s)
}

// NeedsModel reports whether the engine uses the statistical model.
func (e Engine) NeedsModel() bool { return e != GazetteerOnly }

// Tagger is the statistical model as the pipeline uses it: IOB2 tags for
// every token of every sentence of a document.
type Tagger interface {
	TagDoc(sents [][]model.Token) [][]string
}

// tagAppender is a Tagger that can append its tags to the caller's
// buffers (as *model.Model does).
type tagAppender interface {
	AppendTagDocHinted(vocab uint64, flat []string, out [][]string, sents [][]model.Token) ([]string, [][]string)
}

// Options configure an Extractor.
type Options struct {
	Gazetteer *gazetteer.Gazetteer // required
	Model     Tagger               // required unless Engine is GazetteerOnly
	Engine    Engine               // default Hybrid
	Scheme    scheme.Scheme        // default scheme.Prensa
}

// Extractor finds entities in texts. It is safe for concurrent use.
type Extractor struct {
	g      *gazetteer.Gazetteer
	model  Tagger
	engine Engine
	scheme scheme.Scheme
}

// New returns an Extractor.
func New(opts Options) (*Extractor, error) {
	if opts.Engine == "" {
		opts.Engine = Hybrid
	}
	if opts.Gazetteer == nil {
		return nil, fmt.Errorf("extract: no gazetteer")
	}
	if opts.Engine.NeedsModel() && opts.Model == nil {
		return nil, fmt.Errorf("extract: engine %s needs a model", opts.Engine)
	}
	if opts.Scheme == "" {
		opts.Scheme = scheme.Prensa
	}
	return &Extractor{g: opts.Gazetteer, model: opts.Model, engine: opts.Engine, scheme: opts.Scheme}, nil
}

// WithScheme returns an Extractor that shares x's gazetteer and model and
// follows the scheme sc.
func (x *Extractor) WithScheme(sc scheme.Scheme) *Extractor {
	y := *x
	y.scheme = sc
	return &y
}

// Scheme returns the annotation scheme the Extractor follows.
func (x *Extractor) Scheme() scheme.Scheme { return x.scheme }

// span is an entity candidate over token positions [start, end) of a sentence.
type span struct {
	start, end int
	typ        entity.Type
	canonical  string
	src        entity.Source
	// ambiguous: a gazetteer form of several types whose type the model
	// chose from context; document-level voting leaves it alone.
	ambiguous bool
	// id is the id of the gazetteer entry the span is, of type idType; it
	// is reported only while the span keeps that type.
	id     string
	idType entity.Type
	// shared: a gazetteer form that entries of several types share.
	shared bool
	// modelOrg: the model typed exactly this span ORG, whatever type the
	// span now has.
	modelOrg bool
}

// Extract returns the entities of text in text order.
func (x *Extractor) Extract(text string) []entity.Entity {
	return x.extract(text, nil)
}

func (x *Extractor) extract(text string, mem *memory) []entity.Entity {
	b := getTokenBuf()
	b.toks, b.sents = tokenize.Append(text, b.toks[:0], b.sents[:0])
	out := x.extractTokens(text, b.toks, b.sents, mem, &b.work)
	putTokenBuf(b)
	return out
}

// getTokenBuf takes buffers from the pool.
func getTokenBuf() *tokenBuf {
	b, _ := tokenBufs.Get().(*tokenBuf)
	if b == nil {
		b = &tokenBuf{}
	}
	return b
}

// putTokenBuf gives buffers back to the pool.
func putTokenBuf(b *tokenBuf) {
	if cap(b.toks) <= maxPooledTokens {
		clear(b.toks) // keep no strings of text alive in the pool
		b.work.reset()
		tokenBufs.Put(b)
	}
}

// Gazetteer returns the gazetteer the extractor matches.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.g }

// tokenBuf holds the token and sentence buffers of one Extract call, and
// its working memory; the entities it returns refer to none of them.
type tokenBuf struct {
	toks  []tokenize.Token
	sents []tokenize.Sentence
	work  work
}

// tokenBufs pools tokenBufs between Extract calls.
var tokenBufs sync.Pool

// maxPooledTokens bounds the token buffers kept in tokenBufs.
const maxPooledTokens = 1 << 20

// ExtractTokens is Extract over a text already tokenized.
func (x *Extractor) ExtractTokens(text string, toks []tokenize.Token, sents []tokenize.Sentence) []entity.Entity {
	b := getTokenBuf()
	out := x.extractTokens(text, toks, sents, nil, &b.work)
	putTokenBuf(b)
	return out
}

func (x *Extractor) extractTokens(text string, toks []tokenize.Token, sents []tokenize.Sentence, mem *memory, w *work) []entity.Entity {
	all := x.sentences(toks, sents, w)
	out := make([]entity.Entity, 0, max(8, w.spanCount()))
	var off offsets
	x.document(toks, sents, all, mem, w, func(si int, sp span) {
		s := sents[si]
		out = append(out, x.toEntity(text, toks[s.First:s.Last], sp, &off))
	})
	return out
}

// spans runs the engine over every sentence and calls emit with each
// cleaned span, in text order; span positions are relative to the sentence.
func (x *Extractor) spans(toks []tokenize.Token, sents []tokenize.Sentence, mem *memory, emit func(sentence int, sp span)) {
	b := getTokenBuf()
	x.document(toks, sents, x.sentences(toks, sents, &b.work), mem, &b.work, emit)
	putTokenBuf(b)
}

// sentences runs the engine over every sentence: the part of the work that
// looks at one window only.
func (x *Extractor) sentences(toks []tokenize.Token, sents []tokenize.Sentence, w *work) [][]span {
	// Each token's word is looked up once in the word cache, which holds
	// what matching and the model features need of it.
	lex := &w.feats.lex
	lex.reset(x.g)
	w.lexOf, w.lows = w.lexOf[:0], w.lows[:0]
	for _, t := range toks {
		e := lex.get(t.Key)
		w.lexOf = append(w.lexOf, e)
		w.lows = append(w.lows, lex.ents[e].low)
	}
	buf := w.matchBuf[:0]
	matches := w.matches[:0]
	for _, s := range sents {
		a := len(buf)
		facts := w.facts[:0]
		for _, e := range w.lexOf[s.First:s.Last] {
			facts = append(facts, lex.ents[e].facts)
		}
		w.facts = facts
		buf = x.g.MatchFacts(toks[s.First:s.Last], facts, buf)
		matches = append(matches, buf[a:len(buf):len(buf)])
	}
	w.matchBuf, w.matches = buf, matches
	var tags [][]string
	if x.engine.NeedsModel() {
		in := x.modelInput(toks, sents, matches, w)
		if a, ok := x.model.(tagAppender); ok {
			w.tagBuf, w.tags = a.AppendTagDocHinted(w.feats.lex.vocab, w.tagBuf[:0], w.tags[:0], in)
			tags = w.tags
		} else {
			tags = x.model.TagDoc(in)
		}
	}
	if cap(w.arena) == 0 {
		w.arena = make([]span, 0, len(toks)/4)
	}
	all := w.all[:0]
	for i, s := range sents {
		st := toks[s.First:s.Last]
		strong := strongMatches(matches[i])
		var spans []span
		switch x.engine {
		case GazetteerOnly:
			spans = x.gazetteerAndRules(st, strong)
		case ModelOnly:
			w.ms = x.modelSpans(st, tags[i], strong, w.ms[:0])
			spans = w.ms
		default:
			spans = x.hybrid(st, tags[i], strong, w)
		}
		kept := spans[:0]
		for _, sp := range spans {
			if sp, ok := x.clean(st, sp); ok {
				kept = append(kept, x.linkEntry(sp, matches[i]))
			}
		}
		if x.engine != ModelOnly {
			kept = x.patterns(st, kept, matches[i], w)
		}
		all = append(all, w.keep(kept))
	}
	w.all = all
	return all
}

// document makes the spans of a window consistent (people, types), with
// what mem remembers of the windows before, and emits them.
func (x *Extractor) document(toks []tokenize.Token, sents []tokenize.Sentence, all [][]span, mem *memory, w *work, emit func(sentence int, sp span)) {
	sport := x.scheme.TeamsByPlace() && aboutSport(toks)
	if x.engine != ModelOnly {
		linkSurnames(toks, sents, all, mem, w)
		voteTypes(toks, sents, all, w)
		if sport {
			x.sportNames(toks, sents, all, w)
		}
	}
	if x.scheme.TagsStoryCodes() {
		storyCodes(toks, sents, all)
	}
	var ss scheme.Sentence
	ss.Gazetteer = x.g
	ss.Sport = sport
	for i, spans := range all {
		ss.Tokens = toks[sents[i].First:sents[i].Last]
		if len(w.lows) == len(toks) { // the word cache's, from sentences
			ss.Lower = w.lows[sents[i].First:sents[i].Last]
		}
		for _, sp := range spans {
			if sp, ok := x.applyScheme(&ss, sp); ok {
				emit(i, sp)
			}
		}
	}
}

// applyScheme adjusts a span to the Extractor's annotation scheme; a span
// the scheme shortens loses its canonical name unless it keeps its start.
func (x *Extractor) applyScheme(ss *scheme.Sentence, sp span) (span, bool) {
	got, ok := x.scheme.Apply(ss, scheme.Span{Start: sp.start, End: sp.end, Type: sp.typ})
	if !ok {
		return sp, false
	}
	switch {
	case got.Start == sp.start && got.End == sp.end:
	case got.Start < sp.start && got.End > sp.end:
		// widened over its quotation marks: the name inside is the same
		if sp.canonical == "" {
			sp.canonical = canonicalForm(ss.Tokens[sp.start:sp.end])
		}
	default:
		sp.canonical = ""
	}
	sp.start, sp.end, sp.typ = got.Start, got.End, got.Type
	return sp, true
}

// modelInput builds the model's tokens with their external features. The
// tokens of all sentences share one array, and so do their features.
func (x *Extractor) modelInput(toks []tokenize.Token, sents []tokenize.Sentence, matches [][]gazetteer.Match, w *work) [][]model.Token {
	n := 0
	for _, s := range sents {
		n += s.Last - s.First
	}
	sc := &w.feats
	flat, ends := w.flat[:0], w.ends[:0]
	for i, s := range sents {
		flat, ends = sc.appendFeaturesOf(x.g, w.lexOf[s.First:s.Last], w.lows[s.First:s.Last], matches[i], flat, ends)
	}
	w.flat, w.ends = flat, ends
	if cap(w.mtoks) < n {
		w.mtoks = make([]model.Token, n)
	}
	mt := w.mtoks[:n]
	out := w.msents[:0]
	j, start := 0, 0
	for _, s := range sents {
		st := toks[s.First:s.Last]
		out = append(out, mt[j:j+len(st):j+len(st)])
		for k, t := range st {
			e := ends[j]
			// The hint is the word's entry in the word cache (+1).
			mt[j] = model.Token{Text: t.Key, Ext: flat[start:e:e], Hint: w.lexOf[s.First+k] + 1}
			start = e
			j++
		}
	}
	w.mtoks, w.msents = mt, out
	return out
}

func (x *Extractor) gazSpan(m gazetteer.Match) span {
	e := x.g.Entry(m.Entry)
	return span{start: m.Start, end: m.End, typ: e.Type, canonical: e.Canonical, src: entity.FromGazetteer, id: e.ID, idType: e.Type, shared: m.Ambiguous}
}

// matchesFrom returns the matches (in order of their start, as the
// gazetteer gives them) that start at token i or after it: a binary search,
// so that looking up the matches of every span of a sentence of thousands
// of tokens stays cheap.
func matchesFrom(ms []gazetteer.Match, i int) []gazetteer.Match {
	k := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= i })
	return ms[k:]
}

// strongMatches returns the matches that are not weak: those that may
// decide an entity. It returns ms itself when none is weak.
func strongMatches(ms []gazetteer.Match) []gazetteer.Match {
	n := 0
	for _, m := range ms {
		if !m.Weak {
			n++
		}
	}
	if n == len(ms) {
		return ms
	}
	out := make([]gazetteer.Match, 0, n)
	for _, m := range ms {
		if !m.Weak {
			out = append(out, m)
		}
	}
	return out
}

// linkEntry gives a span without an id the id (and, if it has none, the
// canonical name) of the gazetteer entry whose form is exactly the span
// and whose type is the span's: a place the model found that a weak entry
// also names ("Mercedes", LOC), or a model span that is a known form.
func (x *Extractor) linkEntry(sp span, ms []gazetteer.Match) span {
	if sp.id != "" {
		return sp
	}
	for _, m := range matchesFrom(ms, sp.start) {
		if m.Start > sp.start {
			break
		}
		if m.Start != sp.start || m.End != sp.end {
			continue
		}
		if e := x.g.Entry(m.Entry); e.ID != "" && e.Type == sp.typ {
			sp.id, sp.idType = e.ID, e.Type
			if sp.canonical == "" {
				sp.canonical = e.Canonical
			}
		}
	}
	return sp
}

// offsets converts byte offsets to code-point offsets incrementally, for
// offsets visited in increasing order.
type offsets struct{ byteAt, charAt int }

func (o *offsets) chars(text string, b int) int {
	if b < o.byteAt {
		o.byteAt, o.charAt = 0, 0
	}
	o.charAt += entity.RuneCount(text[o.byteAt:b])
	o.byteAt = b
	return o.charAt
}

func (x *Extractor) toEntity(text string, st []tokenize.Token, sp span, off *offsets) entity.Entity {
	start, end := st[sp.start].Start, st[sp.end-1].End
	canon := sp.canonical
	if canon == "" {
		canon = canonicalForm(st[sp.start:sp.end])
	}
	id := sp.id
	if sp.idType != sp.typ {
		id = "" // the span was retyped: it is not that entry
	}
	return entity.Entity{
		Text: text[start:end], Type: sp.typ, Start: start, End: end,
		CharStart: off.chars(text, start), CharEnd: off.chars(text, end),
		Canonical: canon, ID: id, Source: sp.src,
	}
}

// canonicalForm is the normalized text of tokens: keys joined by a space,
// without a space before closing punctuation or around hyphens.
func canonicalForm(st []tokenize.Token) string {
	if len(st) == 1 {
		return normalize.Key(st[0].Key)
	}
	n := 0
	for _, t := range st {
		n += len(t.Key) + 1
	}
	b := appendCanonical(make([]byte, 0, n), st)
	return normalize.Key(unsafe.String(unsafe.SliceData(b), len(b))) // b is not changed again
}

// appendCanonical appends to b the keys of st as canonicalForm joins them
// (before normalize.Key).
func appendCanonical(b []byte, st []tokenize.Token) []byte {
	for i, t := range st {
		if i > 0 && st[i-1].End < t.Start {
			b = append(b, ' ')
		}
		b = append(b, t.Key...)
	}
	return b
}
