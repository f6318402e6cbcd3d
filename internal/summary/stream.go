package summary

import (
	"sort"
	"strings"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// Limits of a Stream, so that its memory is bounded whatever the length of
// the document.
const (
	// MaxStreamItems is the most entities a Stream's summary holds; the
	// mentions of further entities get Entity -1.
	MaxStreamItems = 20000
	// maxStreamForms is the most forms kept per entity.
	maxStreamForms = 8
)

// Stream builds the summary and the demonyms of a document too long to be
// held whole, window by window (see package window). Within a window,
// mentions are grouped as Entities groups them; across windows, groups
// are one entity when they share an id, or a type and a canonical name
// (a surname alone is already given its full name's canonical by the
// extractor). The mentions' Entity indexes, printed as each window is,
// cannot wait for the counts: in a Stream's summary entities come in order
// of first appearance, not of salience.
type Stream struct {
	p     *Places
	keys  map[string]int
	items []entity.Item
}

// NewStream starts the summary of one document.
func (p *Places) NewStream() *Stream { return &Stream{p: p, keys: map[string]int{}} }

// Window numbers the mentions ms of one window (text, starting at byte
// start and code point char of the document; ms with offsets into the
// document) and returns the window's demonyms, with offsets into the
// document.
func (s *Stream) Window(text string, start, char int, ms []entity.Entity) []entity.Demonym {
	rel := make([]entity.Entity, len(ms))
	for i, m := range ms {
		m.Start -= start
		m.End -= start
		m.CharStart -= char
		m.CharEnd -= char
		rel[i] = m
	}
	local := Entities(text, rel)
	global := make([]int, len(local))
	order := make([]int, len(local)) // new entities join in order of appearance
	for k := range order {
		order[k] = k
	}
	sort.Slice(order, func(a, b int) bool { return local[order[a]].FirstStart < local[order[b]].FirstStart })
	for _, k := range order {
		global[k] = s.add(local[k], start)
	}
	for i := range ms {
		ms[i].Entity = global[rel[i].Entity]
	}
	ds := s.p.Demonyms(text, rel)
	for i := range ds {
		ds[i].Start += start
		ds[i].End += start
		ds[i].CharStart += char
		ds[i].CharEnd += char
	}
	return ds
}

// add merges one window's entity into the summary and returns its index,
// or -1 when the summary is full.
func (s *Stream) add(it entity.Item, start int) int {
	name := nameKey(it.Type, it.Canonical)
	g, ok := -1, false
	if it.ID != "" {
		g, ok = s.keys["id\x00"+it.ID]
	}
	if !ok {
		g, ok = s.keys[name]
	}
	if !ok {
		if len(s.items) >= MaxStreamItems {
			return -1
		}
		g = len(s.items)
		it.FirstStart += start
		if len(it.Forms) > maxStreamForms {
			it.Forms = it.Forms[:maxStreamForms]
		}
		// what the summary keeps must not hold on to the window's text
		it.Canonical, it.ID = strings.Clone(it.Canonical), strings.Clone(it.ID)
		for i, f := range it.Forms {
			it.Forms[i] = strings.Clone(f)
		}
		s.items = append(s.items, it)
		name = strings.Clone(name)
	} else {
		cur := &s.items[g]
		cur.Mentions += it.Mentions
		for _, f := range it.Forms {
			if len(cur.Forms) < maxStreamForms && !contains(cur.Forms, f) {
				cur.Forms = append(cur.Forms, strings.Clone(f))
			}
		}
		if cur.ID == "" && it.ID != "" {
			cur.ID, cur.Canonical, cur.Type = strings.Clone(it.ID), strings.Clone(it.Canonical), it.Type
		}
	}
	if _, ok := s.keys[name]; !ok {
		s.keys[strings.Clone(name)] = g
	}
	if it.ID != "" {
		s.keys["id\x00"+it.ID] = g
	}
	return g
}

// Summary returns the document's entities, in order of first appearance;
// empty, not nil, when there are none.
func (s *Stream) Summary() []entity.Item {
	if s.items == nil {
		return []entity.Item{}
	}
	return s.items
}
