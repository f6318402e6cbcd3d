package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/model"
	"github.com/prensa-nlp/prensa/internal/scheme"
)

// PipelineOptions are the flags shared by every command that tags text:
// which gazetteers, which model and which engine.
type PipelineOptions struct {
	Gazetteers []string
	NoBuiltin  bool
	Engine     string
	ModelPath  string
	Maps       []string
	// Scheme is the --scheme value; empty means the command's default
	// (prensa; for eval and check, conll2002 on CoNLL gold).
	Scheme string
}

// AddFlags registers the pipeline flags on fs.
func (p *PipelineOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringArrayVar(&p.Gazetteers, "gazetteer", nil, "add a gazetteer TSV file (canonical, type, aliases, id); repeatable; its entries override built-in ones")
	fs.BoolVar(&p.NoBuiltin, "no-builtin-gazetteer", false, "do not use the built-in gazetteer entries")
	fs.StringVar(&p.Engine, "engine", string(extract.Hybrid), "what decides entities: hybrid (gazetteer + model + rules), model, or gazetteer (gazetteer + rules, no model)")
	fs.StringVar(&p.ModelPath, "model", "", "use this model file instead of the built-in one (see 'prensa train')")
	fs.StringArrayVar(&p.Maps, "map", nil, "map an entity type to another in the output, e.g. AGENCY=ORG; repeatable")
	fs.StringVar(&p.Scheme, "scheme", "", "annotation conventions: prensa (default; news guidelines) or conll2002 (CoNLL-2002 Spanish: portfolios in roles are MISC, generic Gobierno is ORG, AGENCY is ORG); eval and check default to conll2002 on CoNLL gold")
}

// schemeOr returns the --scheme value, or def when it was not given.
func (p *PipelineOptions) schemeOr(def scheme.Scheme) (scheme.Scheme, error) {
	if p.Scheme == "" {
		return def, nil
	}
	sc, err := scheme.Parse(p.Scheme)
	if err != nil {
		return "", usageError{err}
	}
	return sc, nil
}

// Gazetteer builds the gazetteer the flags describe. Unreadable or
// malformed files are usage errors naming file and line.
func (p *PipelineOptions) Gazetteer() (*gazetteer.Gazetteer, error) {
	var g *gazetteer.Gazetteer
	if p.NoBuiltin {
		// keep the built-in word lists (given names, titles); drop the entries
		b, err := gazetteer.Builtin()
		if err != nil {
			return nil, err
		}
		g = gazetteer.WithLists(b.Lists())
	} else {
		var err error
		if g, err = gazetteer.Builtin(); err != nil {
			return nil, err
		}
	}
	for _, f := range p.Gazetteers {
		if err := g.AddFile(f); err != nil {
			return nil, usageErrorf("gazetteer: %v", err)
		}
	}
	return g, nil
}

// Extractor builds the pipeline the flags describe; the model is loaded
// only when the engine needs it.
func (p *PipelineOptions) Extractor() (*extract.Extractor, error) {
	eng, err := extract.ParseEngine(p.Engine)
	if err != nil {
		return nil, usageError{err}
	}
	sc, err := p.schemeOr(scheme.Prensa)
	if err != nil {
		return nil, err
	}
	// The model decodes while the gazetteer builds: start-up is the longer
	// of the two, not their sum.
	type loaded struct {
		m   *model.Model
		err error
	}
	modelc := make(chan loaded, 1)
	if eng.NeedsModel() {
		go func() {
			m, err := loadModel(p.ModelPath)
			modelc <- loaded{m, err}
		}()
	}
	g, err := p.Gazetteer()
	if err != nil {
		return nil, err
	}
	opts := extract.Options{Gazetteer: g, Engine: eng, Scheme: sc}
	if eng.NeedsModel() {
		l := <-modelc
		if l.err != nil {
			return nil, l.err
		}
		opts.Model = l.m
	}
	defer startupDone()
	return extract.New(opts)
}

func loadModel(path string) (*model.Model, error) {
	if path == "" {
		return model.Default()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageErrorf("model: %v", err)
	}
	m, err := model.Load(data)
	if err != nil {
		return nil, usageErrorf("model %s: %v", path, err)
	}
	return m, nil
}

// TypeMap parses the --map flags.
func (p *PipelineOptions) TypeMap() (TypeMap, error) {
	return ParseTypeMap(p.Maps)
}

// TypeMap renames entity types in output (AGENCY=ORG for CoNLL scoring).
type TypeMap map[entity.Type]entity.Type

// ParseTypeMap parses FROM=TO pairs.
func ParseTypeMap(pairs []string) (TypeMap, error) {
	m := TypeMap{}
	for _, p := range pairs {
		from, to, ok := strings.Cut(p, "=")
		f, ok1 := entity.ParseType(strings.TrimSpace(from))
		t, ok2 := entity.ParseType(strings.TrimSpace(to))
		if !ok || !ok1 || !ok2 {
			return nil, usageErrorf("--map %q: want FROM=TO with types PER, LOC, ORG, AGENCY, MISC", p)
		}
		m[f] = t
	}
	return m, nil
}

// Entities renames the types of es in place.
func (m TypeMap) Entities(es []entity.Entity) {
	if len(m) == 0 {
		return
	}
	for i := range es {
		if t, ok := m[es[i].Type]; ok {
			es[i].Type = t
		}
	}
}

// Tags renames the types of IOB2 tags in place.
func (m TypeMap) Tags(tags []string) {
	if len(m) == 0 {
		return
	}
	for i, t := range tags {
		if len(t) > 2 && t[1] == '-' {
			if to, ok := m[entity.Type(t[2:])]; ok {
				tags[i] = t[:2] + string(to)
			}
		}
	}
}

// String describes the map for messages.
func (m TypeMap) String() string { return fmt.Sprint(map[entity.Type]entity.Type(m)) }
