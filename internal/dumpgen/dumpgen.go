// Package dumpgen generates deterministic dumps of Spanish news-style
// articles for tests and benchmarks: text from templates written for it,
// with places, organizations and agencies taken from a gazetteer.
//
// Article i depends only on the seed, i and the gazetteer, so the same
// options always give the same bytes and any article can be made alone.
package dumpgen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
)

// Options configure a Generator.
type Options struct {
	// Seed makes different dumps; the same seed gives the same dump.
	Seed uint64
	// PerDir is the number of files per subfolder (default 1000).
	PerDir int
	// CP1252 is the fraction of articles written in Windows-1252 instead
	// of UTF-8 (0 to 1).
	CP1252 float64
	// Gazetteer supplies names; nil means the built-in one.
	Gazetteer *gazetteer.Gazetteer
	// Size is the approximate article size in bytes (default 2500).
	Size int
}

// Generator makes articles.
type Generator struct {
	opts  Options
	names map[string][]string // slot → candidates
}

// New returns a Generator.
func New(opts Options) (*Generator, error) {
	if opts.PerDir <= 0 {
		opts.PerDir = 1000
	}
	if opts.Size <= 0 {
		opts.Size = 2500
	}
	if opts.CP1252 < 0 || opts.CP1252 > 1 {
		return nil, fmt.Errorf("dumpgen: CP1252 fraction %v not in [0, 1]", opts.CP1252)
	}
	g := opts.Gazetteer
	if g == nil {
		var err error
		if g, err = gazetteer.Builtin(); err != nil {
			return nil, err
		}
	}
	gen := &Generator{opts: opts, names: map[string][]string{}}
	for slot, t := range map[string]entity.Type{"LOC": entity.LOC, "ORG": entity.ORG, "AGENCY": entity.AGENCY} {
		var list []string
		for _, e := range g.List(t) {
			list = append(list, e.Canonical)
		}
		if len(list) == 0 {
			list = fallback[slot]
		}
		gen.names[slot] = list
	}
	return gen, nil
}

// fallback names are used when the gazetteer has none of a type.
var fallback = map[string][]string{
	"LOC":    {"Madrid", "Buenos Aires", "Bogotá"},
	"ORG":    {"Banco Central", "Tribunal Supremo"},
	"AGENCY": {"EFE", "Europa Press"},
}

// Path returns the path of article i relative to the dump folder, with
// slashes: "0003/003141.txt" for i = 3141 and 1000 files per folder.
func (gen *Generator) Path(i int) string {
	return fmt.Sprintf("%04d/%06d.txt", i/gen.opts.PerDir, i)
}

// CP1252 reports whether article i is written in Windows-1252.
func (gen *Generator) CP1252(i int) bool {
	if gen.opts.CP1252 == 0 {
		return false
	}
	r := rand.New(rand.NewPCG(gen.opts.Seed^0x9e3779b97f4a7c15, uint64(i)))
	return r.Float64() < gen.opts.CP1252
}

// Article returns the bytes of article i.
func (gen *Generator) Article(i int) []byte {
	text := gen.Text(i)
	if !gen.CP1252(i) {
		return []byte(text)
	}
	enc := encoding.ReplaceUnsupported(charmap.Windows1252.NewEncoder())
	b, err := enc.Bytes([]byte(text))
	if err != nil { // cannot happen with ReplaceUnsupported
		return []byte(text)
	}
	return b
}

// Text returns the UTF-8 text of article i.
func (gen *Generator) Text(i int) string {
	r := rand.New(rand.NewPCG(gen.opts.Seed, uint64(i)))
	var b strings.Builder
	b.Grow(gen.opts.Size + 600)
	b.WriteString(gen.fill(r, pick(r, headlines)))
	b.WriteString("\n\n")
	fmt.Fprintf(&b, "%s, %d de %s (%s).- ", gen.fill(r, "{LOC}"), 1+r.IntN(28), pick(r, months), gen.fill(r, "{AGENCY}"))
	topic := r.IntN(len(paragraphs))
	target := gen.opts.Size*4/5 + r.IntN(gen.opts.Size*2/5+1)
	first := true
	for b.Len() < target {
		t := topic
		if r.IntN(4) == 0 {
			t = r.IntN(len(paragraphs))
		}
		if !first {
			b.WriteString("\n\n")
		}
		first = false
		b.WriteString(gen.fill(r, pick(r, paragraphs[t])))
	}
	b.WriteString("\n")
	return b.String()
}

// fill replaces the slots of a template.
func (gen *Generator) fill(r *rand.Rand, tmpl string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		b.WriteString(gen.slot(r, tmpl[i+1:i+j]))
		tmpl = tmpl[i+j+1:]
	}
}

func (gen *Generator) slot(r *rand.Rand, name string) string {
	switch name {
	case "PER":
		s := pick(r, givenNames) + " " + pick(r, surnames)
		if r.IntN(2) == 0 {
			s += " " + pick(r, surnames)
		}
		return s
	case "CARGO":
		return pick(r, cargos)
	case "NUM":
		return fmt.Sprint(2 + r.IntN(98))
	case "PCT":
		return fmt.Sprintf("%d,%d %%", r.IntN(12), r.IntN(10))
	case "DIA":
		return pick(r, weekdays)
	case "MES":
		return pick(r, months)
	case "ANIO":
		return fmt.Sprint(2015 + r.IntN(12))
	}
	if list, ok := gen.names[name]; ok {
		return pick(r, list)
	}
	return "{" + name + "}"
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }
