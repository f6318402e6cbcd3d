package extract

import (
	"strings"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// Stream tags one document window by window (see package window), in
// order. Within a window everything works as for a whole document; across
// windows, Stream carries what the document said about its people: a
// surname alone is linked to a full name given in an earlier window. It is
// not safe for concurrent use; an Extractor serves many Streams at once.
type Stream struct {
	x   *Extractor
	mem memory
}

// NewStream starts a document.
func (x *Extractor) NewStream() *Stream { return &Stream{x: x} }

// Extract returns the entities of the next window, with offsets relative to
// text.
func (s *Stream) Extract(text string) []entity.Entity {
	return s.x.extract(text, &s.mem)
}

// Prepare does the part of tagging a window that needs nothing of the
// windows before it (tokens, gazetteer, model, rules); it may run for
// several windows at once, on several cores. The function it returns does
// the rest and returns the window's entities: call those in window order,
// one at a time.
func (s *Stream) Prepare(text string) func() []entity.Entity {
	b := getTokenBuf()
	b.toks, b.sents = tokenize.Append(text, b.toks[:0], b.sents[:0])
	all := s.x.sentences(b.toks, b.sents, &b.work)
	return func() []entity.Entity {
		out := make([]entity.Entity, 0, max(8, b.work.spanCount()))
		var off offsets
		s.x.document(b.toks, b.sents, all, &s.mem, &b.work, func(si int, sp span) {
			st := b.sents[si]
			out = append(out, s.x.toEntity(text, b.toks[st.First:st.Last], sp, &off))
		})
		putTokenBuf(b)
		return out
	}
}

// maxRemembered bounds the people a Stream carries across windows.
const maxRemembered = 4096

// memory is the bounded summary a document carries across windows:
// surname key → canonical full name, oldest first in order.
type memory struct {
	people map[string]string
	order  []string
}

// remember records the people of a window (an empty name: a surname two
// people share, forgotten), dropping the oldest beyond maxRemembered.
func (m *memory) remember(people map[string]string) {
	if m.people == nil {
		m.people = map[string]string{}
	}
	for k, v := range people {
		if v == "" {
			delete(m.people, k)
			continue
		}
		if _, ok := m.people[k]; !ok {
			k = strings.Clone(k) // not a piece of the window's text
			m.order = append(m.order, k)
		}
		m.people[k] = strings.Clone(v)
	}
	for len(m.people) > maxRemembered && len(m.order) > 0 {
		k := m.order[0]
		m.order = m.order[1:]
		delete(m.people, k)
	}
	if len(m.order) > 2*maxRemembered {
		m.order = compact(m.order, m.people)
	}
}

// compact drops from order the keys no longer in people.
func compact(order []string, people map[string]string) []string {
	out := make([]string, 0, len(people))
	seen := map[string]bool{}
	for _, k := range order {
		if _, ok := people[k]; ok && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
