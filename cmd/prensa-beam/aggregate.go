package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// EntityKey names one entity of the corpus: its canonical name, type and
// id (empty when the gazetteer gives none).
type EntityKey struct {
	Canonical string `json:"canonical"`
	Type      string `json:"type"`
	ID        string `json:"id,omitempty"`
}

// EntityCount is what the corpus says of one entity: its mentions and the
// documents that mention it.
type EntityCount struct {
	EntityKey
	Mentions  int `json:"mentions"`
	Documents int `json:"documents"`
}

// Pair is two entities found in the same documents, and how many.
type Pair struct {
	A         EntityKey `json:"a"`
	B         EntityKey `json:"b"`
	Documents int       `json:"documents"`
}

// summaryOf returns the entities summary of a record (none for an error
// record).
func summaryOf(line string) ([]entity.Item, error) {
	var r struct {
		Summary []entity.Item `json:"entities_summary"`
	}
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		return nil, err
	}
	return r.Summary, nil
}

// keyOf is the EntityKey of a summary item.
func keyOf(it entity.Item) EntityKey {
	return EntityKey{Canonical: it.Canonical, Type: string(it.Type), ID: it.ID}
}

// entityCounts counts, over the whole corpus, the mentions of each entity
// and the documents that mention it (a Combine per key), as JSON Lines
// {"canonical", "type", "id", "mentions", "documents"}.
func entityCounts(s beam.Scope, records beam.PCollection) beam.PCollection {
	s = s.Scope("EntityCounts")
	keyed := beam.ParDo(s, entityMentions, records)
	summed := beam.CombinePerKey(s, addCounts, keyed)
	return beam.ParDo(s, formatCount, summed)
}

// entityMentions emits, for each entity of a record, its key (as JSON)
// and its mentions in one document.
func entityMentions(line string, emit func(string, EntityCount)) error {
	items, err := summaryOf(line)
	if err != nil {
		return err
	}
	for _, it := range items {
		k := keyOf(it)
		emit(k.String(), EntityCount{EntityKey: k, Mentions: it.Mentions, Documents: 1})
	}
	return nil
}

// String is the key as JSON, which groups entities.
func (k EntityKey) String() string {
	data, err := json.Marshal(k)
	if err != nil {
		panic(err) // strings always encode
	}
	return string(data)
}

// addCounts merges the counts of one entity.
func addCounts(a, b EntityCount) EntityCount {
	if a.Canonical == "" && a.Type == "" {
		a.EntityKey = b.EntityKey
	}
	a.Mentions += b.Mentions
	a.Documents += b.Documents
	return a
}

// formatCount prints one entity's counts as JSON.
func formatCount(_ string, c EntityCount) (string, error) {
	data, err := json.Marshal(c)
	return string(data), err
}

// topPairs finds the n pairs of entities that share the most documents:
// each record gives the pairs of its first perDoc summary entities (the
// most salient), counted over the corpus (a sum per key) and ranked.
func topPairs(s beam.Scope, records beam.PCollection, perDoc, n int) beam.PCollection {
	s = s.Scope("TopPairs")
	keyed := beam.ParDo(s, &pairsFn{PerDoc: perDoc}, records)
	counts := stats.SumPerKey(s, keyed)
	pairs := beam.ParDo(s, toPair, counts)
	return beam.Combine(s, &topFn{N: n}, pairs)
}

// topFn keeps the N largest pairs (lessPair) of a PCollection: a combine
// whose accumulator is the pairs kept so far, cut back to N whenever it
// doubles.
type topFn struct {
	// N is how many pairs to keep.
	N int
}

// CreateAccumulator starts with no pairs.
func (f *topFn) CreateAccumulator() []Pair { return nil }

// AddInput adds one pair.
func (f *topFn) AddInput(acc []Pair, p Pair) []Pair {
	acc = append(acc, p)
	if len(acc) >= 2*f.N {
		acc = f.cut(acc)
	}
	return acc
}

// MergeAccumulators joins two partial rankings.
func (f *topFn) MergeAccumulators(a, b []Pair) []Pair {
	return f.cut(append(a, b...))
}

// ExtractOutput returns the N largest pairs, largest first.
func (f *topFn) ExtractOutput(acc []Pair) []Pair { return f.cut(acc) }

// cut sorts pairs largest first and keeps the first N.
func (f *topFn) cut(ps []Pair) []Pair {
	sort.Slice(ps, func(i, j int) bool { return lessPair(ps[j], ps[i]) })
	if len(ps) > f.N {
		ps = ps[:f.N]
	}
	return ps
}

// pairsFn emits the pairs of distinct entities of one record, keyed by
// the pair (as JSON, the smaller key first), counting one document.
type pairsFn struct {
	// PerDoc bounds the entities of one document that are paired.
	PerDoc int
}

// ProcessElement emits the pairs of one record.
func (f *pairsFn) ProcessElement(line string, emit func(string, int)) error {
	items, err := summaryOf(line)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	var keys []string
	for _, it := range items {
		k := keyOf(it).String()
		if seen[k] {
			continue
		}
		seen[k] = true
		keys = append(keys, k)
		if len(keys) == f.PerDoc {
			break
		}
	}
	sort.Strings(keys)
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			emit("["+keys[i]+","+keys[j]+"]", 1)
		}
	}
	return nil
}

// toPair decodes a pair's key.
func toPair(key string, n int) (Pair, error) {
	var ks [2]EntityKey
	if err := json.Unmarshal([]byte(key), &ks); err != nil {
		return Pair{}, err
	}
	return Pair{A: ks[0], B: ks[1], Documents: n}, nil
}

// lessPair orders pairs by documents, then by names (so that ties rank
// the same on every run).
func lessPair(a, b Pair) bool {
	if a.Documents != b.Documents {
		return a.Documents < b.Documents
	}
	ka, kb := a.A.String()+a.B.String(), b.A.String()+b.B.String()
	return ka > kb
}

// writePairsFn writes the ranked pairs (most shared first), one JSON line
// each, to one file.
type writePairsFn struct {
	// Path is the file to write.
	Path string
}

// ProcessElement writes the ranking.
func (f *writePairsFn) ProcessElement(ctx context.Context, pairs []Pair) error {
	var data []byte
	for _, p := range pairs {
		line, err := json.Marshal(p)
		if err != nil {
			return err
		}
		data = append(append(data, line...), '\n')
	}
	fsys, err := filesystem.New(ctx, f.Path)
	if err != nil {
		return err
	}
	defer fsys.Close()
	if err := filesystem.Write(ctx, fsys, f.Path, data); err != nil {
		return fmt.Errorf("writing %s: %w", f.Path, err)
	}
	return nil
}
