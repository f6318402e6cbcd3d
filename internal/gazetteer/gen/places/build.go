package main

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
)

// out is one line of a generated table.
type out struct {
	canonical string
	aliases   []string
	id        string
	weak      bool
	kind      kind
}

// handWritten is a hand-written LOC entry with the files it is in.
type handWritten struct {
	*gazetteer.Entry
	files map[string]bool
}

// readHandWritten reads the hand-written entry files of dataDir, merging
// entries with the same canonical name and type as the loader does; it
// returns the LOC entries and the keys of every form of every entry.
func readHandWritten(dataDir string) ([]*handWritten, map[string]bool, error) {
	names, err := filepath.Glob(filepath.Join(dataDir, "*.tsv"))
	if err != nil {
		return nil, nil, err
	}
	slices.Sort(names)
	type key struct {
		canon string
		typ   entity.Type
	}
	byKey := map[key]*handWritten{}
	var locs []*handWritten
	taken := map[string]bool{}
	for _, n := range names {
		base := filepath.Base(n)
		if strings.HasPrefix(base, "places-") || gazetteer.IsListFile(base) || !strings.HasSuffix(base, ".tsv") {
			continue
		}
		fh, err := os.Open(n)
		if err != nil {
			return nil, nil, err
		}
		es, err := gazetteer.ParseTSV(fh, base)
		fh.Close()
		if err != nil {
			return nil, nil, err
		}
		for _, e := range es {
			for _, f := range e.Forms() {
				taken[gazetteer.FormKey(f)] = true
			}
			if e.Type != entity.LOC {
				continue
			}
			k := key{e.Canonical, e.Type}
			if h := byKey[k]; h != nil {
				h.files[base] = true
				h.Aliases = append(h.Aliases, e.Aliases...)
				if h.ID == "" {
					h.ID = e.ID
				}
				continue
			}
			h := &handWritten{Entry: e, files: map[string]bool{base: true}}
			byKey[k] = h
			locs = append(locs, h)
		}
	}
	return locs, taken, nil
}

// latin are the countries whose places latam.tsv may name.
func latin(cc string) bool { return spanishSpeaking[cc] || cc == "BR" }

// allowed reports whether a hand-written entry of the given files may be
// place p, and how well it fits (lower is better).
func allowed(files map[string]bool, p *place) (int, bool) {
	best, ok := 0, false
	try := func(rank int, fit bool) {
		if fit && (!ok || rank < best) {
			best, ok = rank, true
		}
	}
	if files["spain.tsv"] {
		try(0, p.cc == "ES" && p.kind != country)
	}
	if files["latam.tsv"] {
		try(1, latin(p.cc) && p.cc != "ES" && p.kind != country)
		try(2, p.cc != "ES" && p.kind != country)
	}
	if files["cities.tsv"] {
		try(1, p.cc != "ES" && !latin(p.cc) && p.kind == city)
		try(2, p.cc != "ES" && p.kind == city)
	}
	if files["regions.tsv"] {
		try(3, p.kind != country && p.kind != city)
	}
	return best, ok
}

// kindRank orders the kinds a hand-written name most likely means: the
// city before the province or region of the same name.
func kindRank(k kind) int {
	switch k {
	case city:
		return 0
	case province:
		return 1
	case region:
		return 2
	case island:
		return 3
	case community:
		return 4
	}
	return 5
}

// link gives hand-written entries their ids: an entry with a reference
// (country:XX, region:ES-XX) is the place with that reference; another is
// the place, among those having its canonical name (or else an alias) as
// a form, that its files allow and that fits best. Each place is linked
// once. It returns the link lines; consumed marks the linked places.
func (b *builder) link(hand []*handWritten) []out {
	byRef := map[string]*place{}
	byForm := map[string][]*place{}
	for _, p := range b.places {
		if p.ref != "" {
			byRef[p.ref] = p
		}
		for _, f := range p.forms {
			if f = cleanForm(f); f != "" {
				k := gazetteer.FormKey(f)
				if l := byForm[k]; len(l) == 0 || l[len(l)-1] != p {
					byForm[k] = append(l, p)
				}
			}
		}
	}
	order := slices.Clone(hand)
	slices.SortStableFunc(order, func(a, c *handWritten) int {
		return cmp.Compare(noRef(a), noRef(c))
	})
	var lines []out
	for _, h := range order {
		var p *place
		if ref := refOf(h.ID); ref != "" {
			if q := byRef[ref]; q != nil && !b.consumed[q] {
				p = q
			}
			if p == nil {
				lines = append(lines, out{canonical: h.Canonical}) // drop the unresolved reference
				continue
			}
		} else {
			type cand struct {
				p                       *place
				alias, scope, kind, pop int
			}
			var best *cand
			for fi, f := range h.Forms() {
				for _, q := range byForm[gazetteer.FormKey(f)] {
					scope, ok := allowed(h.files, q)
					if !ok || b.consumed[q] {
						continue
					}
					c := &cand{q, min(fi, 1), scope, kindRank(q.kind), -q.pop}
					if best == nil || cmp.Or(cmp.Compare(c.alias, best.alias), cmp.Compare(c.scope, best.scope),
						cmp.Compare(c.kind, best.kind), cmp.Compare(c.pop, best.pop), strings.Compare(c.p.id, best.p.id)) < 0 {
						best = c
					}
				}
			}
			if best == nil {
				continue
			}
			p = best.p
		}
		// The place's other forms are not added to the hand-written entry
		// (they would change what hand-written entries match, and so the
		// model's features); no generated entry takes them either.
		b.consumed[p] = true
		for _, f := range b.forms(p) {
			b.taken[gazetteer.FormKey(f)] = true
		}
		lines = append(lines, out{canonical: h.Canonical, id: p.id, kind: p.kind})
	}
	return lines
}

// noRef is 1 for an entry without a reference, 0 for one with.
func noRef(h *handWritten) int {
	if refOf(h.ID) == "" {
		return 1
	}
	return 0
}

// refOf returns the reference of a hand-written id that the generator
// resolves (country:XX, region:XX-YY), or "".
func refOf(id string) string {
	if strings.HasPrefix(id, "country:") || strings.HasPrefix(id, "region:") {
		return id
	}
	return ""
}

// forms returns the cleaned forms of p that no entry has taken, without
// repeats and without words that never start an entity.
func (b *builder) forms(p *place) []string {
	var fs []string
	seen := map[string]bool{}
	for _, f := range p.forms {
		f = cleanForm(f)
		if f == "" {
			continue
		}
		k := gazetteer.FormKey(f)
		if seen[k] || b.taken[k] || !strings.Contains(f, " ") && b.words.nonEntity[fold(f)] {
			continue
		}
		seen[k] = true
		fs = append(fs, f)
	}
	return fs
}

// minStrongPop is the population below which a one-word municipality
// (Spain's, from INE, known to GeoNames only from 15,000 people) is weak:
// a small place's bare name is more often a surname or another entity.
const minStrongPop = 15000

// minForeignPop is the same for a one-word city outside Spain and Latin
// America: such a name in Spanish news is more often a person (Melville,
// Savage, Breda) or a club than the city.
const minForeignPop = 100000

// builder holds the state of one generation.
type builder struct {
	places   []*place
	words    *words
	taken    map[string]bool // form keys that an entry has
	consumed map[*place]bool
	stats    *stats
}

// entries makes the entries of the places no hand-written entry is: the
// places by kind (countries first) and population, each with the forms no
// earlier place took; a place whose preferred form is taken is a homonym
// of a better-known place and is left out. Strong forms make a strong
// entry; a place with weak forms only makes a weak one.
func (b *builder) entries() []out {
	ps := slices.Clone(b.places)
	slices.SortStableFunc(ps, func(a, c *place) int {
		return cmp.Or(cmp.Compare(a.kind, c.kind), cmp.Compare(c.pop, a.pop), strings.Compare(a.id, c.id))
	})
	var lines []out
	for _, p := range ps {
		if b.consumed[p] {
			continue
		}
		first := ""
		for _, f := range p.forms {
			if first = cleanForm(f); first != "" {
				break
			}
		}
		if first == "" {
			b.stats.dropped++
			continue
		}
		if b.taken[gazetteer.FormKey(first)] {
			b.stats.homonyms++
			continue
		}
		var strongs, weaks []string
		for _, f := range b.forms(p) {
			s, reason := b.words.classify(f)
			switch {
			case s != strong:
			case p.part:
				s, reason = weak, "section of a city"
			case p.kind == city && p.pop < minStrongPop && !strings.Contains(f, " "):
				s, reason = weak, "one word, fewer than 15,000 people"
			case p.kind == city && p.pop < minForeignPop && !strings.Contains(f, " ") && !latin(p.cc) && p.cc != "ES":
				s, reason = weak, "one word, abroad, fewer than 100,000 people"
			}
			if s == strong {
				strongs = append(strongs, f)
			} else {
				weaks = append(weaks, f)
				b.stats.weakWhy[reason]++
			}
			b.taken[gazetteer.FormKey(f)] = true
		}
		switch {
		case len(strongs) > 0:
			lines = append(lines, out{canonical: strongs[0], aliases: strongs[1:], id: p.id, kind: p.kind})
		case len(weaks) > 0:
			lines = append(lines, out{canonical: weaks[0], aliases: weaks[1:], id: p.id, kind: p.kind, weak: true})
		}
	}
	return lines
}
